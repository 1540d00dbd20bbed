import { type MessageKey, useI18n } from "../../i18n/i18n";
import { Icon } from "../../ui/icons";
import { PageHeader } from "../../ui/Page";
import { QueryView } from "../../ui/states";
import { useAuth } from "../auth/auth";
import { capabilityLabel } from "../auth/capabilities";
import { useMe } from "../auth/me";
import { CalendarSection } from "./CalendarSection";
import { PasswordForm } from "./PasswordForm";

export default function ProfilePage() {
  const { t, lang, setLang } = useI18n();
  const me = useMe();
  const { logOut } = useAuth();
  return (
    <>
      <PageHeader title={t("profile.title")} />
      <QueryView query={me}>
        {(data) => (
          <>
            <section className="card" aria-labelledby="profile-me">
              <h2 id="profile-me">{data.full_name}</h2>
              <dl className="facts">
                <div>
                  <dt>{t("profile.username")}</dt>
                  <dd>{data.username}</dd>
                </div>
                <div>
                  <dt>{t("profile.phone")}</dt>
                  <dd>{data.phone ?? t("profile.none")}</dd>
                </div>
                <div>
                  <dt>{t("profile.email")}</dt>
                  <dd>{data.email ?? t("profile.none")}</dd>
                </div>
              </dl>
            </section>
            <section className="card" aria-labelledby="profile-units">
              <h2 id="profile-units">{t("profile.units")}</h2>
              <ul className="plain-list spaced">
                {data.units.map((unit) => (
                  <li key={unit.id}>
                    <strong>{unit.name}</strong>
                    <span className="unit-meta">
                      <span>{t(`role.${unit.role}` as MessageKey)}</span>
                      {unit.functions.map((fn) => (
                        <span key={fn} className="tag">
                          {t(`unitFunction.${fn}` as MessageKey)}
                        </span>
                      ))}
                    </span>
                  </li>
                ))}
              </ul>
            </section>
            <section className="card" aria-labelledby="profile-caps">
              <h2 id="profile-caps">{t("profile.capabilities")}</h2>
              <ul className="plain-list">
                {data.capabilities.map((capability) => (
                  <li key={capability}>{capabilityLabel(capability, t)}</li>
                ))}
              </ul>
            </section>
            <CalendarSection />
            <PasswordForm username={data.username} />
            <section className="card" aria-labelledby="profile-settings">
              <h2 id="profile-settings">{t("profile.settings")}</h2>
              <div className="button-row">
                <button
                  type="button"
                  className="button"
                  onClick={() => setLang(lang === "vi" ? "en" : "vi")}
                  lang={lang === "vi" ? "en" : "vi"}
                >
                  {t("lang.switch")}
                </button>
                <button
                  type="button"
                  className="button button-danger"
                  onClick={() => void logOut()}
                >
                  <Icon name="logout" />
                  {t("auth.logout")}
                </button>
              </div>
            </section>
          </>
        )}
      </QueryView>
    </>
  );
}
