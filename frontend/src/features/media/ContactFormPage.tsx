import { type FormEvent, useState } from "react";
import { Link, useLocation } from "wouter";
import { errorMessage, problemAt } from "../../api/errors";
import { addDays, todayInVietnam } from "../../i18n/format";
import { useT } from "../../i18n/i18n";
import { DateField } from "../../ui/DateField";
import { Field } from "../../ui/Field";
import { Icon } from "../../ui/icons";
import NotFoundPage from "../../ui/NotFoundPage";
import { PageHeader } from "../../ui/Page";
import { QueryView } from "../../ui/states";
import { can } from "../auth/capabilities";
import { useMe } from "../auth/me";
import { ListField, useRows } from "./ListField";
import { MediaNav } from "./MediaNav";
import { type Choice, OutletPicker } from "./Picker";
import {
  type Contact,
  type ContactInput,
  useContact,
  useOutletNames,
  useSaveContact,
} from "./queries";
import "./media.css";

/** A year from today: when a new contact's data is looked at again, unless said otherwise. */
const REVIEW_AFTER_DAYS = 365;

/** Adds a contact (`/media/contacts/new`) or changes one (`/media/contacts/:id/edit`). */
export default function ContactFormPage({ id }: { id?: number }) {
  const me = useMe();
  const mayWrite = can(me.data, "media:write");
  const contact = useContact(id ?? 0, mayWrite && id !== undefined);
  if (!mayWrite) return <NotFoundPage />;
  return (
    <>
      <MediaNav />
      {id === undefined ? (
        <ContactForm />
      ) : (
        <QueryView query={contact}>{(data) => <ContactForm contact={data} />}</QueryView>
      )}
    </>
  );
}

function ContactForm({ contact }: { contact?: Contact }) {
  const t = useT();
  const [, navigate] = useLocation();
  const outletNames = useOutletNames([contact?.outlet_id]);
  const [fullName, setFullName] = useState(contact?.full_name ?? "");
  const [outlet, setOutlet] = useState<Choice | null>(null);
  const [outletCleared, setOutletCleared] = useState(false);
  const [position, setPosition] = useState(contact?.position ?? "");
  const phones = useRows(contact?.phones ?? [""]);
  const emails = useRows(contact?.emails ?? [""]);
  const beats = useRows(contact?.beats ?? []);
  const [card, setCard] = useState(contact?.press_card_number ?? "");
  const [basis, setBasis] = useState(contact?.personal_data_basis ?? "");
  const [reviewBy, setReviewBy] = useState(
    contact ? (contact.review_by ?? "") : addDays(todayInVietnam(), REVIEW_AFTER_DAYS),
  );
  const [missing, setMissing] = useState<Set<string>>(new Set());
  const save = useSaveContact(contact);

  // The outlet kept on the record until another is chosen or it is removed.
  const currentOutlet: Choice | null =
    outlet ??
    (contact?.outlet_id && !outletCleared
      ? { id: contact.outlet_id, name: outletNames.get(contact.outlet_id) ?? "…" }
      : null);
  const error = (field: string, required?: string) =>
    missing.has(field) ? required : problemAt(save.error, field);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const absent = new Set<string>();
    if (!fullName.trim()) absent.add("full_name");
    if (!basis.trim()) absent.add("personal_data_basis");
    setMissing(absent);
    if (absent.size > 0) return;
    const body: ContactInput = {
      full_name: fullName.trim(),
      outlet_id: currentOutlet?.id ?? null,
      position: position.trim() || null,
      phones: phones.values,
      emails: emails.values,
      press_card_number: card.trim() || null,
      beats: beats.values,
      personal_data_basis: basis.trim(),
      review_by: reviewBy || null,
    };
    save.mutate(body, { onSuccess: (saved) => navigate(`/media/contacts/${saved.id}`) });
  }

  return (
    <>
      <Link
        href={contact ? `/media/contacts/${contact.id}` : "/media/contacts"}
        className="back-link"
      >
        <Icon name="back" size={18} />
        {contact ? contact.full_name : t("contacts.back")}
      </Link>
      <PageHeader
        title={
          contact ? t("contacts.editTitle", { name: contact.full_name }) : t("contacts.createTitle")
        }
      />
      <form className="card form" onSubmit={submit} noValidate>
        {save.error ? (
          <p className="alert alert-error" role="alert">
            {errorMessage(save.error, t)}
          </p>
        ) : null}
        <div className="form-grid">
          <Field
            label={t("contacts.fullName")}
            error={error("full_name", t("contacts.fullNameRequired"))}
          >
            {(control) => (
              <input
                {...control}
                required
                autoComplete="off"
                value={fullName}
                onChange={(event) => setFullName(event.target.value)}
              />
            )}
          </Field>
          <Field label={t("contacts.position")} error={error("position")}>
            {(control) => (
              <input
                {...control}
                value={position}
                onChange={(event) => setPosition(event.target.value)}
              />
            )}
          </Field>
        </div>
        <OutletPicker
          label={t("contacts.outlet")}
          single
          chosen={currentOutlet ? [currentOutlet] : []}
          onChange={(chosen) => {
            setOutlet(chosen[0] ?? null);
            setOutletCleared(chosen.length === 0);
          }}
          error={error("outlet_id")}
        />
        <div className="form-grid">
          <ListField
            legend={t("contacts.phones")}
            rows={phones.rows}
            setRows={phones.setRows}
            type="tel"
            inputMode="tel"
            itemLabel={(n) => t("contacts.phoneN", { n })}
            addLabel={t("contacts.addPhone")}
            removeLabel={(n) => t("contacts.removePhone", { n })}
            errorAt={(index) => problemAt(save.error, "phones", String(index))}
          />
          <ListField
            legend={t("contacts.emails")}
            rows={emails.rows}
            setRows={emails.setRows}
            type="email"
            inputMode="email"
            itemLabel={(n) => t("contacts.emailN", { n })}
            addLabel={t("contacts.addEmail")}
            removeLabel={(n) => t("contacts.removeEmail", { n })}
            errorAt={(index) => problemAt(save.error, "emails", String(index))}
          />
        </div>
        <ListField
          legend={t("contacts.beats")}
          hint={t("contacts.beatsHint")}
          rows={beats.rows}
          setRows={beats.setRows}
          itemLabel={(n) => t("contacts.beatN", { n })}
          addLabel={t("contacts.addBeat")}
          removeLabel={(n) => t("contacts.removeBeat", { n })}
          errorAt={(index) => problemAt(save.error, "beats", String(index))}
          max={20}
        />
        <div className="form-grid">
          <Field label={t("contacts.pressCard")} error={error("press_card_number")}>
            {(control) => (
              <input
                {...control}
                autoComplete="off"
                value={card}
                onChange={(event) => setCard(event.target.value)}
              />
            )}
          </Field>
          <DateField
            label={t("contacts.reviewBy")}
            hint={t("contacts.reviewByHint")}
            error={error("review_by")}
            value={reviewBy}
            onChange={setReviewBy}
          />
        </div>
        <Field
          label={t("contacts.basis")}
          hint={t("contacts.basisHint")}
          error={error("personal_data_basis", t("contacts.basisRequired"))}
        >
          {(control) => (
            <textarea
              {...control}
              required
              rows={3}
              value={basis}
              onChange={(event) => setBasis(event.target.value)}
            />
          )}
        </Field>
        <div className="button-row">
          <button type="submit" className="button button-primary" disabled={save.isPending}>
            {save.isPending ? t("action.saving") : t("action.save")}
          </button>
          <Link
            href={contact ? `/media/contacts/${contact.id}` : "/media/contacts"}
            className="button"
          >
            {t("action.cancel")}
          </Link>
        </div>
      </form>
    </>
  );
}
