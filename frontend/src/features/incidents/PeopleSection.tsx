import { type FormEvent, useId, useState } from "react";
import { errorMessage, problemAt } from "../../api/errors";
import { formatDate, formatNumber, todayInVietnam } from "../../i18n/format";
import { useT } from "../../i18n/i18n";
import { ConfirmDialog } from "../../ui/ConfirmDialog";
import { DateField } from "../../ui/DateField";
import { isIsoDate } from "../../ui/dateText";
import { Icon } from "../../ui/icons";
import { Empty, QueryView } from "../../ui/states";
import type { Me } from "../auth/auth";
import { can } from "../auth/capabilities";
import { ChoiceField, NumberField, TextAreaField, TextField } from "./FormFields";
import {
  DECISIONS,
  type Decision,
  decisionKey,
  PERSON_ROLES,
  type PersonRole,
  personRoleKey,
} from "./kinds";
import {
  type Incident,
  type Person,
  type PersonInput,
  useDeletePerson,
  usePeople,
  useSavePerson,
} from "./queries";

/**
 * The people who spread the information and what was decided about them: read and written by
 * the security unit (Công an xã) alone; everyone else learns how many there are.
 */
export function PeopleSection({ incident, me }: { incident: Incident; me: Me }) {
  const t = useT();
  return (
    <section className="card" aria-labelledby="incident-people">
      <h2 id="incident-people">{t("people.title")}</h2>
      {can(me, "incidents:security") ? (
        <PeopleList incident={incident} />
      ) : (
        <>
          <p className="people-count">
            {incident.people_count > 0
              ? t("people.count", { count: incident.people_count })
              : t("people.noneCounted")}
          </p>
          <p className="hint">{t("people.securityOnly")}</p>
        </>
      )}
    </section>
  );
}

function PeopleList({ incident }: { incident: Incident }) {
  const t = useT();
  const people = usePeople(incident.id);
  const [editing, setEditing] = useState<number | "new" | null>(null);
  return (
    <>
      <QueryView query={people}>
        {(items) =>
          items.length === 0 ? (
            <Empty>{t("people.none")}</Empty>
          ) : (
            <ul className="people-list">
              {items.map((person) =>
                editing === person.id ? (
                  <li key={person.id} className="person">
                    <PersonForm
                      incidentId={incident.id}
                      person={person}
                      onDone={() => setEditing(null)}
                    />
                  </li>
                ) : (
                  <PersonItem
                    key={person.id}
                    incidentId={incident.id}
                    person={person}
                    onEdit={() => setEditing(person.id)}
                  />
                ),
              )}
            </ul>
          )
        }
      </QueryView>
      {editing === "new" ? (
        <PersonForm incidentId={incident.id} onDone={() => setEditing(null)} />
      ) : (
        <div className="button-row">
          <button type="button" className="button" onClick={() => setEditing("new")}>
            <Icon name="plus" />
            {t("people.add")}
          </button>
        </div>
      )}
    </>
  );
}

function PersonItem({
  incidentId,
  person,
  onEdit,
}: {
  incidentId: number;
  person: Person;
  onEdit: () => void;
}) {
  const t = useT();
  const details = [
    person.birth_year ? t("people.bornIn", { year: person.birth_year }) : null,
    person.address,
    person.account_name ? t("people.accountIs", { account: person.account_name }) : null,
  ].filter(Boolean);
  return (
    <li className="person">
      <p className="person-head">
        <strong>{person.full_name}</strong>
        <span className="tag">{t(personRoleKey(person.role))}</span>
      </p>
      {details.length > 0 ? <p className="muted small">{details.join(" · ")}</p> : null}
      <p className="person-decision">
        <strong>{t(decisionKey(person.decision))}</strong>
        {person.decision_number ? ` · ${person.decision_number}` : ""}
        {person.decided_on ? ` · ${formatDate(person.decided_on)}` : ""}
        {person.fine_vnd !== null
          ? ` · ${t("people.fineAmount", { amount: formatNumber(person.fine_vnd) })}`
          : ""}
      </p>
      {person.notes ? <p className="prose small">{person.notes}</p> : null}
      <div className="button-row">
        <button type="button" className="button" onClick={onEdit}>
          {t("action.edit")}
          <span className="visually-hidden"> {person.full_name}</span>
        </button>
        <DeletePerson incidentId={incidentId} person={person} />
      </div>
    </li>
  );
}

const optional = (value: string) => value.trim() || null;

function PersonForm({
  incidentId,
  person,
  onDone,
}: {
  incidentId: number;
  person?: Person;
  onDone: () => void;
}) {
  const t = useT();
  const id = useId();
  const save = useSavePerson(incidentId, person);
  const today = todayInVietnam();
  const [fullName, setFullName] = useState(person?.full_name ?? "");
  const [role, setRole] = useState<PersonRole | "">(person?.role ?? "");
  const [birthYear, setBirthYear] = useState(person?.birth_year?.toString() ?? "");
  const [address, setAddress] = useState(person?.address ?? "");
  const [accountName, setAccountName] = useState(person?.account_name ?? "");
  const [decision, setDecision] = useState<Decision>(person?.decision ?? "none");
  const [decisionNumber, setDecisionNumber] = useState(person?.decision_number ?? "");
  const [decidedOn, setDecidedOn] = useState(person?.decided_on ?? "");
  const [fine, setFine] = useState(person?.fine_vnd?.toString() ?? "");
  const [notes, setNotes] = useState(person?.notes ?? "");
  const [problems, setProblems] = useState<Record<string, string>>({});
  const problem = (field: string) => problems[field] ?? problemAt(save.error, field);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const found: Record<string, string> = {};
    if (!fullName.trim()) found.full_name = t("people.nameRequired");
    if (!role) found.role = t("people.roleRequired");
    const year = Number(birthYear);
    if (birthYear && (!Number.isInteger(year) || year < 1900 || year > Number(today.slice(0, 4))))
      found.birth_year = t("people.birthYearInvalid");
    const amount = Number(fine);
    if (fine && (!Number.isInteger(amount) || amount < 0)) found.fine_vnd = t("people.fineInvalid");
    if (decidedOn && !isIsoDate(decidedOn)) found.decided_on = t("date.invalid");
    else if (decidedOn > today) found.decided_on = t("people.decidedFuture");
    setProblems(found);
    if (Object.keys(found).length > 0 || !role) return;
    const body: PersonInput = {
      full_name: fullName.trim(),
      role,
      birth_year: birthYear ? year : null,
      address: optional(address),
      account_name: optional(accountName),
      decision,
      decision_number: optional(decisionNumber),
      decided_on: decidedOn || null,
      fine_vnd: fine ? amount : null,
      notes: notes.trim(),
    };
    save.mutate(body, { onSuccess: onDone });
  }

  return (
    <form className="next-step form" onSubmit={submit} noValidate aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>
        {person ? t("people.editTitle", { name: person.full_name }) : t("people.add")}
      </h3>
      {save.error ? (
        <p className="alert alert-error" role="alert">
          {errorMessage(save.error, t)}
        </p>
      ) : null}
      <div className="form-grid">
        <TextField
          label={t("people.fullName")}
          error={problem("full_name")}
          required
          maxLength={300}
          value={fullName}
          onChange={setFullName}
        />
        <ChoiceField
          label={t("people.role")}
          error={problem("role")}
          required
          emptyLabel={t("people.chooseRole")}
          values={PERSON_ROLES}
          optionLabel={(value) => t(personRoleKey(value))}
          value={role}
          onChange={setRole}
        />
        <NumberField
          label={t("people.birthYear")}
          error={problem("birth_year")}
          min={1900}
          value={birthYear}
          onChange={setBirthYear}
        />
        <TextField
          label={t("people.accountName")}
          error={problem("account_name")}
          value={accountName}
          onChange={setAccountName}
        />
      </div>
      <TextField
        label={t("people.address")}
        error={problem("address")}
        value={address}
        onChange={setAddress}
      />
      <fieldset className="decision">
        <legend>{t("people.decisionTitle")}</legend>
        <div className="form-grid">
          <ChoiceField
            label={t("people.decision")}
            error={problem("decision")}
            values={DECISIONS}
            optionLabel={(value) => t(decisionKey(value))}
            value={decision}
            onChange={(value) => setDecision(value || "none")}
          />
          <TextField
            label={t("people.decisionNumber")}
            error={problem("decision_number")}
            value={decisionNumber}
            onChange={setDecisionNumber}
          />
          <DateField
            label={t("people.decidedOn")}
            error={problem("decided_on")}
            max={today}
            value={decidedOn}
            onChange={setDecidedOn}
          />
          <NumberField
            label={t("people.fine")}
            hint={t("people.fineHint")}
            error={problem("fine_vnd")}
            step={1000}
            value={fine}
            onChange={setFine}
          />
        </div>
      </fieldset>
      <TextAreaField
        label={t("people.notes")}
        error={problem("notes")}
        rows={2}
        value={notes}
        onChange={setNotes}
      />
      <div className="button-row">
        <button type="submit" className="button button-primary" disabled={save.isPending}>
          {save.isPending ? t("action.saving") : t("action.save")}
        </button>
        <button type="button" className="button" onClick={onDone}>
          {t("action.cancel")}
        </button>
      </div>
    </form>
  );
}

function DeletePerson({ incidentId, person }: { incidentId: number; person: Person }) {
  const t = useT();
  const [asking, setAsking] = useState(false);
  const remove = useDeletePerson(incidentId, person);
  return (
    <>
      <button
        type="button"
        className="button button-danger"
        aria-haspopup="dialog"
        onClick={() => {
          remove.reset();
          setAsking(true);
        }}
      >
        {t("action.delete")}
        <span className="visually-hidden"> {person.full_name}</span>
      </button>
      {asking ? (
        <ConfirmDialog
          title={t("people.deleteTitle")}
          confirmLabel={t("action.delete")}
          danger
          busy={remove.isPending}
          error={remove.error}
          onConfirm={() => remove.mutate(undefined, { onSuccess: () => setAsking(false) })}
          onCancel={() => setAsking(false)}
        >
          <p>{t("people.deleteText", { name: person.full_name })}</p>
        </ConfirmDialog>
      ) : null}
    </>
  );
}
