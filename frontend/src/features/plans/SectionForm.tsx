import { type FormEvent, useState } from "react";
import { errorMessage, problemAt } from "../../api/errors";
import { useT } from "../../i18n/i18n";
import { Field } from "../../ui/Field";
import { ConflictNotice, focusFirstProblem, isConflict } from "./EditorPart";
import { SECTION_ROLES, type SectionRole, sectionRoleKey } from "./kinds";
import type { SectionChanges, SectionInput, SectionNode } from "./queries";

export interface ParentChoice {
  id: number | null;
  label: string;
}

interface SaveLike {
  error: unknown;
  isPending: boolean;
}

/**
 * A section's code, title, body text and role; for a section already written, also the section
 * it belongs to (moving it there, last, with everything under it).
 */
export function SectionForm({
  section,
  code: startCode = "",
  parents,
  save,
  onSave,
  onCancel,
  onReload,
}: {
  section?: SectionNode;
  code?: string;
  /** Where the section may go (never under itself); absent for a new section. */
  parents?: readonly ParentChoice[];
  save: SaveLike;
  onSave: (body: SectionInput | SectionChanges) => void;
  onCancel: () => void;
  onReload: () => void;
}) {
  const t = useT();
  const [code, setCode] = useState(section?.code ?? startCode);
  const [title, setTitle] = useState(section?.title ?? "");
  const [body, setBody] = useState(section?.body ?? "");
  const [role, setRole] = useState<SectionRole | "">(section?.role ?? "");
  const [parent, setParent] = useState<number | null>(section?.parent_id ?? null);
  const [missing, setMissing] = useState<Set<string>>(new Set());
  const error = (field: string, required?: string) =>
    missing.has(field) ? required : problemAt(save.error, field);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const absent = new Set<string>();
    if (!code.trim()) absent.add("code");
    if (!title.trim()) absent.add("title");
    setMissing(absent);
    if (absent.size > 0) {
      focusFirstProblem(event.currentTarget);
      return;
    }
    const fields = {
      code: code.trim().replace(/\.$/, ""),
      title: title.trim(),
      body: body.trim(),
      role: role || null,
    };
    onSave(section && parent !== section.parent_id ? { ...fields, parent_id: parent } : fields);
  }

  const heading = section
    ? t("planEditor.sectionEditTitle", { code: section.code, title: section.title })
    : t("planEditor.sectionNewTitle");
  return (
    <form className="form subform section-form" onSubmit={submit} noValidate aria-label={heading}>
      <h3>{heading}</h3>
      {isConflict(save.error) ? (
        <ConflictNotice onReload={onReload} />
      ) : save.error && !problemAt(save.error, "code") && !problemAt(save.error, "title") ? (
        <p className="alert alert-error" role="alert">
          {errorMessage(save.error, t)}
        </p>
      ) : null}
      <div className="form-grid section-form-grid">
        <Field
          label={t("planEditor.sectionCode")}
          hint={t("planEditor.sectionCodeHint")}
          error={error("code", t("planEditor.sectionCodeRequired"))}
          className="field-code"
        >
          {(control) => (
            <input
              {...control}
              required
              value={code}
              onChange={(event) => setCode(event.target.value)}
            />
          )}
        </Field>
        <Field
          label={t("planEditor.sectionTitle")}
          error={error("title", t("planEditor.sectionTitleRequired"))}
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
      </div>
      <Field
        label={t("planEditor.sectionBody")}
        hint={t("planEditor.sectionBodyHint")}
        error={error("body")}
      >
        {(control) => (
          <textarea
            {...control}
            rows={Math.min(14, Math.max(4, Math.ceil(body.length / 90) + 1))}
            value={body}
            onChange={(event) => setBody(event.target.value)}
          />
        )}
      </Field>
      <div className="form-grid">
        {parents ? (
          <Field
            label={t("planEditor.sectionParent")}
            hint={t("planEditor.sectionParentHint")}
            error={problemAt(save.error, "parent_id")}
          >
            {(control) => (
              <select
                {...control}
                value={parent ?? ""}
                onChange={(event) =>
                  setParent(event.target.value ? Number(event.target.value) : null)
                }
              >
                {parents.map((choice) => (
                  <option key={choice.id ?? "root"} value={choice.id ?? ""}>
                    {choice.label}
                  </option>
                ))}
              </select>
            )}
          </Field>
        ) : null}
        <Field label={t("planEditor.sectionRole")} hint={t("planEditor.sectionRoleHint")}>
          {(control) => (
            <select
              {...control}
              value={role}
              onChange={(event) => setRole(event.target.value as SectionRole | "")}
            >
              <option value="">{t("planEditor.sectionRoleNone")}</option>
              {SECTION_ROLES.map((value) => (
                <option key={value} value={value}>
                  {t(sectionRoleKey(value))}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      <div className="button-row">
        <button type="submit" className="button button-primary" disabled={save.isPending}>
          {save.isPending
            ? t("action.saving")
            : t(section ? "action.save" : "planEditor.sectionAdd")}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          {t("action.cancel")}
        </button>
      </div>
    </form>
  );
}
