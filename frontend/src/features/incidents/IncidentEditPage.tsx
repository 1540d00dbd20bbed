import { type FormEvent, useState } from "react";
import { Link, useLocation } from "wouter";
import { ApiError, errorMessage } from "../../api/errors";
import { formatDateTime } from "../../i18n/format";
import { useT } from "../../i18n/i18n";
import { Icon } from "../../ui/icons";
import { PageHeader } from "../../ui/Page";
import { QueryView } from "../../ui/states";
import type { Me } from "../auth/auth";
import { can } from "../auth/capabilities";
import { useMe } from "../auth/me";
import { IncidentDetailFields, IncidentEssentialFields } from "./IncidentFields";
import { IncidentsNav } from "./IncidentsNav";
import {
  apiProblemAt,
  changedIncidentFields,
  DETAIL_FIELDS,
  type IncidentFieldValues,
  incidentFieldProblems,
  incidentFieldsOf,
  rebasedIncidentFields,
} from "./incidentForm";
import { CLASSIFICATIONS } from "./kinds";
import { type Incident, useCorrectIncident, useIncident } from "./queries";
import "./incidents.css";

/** Correcting what is known of an incident (its page's "edit"), for those who deal with it. */
export default function IncidentEditPage({ id }: { id: number }) {
  const t = useT();
  const me = useMe();
  const incident = useIncident(id);
  return (
    <>
      <IncidentsNav />
      <Link href={`/incidents/${id}`} className="back-link">
        <Icon name="back" size={18} />
        {t("incidentEdit.back")}
      </Link>
      <QueryView query={incident}>
        {(read) =>
          !me.data ? null : read.may_edit ? (
            <CorrectionForm incident={read} me={me.data} />
          ) : (
            <>
              <PageHeader title={t("incidentEdit.title", { code: read.code })} />
              <p className="alert alert-info">{t("incidentEdit.notAllowed")}</p>
            </>
          )
        }
      </QueryView>
    </>
  );
}

type Notice = "unchanged" | "rebased" | null;

function CorrectionForm({ incident, me }: { incident: Incident; me: Me }) {
  const t = useT();
  const [, navigate] = useLocation();
  const latest = useIncident(incident.id);
  const correct = useCorrectIncident(incident.id);
  // The incident as the form was filled from: its version goes with the changes, whatever
  // the page reads meanwhile.
  const [read, setRead] = useState(incident);
  const [values, setValues] = useState(() => incidentFieldsOf(incident));
  const [problems, setProblems] = useState<Record<string, string>>({});
  const [notice, setNotice] = useState<Notice>(null);
  const [readAgainError, setReadAgainError] = useState<unknown>(null);
  const conflict = correct.error instanceof ApiError && correct.error.status === 412;
  const problem = (field: string) => problems[field] ?? apiProblemAt(correct.error, field);
  const refusedFields = [...DETAIL_FIELDS, "title", "platform", "category", "url"].filter((field) =>
    apiProblemAt(correct.error, field),
  );
  // A confidential classification is given only by those who read confidential incidents.
  const classifications =
    can(me, "incidents:read_confidential") || read.classification === "confidential"
      ? CLASSIFICATIONS
      : CLASSIFICATIONS.filter((classification) => classification !== "confidential");

  function change(changes: Partial<IncidentFieldValues>) {
    setValues((typed) => ({ ...typed, ...changes }));
    setNotice(null);
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const found = incidentFieldProblems(values, t);
    setProblems(found);
    if (Object.keys(found).length > 0) return;
    const changes = changedIncidentFields(read, values);
    if (Object.keys(changes).length === 0) {
      setNotice("unchanged");
      return;
    }
    correct.mutate(
      { version: read.version, changes },
      { onSuccess: (saved) => navigate(`/incidents/${saved.id}`) },
    );
  }

  /** After a 412: the incident as it is now, with what the person changed kept on it. */
  async function readAgain() {
    setReadAgainError(null);
    const answer = await latest.refetch();
    if (!answer.data) {
      setReadAgainError(answer.error);
      return;
    }
    setValues(rebasedIncidentFields(values, read, answer.data));
    setRead(answer.data);
    correct.reset();
    setNotice("rebased");
  }

  return (
    <>
      <PageHeader
        title={t("incidentEdit.title", { code: read.code })}
        subtitle={t("incidentEdit.subtitle")}
      />
      <form
        className="card form incident-edit-form"
        onSubmit={submit}
        noValidate
        aria-label={t("incidentEdit.title", { code: read.code })}
      >
        <div aria-live="polite">
          {notice === "unchanged" ? (
            <p className="alert alert-info">{t("incidentEdit.unchanged")}</p>
          ) : null}
          {notice === "rebased" ? (
            <p className="alert alert-info">{t("incidentEdit.rebased")}</p>
          ) : null}
        </div>
        {conflict ? (
          <div className="alert alert-error" role="alert">
            <p>{t("incidentEdit.conflict")}</p>
            <div className="button-row">
              <button type="button" className="button" onClick={() => void readAgain()}>
                <Icon name="retry" />
                {t("incidentEdit.readAgain")}
              </button>
            </div>
            {readAgainError ? <p>{errorMessage(readAgainError, t)}</p> : null}
          </div>
        ) : correct.error ? (
          <p className="alert alert-error" role="alert">
            {refusedFields.length > 0 ? t("incidentEdit.invalid") : errorMessage(correct.error, t)}
          </p>
        ) : null}

        <IncidentEssentialFields values={values} onChange={change} problem={problem} />
        <p className="hint">
          {t("incidentEdit.detectedAtFixed", { time: formatDateTime(read.detected_at) })}
        </p>
        <IncidentDetailFields
          values={values}
          onChange={change}
          problem={problem}
          classifications={classifications}
        />
        <div className="button-row">
          <button type="submit" className="button button-primary" disabled={correct.isPending}>
            {correct.isPending ? t("action.saving") : t("incidentEdit.save")}
          </button>
          <Link href={`/incidents/${read.id}`} className="button">
            {t("action.cancel")}
          </Link>
        </div>
      </form>
    </>
  );
}
