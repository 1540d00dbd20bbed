import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { ApiError, errorMessage } from "../../api/errors";
import { useT } from "../../i18n/i18n";
import { Icon } from "../../ui/icons";
import { downloadPlanDocument, exportPlanTasks, type Plan } from "./queries";

/** Whether the server said it cannot make PDFs (no LibreOffice): asked once per visit. */
let pdfUnavailable = false;

/** The plan as an official document (DOCX, PDF where the server makes one), and its task table
 * (XLSX, CSV). */
export function PlanFiles({ plan }: { plan: Plan }) {
  const t = useT();
  const [noPdf, setNoPdf] = useState(pdfUnavailable);
  const paper = useMutation({
    mutationFn: (format: "docx" | "pdf") => downloadPlanDocument(plan, format),
    onError: (error) => {
      if (error instanceof ApiError && error.status === 501) {
        pdfUnavailable = true;
        setNoPdf(true);
      }
    },
  });
  const table = useMutation({
    mutationFn: (format: "xlsx" | "csv") => exportPlanTasks(plan.id, format),
  });
  const pdfRefused = paper.error instanceof ApiError && paper.error.status === 501;
  return (
    <section className="card plan-files" aria-labelledby="plan-files-title">
      <h2 id="plan-files-title">{t("plans.files")}</h2>
      <div className="plan-files-groups">
        <div className="plan-files-group">
          <p className="muted small">{t("plans.documentFiles")}</p>
          <div className="export-buttons">
            <button
              type="button"
              className="button"
              disabled={paper.isPending}
              onClick={() => paper.mutate("docx")}
            >
              <Icon name="download" />
              {paper.isPending && paper.variables === "docx"
                ? t("plans.preparing")
                : t("plans.downloadDocx")}
            </button>
            {noPdf ? null : (
              <button
                type="button"
                className="button"
                disabled={paper.isPending}
                onClick={() => paper.mutate("pdf")}
              >
                <Icon name="download" />
                {paper.isPending && paper.variables === "pdf"
                  ? t("plans.preparing")
                  : t("plans.downloadPdf")}
              </button>
            )}
          </div>
          {noPdf ? <p className="hint">{t("plans.pdfUnavailable")}</p> : null}
          {paper.error && !pdfRefused ? (
            <p className="alert alert-error" role="alert">
              {errorMessage(paper.error, t)}
            </p>
          ) : null}
        </div>
        <div className="plan-files-group">
          <p className="muted small">{t("plans.taskTable")}</p>
          <div className="export-buttons">
            {(["xlsx", "csv"] as const).map((format) => (
              <button
                key={format}
                type="button"
                className="button"
                disabled={table.isPending}
                onClick={() => table.mutate(format)}
              >
                <Icon name="download" />
                {t(format === "xlsx" ? "plans.exportXlsx" : "plans.exportCsv")}
              </button>
            ))}
          </div>
          {table.error ? (
            <p className="alert alert-error" role="alert">
              {errorMessage(table.error, t)}
            </p>
          ) : null}
        </div>
      </div>
    </section>
  );
}
