import { useMutation } from "@tanstack/react-query";
import { type ChangeEvent, type FormEvent, useEffect, useId, useState } from "react";
import { errorMessage } from "../../api/errors";
import {
  dateTimeInVietnam,
  formatDateTime,
  formatSize,
  vietnamDateTimeToIso,
} from "../../i18n/format";
import { useT } from "../../i18n/i18n";
import { ConfirmDialog } from "../../ui/ConfirmDialog";
import { Field } from "../../ui/Field";
import { Icon } from "../../ui/icons";
import { Empty, QueryView } from "../../ui/states";
import type { Me } from "../auth/auth";
import { can } from "../auth/capabilities";
import { MAX_PHOTO_BYTES } from "./PhotoField";
import {
  downloadEvidence,
  type Evidence,
  type Incident,
  useEvidence,
  useEvidencePreview,
  useRemoveEvidence,
  useUploadEvidence,
} from "./queries";

/** What the API takes as evidence: pictures, PDF, short videos. */
const ACCEPTED = "image/*,application/pdf,.pdf,video/*";

/**
 * The incident's evidence: pictures shown by their preview (a copy without metadata, never the
 * original), each original saved on demand by those who may (who deal with the incident, and
 * the uploader), removed by the security unit with a reason; more added by those who deal with
 * the incident and by its reporters.
 */
export function EvidenceSection({ incident, me }: { incident: Incident; me: Me }) {
  const t = useT();
  const evidence = useEvidence(incident.id);
  const download = useMutation({
    mutationFn: (item: Evidence) => downloadEvidence(incident.id, item),
  });
  const security = can(me, "incidents:security");
  // The API says who may add evidence (the incident's handlers and reporters) and download an
  // original (its handlers and uploader).
  const mayUpload = incident.may_add_evidence;
  const mayDownload = (item: Evidence) => item.may_download;
  return (
    <section className="card" aria-labelledby="incident-evidence">
      <h2 id="incident-evidence">{t("evidence.title")}</h2>
      <QueryView query={evidence}>
        {(items) =>
          items.length === 0 ? (
            <Empty>{t("evidence.none")}</Empty>
          ) : (
            <ul className="evidence-list">
              {items.map((item) => (
                <li
                  key={item.id}
                  className={item.removed_at ? "evidence evidence-removed" : "evidence"}
                >
                  {item.has_preview && !item.removed_at ? (
                    <Preview incidentId={incident.id} evidence={item} />
                  ) : (
                    <span className="evidence-thumb evidence-thumb-empty" aria-hidden="true">
                      <Icon name={item.content_type.startsWith("image/") ? "image" : "attach"} />
                    </span>
                  )}
                  <div className="evidence-main">
                    <p className="evidence-name">{item.filename}</p>
                    <p className="muted small">
                      {formatSize(item.size_bytes)}
                      {" · "}
                      {item.uploaded_by_name}
                      {" · "}
                      <time dateTime={item.created_at}>{formatDateTime(item.created_at)}</time>
                    </p>
                    {item.captured_at ? (
                      <p className="muted small">
                        {t("evidence.capturedAt", { time: formatDateTime(item.captured_at) })}
                      </p>
                    ) : null}
                    {item.removed_at ? (
                      <p className="small evidence-removal">
                        {t("evidence.removed", {
                          time: formatDateTime(item.removed_at),
                          reason: item.removal_reason ?? "",
                        })}
                      </p>
                    ) : null}
                  </div>
                  {item.removed_at ? null : (
                    <div className="evidence-actions">
                      {mayDownload(item) ? (
                        <button
                          type="button"
                          className="button"
                          disabled={download.isPending}
                          onClick={() => download.mutate(item)}
                        >
                          <Icon name="download" />
                          {t("evidence.download")}
                          <span className="visually-hidden"> {item.filename}</span>
                        </button>
                      ) : null}
                      {security ? (
                        <RemoveEvidence incidentId={incident.id} evidence={item} />
                      ) : null}
                    </div>
                  )}
                </li>
              ))}
            </ul>
          )
        }
      </QueryView>
      {download.error ? (
        <p className="alert alert-error" role="alert">
          {errorMessage(download.error, t)}
        </p>
      ) : null}
      {mayUpload ? <UploadForm incidentId={incident.id} /> : null}
    </section>
  );
}

/** The picture's preview, fetched with the token, shown while the evidence is. */
function Preview({ incidentId, evidence }: { incidentId: number; evidence: Evidence }) {
  const t = useT();
  const preview = useEvidencePreview(incidentId, evidence);
  const [url, setUrl] = useState<string>();
  useEffect(() => {
    if (!preview.data) return;
    const href = URL.createObjectURL(preview.data);
    setUrl(href);
    return () => URL.revokeObjectURL(href);
  }, [preview.data]);
  return url ? (
    <img
      className="evidence-thumb"
      src={url}
      alt={t("evidence.previewOf", { name: evidence.filename })}
      loading="lazy"
    />
  ) : (
    <span className="evidence-thumb evidence-thumb-empty" aria-hidden="true">
      <Icon name="image" />
    </span>
  );
}

function UploadForm({ incidentId }: { incidentId: number }) {
  const t = useT();
  const id = useId();
  const upload = useUploadEvidence(incidentId);
  const [file, setFile] = useState<File | null>(null);
  const [capturedAt, setCapturedAt] = useState("");
  const [problem, setProblem] = useState<string | null>(null);

  function choose(event: ChangeEvent<HTMLInputElement>) {
    const chosen = event.target.files?.[0] ?? null;
    event.target.value = "";
    upload.reset();
    if (chosen && chosen.size > MAX_PHOTO_BYTES) {
      setProblem(t("evidence.tooBig", { name: chosen.name }));
      setFile(null);
      return;
    }
    setProblem(null);
    setFile(chosen);
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!file) {
      setProblem(t("evidence.chooseFile"));
      return;
    }
    if (capturedAt && capturedAt > dateTimeInVietnam()) {
      setProblem(t("evidence.capturedFuture"));
      return;
    }
    setProblem(null);
    upload.mutate(
      { file, capturedAt: capturedAt ? vietnamDateTimeToIso(capturedAt) : undefined },
      {
        onSuccess: () => {
          setFile(null);
          setCapturedAt("");
        },
      },
    );
  }

  return (
    <form className="evidence-upload" onSubmit={submit} noValidate aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t("evidence.add")}</h3>
      <div className="upload-choice">
        <input
          id={`${id}-file`}
          type="file"
          accept={ACCEPTED}
          className="visually-hidden"
          aria-describedby={`${id}-hint`}
          onChange={choose}
        />
        <label htmlFor={`${id}-file`} className="button">
          <Icon name="attach" />
          {file ? t("evidence.chooseOther") : t("evidence.choose")}
        </label>
        {file ? (
          <span className="upload-name">
            {file.name} <span className="muted small">({formatSize(file.size)})</span>
          </span>
        ) : null}
      </div>
      <p id={`${id}-hint`} className="hint">
        {t("evidence.hint")}
      </p>
      {file ? (
        <Field label={t("evidence.capturedAtLabel")} hint={t("evidence.capturedAtHint")}>
          {(control) => (
            <input
              {...control}
              type="datetime-local"
              max={dateTimeInVietnam()}
              value={capturedAt}
              onChange={(event) => setCapturedAt(event.target.value)}
            />
          )}
        </Field>
      ) : null}
      <div aria-live="polite">
        {upload.isSuccess ? (
          <p className="alert alert-success">
            {t("evidence.uploaded", { name: upload.data.filename })}
          </p>
        ) : null}
      </div>
      {problem || upload.error ? (
        <p className="alert alert-error" role="alert">
          {problem ?? errorMessage(upload.error, t)}
        </p>
      ) : null}
      {file ? (
        <div className="button-row">
          <button type="submit" className="button button-primary" disabled={upload.isPending}>
            {upload.isPending ? t("evidence.uploading") : t("evidence.upload")}
          </button>
        </div>
      ) : null}
    </form>
  );
}

function RemoveEvidence({ incidentId, evidence }: { incidentId: number; evidence: Evidence }) {
  const t = useT();
  const id = useId();
  const [asking, setAsking] = useState(false);
  const [reason, setReason] = useState("");
  const [missing, setMissing] = useState(false);
  const remove = useRemoveEvidence(incidentId);
  return (
    <>
      <button
        type="button"
        className="button button-danger"
        aria-haspopup="dialog"
        onClick={() => {
          remove.reset();
          setReason("");
          setMissing(false);
          setAsking(true);
        }}
      >
        {t("evidence.remove")}
        <span className="visually-hidden"> {evidence.filename}</span>
      </button>
      {asking ? (
        <ConfirmDialog
          title={t("evidence.removeTitle")}
          confirmLabel={t("evidence.remove")}
          danger
          busy={remove.isPending}
          error={remove.error}
          onConfirm={() => {
            if (!reason.trim()) {
              setMissing(true);
              return;
            }
            remove.mutate(
              { evidenceId: evidence.id, reason: reason.trim() },
              { onSuccess: () => setAsking(false) },
            );
          }}
          onCancel={() => setAsking(false)}
        >
          <p>{t("evidence.removeText", { name: evidence.filename })}</p>
          <div className="field">
            <label htmlFor={`${id}-reason`}>{t("evidence.removeReason")}</label>
            <textarea
              id={`${id}-reason`}
              rows={3}
              value={reason}
              aria-invalid={missing ? true : undefined}
              aria-describedby={missing ? `${id}-reason-error` : undefined}
              onChange={(event) => setReason(event.target.value)}
            />
            {missing ? (
              <p id={`${id}-reason-error`} className="field-error">
                {t("workflow.reasonRequired")}
              </p>
            ) : null}
          </div>
        </ConfirmDialog>
      ) : null}
    </>
  );
}
