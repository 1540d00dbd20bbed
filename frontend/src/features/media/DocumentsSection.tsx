import { useMutation } from "@tanstack/react-query";
import { type ChangeEvent, useId, useRef, useState } from "react";
import { errorMessage } from "../../api/errors";
import { formatDateTime, formatSize } from "../../i18n/format";
import { useT } from "../../i18n/i18n";
import { ConfirmDialog } from "../../ui/ConfirmDialog";
import { Icon } from "../../ui/icons";
import { Empty } from "../../ui/states";
import {
  downloadDocument,
  type Interaction,
  type InteractionDocument,
  useDeleteDocument,
  useUploadDocument,
} from "./queries";

/** What the API accepts: PDF, Office documents (and their open formats), images. */
const ACCEPTED = [
  ".pdf",
  ".doc",
  ".docx",
  ".xls",
  ".xlsx",
  ".ppt",
  ".pptx",
  ".odt",
  ".ods",
  ".odp",
  "image/*",
].join(",");
const MAX_BYTES = 20 * 1024 * 1024;

/** The files kept with an interaction (invitations, releases, the answer sent): each saved on
 * demand, and for writers added or removed. */
export function DocumentsSection({
  interaction,
  mayWrite,
}: {
  interaction: Interaction;
  mayWrite: boolean;
}) {
  const t = useT();
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [tooBig, setTooBig] = useState<string | null>(null);
  const upload = useUploadDocument(interaction.id);
  const download = useMutation({
    mutationFn: (document: InteractionDocument) => downloadDocument(interaction.id, document),
  });

  function choose(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    event.target.value = "";
    if (!file) return;
    if (file.size > MAX_BYTES) {
      setTooBig(t("documents.tooBig", { name: file.name }));
      return;
    }
    setTooBig(null);
    upload.mutate(file);
  }

  return (
    <section className="card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t("documents.title")}</h2>
      {interaction.documents.length === 0 ? (
        <Empty>{t("documents.none")}</Empty>
      ) : (
        <ul className="documents">
          {interaction.documents.map((document) => (
            <li key={document.id} className="document">
              <div className="document-main">
                <p className="document-name">{document.filename}</p>
                <p className="muted small">
                  {formatSize(document.size_bytes)}
                  {" · "}
                  {document.uploaded_by_name}
                  {" · "}
                  <time dateTime={document.created_at}>{formatDateTime(document.created_at)}</time>
                </p>
              </div>
              <div className="document-actions">
                <button
                  type="button"
                  className="button"
                  disabled={download.isPending}
                  onClick={() => download.mutate(document)}
                >
                  <Icon name="download" />
                  {t("documents.download")}
                  <span className="visually-hidden"> {document.filename}</span>
                </button>
                {mayWrite ? (
                  <DeleteDocument interactionId={interaction.id} document={document} />
                ) : null}
              </div>
            </li>
          ))}
        </ul>
      )}
      {download.error ? (
        <p className="alert alert-error" role="alert">
          {errorMessage(download.error, t)}
        </p>
      ) : null}
      {mayWrite ? (
        <div className="upload">
          <input
            ref={input}
            id={`${id}-file`}
            type="file"
            accept={ACCEPTED}
            className="visually-hidden"
            aria-describedby={`${id}-hint`}
            onChange={choose}
          />
          <label htmlFor={`${id}-file`} className="button">
            <Icon name="attach" />
            {upload.isPending ? t("documents.uploading") : t("documents.upload")}
          </label>
          <p id={`${id}-hint`} className="hint">
            {t("documents.hint")}
          </p>
          <div aria-live="polite">
            {upload.isSuccess && !upload.isPending ? (
              <p className="alert alert-success">
                {t("documents.uploaded", { name: upload.data.filename })}
              </p>
            ) : null}
          </div>
          {tooBig || upload.error ? (
            <p className="alert alert-error" role="alert">
              {tooBig ?? errorMessage(upload.error, t)}
            </p>
          ) : null}
        </div>
      ) : null}
    </section>
  );
}

function DeleteDocument({
  interactionId,
  document,
}: {
  interactionId: number;
  document: InteractionDocument;
}) {
  const t = useT();
  const [asking, setAsking] = useState(false);
  const remove = useDeleteDocument(interactionId);
  return (
    <>
      <button
        type="button"
        className="button button-danger"
        aria-haspopup="dialog"
        onClick={() => {
          remove.reset();
          setAsking(true);
        }}
      >
        {t("action.delete")}
        <span className="visually-hidden"> {document.filename}</span>
      </button>
      {asking ? (
        <ConfirmDialog
          title={t("documents.deleteTitle")}
          confirmLabel={t("action.delete")}
          danger
          busy={remove.isPending}
          error={remove.error}
          onConfirm={() => remove.mutate(document.id, { onSuccess: () => setAsking(false) })}
          onCancel={() => setAsking(false)}
        >
          <p>{t("documents.deleteText", { name: document.filename })}</p>
        </ConfirmDialog>
      ) : null}
    </>
  );
}
