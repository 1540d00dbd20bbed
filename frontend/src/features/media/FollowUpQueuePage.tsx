import { Link } from "wouter";
import { useT } from "../../i18n/i18n";
import { Icon } from "../../ui/icons";
import { PageHeader } from "../../ui/Page";
import { Empty, QueryView } from "../../ui/states";
import { can } from "../auth/capabilities";
import { useMe } from "../auth/me";
import { InteractionCard } from "./InteractionCard";
import { MediaNav } from "./MediaNav";
import { useFollowUpQueue } from "./queries";
import "./media.css";

/** Press reports about the commune not answered yet, the nearest (or passed) due date first. */
export default function FollowUpQueuePage() {
  const t = useT();
  const me = useMe();
  const queue = useFollowUpQueue();
  const items = queue.data?.items ?? [];
  const overdue = items.filter((item) => item.follow_up?.overdue).length;
  return (
    <>
      <MediaNav />
      <PageHeader
        title={t("queue.title")}
        subtitle={
          queue.data
            ? [
                t("queue.count", { count: items.length }),
                overdue > 0 ? t("queue.overdueCount", { count: overdue }) : null,
              ]
                .filter(Boolean)
                .join(" · ")
            : undefined
        }
        actions={
          can(me.data, "media:write") ? (
            <Link
              href="/media/interactions/new?kind=press_report"
              className="button button-primary"
            >
              <Icon name="plus" />
              {t("queue.create")}
            </Link>
          ) : undefined
        }
      />
      <p className="muted">{t("queue.explain")}</p>
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
              {data.complete ? null : <p className="hint">{t("queue.partial")}</p>}
            </>
          )
        }
      </QueryView>
    </>
  );
}
