import { type ReactNode, useState } from "react";
import { Link, useLocation, useSearch } from "wouter";
import { formatDateTime, formatNumber } from "../../i18n/format";
import { useT } from "../../i18n/i18n";
import { ConfirmDialog } from "../../ui/ConfirmDialog";
import { Icon } from "../../ui/icons";
import { PageHeader } from "../../ui/Page";
import { QueryView } from "../../ui/states";
import type { Me } from "../auth/auth";
import { useMe } from "../auth/me";
import { ActionsSection } from "./ActionsSection";
import {
  ClassificationTag,
  EscalationBadge,
  IncidentStatusBadge,
  SeverityBadge,
  VerdictBadge,
} from "./badges";
import { EvidenceSection } from "./EvidenceSection";
import { IncidentsNav } from "./IncidentsNav";
import { categoryKey, classificationKey, platformKey, scopeKey } from "./kinds";
import { PeopleSection } from "./PeopleSection";
import { type Incident, useDeleteIncident, useIncident } from "./queries";
import { incidentScreens, preloadIncidentScreen } from "./screens";
import { Timeline } from "./Timeline";
import { WorkflowSection } from "./WorkflowSection";
import "./incidents.css";

/** An incident's page; with `?edit`, the correction of its fields (its code fetched apart). */
export default function IncidentPage({ id }: { id: number }) {
  const editing = new URLSearchParams(useSearch()).has("edit");
  const EditScreen = incidentScreens.edit.Component;
  return editing ? <EditScreen id={id} /> : <IncidentView id={id} />;
}

function IncidentView({ id }: { id: number }) {
  const t = useT();
  const me = useMe();
  const incident = useIncident(id);
  return (
    <>
      <IncidentsNav />
      <Link href="/incidents" className="back-link">
        <Icon name="back" size={18} />
        {t("incidents.back")}
      </Link>
      <QueryView query={incident}>
        {(data) => (me.data ? <IncidentDetail incident={data} me={me.data} /> : null)}
      </QueryView>
    </>
  );
}

function IncidentDetail({ incident, me }: { incident: Incident; me: Me }) {
  const t = useT();
  return (
    <article className="incident-detail">
      <PageHeader
        title={incident.title}
        actions={
          incident.may_edit ? (
            <Link
              href={`/incidents/${incident.id}?edit`}
              className="button"
              onPointerEnter={() => preloadIncidentScreen("edit")}
              onFocus={() => preloadIncidentScreen("edit")}
            >
              <Icon name="edit" />
              {t("incidents.edit")}
            </Link>
          ) : undefined
        }
        subtitle={
          <>
            <span className="incident-code">{incident.code}</span>
            {" · "}
            {incident.unit_name}
          </>
        }
      />
      <p className="incident-badges">
        <IncidentStatusBadge status={incident.status} />
        <SeverityBadge severity={incident.severity} />
        {incident.verdict ? <VerdictBadge verdict={incident.verdict} /> : null}
        <ClassificationTag classification={incident.classification} />
        <EscalationBadge
          escalatedAt={incident.escalated_at}
          acknowledgedAt={incident.acknowledged_at}
        />
      </p>
      <WorkflowSection incident={incident} />
      <div className="incident-layout">
        <div className="incident-main">
          <Facts incident={incident} />
          <EvidenceSection incident={incident} me={me} />
          <ActionsSection incident={incident} />
          <PeopleSection incident={incident} me={me} />
        </div>
        <div className="incident-side">
          <Timeline incident={incident} />
        </div>
      </div>
      {incident.may_delete ? <DeleteIncident incident={incident} /> : null}
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

/** What was seen, where and when, by whom, and how far it went. */
function Facts({ incident }: { incident: Incident }) {
  const t = useT();
  const reach = (
    [
      ["views", incident.views],
      ["shares", incident.shares],
      ["comments", incident.comments],
    ] as const
  ).flatMap(([name, value]) => (value === null ? [] : [[name, value] as const]));
  return (
    <section className="card" aria-labelledby="incident-about">
      <h2 id="incident-about">{t("incidents.about")}</h2>
      {incident.summary ? <p className="prose">{incident.summary}</p> : null}
      <dl className="facts">
        <Fact label={t("incidents.platform")}>{t(platformKey(incident.platform))}</Fact>
        {incident.account_name ? (
          <Fact label={t("incidents.accountName")}>{incident.account_name}</Fact>
        ) : null}
        {incident.urls.length > 0 ? (
          <Fact label={t("incidents.urls")}>
            <ul className="plain-list">
              {incident.urls.map((url) => (
                <li key={url}>
                  <a
                    href={url}
                    target="_blank"
                    rel="noopener noreferrer nofollow"
                    referrerPolicy="no-referrer"
                    className="fact-link link-break"
                  >
                    {url.replace(/^https?:\/\//, "")}
                  </a>
                </li>
              ))}
            </ul>
          </Fact>
        ) : null}
        <Fact label={t("incidents.detectedAt")}>
          <time dateTime={incident.detected_at}>{formatDateTime(incident.detected_at)}</time>
        </Fact>
        <Fact label={t("incidents.reportedBy")}>
          {incident.reported_by_name}
          {incident.sightings > 1 ? (
            <span className="block muted small">
              {t("incidents.sightings", { count: incident.sightings })}
            </span>
          ) : null}
        </Fact>
        <Fact label={t("incidents.category")}>{t(categoryKey(incident.category))}</Fact>
        <Fact label={t("incidents.scope")}>{t(scopeKey(incident.scope))}</Fact>
        {reach.length > 0 ? (
          <Fact label={t("incidents.reach")}>
            {reach
              .map(([name, value]) => t(`incidents.reach.${name}`, { number: formatNumber(value) }))
              .join(" · ")}
          </Fact>
        ) : null}
        <Fact label={t("incidents.classification")}>
          {t(classificationKey(incident.classification))}
        </Fact>
        {incident.escalated_at ? (
          <Fact label={t("incidents.escalatedAt")}>
            {formatDateTime(incident.escalated_at)}
            {incident.acknowledged_at ? (
              <span className="block muted small">
                {t("incidents.acknowledgedAt", { time: formatDateTime(incident.acknowledged_at) })}
              </span>
            ) : null}
          </Fact>
        ) : null}
      </dl>
    </section>
  );
}

function DeleteIncident({ incident }: { incident: Incident }) {
  const t = useT();
  const [, navigate] = useLocation();
  const [asking, setAsking] = useState(false);
  const remove = useDeleteIncident(incident);
  return (
    <div className="button-row incident-delete">
      <button
        type="button"
        className="button button-danger"
        aria-haspopup="dialog"
        onClick={() => {
          remove.reset();
          setAsking(true);
        }}
      >
        {t("incidents.delete")}
      </button>
      {asking ? (
        <ConfirmDialog
          title={t("incidents.deleteTitle")}
          confirmLabel={t("action.delete")}
          danger
          busy={remove.isPending}
          error={remove.error}
          onConfirm={() => remove.mutate(undefined, { onSuccess: () => navigate("/incidents") })}
          onCancel={() => setAsking(false)}
        >
          <p>{t("incidents.deleteText", { code: incident.code })}</p>
        </ConfirmDialog>
      ) : null}
    </div>
  );
}
