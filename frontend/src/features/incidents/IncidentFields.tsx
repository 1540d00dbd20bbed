// The fields that describe an incident, shared by the report (which folds the details away on a
// phone) and the correction of an incident (which shows them all).
import { useT } from "../../i18n/i18n";
import { ChoiceField, NumberField, TextAreaField, TextField } from "./FormFields";
import type { IncidentFieldValues } from "./incidentForm";
import {
  CATEGORIES,
  CLASSIFICATIONS,
  type Classification,
  categoryKey,
  classificationKey,
  PLATFORMS,
  platformKey,
  SCOPES,
  SEVERITIES,
  scopeKey,
  severityKey,
} from "./kinds";

export interface IncidentFieldsProps {
  values: IncidentFieldValues;
  onChange: (changes: Partial<IncidentFieldValues>) => void;
  /** The message for a field (the API's names, `url` for the post's address), if any. */
  problem: (field: string) => string | undefined;
}

/** What the information says, where it was seen, what about, and the post's address. */
export function IncidentEssentialFields({ values, onChange, problem }: IncidentFieldsProps) {
  const t = useT();
  return (
    <>
      <TextField
        label={t("report.titleLabel")}
        hint={t("report.titleHint")}
        error={problem("title")}
        required
        maxLength={300}
        value={values.title}
        onChange={(title) => onChange({ title })}
      />
      <div className="form-grid">
        <ChoiceField
          label={t("report.platform")}
          error={problem("platform")}
          required
          emptyLabel={t("report.choosePlatform")}
          values={PLATFORMS}
          optionLabel={(value) => t(platformKey(value))}
          value={values.platform}
          onChange={(platform) => onChange({ platform })}
        />
        <ChoiceField
          label={t("report.category")}
          error={problem("category")}
          required
          emptyLabel={t("report.chooseCategory")}
          values={CATEGORIES}
          optionLabel={(value) => t(categoryKey(value))}
          value={values.category}
          onChange={(category) => onChange({ category })}
        />
      </div>
      <TextField
        label={t("report.url")}
        hint={t("report.urlHint")}
        error={problem("url")}
        type="url"
        inputMode="url"
        autoComplete="off"
        placeholder="https://"
        value={values.url}
        onChange={(url) => onChange({ url })}
      />
    </>
  );
}

/** The rest: what it says at length, who posted it, other addresses, how far it went, and how
 * grave and how secret it is. */
export function IncidentDetailFields({
  values,
  onChange,
  problem,
  classifications = CLASSIFICATIONS,
}: IncidentFieldsProps & {
  /** The classifications the person may give (a confidential one only where it may read it). */
  classifications?: readonly Classification[];
}) {
  const t = useT();
  return (
    <>
      <TextAreaField
        label={t("report.summary")}
        error={problem("summary")}
        rows={4}
        value={values.summary}
        onChange={(summary) => onChange({ summary })}
      />
      <TextField
        label={t("report.accountName")}
        hint={t("report.accountHint")}
        error={problem("account_name")}
        maxLength={300}
        value={values.accountName}
        onChange={(accountName) => onChange({ accountName })}
      />
      <TextAreaField
        label={t("report.otherUrls")}
        hint={t("report.otherUrlsHint")}
        error={problem("urls")}
        rows={2}
        inputMode="url"
        value={values.otherUrls}
        onChange={(otherUrls) => onChange({ otherUrls })}
      />
      <fieldset className="reach">
        <legend>{t("report.reach")}</legend>
        <div className="reach-grid">
          <NumberField
            label={t("report.views")}
            error={problem("views")}
            value={values.views}
            onChange={(views) => onChange({ views })}
          />
          <NumberField
            label={t("report.shares")}
            error={problem("shares")}
            value={values.shares}
            onChange={(shares) => onChange({ shares })}
          />
          <NumberField
            label={t("report.comments")}
            error={problem("comments")}
            value={values.comments}
            onChange={(comments) => onChange({ comments })}
          />
        </div>
      </fieldset>
      <div className="form-grid">
        <ChoiceField
          label={t("report.scope")}
          error={problem("scope")}
          values={SCOPES}
          optionLabel={(value) => t(scopeKey(value))}
          value={values.scope}
          onChange={(scope) => scope && onChange({ scope })}
        />
        <ChoiceField
          label={t("report.severity")}
          error={problem("severity")}
          values={SEVERITIES}
          optionLabel={(value) => t(severityKey(value))}
          value={values.severity}
          onChange={(severity) => severity && onChange({ severity })}
        />
      </div>
      <ChoiceField
        label={t("report.classification")}
        hint={t("report.classificationHint")}
        error={problem("classification")}
        values={classifications}
        optionLabel={(value) => t(classificationKey(value))}
        value={values.classification}
        onChange={(classification) => classification && onChange({ classification })}
      />
    </>
  );
}
