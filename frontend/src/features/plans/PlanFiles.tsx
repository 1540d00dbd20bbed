import { useMutation } from "@tanstack/react-query";
import { errorMessage } from "../../api/errors";
import { useT } from "../../i18n/i18n";
import { Icon } from "../../ui/icons";
import { downloadPlanDocument, exportPlanTasks, type Plan, useDocumentFormats } from "./queries";

/** The plan as an official document (DOCX, PDF where the server says it makes one), and its task
 * table (XLSX, CSV). */
export function PlanFiles({ plan }: { plan: Plan }) {
  const t = useT();
  const formats = useDocumentFormats();
  const paper = useMutation({
    mutationFn: (format: "docx" | "pdf") => downloadPlanDocument(plan, format),
  });
  const table = useMutation({
    mutationFn: (format: "xlsx" | "csv") => exportPlanTasks(plan.id, format),
  });
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
            {formats.data?.pdf ? (
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
            ) : null}
          </div>
          {formats.data?.pdf === false ? <p className="hint">{t("plans.pdfUnavailable")}</p> : null}
          {paper.error ? (
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
