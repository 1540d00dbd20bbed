import { type FormEvent, useId, useState } from "react";
import { Link } from "wouter";
import { errorMessage, problemAt } from "../../api/errors";
import { formatDate, todayInVietnam } from "../../i18n/format";
import { useT } from "../../i18n/i18n";
import { DateField } from "../../ui/DateField";
import { Field } from "../../ui/Field";
import { Icon } from "../../ui/icons";
import { Empty, QueryView } from "../../ui/states";
import { useTasks } from "../tasks/queries";
import { ACTION_KINDS, type ActionKind, actionKindKey } from "./kinds";
import {
  type ActionInput,
  type Incident,
  type IncidentAction,
  useActions,
  useAddAction,
  useEvidence,
} from "./queries";

const URL_START = /^https?:\/\/\S+$/i;

/** What was done about the incident (rebuttals, broadcasts, take-down requests…), and for those
 * who deal with it, the form to record another, which may count as progress on a task. */
export function ActionsSection({ incident }: { incident: Incident }) {
  const t = useT();
  const actions = useActions(incident.id);
  const evidence = useEvidence(incident.id);
  const [adding, setAdding] = useState(false);
  const fileName = (id: number | null) =>
    id === null ? undefined : evidence.data?.find((item) => item.id === id)?.filename;
  return (
    <section className="card" aria-labelledby="incident-actions">
      <h2 id="incident-actions">{t("actions.title")}</h2>
      <QueryView query={actions}>
        {(items) =>
          items.length === 0 ? (
            <Empty>{t("actions.none")}</Empty>
          ) : (
            <ul className="incident-actions">
              {items.map((action) => (
                <ActionItem
                  key={action.id}
                  action={action}
                  evidenceName={fileName(action.evidence_id)}
                />
              ))}
            </ul>
          )
        }
      </QueryView>
      {incident.may_edit ? (
        adding ? (
          <ActionForm incident={incident} onDone={() => setAdding(false)} />
        ) : (
          <div className="button-row">
            <button type="button" className="button" onClick={() => setAdding(true)}>
              <Icon name="plus" />
              {t("actions.add")}
            </button>
          </div>
        )
      ) : null}
    </section>
  );
}

function ActionItem({
  action,
  evidenceName,
}: {
  action: IncidentAction;
  evidenceName: string | undefined;
}) {
  const t = useT();
  return (
    <li className="incident-action">
      <p className="incident-action-head">
        <strong>{t(actionKindKey(action.kind))}</strong>
        <span className="muted">
          {" · "}
          <time dateTime={action.taken_on}>{formatDate(action.taken_on)}</time>
          {" · "}
          {action.author_name}
        </span>
      </p>
      {action.result ? <p className="prose">{action.result}</p> : null}
      {action.link ? (
        <p className="small">
          <a href={action.link} target="_blank" rel="noopener noreferrer" className="link-break">
            {action.link.replace(/^https?:\/\//, "")}
          </a>
        </p>
      ) : null}
      {evidenceName ? (
        <p className="small muted">{t("actions.withEvidence", { name: evidenceName })}</p>
      ) : null}
      {action.task_id !== null ? (
        <p className="small">
          <Link href={`/tasks/${action.task_id}`}>
            {action.task_update_id !== null ? t("actions.countedOnTask") : t("actions.onTask")}
          </Link>
        </p>
      ) : null}
    </li>
  );
}

function ActionForm({ incident, onDone }: { incident: Incident; onDone: () => void }) {
  const t = useT();
  const id = useId();
  const add = useAddAction(incident.id);
  const evidence = useEvidence(incident.id);
  // The tasks the person's unit reports on: an action may count as progress on one of them.
  const tasks = useTasks({ mine: true, limit: 200 });
  const today = todayInVietnam();
  const [kind, setKind] = useState<ActionKind | "">("");
  const [takenOn, setTakenOn] = useState(today);
  const [result, setResult] = useState("");
  const [link, setLink] = useState("");
  const [evidenceId, setEvidenceId] = useState("");
  const [taskId, setTaskId] = useState("");
  const [problems, setProblems] = useState<Record<string, string>>({});
  const problem = (field: string) => problems[field] ?? problemAt(add.error, field);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const found: Record<string, string> = {};
    if (!kind) found.kind = t("actions.kindRequired");
    if (!takenOn) found.taken_on = t("actions.dateRequired");
    else if (takenOn > today) found.taken_on = t("actions.dateFuture");
    if (link.trim() && !URL_START.test(link.trim())) found.link = t("report.urlInvalid");
    setProblems(found);
    if (Object.keys(found).length > 0 || !kind) return;
    const body: ActionInput = {
      kind,
      taken_on: takenOn,
      result: result.trim(),
      link: link.trim() || null,
      evidence_id: evidenceId ? Number(evidenceId) : null,
      task_id: taskId ? Number(taskId) : null,
    };
    add.mutate(body, { onSuccess: onDone });
  }

  const liveEvidence = (evidence.data ?? []).filter((item) => item.removed_at === null);
  return (
    <form className="next-step form" onSubmit={submit} noValidate aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t("actions.add")}</h3>
      {add.error ? (
        <p className="alert alert-error" role="alert">
          {errorMessage(add.error, t)}
        </p>
      ) : null}
      <div className="form-grid">
        <Field label={t("actions.kind")} error={problem("kind")}>
          {(control) => (
            <select
              {...control}
              required
              value={kind}
              onChange={(event) => setKind(event.target.value as ActionKind | "")}
            >
              <option value="">{t("actions.chooseKind")}</option>
              {ACTION_KINDS.map((value) => (
                <option key={value} value={value}>
                  {t(actionKindKey(value))}
                </option>
              ))}
            </select>
          )}
        </Field>
        <DateField
          label={t("actions.takenOn")}
          error={problem("taken_on")}
          required
          max={today}
          value={takenOn}
          onChange={setTakenOn}
        />
      </div>
      <Field label={t("actions.result")} hint={t("actions.resultHint")} error={problem("result")}>
        {(control) => (
          <textarea
            {...control}
            rows={3}
            value={result}
            onChange={(event) => setResult(event.target.value)}
          />
        )}
      </Field>
      <Field label={t("actions.link")} hint={t("report.urlHint")} error={problem("link")}>
        {(control) => (
          <input
            {...control}
            type="url"
            inputMode="url"
            placeholder="https://"
            value={link}
            onChange={(event) => setLink(event.target.value)}
          />
        )}
      </Field>
      {liveEvidence.length > 0 ? (
        <Field label={t("actions.evidence")} error={problem("evidence_id")}>
          {(control) => (
            <select
              {...control}
              value={evidenceId}
              onChange={(event) => setEvidenceId(event.target.value)}
            >
              <option value="">{t("actions.noEvidence")}</option>
              {liveEvidence.map((item) => (
                <option key={item.id} value={item.id}>
                  {item.filename}
                </option>
              ))}
            </select>
          )}
        </Field>
      ) : null}
      <Field label={t("actions.task")} hint={t("actions.taskHint")} error={problem("task_id")}>
        {(control) => (
          <select {...control} value={taskId} onChange={(event) => setTaskId(event.target.value)}>
            <option value="">{t("actions.noTask")}</option>
            {(tasks.data?.items ?? []).map((task) => (
              <option key={task.id} value={task.id}>
                {task.title}
              </option>
            ))}
          </select>
        )}
      </Field>
      <div className="button-row">
        <button type="submit" className="button button-primary" disabled={add.isPending}>
          {add.isPending ? t("action.saving") : t("actions.save")}
        </button>
        <button type="button" className="button" onClick={onDone}>
          {t("action.cancel")}
        </button>
      </div>
    </form>
  );
}
