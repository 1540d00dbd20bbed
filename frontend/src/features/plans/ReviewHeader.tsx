// The plan's own fields as read from the head of the document: issuing unit (one of those the
// coordinator writes plans for), title, year, symbol, place, opening and closing paragraphs.
import { formatDate } from "../../i18n/format";
import { useT } from "../../i18n/i18n";
import { Field } from "../../ui/Field";
import type { UnitChoice } from "../tasks/queries";
import type { Problems } from "./importDraft";
import type { HeaderReview } from "./importReview";
import { LineButton, Sourced } from "./sourceLine";

export function ReviewHeader({
  header,
  lines,
  issuing,
  read,
  problems,
  onChange,
}: {
  header: HeaderReview;
  lines: Record<string, number>;
  issuing: readonly UnitChoice[];
  /** The number and date the text carries (given when the plan is issued, not now). */
  read: { number: number | null; issuedOn: string | null };
  problems: Problems;
  onChange: (changes: Partial<HeaderReview>) => void;
}) {
  const t = useT();
  const problem = (field: string) => problems[`header/${field}`];
  return (
    <Sourced
      as="section"
      id="review-header"
      className="card review-part"
      line={lines.title ?? null}
    >
      <div className="review-part-head">
        <h2>{t("planImport.header")}</h2>
        <LineButton line={lines.title ?? null} />
      </div>
      <div className="form">
        <Field label={t("plans.newUnit")} error={problem("unit_id")}>
          {(control) => (
            <select
              {...control}
              value={header.unitId ?? ""}
              onChange={(event) =>
                onChange({ unitId: event.target.value ? Number(event.target.value) : null })
              }
            >
              {header.unitId === null ? (
                <option value="">{t("planImport.chooseUnit")}</option>
              ) : null}
              {issuing.map((unit) => (
                <option key={unit.id} value={unit.id}>
                  {unit.name}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t("planEditor.title")} error={problem("title")}>
          {(control) => (
            <input
              {...control}
              required
              value={header.title}
              onChange={(event) => onChange({ title: event.target.value })}
            />
          )}
        </Field>
        <div className="form-grid form-grid-3">
          <Field label={t("planEditor.year")} error={problem("year")}>
            {(control) => (
              <input
                {...control}
                required
                inputMode="numeric"
                value={header.year}
                onChange={(event) => onChange({ year: event.target.value })}
              />
            )}
          </Field>
          <Field
            label={t("planEditor.symbol")}
            hint={t("planEditor.symbolHint")}
            error={problem("symbol")}
          >
            {(control) => (
              <input
                {...control}
                required
                value={header.symbol}
                onChange={(event) => onChange({ symbol: event.target.value })}
              />
            )}
          </Field>
          <Field label={t("planEditor.place")} error={problem("place")}>
            {(control) => (
              <input
                {...control}
                value={header.place}
                onChange={(event) => onChange({ place: event.target.value })}
              />
            )}
          </Field>
        </div>
        {read.number !== null || read.issuedOn ? (
          <p className="hint">
            {t("planImport.readNumber", {
              number: read.number ?? "—",
              date: read.issuedOn ? formatDate(read.issuedOn) : "—",
            })}{" "}
            <LineButton line={lines.number ?? lines.issued_on ?? null} />
          </p>
        ) : null}
        <Field label={t("planEditor.introduction")}>
          {(control) => (
            <textarea
              {...control}
              rows={3}
              value={header.introduction}
              onChange={(event) => onChange({ introduction: event.target.value })}
            />
          )}
        </Field>
        <Field label={t("planEditor.closing")}>
          {(control) => (
            <textarea
              {...control}
              rows={2}
              value={header.closing}
              onChange={(event) => onChange({ closing: event.target.value })}
            />
          )}
        </Field>
      </div>
    </Sourced>
  );
}
