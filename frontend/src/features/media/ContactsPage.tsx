import { Link } from "wouter";
import { useT } from "../../i18n/i18n";
import { Icon } from "../../ui/icons";
import { FilterCheck, FiltersBar, PagedList, useAddressFilters } from "../../ui/ListControls";
import NotFoundPage from "../../ui/NotFoundPage";
import { PageHeader } from "../../ui/Page";
import { can } from "../auth/capabilities";
import { useMe } from "../auth/me";
import { DuplicateBadge } from "./DuplicateBadge";
import { ExportButtons } from "./ExportButtons";
import { MediaNav } from "./MediaNav";
import { OutletFilter } from "./Picker";
import {
  type Contact,
  contactFiltersFromSearch,
  contactQuery,
  PAGE_SIZE,
  searchFromContactFilters,
  useContacts,
  useOutletNames,
} from "./queries";
import "./media.css";

/** The commune's reporters: search, outlet and "possible duplicates" filters. */
export default function ContactsPage() {
  const t = useT();
  const me = useMe();
  const list = useAddressFilters(
    "/media/contacts",
    contactFiltersFromSearch,
    searchFromContactFilters,
  );
  const { filters } = list;
  const mayRead = can(me.data, "media:contacts:read");
  const contacts = useContacts(filters, mayRead);
  const outletNames = useOutletNames([
    filters.outletId,
    ...(contacts.data?.items ?? []).map((contact) => contact.outlet_id),
  ]);
  const activeCount = [filters.outletId, filters.duplicates].filter(Boolean).length;

  if (!mayRead) return <NotFoundPage />;

  return (
    <>
      <MediaNav />
      <PageHeader
        title={t("contacts.title")}
        subtitle={contacts.data ? t("contacts.count", { count: contacts.data.total }) : undefined}
        actions={
          can(me.data, "media:write") ? (
            <Link href="/media/contacts/new" className="button button-primary">
              <Icon name="plus" />
              {t("contacts.create")}
            </Link>
          ) : undefined
        }
      />
      <FiltersBar
        label={t("contacts.filters")}
        className="media-filters"
        search={{
          id: "contact-search",
          label: t("contacts.search"),
          placeholder: t("contacts.searchPlaceholder"),
        }}
        list={list}
        activeCount={activeCount}
      >
        <OutletFilter list={list} label={t("contacts.outlet")} outletNames={outletNames} />
        <div className="checks">
          <FilterCheck list={list} name="duplicates" label={t("contacts.duplicatesOnly")} />
        </div>
      </FiltersBar>
      <PagedList
        rows={contacts}
        list={list}
        pageSize={PAGE_SIZE}
        className="media-list"
        empty={t("contacts.none")}
      >
        {(contact) => (
          <ContactCard
            key={contact.id}
            contact={contact}
            outletName={contact.outlet_id ? outletNames.get(contact.outlet_id) : undefined}
          />
        )}
      </PagedList>
      <ExportButtons subject="contacts" query={contactQuery(filters)} />
    </>
  );
}

function ContactCard({ contact, outletName }: { contact: Contact; outletName?: string }) {
  const t = useT();
  const reach = contact.phones[0] ?? contact.emails[0];
  return (
    <li>
      <Link href={`/media/contacts/${contact.id}`} className="media-card-link">
        <span className="media-card-title">{contact.full_name}</span>
        <span className="media-card-meta">
          {[contact.position, outletName].filter(Boolean).join(" · ")}
        </span>
        {contact.duplicate_of_ids.length > 0 || contact.beats.length > 0 ? (
          <span className="media-card-tags">
            {contact.duplicate_of_ids.length > 0 ? <DuplicateBadge /> : null}
            {contact.beats.map((beat) => (
              <span key={beat} className="tag">
                {beat}
              </span>
            ))}
          </span>
        ) : null}
        {reach ? (
          <span className="media-card-meta">
            <span className="visually-hidden">
              {contact.phones[0] ? t("contacts.phones") : t("contacts.emails")}:{" "}
            </span>
            {reach}
          </span>
        ) : null}
      </Link>
    </li>
  );
}
