import { Link } from "wouter";
import { formatDate } from "../../i18n/format";
import { useT } from "../../i18n/i18n";
import { followUpStatusKey, interactionKindKey } from "./kinds";
import type { Interaction } from "./queries";

type FollowUp = NonNullable<Interaction["follow_up"]>;

/** A press report's follow-up in words and a symbol: its step, and "overdue" when it is. */
export function FollowUpBadge({ followUp }: { followUp: FollowUp }) {
  const t = useT();
  const answered = followUp.status === "answered";
  return (
    <>
      <span className={`badge ${answered ? "badge-done" : "badge-open"}`}>
        <span className="badge-symbol" aria-hidden="true">
          {answered ? "✓" : "◔"}
        </span>
        {t(followUpStatusKey(followUp.status))}
      </span>
      {followUp.overdue ? (
        <span className="badge badge-overdue">
          <span className="badge-symbol" aria-hidden="true">
            !
          </span>
          {t("followUp.overdue")}
        </span>
      ) : null}
    </>
  );
}

/** One interaction in a list: what, when, with whom, and where its follow-up stands. */
export function InteractionCard({ interaction }: { interaction: Interaction }) {
  const t = useT();
  const followUp = interaction.follow_up;
  const outlets = interaction.outlets.map((outlet) => outlet.name).join(", ");
  return (
    <li>
      <Link
        href={`/media/interactions/${interaction.id}`}
        className={followUp?.overdue ? "media-card-link media-card-overdue" : "media-card-link"}
      >
        <span className="media-card-title">{interaction.topic}</span>
        <span className="media-card-tags">
          <span className="tag tag-kind">{t(interactionKindKey(interaction.kind))}</span>
          <span className="meta-item">
            <time dateTime={interaction.occurred_on}>{formatDate(interaction.occurred_on)}</time>
          </span>
          {followUp ? <FollowUpBadge followUp={followUp} /> : null}
          {followUp?.due_on && followUp.status !== "answered" ? (
            <span className="meta-item">
              {t("followUp.dueOn", { date: formatDate(followUp.due_on) })}
            </span>
          ) : null}
        </span>
        {outlets ? (
          <span className="media-card-meta">
            <span className="visually-hidden">{t("interactions.outlets")}: </span>
            {outlets}
          </span>
        ) : null}
      </Link>
    </li>
  );
}
