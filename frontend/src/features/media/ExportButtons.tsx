import { useMutation } from "@tanstack/react-query";
import { errorMessage } from "../../api/errors";
import { useT } from "../../i18n/i18n";
import { Icon } from "../../ui/icons";
import { type ExportSubject, exportList } from "./queries";

/** Downloads the list as it is filtered now, as CSV or as an Excel workbook. */
export function ExportButtons({
  subject,
  query,
}: {
  subject: ExportSubject;
  query: Record<string, string | number | boolean | undefined>;
}) {
  const t = useT();
  const save = useMutation({
    mutationFn: (format: "csv" | "xlsx") => exportList(subject, format, query),
  });
  return (
    <section className="export" aria-label={t("export.label")}>
      <p className="muted small">{t("export.label")}</p>
      <div className="export-buttons">
        {(["xlsx", "csv"] as const).map((format) => (
          <button
            key={format}
            type="button"
            className="button"
            disabled={save.isPending}
            onClick={() => save.mutate(format)}
          >
            <Icon name="download" />
            {t(format === "xlsx" ? "export.xlsx" : "export.csv")}
          </button>
        ))}
      </div>
      {save.error ? (
        <p className="alert alert-error" role="alert">
          {errorMessage(save.error, t)}
        </p>
      ) : null}
    </section>
  );
}
