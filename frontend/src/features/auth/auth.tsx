import {
  createContext,
  type ReactNode,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useState,
} from "react";
import { api, type Schemas, unwrap } from "../../api/client";
import { NetworkError } from "../../api/errors";
import { clearSession, onSessionEnd, refreshSession, setAccessToken } from "../../api/session";
import { forgetOfflineCopy, hasOfflineCopy, offlineCopySavedAt } from "./offline";

// Not a secret and not the session: only whether someone signed in on this device and has not
// signed out since, so that a device that never did shows the login form at once instead of
// first asking the server to renew a session it does not have (a round trip on a weak network).
const SIGNED_IN_HERE = "ttdn.session.v1.signedInHere";

function rememberSignedIn(signedIn: boolean): void {
  try {
    if (signedIn) localStorage.setItem(SIGNED_IN_HERE, "1");
    else localStorage.removeItem(SIGNED_IN_HERE);
  } catch {
    // Storage disabled: the session is still renewed at each start.
  }
}

/** Whether there may be a session to renew: someone signed in here (or their copy is kept), or
 * the device is offline and the app must say so rather than offer a login that cannot work. */
export function mayHaveSession(): boolean {
  try {
    if (localStorage.getItem(SIGNED_IN_HERE) === "1" || hasOfflineCopy()) return true;
  } catch {
    return true;
  }
  return typeof navigator !== "undefined" && navigator.onLine === false;
}

/**
 * `restored`: the session could not be renewed for lack of a network, and the app shows the
 * user's copy kept on this device (read-only, drafts allowed) until it can be.
 * `offline`: the same, with no copy to show.
 */
export type AuthStatus = "checking" | "signed-in" | "signed-out" | "offline" | "restored";
export type Me = Schemas["MeRead"];

interface AuthValue {
  status: AuthStatus;
  /** While `checking`: the app already shows the copy kept on this device. */
  openedOnCopy: boolean;
  /** When the copy shown in `restored` was saved. */
  savedAt: Date | null;
  logIn: (username: string, password: string) => Promise<void>;
  logOut: () => Promise<void>;
  retry: () => void;
}

export const AuthContext = createContext<AuthValue | null>(null);

/**
 * Who is signed in, for the whole app. It holds no answers: the signed-in screens keep theirs in
 * a cache of their own, gone with them when the user signs out or the session is refused, and
 * filled from the copy kept on this device when they open on it.
 */
export function AuthProvider({ children }: { children: ReactNode }) {
  const [status, setStatus] = useState<AuthStatus>(() =>
    mayHaveSession() ? "checking" : "signed-out",
  );
  const [startedChecking] = useState(() => status === "checking");
  // Someone signed in here and their copy is kept: the app opens on it at once while the
  // session is renewed (requests wait for the new token), as it does offline.
  const [openedOnCopy] = useState(() => startedChecking && offlineCopySavedAt() !== null);
  const [savedAt, setSavedAt] = useState<Date | null>(null);

  /** Renews the session; without a network, opens the kept copy if there is one. */
  const check = useCallback(async () => {
    const outcome = await refreshSession();
    if (outcome === "refreshed") {
      rememberSignedIn(true);
      setStatus("signed-in");
    } else if (outcome === "signed-out") {
      // Refused (401): whatever was kept belongs to a session that is over.
      rememberSignedIn(false);
      forgetOfflineCopy();
      setStatus("signed-out");
    } else {
      const saved = offlineCopySavedAt();
      setSavedAt(saved);
      setStatus(saved ? "restored" : "offline");
    }
  }, []);

  // Counts logins, so that a renewal started before one does not undo it.
  const logins = useRef(0);

  useEffect(() => {
    if (startedChecking) {
      void check();
      return;
    }
    // The login form shows at once; a session this device kept without saying so (signed in
    // by an older version, or its storage cleared) still opens the app when it renews.
    const before = logins.current;
    let current = true;
    void refreshSession().then((outcome) => {
      if (!current || outcome !== "refreshed" || logins.current !== before) return;
      rememberSignedIn(true);
      setStatus((now) => (now === "signed-out" ? "signed-in" : now));
    });
    return () => {
      current = false;
    };
  }, [check, startedChecking]);

  useEffect(
    () =>
      onSessionEnd(() => {
        rememberSignedIn(false);
        forgetOfflineCopy();
        setStatus("signed-out");
      }),
    [],
  );

  // Opened offline: try again as soon as the connection returns (and now and then, for a
  // server that was down while the device stayed online).
  useEffect(() => {
    if (status !== "offline" && status !== "restored") return;
    const again = () => void check();
    window.addEventListener("online", again);
    const timer = window.setInterval(() => {
      if (navigator.onLine) again();
    }, 30_000);
    return () => {
      window.removeEventListener("online", again);
      window.clearInterval(timer);
    };
  }, [status, check]);

  const logIn = useCallback(async (username: string, password: string) => {
    const tokens = unwrap(
      await api.POST("/api/v1/auth/login", {
        body: { username, password, scope: "" },
        headers: { "Content-Type": "application/x-www-form-urlencoded" },
      }),
    );
    logins.current += 1;
    setAccessToken(tokens.access_token);
    rememberSignedIn(true);
    forgetOfflineCopy();
    setStatus("signed-in");
  }, []);

  const logOut = useCallback(async () => {
    try {
      await api.POST("/api/v1/auth/logout", { body: {} });
    } catch (error) {
      // Offline: the cookie is dropped by the server on the next logout; forget locally now.
      if (!(error instanceof NetworkError)) throw error;
    } finally {
      clearSession();
      rememberSignedIn(false);
      forgetOfflineCopy();
      setStatus("signed-out");
    }
  }, []);

  const retry = useCallback(() => {
    setStatus("checking");
    void check();
  }, [check]);

  const value = useMemo(
    () => ({ status, openedOnCopy, savedAt, logIn, logOut, retry }),
    [status, openedOnCopy, savedAt, logIn, logOut, retry],
  );
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

export function useAuth(): AuthValue {
  const value = useContext(AuthContext);
  if (!value) throw new Error("useAuth outside AuthProvider");
  return value;
}
