import { useQuery, useQueryClient } from "@tanstack/react-query";
import {
  createContext,
  type ReactNode,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useState,
} from "react";
import { api, type Schemas, unwrap } from "../../api/client";
import { NetworkError } from "../../api/errors";
import { clearSession, onSessionEnd, refreshSession, setAccessToken } from "../../api/session";
import { forgetOfflineCopy, restoreOfflineCopy } from "./offline";

/**
 * `restored`: the session could not be renewed for lack of a network, and the app shows the
 * user's copy kept on this device (read-only, drafts allowed) until it can be.
 * `offline`: the same, with no copy to show.
 */
export type AuthStatus = "checking" | "signed-in" | "signed-out" | "offline" | "restored";
export type Me = Schemas["MeRead"];

interface AuthValue {
  status: AuthStatus;
  /** When the copy shown in `restored` was saved. */
  savedAt: Date | null;
  logIn: (username: string, password: string) => Promise<void>;
  logOut: () => Promise<void>;
  retry: () => void;
}

export const AuthContext = createContext<AuthValue | null>(null);

export function AuthProvider({ children }: { children: ReactNode }) {
  const queryClient = useQueryClient();
  const [status, setStatus] = useState<AuthStatus>("checking");
  const [savedAt, setSavedAt] = useState<Date | null>(null);

  /** Renews the session; without a network, opens the kept copy if there is one. */
  const check = useCallback(async () => {
    const outcome = await refreshSession();
    if (outcome === "refreshed") {
      setStatus("signed-in");
    } else if (outcome === "signed-out") {
      // Refused (401): whatever was kept belongs to a session that is over.
      forgetOfflineCopy();
      queryClient.clear();
      setStatus("signed-out");
    } else {
      const restored = restoreOfflineCopy(queryClient);
      setSavedAt(restored);
      setStatus(restored ? "restored" : "offline");
    }
  }, [queryClient]);

  useEffect(() => {
    void check();
  }, [check]);

  useEffect(
    () =>
      onSessionEnd(() => {
        forgetOfflineCopy();
        queryClient.clear();
        setStatus("signed-out");
      }),
    [queryClient],
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

  const logIn = useCallback(
    async (username: string, password: string) => {
      const tokens = unwrap(
        await api.POST("/api/v1/auth/login", {
          body: { username, password, scope: "" },
          headers: { "Content-Type": "application/x-www-form-urlencoded" },
        }),
      );
      setAccessToken(tokens.access_token);
      forgetOfflineCopy();
      queryClient.clear();
      setStatus("signed-in");
    },
    [queryClient],
  );

  const logOut = useCallback(async () => {
    try {
      await api.POST("/api/v1/auth/logout", { body: {} });
    } catch (error) {
      // Offline: the cookie is dropped by the server on the next logout; forget locally now.
      if (!(error instanceof NetworkError)) throw error;
    } finally {
      clearSession();
      forgetOfflineCopy();
      queryClient.clear();
      setStatus("signed-out");
    }
  }, [queryClient]);

  const retry = useCallback(() => {
    setStatus("checking");
    void check();
  }, [check]);

  const value = useMemo(
    () => ({ status, savedAt, logIn, logOut, retry }),
    [status, savedAt, logIn, logOut, retry],
  );
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

export function useAuth(): AuthValue {
  const value = useContext(AuthContext);
  if (!value) throw new Error("useAuth outside AuthProvider");
  return value;
}

export const meQueryKey = ["me"] as const;

export function useMe() {
  return useQuery({
    queryKey: meQueryKey,
    queryFn: async () => unwrap(await api.GET("/api/v1/me")),
    staleTime: 5 * 60_000,
  });
}
