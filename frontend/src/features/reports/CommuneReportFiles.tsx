// The commune's report as files: its official document (DOCX; PDF where the server says it makes
// one) and its figures as a workbook.
import { useMutation } from "@tanstack/react-query";
import { errorMessage } from "../../api/errors";
import { useT } from "../../i18n/i18n";
import { Icon } from "../../ui/icons";
import { useDocumentFormats } from "../plans/queries";
import {
  type CommuneReport,
  downloadCommuneDocument,
  exportCommuneFigures,
} from "./communeQueries";

type Format = "docx" | "pdf" | "xlsx";

const LABEL = {
  docx: "reports.commune.downloadDocx",
  pdf: "reports.commune.downloadPdf",
  xlsx: "reports.commune.downloadXlsx",
} as const;

export function CommuneReportFiles({ report }: { report: CommuneReport }) {
  const t = useT();
  const formats = useDocumentFormats();
  const download = useMutation({
    mutationFn: (format: Format) =>
      format === "xlsx" ? exportCommuneFigures(report) : downloadCommuneDocument(report, format),
  });
  const offered: Format[] = formats.data?.pdf ? ["docx", "pdf", "xlsx"] : ["docx", "xlsx"];
  return (
    <section className="card" aria-labelledby="commune-files-title">
      <h2 id="commune-files-title">{t("reports.commune.files")}</h2>
      <div className="button-row">
        {offered.map((format) => (
          <button
            key={format}
            type="button"
            className="button"
            disabled={download.isPending}
            onClick={() => download.mutate(format)}
          >
            <Icon name="download" />
            {download.isPending && download.variables === format
              ? t("reports.commune.preparing")
              : t(LABEL[format])}
          </button>
        ))}
      </div>
      {formats.data?.pdf === false ? (
        <p className="hint">{t("reports.commune.pdfUnavailable")}</p>
      ) : null}
      {download.error ? (
        <p className="alert alert-error" role="alert">
          {errorMessage(download.error, t)}
        </p>
      ) : null}
    </section>
  );
}
