import { type ReactNode, useState } from "react";
import { Link, useLocation } from "wouter";
import { formatDate, todayInVietnam } from "../../i18n/format";
import { useT } from "../../i18n/i18n";
import { ConfirmDialog } from "../../ui/ConfirmDialog";
import { Icon } from "../../ui/icons";
import NotFoundPage from "../../ui/NotFoundPage";
import { PageHeader } from "../../ui/Page";
import { Empty, QueryView } from "../../ui/states";
import type { Me } from "../auth/auth";
import { can } from "../auth/capabilities";
import { useMe } from "../auth/me";
import { DuplicateBadge } from "./DuplicateBadge";
import { InteractionCard } from "./InteractionCard";
import { MediaNav } from "./MediaNav";
import {
  type Contact,
  useContact,
  useContactsById,
  useDeleteContact,
  useInteractions,
  useMergeContacts,
  useOutletNames,
} from "./queries";
import "./media.css";

export default function ContactPage({ id }: { id: number }) {
  const t = useT();
  const me = useMe();
  const mayRead = can(me.data, "media:contacts:read");
  const contact = useContact(id, mayRead);
  if (!mayRead) return <NotFoundPage />;
  return (
    <>
      <MediaNav />
      <Link href="/media/contacts" className="back-link">
        <Icon name="back" size={18} />
        {t("contacts.back")}
      </Link>
      <QueryView query={contact}>
        {(data) => (me.data ? <ContactDetail contact={data} me={me.data} /> : null)}
      </QueryView>
    </>
  );
}

function ContactDetail({ contact, me }: { contact: Contact; me: Me }) {
  const t = useT();
  const outletNames = useOutletNames([contact.outlet_id]);
  const outletName = contact.outlet_id ? outletNames.get(contact.outlet_id) : undefined;
  const mayWrite = can(me, "media:write");
  const reviewDue = contact.review_by !== null && contact.review_by <= todayInVietnam();
  return (
    <article className="media-detail">
      <PageHeader
        title={contact.full_name}
        subtitle={[contact.position, outletName].filter(Boolean).join(" · ") || undefined}
        actions={
          mayWrite ? (
            <Link href={`/media/contacts/${contact.id}/edit`} className="button">
              {t("action.edit")}
            </Link>
          ) : undefined
        }
      />
      {contact.duplicate_of_ids.length > 0 ? (
        <Duplicates contact={contact} mayMerge={can(me, "media:merge")} />
      ) : null}
      <section className="card" aria-labelledby="contact-about">
        <h2 id="contact-about">{t("contacts.about")}</h2>
        {contact.redacted ? (
          <p className="alert alert-info redacted-note">
            <span aria-hidden="true">🔒 </span>
            {t("contacts.redactedNote")}
          </p>
        ) : null}
        <dl className="facts">
          <Fact label={t("contacts.outlet")}>
            {outletName ?? (contact.outlet_id ? "…" : t("contacts.noOutlet"))}
          </Fact>
          <Fact label={t("contacts.phones")}>
            <Values
              values={contact.phones}
              href={contact.redacted ? undefined : (phone) => `tel:${phone.replace(/\s/g, "")}`}
            />
          </Fact>
          <Fact label={t("contacts.emails")}>
            <Values
              values={contact.emails}
              href={contact.redacted ? undefined : (email) => `mailto:${email}`}
            />
          </Fact>
          <Fact label={t("contacts.pressCard")}>
            {contact.press_card_number ?? t("contacts.notGiven")}
          </Fact>
          <Fact label={t("contacts.beats")}>
            {contact.beats.length > 0 ? (
              <span className="media-card-tags">
                {contact.beats.map((beat) => (
                  <span key={beat} className="tag">
                    {beat}
                  </span>
                ))}
              </span>
            ) : (
              t("contacts.notGiven")
            )}
          </Fact>
          <Fact label={t("contacts.basis")}>
            <span className="prose">{contact.personal_data_basis}</span>
          </Fact>
          <Fact label={t("contacts.lastContacted")}>
            {contact.last_contacted_on
              ? formatDate(contact.last_contacted_on)
              : t("contacts.neverContacted")}
          </Fact>
          <Fact label={t("contacts.reviewBy")}>
            {contact.review_by ? (
              <>
                {formatDate(contact.review_by)}
                {reviewDue ? (
                  <span className="tag tag-warning">{t("contacts.reviewDue")}</span>
                ) : null}
              </>
            ) : (
              t("contacts.notGiven")
            )}
          </Fact>
        </dl>
      </section>
      <History contact={contact} mayWrite={mayWrite} />
      {mayWrite ? <DeleteContact contact={contact} /> : null}
    </article>
  );
}

/** The interactions this reporter took part in, the latest first. */
function History({ contact, mayWrite }: { contact: Contact; mayWrite: boolean }) {
  const t = useT();
  const interactions = useInteractions({ contactId: contact.id });
  return (
    <section className="card" aria-labelledby="contact-history">
      <h2 id="contact-history">{t("contacts.history")}</h2>
      <QueryView query={interactions}>
        {(page) =>
          page.items.length === 0 ? (
            <Empty>{t("contacts.noHistory")}</Empty>
          ) : (
            <>
              <ul className="media-list">
                {page.items.map((interaction) => (
                  <InteractionCard key={interaction.id} interaction={interaction} />
                ))}
              </ul>
              {page.total > page.items.length ? (
                <Link href={`/media/interactions?contact=${contact.id}`} className="panel-more">
                  {t("contacts.allHistory", { count: page.total })}
                </Link>
              ) : null}
            </>
          )
        }
      </QueryView>
      {mayWrite ? (
        <div className="button-row">
          <Link href={`/media/interactions/new?contact=${contact.id}`} className="button">
            <Icon name="plus" />
            {t("contacts.logInteraction")}
          </Link>
        </div>
      ) : null}
    </section>
  );
}

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

function Values({ values, href }: { values: readonly string[]; href?: (value: string) => string }) {
  const t = useT();
  if (values.length === 0) return <>{t("contacts.notGiven")}</>;
  return (
    <ul className="plain-list">
      {values.map((value) => (
        <li key={value}>
          {href ? (
            <a href={href(value)} className="fact-link">
              {value}
            </a>
          ) : (
            <span className="redacted-value">{value}</span>
          )}
        </li>
      ))}
    </ul>
  );
}

/** The likely duplicates, each a link; an admin merges one into the other from here. */
function Duplicates({ contact, mayMerge }: { contact: Contact; mayMerge: boolean }) {
  const t = useT();
  const others = useContactsById(contact.duplicate_of_ids);
  const [merging, setMerging] = useState<Contact | null>(null);
  return (
    <section className="alert alert-warning duplicates" aria-labelledby="contact-duplicates">
      <h2 id="contact-duplicates" className="duplicates-title">
        <DuplicateBadge />
      </h2>
      <p>{t("contacts.duplicateText", { count: contact.duplicate_of_ids.length })}</p>
      <ul className="plain-list">
        {contact.duplicate_of_ids.map((otherId) => {
          const other = others.find((candidate) => candidate.id === otherId);
          return (
            <li key={otherId} className="duplicate-row">
              <Link href={`/media/contacts/${otherId}`} className="fact-link">
                {other?.full_name ?? t("contacts.otherContact", { id: otherId })}
              </Link>
              {other ? <span className="muted small">{other.phones.join(", ")}</span> : null}
              {mayMerge && other ? (
                <button
                  type="button"
                  className="button"
                  aria-haspopup="dialog"
                  onClick={() => setMerging(other)}
                >
                  {t("contacts.merge")}
                  <span className="visually-hidden"> {other.full_name}</span>
                </button>
              ) : null}
            </li>
          );
        })}
      </ul>
      {merging ? (
        <MergeDialog contact={contact} other={merging} onClose={() => setMerging(null)} />
      ) : null}
    </section>
  );
}

function MergeDialog({
  contact,
  other,
  onClose,
}: {
  contact: Contact;
  other: Contact;
  onClose: () => void;
}) {
  const t = useT();
  const [, navigate] = useLocation();
  const [keep, setKeep] = useState<number>(contact.id);
  const merge = useMergeContacts();
  const kept = keep === contact.id ? contact : other;
  const merged = keep === contact.id ? other : contact;
  return (
    <ConfirmDialog
      title={t("contacts.mergeTitle")}
      confirmLabel={t("contacts.mergeConfirm")}
      busy={merge.isPending}
      error={merge.error}
      onConfirm={() =>
        merge.mutate(
          { merged: merged.id, kept: kept.id },
          { onSuccess: (result) => navigate(`/media/contacts/${result.id}`) },
        )
      }
      onCancel={onClose}
    >
      <fieldset className="merge-choice">
        <legend>{t("contacts.mergeKeep")}</legend>
        {[contact, other].map((candidate) => (
          <label key={candidate.id} className="check">
            <input
              type="radio"
              name="keep"
              checked={keep === candidate.id}
              onChange={() => setKeep(candidate.id)}
            />
            {candidate.full_name}
          </label>
        ))}
      </fieldset>
      <p>{t("contacts.mergeText", { merged: merged.full_name, kept: kept.full_name })}</p>
    </ConfirmDialog>
  );
}

function DeleteContact({ contact }: { contact: Contact }) {
  const t = useT();
  const [, navigate] = useLocation();
  const [asking, setAsking] = useState(false);
  const remove = useDeleteContact(contact);
  return (
    <div className="button-row">
      <button
        type="button"
        className="button button-danger"
        aria-haspopup="dialog"
        onClick={() => {
          remove.reset();
          setAsking(true);
        }}
      >
        {t("contacts.delete")}
      </button>
      {asking ? (
        <ConfirmDialog
          title={t("contacts.deleteTitle")}
          confirmLabel={t("action.delete")}
          danger
          busy={remove.isPending}
          error={remove.error}
          onConfirm={() =>
            remove.mutate(undefined, { onSuccess: () => navigate("/media/contacts") })
          }
          onCancel={() => setAsking(false)}
        >
          <p>{t("contacts.deleteText", { name: contact.full_name })}</p>
        </ConfirmDialog>
      ) : null}
    </div>
  );
}
