// Step 1 of importing a plan: its text pasted, or its file chosen (DOCX, PDF with a text layer,
// TXT), sent to be read. The API's refusal (not a text, too big, empty) is said in its words.
import { type FormEvent, useId, useState } from "react";
import { errorMessage } from "../../api/errors";
import { useT } from "../../i18n/i18n";
import { Field } from "../../ui/Field";
import type { ImportSource } from "./queries";

/** The files the API reads. */
const ACCEPTED =
  ".docx,.pdf,.txt,text/plain,application/pdf," +
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

export function ImportSourceForm({
  onRead,
  reading,
  error,
}: {
  onRead: (source: ImportSource) => void;
  reading: boolean;
  error: unknown;
}) {
  const t = useT();
  const id = useId();
  const [text, setText] = useState("");
  const [file, setFile] = useState<File | null>(null);
  const [missing, setMissing] = useState(false);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const pasted = text.trim();
    setMissing(!file && !pasted);
    if (file) onRead({ file });
    else if (pasted) onRead({ text });
  }

  return (
    <form className="card form import-source" onSubmit={submit} noValidate>
      <p className="hint">{t("planImport.intro")}</p>
      {error ? (
        <p className="alert alert-error" role="alert">
          {errorMessage(error, t)}
        </p>
      ) : null}
      <div className="field">
        <label htmlFor={`${id}-file`}>{t("planImport.file")}</label>
        <input
          id={`${id}-file`}
          type="file"
          accept={ACCEPTED}
          aria-describedby={`${id}-file-hint`}
          onChange={(event) => setFile(event.target.files?.[0] ?? null)}
        />
        <p id={`${id}-file-hint`} className="hint">
          {t("planImport.fileHint")}
        </p>
      </div>
      <p className="import-or" aria-hidden="true">
        {t("planImport.or")}
      </p>
      <Field
        label={t("planImport.text")}
        hint={file ? t("planImport.textIgnored") : t("planImport.textHint")}
        error={missing ? t("planImport.sourceRequired") : undefined}
      >
        {(control) => (
          <textarea
            {...control}
            rows={12}
            value={text}
            onChange={(event) => setText(event.target.value)}
          />
        )}
      </Field>
      <div className="button-row">
        <button type="submit" className="button button-primary" disabled={reading}>
          {reading ? t("planImport.reading") : t("planImport.read")}
        </button>
      </div>
    </form>
  );
}
