import { type ReactNode, useState } from "react";
import { Link, useLocation } from "wouter";
import { formatDate } from "../../i18n/format";
import { useT } from "../../i18n/i18n";
import { ConfirmDialog } from "../../ui/ConfirmDialog";
import { Icon } from "../../ui/icons";
import { PageHeader } from "../../ui/Page";
import { QueryView } from "../../ui/states";
import type { Me } from "../auth/auth";
import { can } from "../auth/capabilities";
import { useMe } from "../auth/me";
import { useTask } from "../tasks/queries";
import { DocumentsSection } from "./DocumentsSection";
import { FollowUpSection } from "./FollowUpSection";
import { interactionKindKey } from "./kinds";
import { MediaNav } from "./MediaNav";
import { type Interaction, useDeleteInteraction, useInteraction } from "./queries";
import "./media.css";

export default function InteractionPage({ id }: { id: number }) {
  const t = useT();
  const me = useMe();
  const interaction = useInteraction(id);
  return (
    <>
      <MediaNav />
      <Link href="/media/interactions" className="back-link">
        <Icon name="back" size={18} />
        {t("interactions.back")}
      </Link>
      <QueryView query={interaction}>
        {(data) => (me.data ? <InteractionDetail interaction={data} me={me.data} /> : null)}
      </QueryView>
    </>
  );
}

function InteractionDetail({ interaction, me }: { interaction: Interaction; me: Me }) {
  const t = useT();
  const mayWrite = can(me, "media:write");
  const readsContacts = can(me, "media:contacts:read");
  const task = useTask(interaction.task_id ?? 0, interaction.task_id !== null);
  return (
    <article className="media-detail">
      <PageHeader
        title={interaction.topic}
        subtitle={`${t(interactionKindKey(interaction.kind))} · ${formatDate(interaction.occurred_on)}`}
        actions={
          mayWrite ? (
            <Link href={`/media/interactions/${interaction.id}/edit`} className="button">
              {t("action.edit")}
            </Link>
          ) : undefined
        }
      />
      {interaction.follow_up ? (
        <FollowUpSection
          interaction={interaction}
          followUp={interaction.follow_up}
          mayWrite={mayWrite}
        />
      ) : null}
      <section className="card" aria-labelledby="interaction-about">
        <h2 id="interaction-about">{t("interactions.about")}</h2>
        {interaction.summary ? <p className="prose">{interaction.summary}</p> : null}
        <dl className="facts">
          <Fact label={t("interactions.kind")}>{t(interactionKindKey(interaction.kind))}</Fact>
          <Fact label={t("interactions.occurredOn")}>{formatDate(interaction.occurred_on)}</Fact>
          <Fact label={t("interactions.unit")}>{interaction.unit_name}</Fact>
          {interaction.spokesperson ? (
            <Fact label={t("interactions.spokesperson")}>{interaction.spokesperson}</Fact>
          ) : null}
          <Fact label={t("interactions.outlets")}>
            {interaction.outlets.length > 0 ? (
              <ul className="plain-list">
                {interaction.outlets.map((outlet) => (
                  <li key={outlet.id}>
                    <Link href={`/media/interactions?outlet=${outlet.id}`} className="fact-link">
                      {outlet.name}
                    </Link>
                  </li>
                ))}
              </ul>
            ) : (
              t("contacts.notGiven")
            )}
          </Fact>
          {readsContacts ? (
            <Fact label={t("interactions.contacts")}>
              {interaction.contacts.length > 0 ? (
                <ul className="plain-list">
                  {interaction.contacts.map((contact) => (
                    <li key={contact.id}>
                      <Link href={`/media/contacts/${contact.id}`} className="fact-link">
                        {contact.name}
                      </Link>
                    </li>
                  ))}
                </ul>
              ) : (
                t("contacts.notGiven")
              )}
            </Fact>
          ) : null}
          {interaction.published_links.length > 0 ? (
            <Fact label={t("interactions.links")}>
              <ul className="plain-list">
                {interaction.published_links.map((link) => (
                  <li key={link}>
                    <a
                      href={link}
                      target="_blank"
                      rel="noopener noreferrer"
                      className="fact-link link-break"
                    >
                      {link.replace(/^https?:\/\//, "")}
                    </a>
                  </li>
                ))}
              </ul>
            </Fact>
          ) : null}
          {interaction.task_id !== null ? (
            <Fact label={t("interactions.task")}>
              <Link href={`/tasks/${interaction.task_id}`} className="fact-link">
                {task.data?.title ?? t("interactions.openTask")}
              </Link>
              {interaction.task_update_id !== null ? (
                <span className="block muted small">{t("interactions.taskReported")}</span>
              ) : null}
            </Fact>
          ) : null}
        </dl>
      </section>
      <DocumentsSection interaction={interaction} mayWrite={mayWrite} />
      {mayWrite ? <DeleteInteraction interaction={interaction} /> : null}
    </article>
  );
}

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

function DeleteInteraction({ interaction }: { interaction: Interaction }) {
  const t = useT();
  const [, navigate] = useLocation();
  const [asking, setAsking] = useState(false);
  const remove = useDeleteInteraction(interaction);
  return (
    <div className="button-row">
      <button
        type="button"
        className="button button-danger"
        aria-haspopup="dialog"
        onClick={() => {
          remove.reset();
          setAsking(true);
        }}
      >
        {t("interactions.delete")}
      </button>
      {asking ? (
        <ConfirmDialog
          title={t("interactions.deleteTitle")}
          confirmLabel={t("action.delete")}
          danger
          busy={remove.isPending}
          error={remove.error}
          onConfirm={() =>
            remove.mutate(undefined, { onSuccess: () => navigate("/media/interactions") })
          }
          onCancel={() => setAsking(false)}
        >
          <p>{t("interactions.deleteText", { topic: interaction.topic })}</p>
        </ConfirmDialog>
      ) : null}
    </div>
  );
}
