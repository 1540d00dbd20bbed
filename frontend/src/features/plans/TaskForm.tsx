// Assigning a task of a draft (or changing one): what, who leads and who cooperates, when, how
// important, and about what. Saved at once (the plan's own version is not involved).
import { type FormEvent, useId, useState } from "react";
import { errorMessage, problemAt } from "../../api/errors";
import { type MessageKey, useT } from "../../i18n/i18n";
import { DateField } from "../../ui/DateField";
import { Field } from "../../ui/Field";
import { QueryView } from "../../ui/states";
import {
  type Task,
  type TaskChanges,
  type TaskInput,
  type UnitChoice,
  useSaveTask,
  useTask,
} from "../tasks/queries";
import { ConflictNotice, focusFirstProblem, isConflict, Restartable } from "./EditorPart";
import {
  FREQUENCIES,
  type Frequency,
  PRIORITIES,
  type Priority,
  priorityKey,
  SCHEDULES,
  type Schedule,
  TOPICS,
  topicKey,
} from "./kinds";
import type { PlanTask } from "./queries";
import { UnitPicker } from "./UnitPicker";

export interface SectionChoice {
  id: number;
  label: string;
}

interface TaskFormProps {
  planId: number;
  sectionId: number | null;
  sections: readonly SectionChoice[];
  units: readonly UnitChoice[];
  onDone: (message: string) => void;
  onCancel: () => void;
}

/** A new task, or the task `task` read whole (with its description and version) first. */
export function TaskEditor({ task, ...props }: TaskFormProps & { task?: PlanTask }) {
  const detail = useTask(task?.id ?? 0, task !== undefined);
  if (!task) return <TaskForm {...props} />;
  return (
    <QueryView query={detail}>
      {(read) => (
        <Restartable
          value={read}
          render={(start, restart) => (
            <TaskForm
              {...props}
              task={start}
              onReload={() => void detail.refetch().then((fresh) => restart(fresh.data))}
            />
          )}
        />
      )}
    </QueryView>
  );
}

function TaskForm({
  planId,
  sectionId,
  sections,
  units,
  task,
  onDone,
  onCancel,
  onReload,
}: TaskFormProps & { task?: Task; onReload?: () => void }) {
  const t = useT();
  const id = useId();
  const leadsOf = (role: "lead" | "cooperating") =>
    (task?.assignees ?? []).filter((a) => a.role === role).map((a) => a.unit_id);
  const [title, setTitle] = useState(task?.title ?? "");
  const [description, setDescription] = useState(task?.description ?? "");
  const [section, setSection] = useState<number | null>(task ? task.section_id : sectionId);
  const [leads, setLeads] = useState<number[]>(() => leadsOf("lead"));
  const [groupLabel, setGroupLabel] = useState(task?.group_label ?? "");
  const [cooperating, setCooperating] = useState<number[]>(() => leadsOf("cooperating"));
  const [schedule, setSchedule] = useState<Schedule>(task?.schedule ?? "once");
  const [dueOn, setDueOn] = useState(task?.due_on ?? "");
  const [frequency, setFrequency] = useState<Frequency | "">(task?.frequency ?? "");
  const [priority, setPriority] = useState<Priority>(task?.priority ?? "normal");
  const [topics, setTopics] = useState<string[]>(task?.topics ?? []);
  const [missing, setMissing] = useState<Set<string>>(new Set());
  const save = useSaveTask(task);
  const error = (field: string, required?: string) =>
    missing.has(field) ? required : problemAt(save.error, field);
  const shownTopics = [
    ...TOPICS,
    ...topics.filter((topic) => !(TOPICS as readonly string[]).includes(topic)),
  ];
  const rescheduled =
    !task ||
    schedule !== task.schedule ||
    (schedule === "once" && dueOn !== task.due_on) ||
    (schedule === "recurring" && frequency !== task.frequency);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const absent = new Set<string>();
    if (!title.trim()) absent.add("title");
    if (leads.length === 0) absent.add("lead_unit_ids");
    if (leads.length > 1 && !groupLabel.trim()) absent.add("group_label");
    if (schedule === "once" && !dueOn) absent.add("due_on");
    if (schedule === "recurring" && !frequency) absent.add("frequency");
    setMissing(absent);
    if (absent.size > 0) {
      focusFirstProblem(event.currentTarget);
      return;
    }
    const common = {
      section_id: section,
      title: title.trim(),
      description: description.trim(),
      priority,
      topics,
      lead_unit_ids: leads,
      group_label: leads.length > 1 ? groupLabel.trim() : null,
      cooperating_unit_ids: cooperating,
    };
    const when = {
      schedule,
      due_on: schedule === "once" ? dueOn : null,
      frequency: schedule === "recurring" && frequency ? frequency : null,
    };
    // A task's schedule is sent only when it changes: the API refuses a new one once reported on.
    const body: TaskInput | TaskChanges = task
      ? { ...common, ...(rescheduled ? when : {}) }
      : { plan_id: planId, ...common, ...when };
    save.mutate(body, {
      onSuccess: (saved) =>
        onDone(t(task ? "planEditor.taskSaved" : "planEditor.taskAdded", { title: saved.title })),
    });
  }

  return (
    <form
      className="form subform task-form"
      onSubmit={submit}
      noValidate
      aria-label={
        task ? t("planEditor.taskEditTitle", { title: task.title }) : t("planEditor.taskNewTitle")
      }
    >
      <h3>
        {task ? t("planEditor.taskEditTitle", { title: task.title }) : t("planEditor.taskNewTitle")}
      </h3>
      {isConflict(save.error) && onReload ? (
        <ConflictNotice onReload={onReload} />
      ) : save.error ? (
        <p className="alert alert-error" role="alert">
          {errorMessage(save.error, t)}
        </p>
      ) : null}
      <Field
        label={t("planEditor.taskTitle")}
        error={error("title", t("planEditor.taskTitleRequired"))}
      >
        {(control) => (
          <input
            {...control}
            required
            value={title}
            onChange={(event) => setTitle(event.target.value)}
          />
        )}
      </Field>
      <Field label={t("planEditor.taskDescription")} error={error("description")}>
        {(control) => (
          <textarea
            {...control}
            rows={3}
            value={description}
            onChange={(event) => setDescription(event.target.value)}
          />
        )}
      </Field>
      <UnitPicker
        legend={t("planEditor.leads")}
        hint={t("planEditor.leadsHint")}
        units={units}
        chosen={leads}
        unavailable={cooperating}
        onChange={setLeads}
        error={error("lead_unit_ids", t("planEditor.leadsRequired"))}
      />
      {leads.length > 1 ? (
        <Field
          label={t("planEditor.groupLabel")}
          hint={t("planEditor.groupLabelHint")}
          error={error("group_label", t("planEditor.groupLabelRequired"))}
        >
          {(control) => (
            <input
              {...control}
              required
              value={groupLabel}
              onChange={(event) => setGroupLabel(event.target.value)}
            />
          )}
        </Field>
      ) : null}
      <UnitPicker
        legend={t("planEditor.cooperating")}
        units={units}
        chosen={cooperating}
        unavailable={leads}
        onChange={setCooperating}
        error={problemAt(save.error, "cooperating_unit_ids")}
      />
      <fieldset className="schedule">
        <legend>{t("planEditor.schedule")}</legend>
        <div className="checks">
          {SCHEDULES.map((value) => (
            <label key={value} className="check">
              <input
                type="radio"
                name={`${id}-schedule`}
                value={value}
                checked={schedule === value}
                onChange={() => setSchedule(value)}
              />
              {t(`schedule.${value}` as MessageKey)}
            </label>
          ))}
        </div>
        {schedule === "once" ? (
          <DateField
            label={t("planEditor.dueOn")}
            error={error("due_on", t("planEditor.dueOnRequired"))}
            required
            value={dueOn}
            onChange={setDueOn}
          />
        ) : null}
        {schedule === "recurring" ? (
          <Field
            label={t("planEditor.frequency")}
            error={error("frequency", t("planEditor.frequencyRequired"))}
          >
            {(control) => (
              <select
                {...control}
                required
                value={frequency}
                onChange={(event) => setFrequency(event.target.value as Frequency | "")}
              >
                <option value="">{t("planEditor.chooseFrequency")}</option>
                {FREQUENCIES.map((value) => (
                  <option key={value} value={value}>
                    {t(`frequency.${value}` as MessageKey)}
                  </option>
                ))}
              </select>
            )}
          </Field>
        ) : null}
        {schedule === "continuous" ? (
          <p className="hint">{t("planEditor.continuousHint")}</p>
        ) : null}
        {problemAt(save.error, "schedule") ? (
          <p className="field-error">{problemAt(save.error, "schedule")}</p>
        ) : null}
      </fieldset>
      <div className="form-grid">
        <Field label={t("planEditor.priority")} error={error("priority")}>
          {(control) => (
            <select
              {...control}
              value={priority}
              onChange={(event) => setPriority(event.target.value as Priority)}
            >
              {PRIORITIES.map((value) => (
                <option key={value} value={value}>
                  {t(priorityKey(value))}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t("planEditor.taskSection")} error={error("section_id")}>
          {(control) => (
            <select
              {...control}
              value={section ?? ""}
              onChange={(event) =>
                setSection(event.target.value ? Number(event.target.value) : null)
              }
            >
              <option value="">{t("planEditor.noSection")}</option>
              {sections.map((choice) => (
                <option key={choice.id} value={choice.id}>
                  {choice.label}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      <fieldset className="topics">
        <legend>{t("planEditor.topics")}</legend>
        <div className="checks topic-checks">
          {shownTopics.map((topic) => (
            <label key={topic} className="check">
              <input
                type="checkbox"
                checked={topics.includes(topic)}
                onChange={(event) =>
                  setTopics((all) =>
                    event.target.checked ? [...all, topic] : all.filter((other) => other !== topic),
                  )
                }
              />
              {(TOPICS as readonly string[]).includes(topic) ? t(topicKey(topic)) : topic}
            </label>
          ))}
        </div>
        {problemAt(save.error, "topics") ? (
          <p className="field-error">{problemAt(save.error, "topics")}</p>
        ) : null}
      </fieldset>
      <div className="button-row">
        <button type="submit" className="button button-primary" disabled={save.isPending}>
          {save.isPending ? t("action.saving") : t(task ? "action.save" : "planEditor.taskAdd")}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          {t("action.cancel")}
        </button>
      </div>
    </form>
  );
}
