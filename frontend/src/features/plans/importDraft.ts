// The reviewed import as the API takes it (`ReviewedDraft`), what is wrong with it before it is
// sent, and where the API's refusal (`errors[].loc`) points in the review. Pure functions: the
// review state lives in useImportReview.
import type { Schemas } from "../../api/client";
import { ApiError } from "../../api/errors";
import type { Translate } from "../../i18n/i18n";
import { isIsoDate } from "../../ui/dateText";
import {
  type ImportReview,
  type ReferenceReview,
  type SectionReview,
  TASK_TITLE_MAX,
  type TaskReview,
  type UnitReview,
} from "./importReview";
import type { ReviewedDraft } from "./queries";

type ReviewedReference = Schemas["ReviewedReference"];
type ReviewedSection = Schemas["ReviewedSection"];
type ReviewedTask = Schemas["ReviewedTask"];

/**
 * Problems by where they are: an item's key (`unit:2`), or an item's field (`task:2.0/due_on`,
 * `header/title`); `sections` for the tree as a whole.
 */
export type Problems = Record<string, string>;

/** The key of the problem of `field` of an item. */
export const fieldKey = (itemKey: string, field: string) => `${itemKey}/${field}`;

/** A section sent, by its item key, with the sections sent under it. */
export interface SentSection {
  key: string;
  children: SentSection[];
}

/** Which review item each entry of the lists sent came from, to place the API's answer. */
export interface DraftPlaces {
  legalBases: string[];
  citedReferences: string[];
  sections: SentSection[];
  tasks: string[];
}

function referenceOf(reference: ReferenceReview): ReviewedReference {
  if (reference.existing) return { reference_id: reference.existing.id };
  return {
    new: {
      kind: reference.kind,
      number: reference.number.trim() || null,
      issued_on: reference.issuedOn || null,
      issuer: reference.issuer.trim() || null,
      title: reference.title.trim(),
      in_force: true,
    },
  };
}

/** The kept sections with their full codes (`III.1`) by key. */
function sectionsOf(
  sections: readonly SectionReview[],
  parentPath: string,
  paths: Map<string, string>,
): { sent: ReviewedSection[]; places: SentSection[] } {
  const sent: ReviewedSection[] = [];
  const places: SentSection[] = [];
  for (const section of sections) {
    if (!section.kept) continue;
    const code = section.code.trim();
    const path = parentPath ? `${parentPath}.${code}` : code;
    paths.set(section.key, path);
    const children = sectionsOf(section.children, path, paths);
    sent.push({
      code,
      title: section.title.trim(),
      body: section.body,
      role: section.role,
      children: children.sent,
    });
    places.push({ key: section.key, children: children.places });
  }
  return { sent, places };
}

function taskOf(task: TaskReview, unit: UnitReview, paths: Map<string, string>): ReviewedTask {
  const leads = unit.leadUnitIds;
  return {
    title: task.title.trim(),
    description: task.sentence,
    section_path: (task.sectionKey && paths.get(task.sectionKey)) ?? null,
    lead_unit_ids: leads,
    group_label: leads.length > 1 ? unit.groupLabel.trim() : null,
    cooperating_unit_ids: task.cooperatingUnitIds.filter((id) => !leads.includes(id)),
    schedule: task.schedule,
    due_on: task.schedule === "once" ? task.dueOn || null : null,
    frequency: task.schedule === "recurring" ? task.frequency || null : null,
    priority: "normal",
    topics: [],
  };
}

/** The tasks that go into the draft, with their units: kept sentences of units given leads. */
function keptTasks(review: ImportReview): { task: TaskReview; unit: UnitReview }[] {
  return review.units
    .filter((unit) => !unit.leftOut && unit.leadUnitIds.length > 0)
    .flatMap((unit) => unit.tasks.filter((task) => task.kept).map((task) => ({ task, unit })));
}

/**
 * The review as the API takes it, and where each entry came from. Removed items are not sent;
 * a removed section takes its subsections with it, and a task placed in it goes to no section.
 * Empty number, issuer and date of a document are sent as null.
 */
export function draftOf(review: ImportReview): { draft: ReviewedDraft; places: DraftPlaces } {
  const { header, carried } = review;
  const bases = review.legalBases.filter((reference) => reference.kept);
  const cited = review.citedReferences.filter((reference) => reference.kept);
  const paths = new Map<string, string>();
  const sections = sectionsOf(review.sections, "", paths);
  const tasks = keptTasks(review);
  return {
    draft: {
      plan: {
        unit_id: header.unitId ?? 0,
        title: header.title.trim(),
        year: Number(header.year),
        symbol: header.symbol.trim(),
        place: header.place.trim() || null,
        introduction: header.introduction.trim(),
        closing: header.closing.trim(),
        recipients: carried.recipients,
        signer: carried.signer,
        reporting_deadlines: carried.reportingDeadlines.map(({ kind, due_on, label }) => ({
          kind,
          due_on,
          label,
        })),
      },
      legal_bases: bases.map(referenceOf),
      cited_references: cited.map(referenceOf),
      sections: sections.sent,
      tasks: tasks.map(({ task, unit }) => taskOf(task, unit, paths)),
    },
    places: {
      legalBases: bases.map((reference) => reference.key),
      citedReferences: cited.map((reference) => reference.key),
      sections: sections.places,
      tasks: tasks.map(({ task }) => task.key),
    },
  };
}

function countSections(sections: readonly SentSection[]): number {
  return sections.reduce((sum, section) => sum + 1 + countSections(section.children), 0);
}

/** How much the draft will hold: sections, tasks and căn cứ. */
export function draftSize(review: ImportReview): {
  sections: number;
  tasks: number;
  bases: number;
} {
  const { places } = draftOf(review);
  return {
    sections: countSections(places.sections),
    tasks: places.tasks.length,
    bases: places.legalBases.length,
  };
}

// --- before sending ------------------------------------------------------------------------

function checkHeader(review: ImportReview, t: Translate, problems: Problems) {
  const { header } = review;
  const year = Number(header.year);
  if (header.unitId === null) problems["header/unit_id"] = t("plans.newUnitRequired");
  if (!header.title.trim()) problems["header/title"] = t("planEditor.titleRequired");
  if (!Number.isInteger(year) || year < 1945 || year > 2100)
    problems["header/year"] = t("planEditor.yearRange");
  if (!header.symbol.trim()) problems["header/symbol"] = t("planEditor.symbolRequired");
}

function checkSections(
  sections: readonly SectionReview[],
  parentPath: string,
  seen: Set<string>,
  t: Translate,
  problems: Problems,
) {
  for (const section of sections) {
    if (!section.kept) continue;
    const code = section.code.trim();
    const path = parentPath ? `${parentPath}.${code}` : code;
    if (!code) problems[fieldKey(section.key, "code")] = t("planEditor.sectionCodeRequired");
    else if (seen.has(path))
      problems[fieldKey(section.key, "code")] = t("planImport.sectionCodeTaken", { code: path });
    seen.add(path);
    if (!section.title.trim())
      problems[fieldKey(section.key, "title")] = t("planEditor.sectionTitleRequired");
    checkSections(section.children, path, seen, t, problems);
  }
}

function checkTask(task: TaskReview, t: Translate, problems: Problems) {
  const title = task.title.trim();
  if (!title) problems[fieldKey(task.key, "title")] = t("planEditor.taskTitleRequired");
  else if (title.length > TASK_TITLE_MAX)
    problems[fieldKey(task.key, "title")] = t("planImport.taskTitleTooLong", {
      max: TASK_TITLE_MAX,
    });
  if (task.schedule === "once" && !task.dueOn)
    problems[fieldKey(task.key, "due_on")] = t("planEditor.dueOnRequired");
  else if (task.schedule === "once" && !isIsoDate(task.dueOn))
    problems[fieldKey(task.key, "due_on")] = t("date.invalid");
  if (task.schedule === "recurring" && !task.frequency)
    problems[fieldKey(task.key, "frequency")] = t("planEditor.frequencyRequired");
}

/** What must be put right before the draft can be created, by where it is (empty: nothing). */
export function checkReview(review: ImportReview, t: Translate): Problems {
  const problems: Problems = {};
  checkHeader(review, t, problems);
  checkSections(review.sections, "", new Set(), t, problems);
  for (const unit of review.units) {
    if (unit.leftOut || !unit.tasks.some((task) => task.kept)) continue;
    if (unit.leadUnitIds.length === 0) problems[unit.key] = t("planImport.unitUndecided");
    else if (unit.leadUnitIds.length > 1 && !unit.groupLabel.trim())
      problems[fieldKey(unit.key, "group_label")] = t("planEditor.groupLabelRequired");
    for (const task of unit.tasks) if (task.kept) checkTask(task, t, problems);
  }
  return problems;
}

// --- the API's refusal ---------------------------------------------------------------------

/** Header fields the review shows, each with its own message. */
const HEADER_FIELDS = new Set(["unit_id", "title", "year", "symbol", "place"]);
/** Task fields the review shows, each with its own message. */
const TASK_FIELDS = new Set(["title", "schedule", "due_on", "frequency", "section_path"]);
/** Section fields the review shows. */
const SECTION_FIELDS = new Set(["code", "title"]);

type Loc = readonly (string | number)[];

function sectionProblemKey(rest: Loc, sections: readonly SentSection[]): string {
  let nodes = sections;
  let key = "sections";
  let at = 0;
  while (typeof rest[at] === "number") {
    const node = nodes[rest[at] as number];
    if (!node) break;
    key = node.key;
    nodes = node.children;
    at += rest[at + 1] === "children" ? 2 : 1;
  }
  const field = rest[at];
  return key !== "sections" && typeof field === "string" && SECTION_FIELDS.has(field)
    ? fieldKey(key, field)
    : key;
}

/**
 * Where in the review an API error's `loc` points (`["body","tasks",3,"section_path"]` → the
 * section field of the fourth task sent); "" when it names nothing the review shows.
 */
export function problemKey(loc: Loc, places: DraftPlaces): string {
  const [part, index, field] = loc[0] === "body" ? loc.slice(1) : loc;
  const numbered = typeof index === "number" ? index : -1;
  switch (part) {
    case "plan":
      return typeof index === "string" && HEADER_FIELDS.has(index) ? fieldKey("header", index) : "";
    case "legal_bases":
      return places.legalBases[numbered] ?? "bases";
    case "cited_references":
      return places.citedReferences[numbered] ?? "cited";
    case "sections":
      return sectionProblemKey(loc.slice(loc[0] === "body" ? 2 : 1), places.sections);
    case "tasks": {
      const task = places.tasks[numbered];
      if (!task) return "";
      return typeof field === "string" && TASK_FIELDS.has(field) ? fieldKey(task, field) : task;
    }
    default:
      return "";
  }
}

/** The API's refusal of a draft as problems at their items (what names nothing is left out:
 * the screen shows the whole answer above the review). */
export function problemsOfRefusal(error: unknown, places: DraftPlaces): Problems {
  if (!(error instanceof ApiError)) return {};
  const problems: Problems = {};
  for (const item of error.problem.errors ?? []) {
    const key = problemKey((item.loc ?? []) as Loc, places);
    if (!key || !item.msg) continue;
    problems[key] = problems[key] ? `${problems[key]} ${item.msg}` : item.msg;
  }
  return problems;
}

/** Problems of `key` and of its fields left out (the coordinator changed that item). */
export function withoutProblemsOf(problems: Problems, key: string): Problems {
  const kept = Object.entries(problems).filter(
    ([place]) => place !== key && !place.startsWith(`${key}/`),
  );
  return kept.length === Object.keys(problems).length ? problems : Object.fromEntries(kept);
}
