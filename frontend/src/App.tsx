import { useEffect } from "react";
import { AuthProvider, useAuth } from "./features/auth/auth";
import { LoginPage } from "./features/auth/LoginPage";
import { I18nProvider, useT } from "./i18n/i18n";
import { preloadScreen } from "./screens";
import { Icon } from "./ui/icons";
import { preloadable } from "./ui/preloadable";
import { Loading } from "./ui/states";

function Offline() {
  const t = useT();
  const { retry } = useAuth();
  return (
    <main className="centered">
      <div className="card narrow" role="alert">
        <Icon name="offline" size={32} />
        <h1>{t("net.offlineTitle")}</h1>
        <p>{t("net.offlineStart")}</p>
        <button type="button" className="button button-primary" onClick={retry}>
          <Icon name="retry" />
          {t("action.retry")}
        </button>
      </div>
    </main>
  );
}

function Checking() {
  return (
    <main className="centered">
      <Loading />
    </main>
  );
}

// Everything past the login form: fetched as the form shows (while the user types), or before the
// first rendering on a device someone signed in on, with the code of the screen asked for.
const signedIn = preloadable(() => import("./SignedIn"), <Checking />);
const SignedIn = signedIn.Component;

/** Fetches the signed-in app and the code of the screen at `path`, side by side; settles when the
 * signed-in app's code is here, or could not be fetched. */
export function preloadSignedIn(path: string): Promise<void> {
  preloadScreen(path);
  return signedIn.preload().then(
    () => undefined,
    () => undefined,
  );
}

/** The login form, and the rest of the app fetched behind it so that signing in waits on the
 * server's answer only. */
function SignedOut() {
  useEffect(() => void preloadSignedIn(window.location.pathname), []);
  return <LoginPage />;
}

function Gate() {
  const { status, openedOnCopy } = useAuth();
  if (status === "checking" && !openedOnCopy) return <Checking />;
  if (status === "offline") return <Offline />;
  if (status === "signed-out") return <SignedOut />;
  // Signed in, or shown from the copy kept on this device until the session can be renewed.
  return <SignedIn />;
}

export function App() {
  return (
    <I18nProvider>
      <AuthProvider>
        <Gate />
      </AuthProvider>
    </I18nProvider>
  );
}
