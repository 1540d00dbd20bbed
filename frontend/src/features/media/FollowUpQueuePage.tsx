import { Link, useLocation, useSearch } from "wouter";
import { useT } from "../../i18n/i18n";
import { Icon } from "../../ui/icons";
import { PageHeader } from "../../ui/Page";
import { Empty, QueryView } from "../../ui/states";
import { can } from "../auth/capabilities";
import { useMe } from "../auth/me";
import { ExportButtons } from "./ExportButtons";
import { InteractionCard } from "./InteractionCard";
import { positive } from "./kinds";
import { Pager } from "./ListControls";
import { MediaNav } from "./MediaNav";
import { followUpQueueQuery, useFollowUpQueue } from "./queries";
import "./media.css";

/** Press reports about the commune not answered yet, the nearest (or passed) due date first. */
export default function FollowUpQueuePage() {
  const t = useT();
  const me = useMe();
  const [, navigate] = useLocation();
  const page = positive(new URLSearchParams(useSearch()).get("page"));
  const queue = useFollowUpQueue(page);
  const overdue = queue.data?.items.filter((item) => item.follow_up?.overdue).length ?? 0;
  return (
    <>
      <MediaNav />
      <PageHeader
        title={t("queue.title")}
        subtitle={
          queue.data
            ? [
                t("queue.count", { count: queue.data.total }),
                overdue > 0 ? t("queue.overdueCount", { count: overdue }) : null,
              ]
                .filter(Boolean)
                .join(" · ")
            : undefined
        }
        actions={
          can(me.data, "media:write") ? (
            <Link href="/media/interactions/new?kind=press_report" className="button button-primary">
              <Icon name="plus" />
              {t("queue.create")}
            </Link>
          ) : undefined
        }
      />
      <p className="muted">{t("queue.explain")}</p>
      <ExportButtons subject="interactions" query={followUpQueueQuery()} />
      <QueryView query={queue}>
        {(data) =>
          data.items.length === 0 ? (
            <Empty>{t("queue.none")}</Empty>
          ) : (
            <>
              <ul className="media-list" aria-busy={queue.isFetching}>
                {data.items.map((interaction) => (
                  <InteractionCard key={interaction.id} interaction={interaction} />
                ))}
              </ul>
              <Pager
                total={data.total}
                page={page}
                onPage={(next) =>
                  navigate(next > 1 ? `/media/follow-up?page=${next}` : "/media/follow-up", {
                    replace: true,
                  })
                }
              />
            </>
          )
        }
      </QueryView>
    </>
  );
}
