import { type FormEvent, useId, useState } from "react";
import { Link, useLocation, useSearch } from "wouter";
import { errorMessage, problemAt } from "../../api/errors";
import { todayInVietnam } from "../../i18n/format";
import { useT } from "../../i18n/i18n";
import { DateField } from "../../ui/DateField";
import { Field } from "../../ui/Field";
import { Icon } from "../../ui/icons";
import NotFoundPage from "../../ui/NotFoundPage";
import { PageHeader } from "../../ui/Page";
import { QueryView } from "../../ui/states";
import type { Me } from "../auth/auth";
import { can } from "../auth/capabilities";
import { useMe } from "../auth/me";
import {
  INTERACTION_KINDS,
  type InteractionKind,
  interactionKindKey,
  oneOf,
  positive,
} from "./kinds";
import { ListField, useRows } from "./ListField";
import { MediaNav } from "./MediaNav";
import { type Choice, ContactPicker, OutletPicker, TaskPicker } from "./Picker";
import {
  type Interaction,
  type InteractionInput,
  useContact,
  useInteraction,
  useSaveInteraction,
} from "./queries";
import "./media.css";

/** Logs an interaction (`/media/interactions/new`, `?kind=…&contact=…` to start from) or
 * changes one (`/media/interactions/:id/edit`). */
export default function InteractionFormPage({ id }: { id?: number }) {
  const me = useMe();
  const mayWrite = can(me.data, "media:write");
  const interaction = useInteraction(id ?? 0, mayWrite && id !== undefined);
  if (!mayWrite || !me.data) return <NotFoundPage />;
  return (
    <>
      <MediaNav />
      {id === undefined ? (
        <InteractionForm me={me.data} />
      ) : (
        <QueryView query={interaction}>
          {(data) => <InteractionForm me={me.data} interaction={data} />}
        </QueryView>
      )}
    </>
  );
}

function InteractionForm({ me, interaction }: { me: Me; interaction?: Interaction }) {
  const t = useT();
  const id = useId();
  const [, navigate] = useLocation();
  const start = new URLSearchParams(useSearch());
  const startContact = useContact(
    positive(start.get("contact")) ?? 0,
    !interaction && positive(start.get("contact")) !== undefined,
  );
  const readsContacts = can(me, "media:contacts:read");
  const [kind, setKind] = useState<InteractionKind | "">(
    interaction?.kind ?? oneOf(INTERACTION_KINDS, start.get("kind")) ?? "",
  );
  const [occurredOn, setOccurredOn] = useState(interaction?.occurred_on ?? todayInVietnam());
  const [topic, setTopic] = useState(interaction?.topic ?? "");
  const [summary, setSummary] = useState(interaction?.summary ?? "");
  const [outlets, setOutlets] = useState<Choice[]>(interaction?.outlets ?? []);
  const [contacts, setContacts] = useState<Choice[] | null>(interaction?.contacts ?? null);
  const [spokesperson, setSpokesperson] = useState(interaction?.spokesperson ?? "");
  const links = useRows(interaction?.published_links ?? []);
  const [task, setTask] = useState<Choice | null>(null);
  const [dueOn, setDueOn] = useState(interaction?.follow_up?.due_on ?? "");
  const [unitId, setUnitId] = useState<number>(interaction?.unit_id ?? me.units[0]?.id ?? 0);
  const [more, setMore] = useState(false);
  const [missing, setMissing] = useState<Set<string>>(new Set());
  const save = useSaveInteraction(interaction);

  // The contact the form was opened from, chosen until the person removes it.
  const chosenContacts =
    contacts ??
    (startContact.data ? [{ id: startContact.data.id, name: startContact.data.full_name }] : []);
  const error = (field: string, required?: string) =>
    missing.has(field) ? required : problemAt(save.error, field);
  const moreProblem = ["spokesperson", "published_links", "task_id", "due_on", "unit_id"].some(
    (field) => save.error && problemAt(save.error, field),
  );

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const absent = new Set<string>();
    if (!kind) absent.add("kind");
    if (!occurredOn) absent.add("occurred_on");
    if (!topic.trim()) absent.add("topic");
    setMissing(absent);
    if (absent.size > 0 || !kind) return;
    const body: InteractionInput = {
      kind,
      occurred_on: occurredOn,
      topic: topic.trim(),
      summary: summary.trim(),
      spokesperson: spokesperson.trim() || null,
      outlet_ids: outlets.map((outlet) => outlet.id),
      contact_ids: chosenContacts.map((contact) => contact.id),
      published_links: links.values,
      task_id: task?.id ?? null,
    };
    if (kind === "press_report" && dueOn) body.due_on = dueOn;
    if (me.units.length > 1) body.unit_id = unitId;
    save.mutate(body, { onSuccess: (saved) => navigate(`/media/interactions/${saved.id}`) });
  }

  const back = interaction ? `/media/interactions/${interaction.id}` : "/media/interactions";
  return (
    <>
      <Link href={back} className="back-link">
        <Icon name="back" size={18} />
        {interaction ? interaction.topic : t("interactions.back")}
      </Link>
      <PageHeader
        title={
          interaction
            ? t("interactions.editTitle", { topic: interaction.topic })
            : t("interactions.createTitle")
        }
      />
      <form className="card form interaction-form" onSubmit={submit} noValidate>
        {save.error ? (
          <p className="alert alert-error" role="alert">
            {errorMessage(save.error, t)}
          </p>
        ) : null}
        <div className="form-grid">
          <Field
            label={t("interactions.kind")}
            error={error("kind", t("interactions.kindRequired"))}
          >
            {(control) => (
              <select
                {...control}
                required
                value={kind}
                onChange={(event) => setKind(event.target.value as InteractionKind | "")}
              >
                <option value="">{t("interactions.chooseKind")}</option>
                {INTERACTION_KINDS.map((value) => (
                  <option key={value} value={value}>
                    {t(interactionKindKey(value))}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <DateField
            label={t("interactions.occurredOn")}
            error={error("occurred_on", t("interactions.dateRequired"))}
            required
            max={todayInVietnam()}
            value={occurredOn}
            onChange={setOccurredOn}
          />
        </div>
        <Field
          label={t("interactions.topic")}
          hint={kind === "press_report" ? t("interactions.topicHintReport") : undefined}
          error={error("topic", t("interactions.topicRequired"))}
        >
          {(control) => (
            <input
              {...control}
              required
              value={topic}
              onChange={(event) => setTopic(event.target.value)}
            />
          )}
        </Field>
        <OutletPicker
          label={t("interactions.outlets")}
          chosen={outlets}
          onChange={setOutlets}
          error={problemAt(save.error, "outlet_ids")}
        />
        {readsContacts ? (
          <ContactPicker
            label={t("interactions.contacts")}
            chosen={chosenContacts}
            onChange={setContacts}
            error={problemAt(save.error, "contact_ids")}
          />
        ) : null}
        <Field
          label={
            kind === "press_report" ? t("interactions.summaryReport") : t("interactions.summary")
          }
          error={error("summary")}
        >
          {(control) => (
            <textarea
              {...control}
              rows={4}
              value={summary}
              onChange={(event) => setSummary(event.target.value)}
            />
          )}
        </Field>

        <button
          type="button"
          className="button button-quiet more-toggle"
          aria-expanded={more || moreProblem}
          aria-controls={`${id}-more`}
          onClick={() => setMore((open) => !open)}
        >
          <Icon name="chevron" size={18} />
          <span>
            {t("interactions.more")}
            <span className="more-toggle-detail">{t("interactions.moreDetail")}</span>
          </span>
        </button>
        <div id={`${id}-more`} className="form more-fields" hidden={!(more || moreProblem)}>
          <Field label={t("interactions.spokesperson")} error={error("spokesperson")}>
            {(control) => (
              <input
                {...control}
                value={spokesperson}
                onChange={(event) => setSpokesperson(event.target.value)}
              />
            )}
          </Field>
          {kind === "press_report" ? (
            <DateField
              label={t("interactions.dueOn")}
              hint={t("interactions.dueOnHint")}
              error={error("due_on")}
              min={occurredOn}
              value={dueOn}
              onChange={setDueOn}
            />
          ) : null}
          <ListField
            legend={t("interactions.links")}
            hint={t("interactions.linksHint")}
            rows={links.rows}
            setRows={links.setRows}
            type="url"
            itemLabel={(n) => t("interactions.linkN", { n })}
            addLabel={t("interactions.addLink")}
            removeLabel={(n) => t("interactions.removeLink", { n })}
            errorAt={(index) => problemAt(save.error, "published_links", String(index))}
            max={20}
          />
          {interaction ? null : (
            <TaskPicker
              label={t("interactions.task")}
              hint={t("interactions.taskHint")}
              single
              compact
              chosen={task ? [task] : []}
              onChange={(chosen) => setTask(chosen[0] ?? null)}
              error={problemAt(save.error, "task_id")}
            />
          )}
          {me.units.length > 1 && !interaction ? (
            <Field label={t("interactions.unit")} error={error("unit_id")}>
              {(control) => (
                <select
                  {...control}
                  value={unitId}
                  onChange={(event) => setUnitId(Number(event.target.value))}
                >
                  {me.units.map((unit) => (
                    <option key={unit.id} value={unit.id}>
                      {unit.name}
                    </option>
                  ))}
                </select>
              )}
            </Field>
          ) : null}
        </div>

        <div className="button-row">
          <button type="submit" className="button button-primary" disabled={save.isPending}>
            {save.isPending ? t("action.saving") : t("action.save")}
          </button>
          <Link href={back} className="button">
            {t("action.cancel")}
          </Link>
        </div>
      </form>
    </>
  );
}
