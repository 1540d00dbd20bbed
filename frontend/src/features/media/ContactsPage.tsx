import { useId, useState } from "react";
import { Link } from "wouter";
import { useT } from "../../i18n/i18n";
import { Icon } from "../../ui/icons";
import { Pager, useAddressFilters } from "../../ui/ListControls";
import NotFoundPage from "../../ui/NotFoundPage";
import { PageHeader } from "../../ui/Page";
import { Empty, QueryView } from "../../ui/states";
import { can } from "../auth/capabilities";
import { useMe } from "../auth/me";
import { DuplicateBadge } from "./DuplicateBadge";
import { ExportButtons } from "./ExportButtons";
import { MediaNav } from "./MediaNav";
import { OutletPicker } from "./Picker";
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
  const { filters, apply, query, setQuery } = useAddressFilters(
    "/media/contacts",
    contactFiltersFromSearch,
    searchFromContactFilters,
  );
  const mayRead = can(me.data, "media:contacts:read");
  const contacts = useContacts(filters, mayRead);
  const outletNames = useOutletNames([
    filters.outletId,
    ...(contacts.data?.items ?? []).map((contact) => contact.outlet_id),
  ]);
  const [showFilters, setShowFilters] = useState(false);
  const filtersId = useId();
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
      <search className="filters-bar media-filters" aria-label={t("contacts.filters")}>
        <div className="field field-search">
          <label htmlFor="contact-search">{t("contacts.search")}</label>
          <input
            id="contact-search"
            type="search"
            value={query}
            placeholder={t("contacts.searchPlaceholder")}
            onChange={(event) => setQuery(event.target.value)}
          />
        </div>
        <button
          type="button"
          className="button filters-toggle"
          aria-expanded={showFilters}
          aria-controls={filtersId}
          onClick={() => setShowFilters((open) => !open)}
        >
          {activeCount > 0 ? t("tasks.filtersActive", { count: activeCount }) : t("tasks.filters")}
        </button>
        <div id={filtersId} className={showFilters ? "filters filters-open" : "filters"}>
          <OutletPicker
            label={t("contacts.outlet")}
            single
            compact
            chosen={
              filters.outletId
                ? [{ id: filters.outletId, name: outletNames.get(filters.outletId) ?? "…" }]
                : []
            }
            onChange={(chosen) => apply({ ...filters, outletId: chosen[0]?.id, page: 1 })}
          />
          <div className="checks">
            <label className="check">
              <input
                type="checkbox"
                checked={filters.duplicates ?? false}
                onChange={(event) =>
                  apply({ ...filters, duplicates: event.target.checked || undefined, page: 1 })
                }
              />
              {t("contacts.duplicatesOnly")}
            </label>
          </div>
          {activeCount > 0 || filters.q ? (
            <button
              type="button"
              className="button button-quiet"
              onClick={() => {
                setQuery("");
                apply({});
              }}
            >
              {t("tasks.clearFilters")}
            </button>
          ) : null}
        </div>
      </search>
      <QueryView query={contacts}>
        {(page) =>
          page.items.length === 0 ? (
            <Empty>{t("contacts.none")}</Empty>
          ) : (
            <>
              <ul className="media-list" aria-busy={contacts.isFetching}>
                {page.items.map((contact) => (
                  <ContactCard
                    key={contact.id}
                    contact={contact}
                    outletName={contact.outlet_id ? outletNames.get(contact.outlet_id) : undefined}
                  />
                ))}
              </ul>
              <Pager
                total={page.total}
                pageSize={PAGE_SIZE}
                page={filters.page}
                onPage={(next) => apply({ ...filters, page: next })}
              />
            </>
          )
        }
      </QueryView>
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
