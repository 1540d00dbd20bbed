// The review of an imported plan: what the reading proposed, in the shape the coordinator
// corrects it in (every item keyed by where the proposal put it, so that the source line, a
// problem and the item stay tied whatever is edited), and the review it starts from.
import type { Schemas } from "../../api/client";
import type { Frequency, LegalReferenceKind, Schedule, SectionRole } from "./kinds";
import type { LegalReference, Proposal } from "./queries";

type ProposedReference = Schemas["ProposedLegalReference"];
type ProposedSection = Schemas["ProposedSection"];
type ProposedUnit = Schemas["ProposedUnit"];
type ProposedTask = Schemas["ProposedTask"];
export type ProposalWarning = Schemas["ProposalWarning"];
export type ProposedDeadline = Schemas["ProposedReportingDeadline"];
export type Signer = Schemas["Signer"];

/** The plan's own fields, as typed (the year as text until it is sent). */
export interface HeaderReview {
  unitId: number | null;
  title: string;
  year: string;
  symbol: string;
  place: string;
  introduction: string;
  closing: string;
}

/** A căn cứ or cited document: the one read (corrected), or one already entered instead. */
export interface ReferenceReview {
  key: string;
  line: number;
  /** As the text cites it. */
  citation: string;
  kept: boolean;
  kind: LegalReferenceKind;
  number: string;
  issuedOn: string;
  issuer: string;
  title: string;
  existing: LegalReference | null;
}

export interface SectionReview {
  /** `section:` and the path the reading gave it (`section:II.4.1`), whatever its code becomes. */
  key: string;
  line: number;
  code: string;
  title: string;
  body: string;
  role: SectionRole | null;
  kept: boolean;
  children: SectionReview[];
}

/** One task sentence of a responsible unit. */
export interface TaskReview {
  key: string;
  line: number;
  /** The sentence as written: the task's description. */
  sentence: string;
  kept: boolean;
  title: string;
  schedule: Schedule;
  dueOn: string;
  frequency: Frequency | "";
  /** The words about time the reading took the schedule from, if any. */
  phrase: string | null;
  /** The section it is placed in (a section's key), or null for none. */
  sectionKey: string | null;
  cooperatingUnitIds: number[];
  /** Cooperating units named in the sentence that match no unit (left out). */
  unmatchedCooperating: string[];
}

/** How the reading matched a responsible unit's name: one unit, a group of units, or none. */
export type UnitMatch = "unit" | "group" | "none";

export interface UnitReview {
  key: string;
  line: number;
  /** The name as written. */
  name: string;
  match: UnitMatch;
  /** The units that lead its tasks (several for a group). */
  leadUnitIds: number[];
  /** The group's name, when several units lead. */
  groupLabel: string;
  /** Its sentences are left out of the draft. */
  leftOut: boolean;
  tasks: TaskReview[];
}

/** What the draft takes over as read, edited afterwards in the plan editor. */
export interface CarriedOver {
  reportingDeadlines: ProposedDeadline[];
  recipients: string[];
  signer: Signer | null;
  signerLine: number | null;
}

export interface ImportReview {
  sourceLines: string[];
  header: HeaderReview;
  /** The source line of each header field the reading found (`title` → 5). */
  headerLines: Record<string, number>;
  legalBases: ReferenceReview[];
  citedReferences: ReferenceReview[];
  sections: SectionReview[];
  units: UnitReview[];
  carried: CarriedOver;
  warnings: ProposalWarning[];
}

/** Titles are one line of at most this many characters. */
export const TASK_TITLE_MAX = 300;

/**
 * A task's title from its sentence: the sentence without its closing punctuation, cut at a word
 * to at most 300 characters.
 */
export function taskTitle(sentence: string, max = TASK_TITLE_MAX): string {
  const line = sentence
    .replace(/\s+/g, " ")
    .trim()
    .replace(/[\s.;:,]+$/u, "");
  if (line.length <= max) return line;
  const cut = line.slice(0, max + 1);
  const lastSpace = cut.lastIndexOf(" ");
  return (lastSpace > 0 ? cut.slice(0, lastSpace) : line.slice(0, max)).replace(/[\s.;:,]+$/u, "");
}

function referenceReview(prefix: string) {
  return (reference: ProposedReference, index: number): ReferenceReview => ({
    key: `${prefix}:${index}`,
    line: reference.line,
    citation: reference.citation,
    kept: true,
    kind: reference.kind,
    number: reference.number ?? "",
    issuedOn: reference.issued_on ?? "",
    issuer: reference.issuer,
    title: reference.title,
    existing: null,
  });
}

function sectionReview(section: ProposedSection): SectionReview {
  return {
    key: sectionKey(section.path),
    line: section.line,
    code: section.code,
    title: section.title,
    body: section.body,
    role: section.role,
    kept: true,
    children: (section.children ?? []).map(sectionReview),
  };
}

const sectionKey = (path: string) => `section:${path}`;

/** Every section of the tree in reading order. */
export function allSections(sections: readonly SectionReview[]): SectionReview[] {
  return sections.flatMap((section) => [section, ...allSections(section.children)]);
}

function matchOf(unit: ProposedUnit): UnitMatch {
  if (unit.unit_id !== null) return "unit";
  return (unit.group_unit_ids ?? []).length > 0 ? "group" : "none";
}

function taskReview(unitIndex: number, known: ReadonlySet<string>) {
  return (task: ProposedTask, index: number): TaskReview => {
    const cooperating = task.cooperating_units ?? [];
    return {
      key: `task:${unitIndex}.${index}`,
      line: task.line,
      sentence: task.description,
      kept: true,
      title: taskTitle(task.description),
      schedule: task.schedule.schedule,
      dueOn: task.schedule.due_on ?? "",
      frequency: task.schedule.frequency ?? "",
      phrase: task.schedule.phrase ?? null,
      sectionKey: known.has(sectionKey(task.section_path)) ? sectionKey(task.section_path) : null,
      cooperatingUnitIds: cooperating.flatMap((unit) =>
        unit.unit_id !== null ? [unit.unit_id] : (unit.group_unit_ids ?? []),
      ),
      unmatchedCooperating: cooperating
        .filter((unit) => unit.unit_id === null && (unit.group_unit_ids ?? []).length === 0)
        .map((unit) => unit.name),
    };
  };
}

function unitReview(known: ReadonlySet<string>) {
  return (unit: ProposedUnit, index: number): UnitReview => {
    const match = matchOf(unit);
    return {
      key: `unit:${index}`,
      line: unit.line,
      name: unit.name,
      match,
      leadUnitIds: match === "unit" ? [unit.unit_id as number] : [...(unit.group_unit_ids ?? [])],
      groupLabel: unit.name,
      leftOut: false,
      tasks: (unit.tasks ?? []).map(taskReview(index, known)),
    };
  };
}

function signerOf(proposal: Proposal): Signer | null {
  const signer = proposal.signer;
  if (!signer?.authority || !signer.body || !signer.position || !signer.full_name) return null;
  const { authority, body, position, full_name } = signer;
  return { authority, body, position, full_name };
}

/**
 * The review a proposal starts: everything kept as read. The issuing unit is the one the text
 * names when it is among `issuingUnitIds` (those the coordinator writes plans for), otherwise
 * the first of them; the year is the text's, otherwise `fallbackYear`.
 */
export function reviewOf(
  proposal: Proposal,
  { issuingUnitIds, fallbackYear }: { issuingUnitIds: readonly number[]; fallbackYear: number },
): ImportReview {
  const { header } = proposal;
  const sections = proposal.sections.map(sectionReview);
  const known = new Set(allSections(sections).map((section) => section.key));
  const named = header.issuing_unit_id;
  return {
    sourceLines: proposal.source_lines,
    header: {
      unitId:
        named !== null && issuingUnitIds.includes(named) ? named : (issuingUnitIds[0] ?? null),
      title: header.title ?? "",
      year: String(header.year ?? fallbackYear),
      symbol: header.symbol ?? "KH-UBND",
      place: header.place ?? "",
      introduction: header.introduction,
      closing: header.closing,
    },
    headerLines: header.lines ?? {},
    legalBases: proposal.legal_bases.map(referenceReview("basis")),
    citedReferences: proposal.cited_references.map(referenceReview("cited")),
    sections,
    units: proposal.units.map(unitReview(known)),
    carried: {
      reportingDeadlines: proposal.reporting_deadlines,
      recipients: proposal.recipients,
      signer: signerOf(proposal),
      signerLine: proposal.signer?.line ?? null,
    },
    warnings: proposal.warnings,
  };
}

/** The units that need the coordinator's decision: matched to nothing, with sentences kept. */
export function undecidedUnits(review: Pick<ImportReview, "units">): UnitReview[] {
  return review.units.filter(
    (unit) =>
      !unit.leftOut && unit.leadUnitIds.length === 0 && unit.tasks.some((task) => task.kept),
  );
}
