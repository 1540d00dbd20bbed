// A period's commune report, on the period's page: the coordinator compiles it (again while a
// draft or returned, once told what is made anew), everyone who reads it opens it from here.
import { useState } from "react";
import { Link } from "wouter";
import { errorMessage } from "../../api/errors";
import { formatDateTime } from "../../i18n/format";
import { useT } from "../../i18n/i18n";
import { ConfirmDialog } from "../../ui/ConfirmDialog";
import { QueryView } from "../../ui/states";
import { can } from "../auth/capabilities";
import { useMe } from "../auth/me";
import { CommuneStatusBadge } from "./badges";
import {
  type CommuneReport,
  EDITABLE,
  useCommuneReports,
  useCompileCommuneReport,
} from "./communeQueries";

export function CommuneSection({ periodId }: { periodId: number }) {
  const t = useT();
  const reports = useCommuneReports({ periodId });
  return (
    <section className="card commune-section" aria-labelledby="commune-title">
      <h2 id="commune-title">{t("reports.commune.section")}</h2>
      <QueryView query={reports}>
        {(items) => <CommuneState periodId={periodId} report={items[0]} />}
      </QueryView>
    </section>
  );
}

function CommuneState({ periodId, report }: { periodId: number; report?: CommuneReport }) {
  const t = useT();
  const manager = can(useMe().data, "reports:manage");
  const compile = useCompileCommuneReport(periodId);
  const [confirming, setConfirming] = useState(false);
  const compilable = manager && (!report || EDITABLE.includes(report.status));

  function recompile() {
    compile.mutate(undefined, { onSuccess: () => setConfirming(false) });
  }

  return (
    <>
      {report ? (
        <div className="commune-link">
          <Link href={`/reports/commune/${report.id}`} className="commune-link-title">
            {report.title}
          </Link>
          <CommuneStatusBadge status={report.status} />
          <span className="hint">
            {t("reports.commune.compiledAt", { time: formatDateTime(report.compiled_at) })}
          </span>
        </div>
      ) : (
        <p className="hint">{t("reports.commune.notCompiled")}</p>
      )}
      {compilable ? (
        <div className="button-row">
          <button
            type="button"
            className={report ? "button" : "button button-primary"}
            disabled={compile.isPending}
            onClick={() => (report ? setConfirming(true) : compile.mutate())}
          >
            {report ? t("reports.commune.recompile") : t("reports.commune.compile")}
          </button>
        </div>
      ) : null}
      {compile.isSuccess && !confirming ? (
        <p role="status">{t("reports.commune.compiled")}</p>
      ) : null}
      {compile.error && !confirming ? (
        <p className="alert alert-error" role="alert">
          {errorMessage(compile.error, t)}
        </p>
      ) : null}
      {confirming ? (
        <ConfirmDialog
          title={t("reports.commune.recompileTitle")}
          confirmLabel={t("reports.commune.recompile")}
          busy={compile.isPending}
          error={compile.error}
          onConfirm={recompile}
          onCancel={() => setConfirming(false)}
        >
          <p>{t("reports.commune.recompileText")}</p>
        </ConfirmDialog>
      ) : null}
    </>
  );
}
