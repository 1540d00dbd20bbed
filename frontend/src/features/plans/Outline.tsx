// The draft's sections as a tree, with the tasks of each: add, change, move (up, down, under
// another section) and delete an empty one; add, change and delete tasks. Every change is saved
// at once, each section or task at the version shown.
import { createContext, type ReactNode, useCallback, useContext, useEffect, useState } from "react";
import { errorMessage } from "../../api/errors";
import { formatDate } from "../../i18n/format";
import { type MessageKey, useT } from "../../i18n/i18n";
import { ConfirmDialog } from "../../ui/ConfirmDialog";
import { Icon, type IconName } from "../../ui/icons";
import { Empty, QueryView } from "../../ui/states";
import { leadLabel, type UnitChoice, useDeleteTask, useUnitList } from "../tasks/queries";
import { EditorPart, isConflict, Restartable } from "./EditorPart";
import { nextSectionCode, priorityKey, sectionRoleKey } from "./kinds";
import {
  flattenSections,
  type Plan,
  type PlanTask,
  paragraphs,
  type SectionInput,
  type SectionNode,
  sectionNumber,
  subtreeIds,
  usePlanTasks,
  useReloadSection,
  useSections,
  useSectionWrites,
} from "./queries";
import { type ParentChoice, SectionForm } from "./SectionForm";
import { type SectionChoice, TaskEditor } from "./TaskForm";

/** The one form open in the outline at a time (opening another closes it). */
type Open =
  | { kind: "edit-section"; id: number }
  | { kind: "add-section"; parentId: number | null }
  | { kind: "add-task"; sectionId: number | null }
  | { kind: "edit-task"; id: number }
  | null;

interface Outline {
  plan: Plan;
  tree: SectionNode[];
  tasks: Map<number | null, PlanTask[]>;
  units: UnitChoice[];
  sectionChoices: SectionChoice[];
  open: Open;
  setOpen: (open: Open) => void;
  announce: (message: string) => void;
}

const OutlineContext = createContext<Outline | null>(null);

function useOutline(): Outline {
  const outline = useContext(OutlineContext);
  if (!outline) throw new Error("useOutline outside the outline");
  return outline;
}

const sectionLabel = (node: SectionNode) => `${sectionNumber(node.code)} ${node.title}`;

export function OutlinePart({ plan }: { plan: Plan }) {
  const t = useT();
  const sections = useSections(plan.id);
  const tasks = usePlanTasks(plan.id);
  const units = useUnitList();
  return (
    <EditorPart
      id="part-outline"
      title={t("planEditor.outline")}
      hint={t("planEditor.outlineHint")}
    >
      <QueryView query={sections} loadingLabel={t("plans.loadingSections")}>
        {(tree) => (
          <QueryView query={tasks} loadingLabel={t("plans.loadingTasks")}>
            {(list) => (
              <OutlineView plan={plan} tree={tree} tasks={list} units={units.data?.items ?? []} />
            )}
          </QueryView>
        )}
      </QueryView>
    </EditorPart>
  );
}

function OutlineView({
  plan,
  tree,
  tasks,
  units,
}: {
  plan: Plan;
  tree: SectionNode[];
  tasks: PlanTask[];
  units: UnitChoice[];
}) {
  const t = useT();
  const [open, setOpen] = useState<Open>(null);
  const [message, setMessage] = useState("");
  const clearMessage = useCallback(() => setMessage(""), []);
  const flat = flattenSections(tree);
  const known = new Set(flat.map((entry) => entry.node.id));
  const bySection = new Map<number | null, PlanTask[]>();
  for (const task of tasks) {
    const key = task.section_id !== null && known.has(task.section_id) ? task.section_id : null;
    bySection.set(key, [...(bySection.get(key) ?? []), task]);
  }
  const outline: Outline = {
    plan,
    tree,
    tasks: bySection,
    units,
    sectionChoices: flat.map(({ node, depth }) => ({
      id: node.id,
      label: `${"— ".repeat(depth)}${sectionLabel(node)}`,
    })),
    open,
    setOpen: (next) => {
      setOpen(next);
      if (next) setMessage("");
    },
    announce: setMessage,
  };
  const loose = bySection.get(null) ?? [];
  return (
    <OutlineContext.Provider value={outline}>
      <Toast message={message} onGone={clearMessage} />
      {tree.length === 0 ? <Empty>{t("planEditor.noSections")}</Empty> : null}
      <ol className="outline">
        {tree.map((node, index) => (
          <SectionItem
            key={node.id}
            node={node}
            depth={0}
            first={index === 0}
            last={index === tree.length - 1}
          />
        ))}
      </ol>
      <AddSection parentId={null} siblings={tree} parentCode={null} />
      {loose.length > 0 || (open?.kind === "add-task" && open.sectionId === null) ? (
        <section className="outline-loose" aria-labelledby="outline-loose-title">
          <h3 id="outline-loose-title">{t("planEditor.looseTasks")}</h3>
          <TaskList tasks={loose} sectionId={null} />
        </section>
      ) : null}
    </OutlineContext.Provider>
  );
}

/** What the last change did, said politely at the bottom of the screen for a few seconds. */
function Toast({ message, onGone }: { message: string; onGone: () => void }) {
  useEffect(() => {
    if (!message) return;
    const timer = window.setTimeout(onGone, 6000);
    return () => window.clearTimeout(timer);
  }, [message, onGone]);
  return (
    <div className="toast-region" role="status" aria-live="polite">
      {message ? (
        <p className="toast">
          <Icon name="check" size={18} /> {message}
        </p>
      ) : null}
    </div>
  );
}

/** A small button of the outline's rows, its words said in full to assistive technology. */
function RowButton({
  icon,
  text,
  label,
  onClick,
  disabled,
  danger,
  expanded,
}: {
  icon: IconName;
  text: string;
  label: string;
  onClick: () => void;
  disabled?: boolean;
  danger?: boolean;
  expanded?: boolean;
}) {
  return (
    <button
      type="button"
      className={danger ? "button row-button button-danger" : "button row-button"}
      aria-label={label}
      aria-expanded={expanded}
      disabled={disabled}
      onClick={onClick}
    >
      <Icon name={icon} size={18} />
      <span aria-hidden="true">{text}</span>
    </button>
  );
}

function SectionItem({
  node,
  depth,
  first,
  last,
}: {
  node: SectionNode;
  depth: number;
  first: boolean;
  last: boolean;
}) {
  const t = useT();
  const outline = useOutline();
  const Heading = depth === 0 ? "h3" : "h4";
  const writes = useSectionWrites(outline.plan.id);
  const [asking, setAsking] = useState(false);
  const children = node.children ?? [];
  const tasks = outline.tasks.get(node.id) ?? [];
  const name = sectionLabel(node);
  const editing = outline.open?.kind === "edit-section" && outline.open.id === node.id;
  const empty = children.length === 0 && tasks.length === 0;
  const below = subtreeIds(node);
  const parents: ParentChoice[] = [
    { id: null, label: t("planEditor.sectionRoot") },
    ...outline.sectionChoices.filter((choice) => !below.has(choice.id)),
  ];
  const moveError = writes.update.error && !editing ? writes.update.error : null;
  const reloadSection = useReloadSection(outline.plan.id);

  const move = (by: -1 | 1) =>
    writes.update.mutate(
      { section: node, changes: { position: node.position + by } },
      { onSuccess: () => outline.announce(t("planEditor.sectionMoved", { name })) },
    );

  return (
    <li className={`outline-item outline-depth-${Math.min(depth, 2)}`}>
      <div className="outline-head">
        <Heading className="outline-title">
          <span className="outline-code">{sectionNumber(node.code)}</span> {node.title}
        </Heading>
        {node.role ? <span className="tag">{t(sectionRoleKey(node.role))}</span> : null}
      </div>
      {editing ? null : <SectionBody text={node.body} />}
      <div className="row-actions outline-actions">
        <RowButton
          icon="edit"
          text={t("action.edit")}
          label={t("planEditor.sectionEdit", { name })}
          expanded={editing}
          onClick={() => outline.setOpen(editing ? null : { kind: "edit-section", id: node.id })}
        />
        <RowButton
          icon="up"
          text={t("planEditor.moveUp")}
          label={t("planEditor.moveUpNamed", { name })}
          disabled={first || writes.update.isPending}
          onClick={() => move(-1)}
        />
        <RowButton
          icon="down"
          text={t("planEditor.moveDown")}
          label={t("planEditor.moveDownNamed", { name })}
          disabled={last || writes.update.isPending}
          onClick={() => move(1)}
        />
        <RowButton
          icon="plus"
          text={t("planEditor.addSubsection")}
          label={t("planEditor.addSubsectionTo", { name })}
          onClick={() => outline.setOpen({ kind: "add-section", parentId: node.id })}
        />
        <RowButton
          icon="plus"
          text={t("planEditor.addTask")}
          label={t("planEditor.addTaskTo", { name })}
          onClick={() => outline.setOpen({ kind: "add-task", sectionId: node.id })}
        />
        {empty ? (
          <RowButton
            icon="trash"
            text={t("action.delete")}
            label={t("planEditor.sectionDelete", { name })}
            danger
            onClick={() => {
              writes.remove.reset();
              setAsking(true);
            }}
          />
        ) : null}
      </div>
      {moveError ? (
        <p className="alert alert-error" role="alert">
          {isConflict(moveError) ? t("planEditor.sectionConflict") : errorMessage(moveError, t)}
        </p>
      ) : null}
      {editing ? (
        <Restartable
          value={node}
          render={(start, restart) => (
            <SectionForm
              section={start}
              parents={parents}
              save={writes.update}
              onSave={(changes) =>
                writes.update.mutate(
                  { section: node, changes },
                  {
                    onSuccess: (saved) => {
                      outline.setOpen(null);
                      outline.announce(
                        t("planEditor.sectionSaved", {
                          name: sectionLabel({ ...node, ...saved, children: [] }),
                        }),
                      );
                    },
                  },
                )
              }
              onCancel={() => outline.setOpen(null)}
              onReload={() =>
                void reloadSection(node.id).then((fresh) => {
                  writes.update.reset();
                  restart(fresh);
                })
              }
            />
          )}
        />
      ) : null}
      <TaskList tasks={tasks} sectionId={node.id} />
      {children.length > 0 ? (
        <ol className="outline">
          {children.map((child, index) => (
            <SectionItem
              key={child.id}
              node={child}
              depth={depth + 1}
              first={index === 0}
              last={index === children.length - 1}
            />
          ))}
        </ol>
      ) : null}
      <AddSection parentId={node.id} siblings={children} parentCode={node.code} />
      {asking ? (
        <ConfirmDialog
          title={t("planEditor.sectionDeleteTitle")}
          confirmLabel={t("action.delete")}
          danger
          busy={writes.remove.isPending}
          error={writes.remove.error}
          onConfirm={() =>
            writes.remove.mutate(node, {
              onSuccess: () => {
                setAsking(false);
                outline.announce(t("planEditor.sectionDeleted", { name }));
              },
            })
          }
          onCancel={() => setAsking(false)}
        >
          <p>{t("planEditor.sectionDeleteText", { name })}</p>
        </ConfirmDialog>
      ) : null}
    </li>
  );
}

/** A section's text, shortened when long until asked for whole. */
function SectionBody({ text }: { text: string }) {
  const t = useT();
  const [whole, setWhole] = useState(false);
  const parts = paragraphs(text);
  if (parts.length === 0) return null;
  const long = text.length > 320;
  return (
    <div className={long && !whole ? "outline-body outline-body-short" : "outline-body"} lang="vi">
      {parts.map((paragraph, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: static text, never reordered
        <p key={index}>{paragraph}</p>
      ))}
      {long ? (
        <button
          type="button"
          className="button button-quiet more-text"
          onClick={() => setWhole(!whole)}
        >
          {whole ? t("planEditor.bodyLess") : t("planEditor.bodyMore")}
        </button>
      ) : null}
    </div>
  );
}

/** A new section's form under `parentId` when open; at the root, also the button opening it. */
function AddSection({
  parentId,
  parentCode,
  siblings,
}: {
  parentId: number | null;
  parentCode: string | null;
  siblings: readonly SectionNode[];
}) {
  const t = useT();
  const outline = useOutline();
  const writes = useSectionWrites(outline.plan.id);
  const adding = outline.open?.kind === "add-section" && outline.open.parentId === parentId;
  if (!adding && parentId !== null) return null;
  if (!adding) {
    return (
      <div className="outline-add">
        <button
          type="button"
          className="button"
          onClick={() => outline.setOpen({ kind: "add-section", parentId })}
        >
          <Icon name="plus" size={18} />
          {t("planEditor.addRootSection")}
        </button>
      </div>
    );
  }
  return (
    <SectionForm
      code={nextSectionCode(
        parentCode,
        siblings.map((sibling) => sibling.code),
      )}
      save={writes.create}
      onSave={(body) =>
        writes.create.mutate(
          { ...(body as SectionInput), parent_id: parentId },
          {
            onSuccess: (saved) => {
              outline.setOpen(null);
              outline.announce(
                t("planEditor.sectionAdded", {
                  name: `${sectionNumber(saved.code)} ${saved.title}`,
                }),
              );
            },
          },
        )
      }
      onCancel={() => outline.setOpen(null)}
      onReload={() => outline.setOpen(null)}
    />
  );
}

function scheduleText(task: PlanTask, t: ReturnType<typeof useT>): string {
  if (task.schedule === "once" && task.due_on)
    return t("planEditor.scheduleOnce", { date: formatDate(task.due_on) });
  if (task.schedule === "recurring" && task.frequency)
    return t("planEditor.scheduleRecurring", {
      frequency: t(`frequency.${task.frequency}` as MessageKey),
    });
  return t(`schedule.${task.schedule}` as MessageKey);
}

/** The tasks of one section (or of none), each with its units and schedule. */
function TaskList({ tasks, sectionId }: { tasks: PlanTask[]; sectionId: number | null }) {
  const t = useT();
  const outline = useOutline();
  const adding = outline.open?.kind === "add-task" && outline.open.sectionId === sectionId;
  const editor = (task?: PlanTask): ReactNode => (
    <TaskEditor
      task={task}
      planId={outline.plan.id}
      sectionId={sectionId}
      sections={outline.sectionChoices}
      units={outline.units}
      onDone={(message) => {
        outline.setOpen(null);
        outline.announce(message);
      }}
      onCancel={() => outline.setOpen(null)}
    />
  );
  if (tasks.length === 0 && !adding) return null;
  return (
    <div className="outline-tasks">
      {tasks.length > 0 ? (
        <ul aria-label={t("planEditor.tasksOfSection")}>
          {tasks.map((task) => (
            <TaskRow key={task.id} task={task} editor={editor} />
          ))}
        </ul>
      ) : null}
      {adding ? editor() : null}
    </div>
  );
}

function TaskRow({ task, editor }: { task: PlanTask; editor: (task?: PlanTask) => ReactNode }) {
  const t = useT();
  const outline = useOutline();
  const remove = useDeleteTask(task);
  const [asking, setAsking] = useState(false);
  const editing = outline.open?.kind === "edit-task" && outline.open.id === task.id;
  const cooperating = task.assignees.filter((assignee) => assignee.role === "cooperating");
  return (
    <li className="outline-task">
      <p className="outline-task-title">
        <Icon name="tasks" size={18} />
        <span>{task.title}</span>
        {task.priority !== "normal" ? (
          <span className={task.priority === "high" ? "tag tag-strong" : "tag"}>
            {t(priorityKey(task.priority))}
          </span>
        ) : null}
      </p>
      <p className="outline-task-meta">
        <span>
          <span className="muted">{t("task.lead")}: </span>
          {leadLabel(task)}
        </span>
        {cooperating.length > 0 ? (
          <span>
            <span className="muted">{t("task.cooperating")}: </span>
            {cooperating.map((assignee) => assignee.unit_name).join(", ")}
          </span>
        ) : null}
        <span>{scheduleText(task, t)}</span>
      </p>
      <div className="row-actions">
        <RowButton
          icon="edit"
          text={t("action.edit")}
          label={t("planEditor.taskEdit", { title: task.title })}
          expanded={editing}
          onClick={() => outline.setOpen(editing ? null : { kind: "edit-task", id: task.id })}
        />
        <RowButton
          icon="trash"
          text={t("action.delete")}
          label={t("planEditor.taskDelete", { title: task.title })}
          danger
          onClick={() => {
            remove.reset();
            setAsking(true);
          }}
        />
      </div>
      {editing ? editor(task) : null}
      {asking ? (
        <ConfirmDialog
          title={t("planEditor.taskDeleteTitle")}
          confirmLabel={t("action.delete")}
          danger
          busy={remove.isPending}
          error={remove.error}
          onConfirm={() =>
            remove.mutate(undefined, {
              onSuccess: () => {
                setAsking(false);
                outline.announce(t("planEditor.taskDeleted", { title: task.title }));
              },
            })
          }
          onCancel={() => setAsking(false)}
        >
          <p>{t("planEditor.taskDeleteText", { title: task.title })}</p>
        </ConfirmDialog>
      ) : null}
    </li>
  );
}
