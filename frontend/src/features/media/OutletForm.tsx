import { type FormEvent, useState } from "react";
import { ApiError, errorMessage } from "../../api/errors";
import { useT } from "../../i18n/i18n";
import { ConfirmDialog } from "../../ui/ConfirmDialog";
import { Field } from "../../ui/Field";
import { PageHeader } from "../../ui/Page";
import {
  OUTLET_KINDS,
  OUTLET_LEVELS,
  type OutletKind,
  type OutletLevel,
  outletKindKey,
  outletLevelKey,
} from "./kinds";
import { type Outlet, type OutletInput, useDeleteOutlet, useSaveOutlet } from "./queries";

/** Adds an outlet, or changes or deletes one; `onClose` gets the message to show, if any. */
export function OutletForm({
  outlet,
  onClose,
}: {
  outlet?: Outlet;
  onClose: (message?: string) => void;
}) {
  const t = useT();
  const [name, setName] = useState(outlet?.name ?? "");
  const [kind, setKind] = useState<OutletKind | "">(outlet?.kind ?? "");
  const [level, setLevel] = useState<OutletLevel | "">(outlet?.level ?? "");
  const [website, setWebsite] = useState(outlet?.website ?? "");
  const [phone, setPhone] = useState(outlet?.phone ?? "");
  const [email, setEmail] = useState(outlet?.email ?? "");
  const [address, setAddress] = useState(outlet?.address ?? "");
  const [notes, setNotes] = useState(outlet?.notes ?? "");
  const [missing, setMissing] = useState<Set<string>>(new Set());
  const save = useSaveOutlet(outlet);
  const problem = save.error instanceof ApiError ? save.error : null;
  const error = (field: string, required?: string) =>
    missing.has(field) ? required : problem?.fieldMessage(field);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const absent = new Set<string>();
    if (!name.trim()) absent.add("name");
    if (!kind) absent.add("kind");
    if (!level) absent.add("level");
    setMissing(absent);
    if (absent.size > 0 || !kind || !level) return;
    const body: OutletInput = {
      name: name.trim(),
      kind,
      level,
      website: website.trim() || null,
      phone: phone.trim() || null,
      email: email.trim() || null,
      address: address.trim() || null,
      notes: notes.trim(),
    };
    save.mutate(body, {
      onSuccess: (saved) =>
        onClose(
          t(outlet ? "outlets.updated" : "outlets.created", {
            name: saved.name,
          }),
        ),
    });
  }

  return (
    <>
      <PageHeader
        title={outlet ? t("outlets.editTitle", { name: outlet.name }) : t("outlets.createTitle")}
      />
      <form className="card form" onSubmit={submit} noValidate>
        {save.error ? (
          <p className="alert alert-error" role="alert">
            {errorMessage(save.error, t)}
          </p>
        ) : null}
        <Field label={t("outlets.name")} error={error("name", t("outlets.nameRequired"))}>
          {(control) => (
            <input
              {...control}
              required
              value={name}
              onChange={(event) => setName(event.target.value)}
            />
          )}
        </Field>
        <div className="form-grid">
          <Field label={t("outlets.kind")} error={error("kind", t("outlets.kindRequired"))}>
            {(control) => (
              <select
                {...control}
                required
                value={kind}
                onChange={(event) => setKind(event.target.value as OutletKind | "")}
              >
                <option value="">{t("outlets.chooseKind")}</option>
                {OUTLET_KINDS.map((value) => (
                  <option key={value} value={value}>
                    {t(outletKindKey(value))}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field label={t("outlets.level")} error={error("level", t("outlets.levelRequired"))}>
            {(control) => (
              <select
                {...control}
                required
                value={level}
                onChange={(event) => setLevel(event.target.value as OutletLevel | "")}
              >
                <option value="">{t("outlets.chooseLevel")}</option>
                {OUTLET_LEVELS.map((value) => (
                  <option key={value} value={value}>
                    {t(outletLevelKey(value))}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field
            label={t("outlets.website")}
            hint={t("outlets.websiteHint")}
            error={error("website")}
          >
            {(control) => (
              <input
                {...control}
                type="url"
                inputMode="url"
                autoCapitalize="none"
                spellCheck={false}
                value={website}
                onChange={(event) => setWebsite(event.target.value)}
              />
            )}
          </Field>
          <Field label={t("outlets.phone")} error={error("phone")}>
            {(control) => (
              <input
                {...control}
                type="tel"
                autoComplete="off"
                value={phone}
                onChange={(event) => setPhone(event.target.value)}
              />
            )}
          </Field>
          <Field label={t("outlets.email")} error={error("email")}>
            {(control) => (
              <input
                {...control}
                type="email"
                autoComplete="off"
                value={email}
                onChange={(event) => setEmail(event.target.value)}
              />
            )}
          </Field>
          <Field label={t("outlets.address")} error={error("address")}>
            {(control) => (
              <input
                {...control}
                value={address}
                onChange={(event) => setAddress(event.target.value)}
              />
            )}
          </Field>
        </div>
        <Field label={t("outlets.notes")} error={error("notes")}>
          {(control) => (
            <textarea
              {...control}
              rows={3}
              value={notes}
              onChange={(event) => setNotes(event.target.value)}
            />
          )}
        </Field>
        <div className="button-row">
          <button type="submit" className="button button-primary" disabled={save.isPending}>
            {save.isPending ? t("action.saving") : t("action.save")}
          </button>
          <button type="button" className="button" onClick={() => onClose()}>
            {t("action.cancel")}
          </button>
          {outlet ? <DeleteOutlet outlet={outlet} onDeleted={onClose} /> : null}
        </div>
      </form>
    </>
  );
}

function DeleteOutlet({
  outlet,
  onDeleted,
}: {
  outlet: Outlet;
  onDeleted: (message: string) => void;
}) {
  const t = useT();
  const [asking, setAsking] = useState(false);
  const remove = useDeleteOutlet(outlet);
  return (
    <>
      <button
        type="button"
        className="button button-danger push-end"
        aria-haspopup="dialog"
        onClick={() => {
          remove.reset();
          setAsking(true);
        }}
      >
        {t("action.delete")}
      </button>
      {asking ? (
        <ConfirmDialog
          title={t("outlets.deleteTitle")}
          confirmLabel={t("action.delete")}
          danger
          busy={remove.isPending}
          error={remove.error}
          onConfirm={() =>
            remove.mutate(undefined, {
              onSuccess: () => onDeleted(t("outlets.deleted", { name: outlet.name })),
            })
          }
          onCancel={() => setAsking(false)}
        >
          <p>{t("outlets.deleteText", { name: outlet.name })}</p>
        </ConfirmDialog>
      ) : null}
    </>
  );
}
