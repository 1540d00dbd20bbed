import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useId, useState } from "react";
import { api, counted, IdempotencyKeys, ifMatch, type Schemas, unwrap } from "../../api/client";
import { ApiError, errorMessage } from "../../api/errors";
import { formatDateTime } from "../../i18n/format";
import { type MessageKey, useT } from "../../i18n/i18n";
import { Icon } from "../../ui/icons";
import NotFoundPage from "../../ui/NotFoundPage";
import { PageHeader } from "../../ui/Page";
import { Empty, QueryView } from "../../ui/states";
import { can } from "../auth/capabilities";
import { useMe } from "../auth/me";
import { MIN_PASSWORD_LENGTH } from "../auth/password";
import { useUnitList } from "../tasks/queries";

type User = Schemas["UserRead"];
type Role = Schemas["Role"];

export const ROLES: readonly Role[] = [
  "admin",
  "leader",
  "coordinator",
  "member",
  "area_leader",
  "superior",
];

function useUsers(q: string, enabled: boolean) {
  return useQuery({
    enabled,
    queryKey: ["users", "list", q],
    queryFn: async () =>
      counted(
        unwrap(
          await api.GET("/api/v1/users", {
            params: { query: { limit: 200, sort: "username", q: q || undefined } },
          }),
        ),
      ),
    placeholderData: keepPreviousData,
  });
}

type Mode = { kind: "list" } | { kind: "create" } | { kind: "edit"; user: User };

export default function UsersPage() {
  const t = useT();
  const me = useMe();
  const [q, setQ] = useState("");
  const [mode, setMode] = useState<Mode>({ kind: "list" });
  const [saved, setSaved] = useState<string | null>(null);
  const users = useUsers(q.trim(), can(me.data, "users:write"));
  const units = useUnitList();
  const unitNames = new Map((units.data?.items ?? []).map((unit) => [unit.id, unit.name]));

  if (!can(me.data, "users:write")) return <NotFoundPage />;

  if (mode.kind !== "list") {
    return (
      <UserForm
        user={mode.kind === "edit" ? mode.user : undefined}
        onClose={(message) => {
          setSaved(message ?? null);
          setMode({ kind: "list" });
        }}
      />
    );
  }

  return (
    <>
      <PageHeader
        title={t("users.title")}
        subtitle={users.data ? t("users.count", { count: users.data.total }) : undefined}
        actions={
          <button
            type="button"
            className="button button-primary"
            onClick={() => setMode({ kind: "create" })}
          >
            <Icon name="plus" />
            {t("users.create")}
          </button>
        }
      />
      {saved ? (
        <p className="alert alert-success" role="status">
          {saved}
        </p>
      ) : null}
      <search className="filters-bar" aria-label={t("users.search")}>
        <div className="field field-search">
          <label htmlFor="user-search">{t("users.search")}</label>
          <input
            id="user-search"
            type="search"
            value={q}
            onChange={(event) => setQ(event.target.value)}
          />
        </div>
      </search>
      <QueryView query={users}>
        {(page) =>
          page.items.length === 0 ? (
            <Empty>{t("users.none")}</Empty>
          ) : (
            <ul className="user-list">
              {page.items.map((user) => (
                <li key={user.id} className="card user-card">
                  <div className="user-main">
                    <p className="user-name">
                      <strong>{user.full_name}</strong>{" "}
                      <span className="muted">({user.username})</span>
                      {!user.is_active ? (
                        <span className="tag tag-warning">{t("users.inactive")}</span>
                      ) : null}
                    </p>
                    <ul className="plain-list">
                      {user.memberships.map((membership) => (
                        <li key={`${membership.unit_id}-${membership.role}`}>
                          {unitNames.get(membership.unit_id) ?? `#${membership.unit_id}`}
                          {" — "}
                          {t(`role.${membership.role}` as MessageKey)}
                        </li>
                      ))}
                    </ul>
                    <p className="muted small">
                      {user.last_login_at
                        ? t("users.lastLogin", { time: formatDateTime(user.last_login_at) })
                        : t("users.neverLoggedIn")}
                    </p>
                  </div>
                  <button
                    type="button"
                    className="button"
                    onClick={() => setMode({ kind: "edit", user })}
                  >
                    {t("users.edit")}
                    <span className="visually-hidden"> {user.full_name}</span>
                  </button>
                </li>
              ))}
            </ul>
          )
        }
      </QueryView>
    </>
  );
}

interface MembershipRow {
  id: number;
  unitId: string;
  role: Role | "";
}

type MembershipIn = Schemas["MembershipIn"];

/** The same grants, whatever their order (the API refuses a change of one's own). */
export function sameMemberships(a: readonly MembershipIn[], b: readonly MembershipIn[]): boolean {
  const text = (list: readonly MembershipIn[]) =>
    list
      .map((membership) => `${membership.unit_id}:${membership.role}`)
      .sort()
      .join(",");
  return text(a) === text(b);
}

function UserForm({ user, onClose }: { user?: User; onClose: (message?: string) => void }) {
  const t = useT();
  const id = useId();
  const queryClient = useQueryClient();
  const units = useUnitList();
  const me = useMe();
  // One's own roles and access are changed by another admin, never by oneself.
  const self = user !== undefined && me.data?.id === user.id;
  const [keys] = useState(() => new IdempotencyKeys());
  const [username, setUsername] = useState(user?.username ?? "");
  const [fullName, setFullName] = useState(user?.full_name ?? "");
  const [password, setPassword] = useState("");
  const [phone, setPhone] = useState(user?.phone ?? "");
  const [email, setEmail] = useState(user?.email ?? "");
  const [active, setActive] = useState(user?.is_active ?? true);
  const [rows, setRows] = useState<MembershipRow[]>(
    user?.memberships.map((membership, index) => ({
      id: index,
      unitId: String(membership.unit_id),
      role: membership.role,
    })) ?? [{ id: 0, unitId: "", role: "" }],
  );

  const save = useMutation({
    mutationFn: async () => {
      const memberships = rows
        .filter((row) => row.unitId && row.role)
        .map((row) => ({ unit_id: Number(row.unitId), role: row.role as Role }));
      const common = {
        full_name: fullName.trim(),
        phone: phone.trim() || null,
        email: email.trim() || null,
      };
      if (user) {
        const changedMemberships = !self && !sameMemberships(memberships, user.memberships);
        const changedActive = !self && active !== user.is_active;
        return unwrap(
          await api.PATCH("/api/v1/users/{user_id}", {
            params: { path: { user_id: user.id }, header: { "If-Match": ifMatch(user.version) } },
            body: {
              ...common,
              ...(changedMemberships ? { memberships } : {}),
              ...(changedActive ? { is_active: active } : {}),
              ...(password ? { password } : {}),
            },
          }),
        );
      }
      const body = { ...common, memberships, username: username.trim(), password };
      return keys.send(body, async (key, bytes) =>
        unwrap(
          await api.POST("/api/v1/users", {
            body,
            bodySerializer: () => bytes,
            headers: { "Idempotency-Key": key },
          }),
        ),
      );
    },
    onSuccess: async (saved) => {
      await queryClient.invalidateQueries({ queryKey: ["users"] });
      onClose(
        user
          ? t("users.updated", { name: saved.full_name })
          : t("users.created", { name: saved.full_name }),
      );
    },
  });

  const problem = save.error instanceof ApiError ? save.error : null;
  const fieldError = (field: string) => {
    const message = problem?.fieldMessage(field);
    return message ? (
      <p id={`${id}-${field}-error`} className="field-error">
        {message}
      </p>
    ) : null;
  };
  const describedBy = (field: string) =>
    problem?.fieldMessage(field) ? `${id}-${field}-error` : undefined;

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    save.mutate();
  }

  const unitName = (unitId: number) =>
    units.data?.items.find((unit) => unit.id === unitId)?.name ?? `#${unitId}`;

  return (
    <>
      <PageHeader
        title={user ? t("users.editTitle", { name: user.full_name }) : t("users.createTitle")}
      />
      <form className="card form" onSubmit={submit}>
        {save.error ? (
          <p className="alert alert-error" role="alert">
            {errorMessage(save.error, t)}
          </p>
        ) : null}
        <div className="form-grid">
          {user ? null : (
            <div className="field">
              <label htmlFor={`${id}-username`}>{t("users.username")}</label>
              <input
                id={`${id}-username`}
                required
                autoCapitalize="none"
                autoComplete="off"
                spellCheck={false}
                value={username}
                aria-describedby={describedBy("username")}
                onChange={(event) => setUsername(event.target.value)}
              />
              {fieldError("username")}
            </div>
          )}
          <div className="field">
            <label htmlFor={`${id}-name`}>{t("users.fullName")}</label>
            <input
              id={`${id}-name`}
              required
              value={fullName}
              aria-describedby={describedBy("full_name")}
              onChange={(event) => setFullName(event.target.value)}
            />
            {fieldError("full_name")}
          </div>
          <div className="field">
            <label htmlFor={`${id}-password`}>
              {user ? t("users.newPassword") : t("users.password")}
            </label>
            <input
              id={`${id}-password`}
              type="password"
              autoComplete="new-password"
              required={!user}
              minLength={MIN_PASSWORD_LENGTH}
              value={password}
              aria-describedby={[describedBy("password"), `${id}-password-hint`]
                .filter(Boolean)
                .join(" ")}
              onChange={(event) => setPassword(event.target.value)}
            />
            <p id={`${id}-password-hint`} className="hint">
              {t("password.minLength", { count: MIN_PASSWORD_LENGTH })}
              {user ? ` ${t("users.passwordHint")}` : ""}
            </p>
            {fieldError("password")}
          </div>
          <div className="field">
            <label htmlFor={`${id}-phone`}>{t("users.phone")}</label>
            <input
              id={`${id}-phone`}
              type="tel"
              autoComplete="off"
              value={phone}
              aria-describedby={describedBy("phone")}
              onChange={(event) => setPhone(event.target.value)}
            />
            {fieldError("phone")}
          </div>
          <div className="field">
            <label htmlFor={`${id}-email`}>{t("users.email")}</label>
            <input
              id={`${id}-email`}
              type="email"
              autoComplete="off"
              value={email}
              aria-describedby={describedBy("email")}
              onChange={(event) => setEmail(event.target.value)}
            />
            {fieldError("email")}
          </div>
        </div>
        {user && !self ? (
          <label className="check">
            <input
              type="checkbox"
              checked={active}
              onChange={(event) => setActive(event.target.checked)}
            />
            {t("users.active")}
          </label>
        ) : null}

        {self ? (
          <section className="memberships" aria-labelledby={`${id}-own-memberships`}>
            <h2 id={`${id}-own-memberships`}>{t("users.memberships")}</h2>
            <ul className="plain-list">
              {user.memberships.map((membership) => (
                <li key={`${membership.unit_id}-${membership.role}`}>
                  {unitName(membership.unit_id)}
                  {" — "}
                  {t(`role.${membership.role}` as MessageKey)}
                </li>
              ))}
            </ul>
            <p className="hint">{t("users.ownMembershipsHint")}</p>
          </section>
        ) : (
          <fieldset className="memberships">
            <legend>{t("users.memberships")}</legend>
            {rows.map((row, index) => (
              <div key={row.id} className="membership-row">
                <div className="field">
                  <label htmlFor={`${id}-unit-${row.id}`}>
                    {t("users.unit", { n: index + 1 })}
                  </label>
                  <select
                    id={`${id}-unit-${row.id}`}
                    value={row.unitId}
                    required
                    onChange={(event) =>
                      setRows((all) =>
                        all.map((r) =>
                          r.id === row.id ? { ...r, unitId: event.target.value } : r,
                        ),
                      )
                    }
                  >
                    <option value="">{t("users.chooseUnit")}</option>
                    {(units.data?.items ?? []).map((unit) => (
                      <option key={unit.id} value={unit.id}>
                        {unit.name}
                      </option>
                    ))}
                  </select>
                </div>
                <div className="field">
                  <label htmlFor={`${id}-role-${row.id}`}>
                    {t("users.role", { n: index + 1 })}
                  </label>
                  <select
                    id={`${id}-role-${row.id}`}
                    value={row.role}
                    required
                    onChange={(event) =>
                      setRows((all) =>
                        all.map((r) =>
                          r.id === row.id ? { ...r, role: event.target.value as Role | "" } : r,
                        ),
                      )
                    }
                  >
                    <option value="">{t("users.chooseRole")}</option>
                    {ROLES.map((role) => (
                      <option key={role} value={role}>
                        {t(`role.${role}` as MessageKey)}
                      </option>
                    ))}
                  </select>
                </div>
                {rows.length > 1 ? (
                  <button
                    type="button"
                    className="button button-quiet"
                    onClick={() => setRows((all) => all.filter((r) => r.id !== row.id))}
                  >
                    {t("users.removeMembership", { n: index + 1 })}
                  </button>
                ) : null}
              </div>
            ))}
            {fieldError("memberships")}
            <button
              type="button"
              className="button"
              onClick={() =>
                setRows((all) => [
                  ...all,
                  { id: Math.max(0, ...all.map((r) => r.id + 1)), unitId: "", role: "" },
                ])
              }
            >
              <Icon name="plus" />
              {t("users.addMembership")}
            </button>
          </fieldset>
        )}

        <div className="button-row">
          <button type="submit" className="button button-primary" disabled={save.isPending}>
            {save.isPending ? t("action.saving") : t("action.save")}
          </button>
          <button type="button" className="button" onClick={() => onClose()}>
            {t("action.cancel")}
          </button>
        </div>
      </form>
    </>
  );
}
