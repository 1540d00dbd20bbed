// One period: the units' parts with their status and whether they came on time; each opens the
// part, where the coordinator accepts or returns it; and the commune's report compiled from them.
import { Link } from "wouter";
import { formatDate } from "../../i18n/format";
import { useT } from "../../i18n/i18n";
import { PageHeader } from "../../ui/Page";
import { Empty, QueryView } from "../../ui/states";
import { ReportStatusBadge } from "./badges";
import { CommuneSection } from "./CommuneSection";
import { useParts, usePeriod } from "./queries";
import "./reports.css";

export default function PeriodPage({ id }: { id: number }) {
  const t = useT();
  const period = usePeriod(id);
  const parts = useParts({ periodId: id });
  return (
    <QueryView query={period}>
      {(shown) => (
        <>
          <PageHeader
            title={shown.label}
            subtitle={t("reports.periodSubtitle", {
              internal: formatDate(shown.internal_due_on),
              due: formatDate(shown.due_on),
            })}
            back={
              <Link href={`/reports?plan=${shown.plan_id}`} className="back-link">
                {t("reports.back")}
              </Link>
            }
          />
          <CommuneSection periodId={id} />
          <section className="card" aria-labelledby="parts-title">
            <h2 id="parts-title">{t("reports.parts")}</h2>
            <QueryView query={parts}>
              {(items) =>
                items.length === 0 ? (
                  <Empty>{t("reports.noParts")}</Empty>
                ) : (
                  <ul className="part-list">
                    {items.map((part) => (
                      <li key={part.id} className="part-row">
                        <Link href={`/reports/parts/${part.id}`}>{part.unit_name}</Link>
                        <ReportStatusBadge status={part.status} />
                        <span className={part.on_time === false ? "late" : "hint"}>
                          {part.on_time === null
                            ? t("reports.notSubmitted")
                            : part.on_time
                              ? t("reports.onTime", { date: formatDate(part.first_submitted_on) })
                              : t("reports.late", { date: formatDate(part.first_submitted_on) })}
                        </span>
                      </li>
                    ))}
                  </ul>
                )
              }
            </QueryView>
          </section>
        </>
      )}
    </QueryView>
  );
}
