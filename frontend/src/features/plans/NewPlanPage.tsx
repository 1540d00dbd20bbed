// A plan written from nothing (`/plans/new`): its issuing unit, title, year and number symbol;
// the rest is written in the draft editor it opens on.
import { type FormEvent, useState } from "react";
import { Link, useLocation } from "wouter";
import { errorMessage, problemAt } from "../../api/errors";
import { todayInVietnam } from "../../i18n/format";
import { useT } from "../../i18n/i18n";
import { Field } from "../../ui/Field";
import { Icon } from "../../ui/icons";
import NotFoundPage from "../../ui/NotFoundPage";
import { PageHeader } from "../../ui/Page";
import { Loading } from "../../ui/states";
import { can } from "../auth/capabilities";
import { useMe } from "../auth/me";
import { useUnitList } from "../tasks/queries";
import { areaOf, issuingUnits, placeOf } from "./issuing";
import { useCreatePlan, usePlans } from "./queries";
import "./plans.css";

export default function NewPlanPage() {
  const me = useMe();
  if (!can(me.data, "plans:write")) return <NotFoundPage />;
  return <NewPlanForm />;
}

function NewPlanForm() {
  const t = useT();
  const [, navigate] = useLocation();
  const units = useUnitList();
  const plans = usePlans();
  const issuing = issuingUnits(units.data?.items ?? []);
  // The unit of the latest plan is most likely the one writing the next.
  const latestUnit = plans.data?.items[0]?.unit.id;
  const [unitId, setUnitId] = useState<number | null>(null);
  const chosenUnit = unitId ?? latestUnit ?? issuing[0]?.id ?? null;
  const area = areaOf(issuing.find((unit) => unit.id === chosenUnit)?.name ?? "");
  const nextYear = String(Number(todayInVietnam().slice(0, 4)) + 1);
  const [year, setYear] = useState(nextYear);
  const [title, setTitle] = useState<string | null>(null);
  const [symbol, setSymbol] = useState("KH-UBND");
  const [typedPlace, setPlace] = useState<string | null>(null);
  const place = typedPlace ?? placeOf(area);
  const [missing, setMissing] = useState<Set<string>>(new Set());
  const create = useCreatePlan();
  const suggestedTitle = t("plans.newSuggestedTitle", { area, year }).replace(/\s+/g, " ");
  const shownTitle = title ?? suggestedTitle;
  const error = (field: string, required?: string) =>
    missing.has(field) ? required : problemAt(create.error, field);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const absent = new Set<string>();
    const yearNumber = Number(year);
    if (chosenUnit === null) absent.add("unit_id");
    if (!shownTitle.trim()) absent.add("title");
    if (!Number.isInteger(yearNumber) || yearNumber < 1945 || yearNumber > 2100) absent.add("year");
    if (!symbol.trim()) absent.add("symbol");
    setMissing(absent);
    if (absent.size > 0 || chosenUnit === null) return;
    create.mutate(
      {
        unit_id: chosenUnit,
        title: shownTitle.trim(),
        year: yearNumber,
        symbol: symbol.trim(),
        place: place.trim() || null,
        introduction: "",
        closing: "",
      },
      { onSuccess: (plan) => navigate(`/plans/${plan.id}/edit`) },
    );
  }

  return (
    <>
      <PageHeader
        title={t("plans.newTitle")}
        actions={
          <Link href="/plans/import" className="button">
            <Icon name="plan" />
            {t("planImport.open")}
          </Link>
        }
        back={
          <Link href="/plans" className="back-link">
            <Icon name="back" size={18} />
            {t("plans.back")}
          </Link>
        }
      />
      {units.isPending ? (
        <Loading />
      ) : (
        <form className="card form new-plan" onSubmit={submit} noValidate>
          <p className="hint">{t("plans.newHint")}</p>
          {create.error && !problemAt(create.error, "title") ? (
            <p className="alert alert-error" role="alert">
              {errorMessage(create.error, t)}
            </p>
          ) : null}
          {issuing.length > 1 ? (
            <Field label={t("plans.newUnit")} error={error("unit_id", t("plans.newUnitRequired"))}>
              {(control) => (
                <select
                  {...control}
                  value={chosenUnit ?? ""}
                  onChange={(event) => setUnitId(Number(event.target.value))}
                >
                  {issuing.map((unit) => (
                    <option key={unit.id} value={unit.id}>
                      {unit.name}
                    </option>
                  ))}
                </select>
              )}
            </Field>
          ) : (
            <p>
              <span className="muted">{t("plans.newUnit")}: </span>
              <strong>{issuing[0]?.name ?? t("plans.newNoUnit")}</strong>
            </p>
          )}
          <div className="form-grid form-grid-3">
            <Field label={t("planEditor.year")} error={error("year", t("planEditor.yearRange"))}>
              {(control) => (
                <input
                  {...control}
                  inputMode="numeric"
                  required
                  value={year}
                  onChange={(event) => setYear(event.target.value)}
                />
              )}
            </Field>
            <Field
              label={t("planEditor.symbol")}
              hint={t("planEditor.symbolHint")}
              error={error("symbol", t("planEditor.symbolRequired"))}
            >
              {(control) => (
                <input
                  {...control}
                  required
                  value={symbol}
                  onChange={(event) => setSymbol(event.target.value)}
                />
              )}
            </Field>
            <Field
              label={t("planEditor.place")}
              hint={t("planEditor.placeHint")}
              error={error("place")}
            >
              {(control) => (
                <input
                  {...control}
                  value={place}
                  onChange={(event) => setPlace(event.target.value)}
                />
              )}
            </Field>
          </div>
          <Field
            label={t("planEditor.title")}
            error={error("title", t("planEditor.titleRequired"))}
          >
            {(control) => (
              <input
                {...control}
                required
                value={shownTitle}
                onChange={(event) => setTitle(event.target.value)}
              />
            )}
          </Field>
          <div className="button-row">
            <button type="submit" className="button button-primary" disabled={create.isPending}>
              {create.isPending ? t("action.saving") : t("plans.newCreate")}
            </button>
            <Link href="/plans" className="button">
              {t("action.cancel")}
            </Link>
          </div>
        </form>
      )}
    </>
  );
}
