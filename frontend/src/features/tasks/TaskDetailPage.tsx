import { useState } from "react";
import { Link } from "wouter";
import { formatDate, formatDateTime } from "../../i18n/format";
import { type MessageKey, useT } from "../../i18n/i18n";
import { Icon } from "../../ui/icons";
import { PageHeader } from "../../ui/Page";
import { StatusBadge } from "../../ui/StatusBadge";
import { Empty, QueryView } from "../../ui/states";
import type { Me } from "../auth/auth";
import { can } from "../auth/capabilities";
import { useMe } from "../auth/me";
import { ClaimActions } from "./ClaimActions";
import { DraftList } from "./DraftList";
import { type ProgressDraft, useTaskDrafts } from "./drafts";
import { ProgressForm } from "./ProgressForm";
import { type Task, useReadTaskNotice, useTask, useTaskUpdates } from "./queries";
import "./tasks.css";

export default function TaskDetailPage({ id }: { id: number }) {
  const t = useT();
  const task = useTask(id);
  const me = useMe();
  // Opened: no longer new to the user's unit.
  useReadTaskNotice(id, can(me.data, "tasks:read"));
  return (
    <>
      <Link href="/tasks" className="back-link">
        <Icon name="back" size={18} />
        {t("tasks.back")}
      </Link>
      <QueryView query={task}>
        {(data) => (me.data ? <TaskDetail task={data} me={me.data} /> : null)}
      </QueryView>
    </>
  );
}

function TaskDetail({ task, me }: { task: Task; me: Me }) {
  const t = useT();
  const pending = useTaskDrafts(me.id, task.id);
  const [correcting, setCorrecting] = useState<ProgressDraft | undefined>();
  const leads = task.assignees.filter((assignee) => assignee.role === "lead");
  const cooperating = task.assignees.filter((assignee) => assignee.role === "cooperating");
  const mayReport = can(me, "tasks:report") && task.state === "active";

  return (
    <article className="task-detail">
      <PageHeader
        title={task.title}
        subtitle={<StatusBadge status={task.status} />}
        actions={
          mayReport ? (
            <a href="#progress-form" className="button button-primary jump-link">
              {t("progress.title")}
            </a>
          ) : undefined
        }
      />
      <section className="card" aria-labelledby="task-about">
        <h2 id="task-about">{t("task.about")}</h2>
        {task.description ? <p className="prose">{task.description}</p> : null}
        <dl className="facts">
          <div>
            <dt>{task.group_label ? t("task.group") : t("task.lead")}</dt>
            <dd>
              {task.group_label ? <span className="block">{task.group_label}</span> : null}
              {leads.map((assignee) => assignee.unit_name).join(", ")}
            </dd>
          </div>
          {cooperating.length > 0 ? (
            <div>
              <dt>{t("task.cooperating")}</dt>
              <dd>{cooperating.map((assignee) => assignee.unit_name).join(", ")}</dd>
            </div>
          ) : null}
          <div>
            <dt>{t("task.schedule")}</dt>
            <dd>
              {t(`schedule.${task.schedule}` as MessageKey)}
              {task.frequency ? ` · ${t(`frequency.${task.frequency}` as MessageKey)}` : ""}
            </dd>
          </div>
          {task.next_due_on ? (
            <div>
              <dt>{t("task.nextDue")}</dt>
              <dd>{formatDate(task.next_due_on)}</dd>
            </div>
          ) : null}
          <div>
            <dt>{t("task.plan")}</dt>
            <dd>
              <Link href={`/plans/${task.plan_id}`} className="fact-link">
                {t("task.openPlan")}
              </Link>
            </dd>
          </div>
        </dl>
      </section>

      <Occurrences task={task} me={me} />

      {pending.length > 0 ? (
        <section className="card" aria-labelledby="task-drafts">
          <h2 id="task-drafts">{t("drafts.onThisTask")}</h2>
          <DraftList items={pending} onEdit={setCorrecting} />
        </section>
      ) : null}

      {mayReport ? (
        <ProgressForm
          key={correcting?.key ?? "new"}
          task={task}
          me={me}
          from={correcting}
          onDone={() => setCorrecting(undefined)}
        />
      ) : null}

      <History task={task} />
    </article>
  );
}

function Occurrences({ task, me }: { task: Task; me: Me }) {
  const t = useT();
  const names = new Map(task.assignees.map((assignee) => [assignee.unit_id, assignee.unit_name]));
  const mayConfirm = can(me, "tasks:confirm");
  const many = new Set(task.occurrences.map((occurrence) => occurrence.unit_id)).size > 1;
  return (
    <section className="card" aria-labelledby="task-occurrences">
      <h2 id="task-occurrences">{t("task.occurrences")}</h2>
      {task.occurrences.length === 0 ? (
        <Empty>{t("task.noOccurrences")}</Empty>
      ) : (
        <ul className="occurrences">
          {task.occurrences.map((occurrence) => (
            <li key={occurrence.id} className="occurrence">
              <div className="occurrence-head">
                <strong>{occurrence.label}</strong>
                {many ? <span className="muted">{names.get(occurrence.unit_id)}</span> : null}
                <StatusBadge status={occurrence.status} />
              </div>
              <div className="occurrence-body">
                <span>
                  {t("task.dueOn", { date: formatDate(occurrence.due_on) })}
                  {occurrence.due_on !== occurrence.original_due_on
                    ? ` ${t("task.extendedFrom", { date: formatDate(occurrence.original_due_on) })}`
                    : ""}
                </span>
                <Progress percent={occurrence.percent} />
                {occurrence.claimed_on ? (
                  <span>{t("task.claimedOn", { date: formatDate(occurrence.claimed_on) })}</span>
                ) : null}
                {occurrence.completed_on ? (
                  <span>
                    {t("task.completedOn", { date: formatDate(occurrence.completed_on) })}
                  </span>
                ) : null}
              </div>
              {mayConfirm && occurrence.claimed_on && !occurrence.completed_on ? (
                <ClaimActions taskId={task.id} occurrence={occurrence} />
              ) : null}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function Progress({ percent }: { percent: number }) {
  const t = useT();
  return (
    <span className="progress">
      <span className="progress-track" aria-hidden="true">
        <span className="progress-fill" style={{ width: `${percent}%` }} />
      </span>
      <span>{t("task.percent", { percent })}</span>
    </span>
  );
}

function History({ task }: { task: Task }) {
  const t = useT();
  const updates = useTaskUpdates(task.id);
  const names = new Map(task.assignees.map((assignee) => [assignee.unit_id, assignee.unit_name]));
  return (
    <section className="card" aria-labelledby="task-history">
      <h2 id="task-history">{t("task.history")}</h2>
      <QueryView query={updates}>
        {(page) =>
          page.items.length === 0 ? (
            <Empty>{t("task.noUpdates")}</Empty>
          ) : (
            <ol className="history">
              {page.items.map((update) => (
                <li
                  key={update.id}
                  className={update.returns_claim ? "history-item history-return" : "history-item"}
                >
                  <p className="history-meta">
                    <strong>{names.get(update.unit_id) ?? ""}</strong>
                    <span className="muted">
                      {" · "}
                      {update.author_name}
                      {" · "}
                      <time dateTime={update.created_at}>{formatDateTime(update.created_at)}</time>
                    </span>
                  </p>
                  <p className="prose">{update.text}</p>
                  <p className="history-tags">
                    {update.returns_claim ? (
                      <span className="tag tag-return">{t("claim.returned")}</span>
                    ) : null}
                    {update.percent !== null ? (
                      <span className="tag">{t("task.percent", { percent: update.percent })}</span>
                    ) : null}
                    {update.claims_completion ? (
                      <span className="tag tag-strong">{t("task.claimsCompletion")}</span>
                    ) : null}
                    {Object.entries(update.figures).map(([name, value]) => (
                      <span key={name} className="tag">
                        {name}: {value.toLocaleString("vi-VN")}
                      </span>
                    ))}
                  </p>
                </li>
              ))}
            </ol>
          )
        }
      </QueryView>
    </section>
  );
}
