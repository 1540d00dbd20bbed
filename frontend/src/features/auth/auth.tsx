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

export type AuthStatus = "checking" | "signed-in" | "signed-out" | "offline";
export type Me = Schemas["MeRead"];

interface AuthValue {
  status: AuthStatus;
  logIn: (username: string, password: string) => Promise<void>;
  logOut: () => Promise<void>;
  retry: () => void;
}

export const AuthContext = createContext<AuthValue | null>(null);

export function AuthProvider({ children }: { children: ReactNode }) {
  const queryClient = useQueryClient();
  const [status, setStatus] = useState<AuthStatus>("checking");

  const check = useCallback(async () => {
    setStatus("checking");
    const outcome = await refreshSession();
    setStatus(
      outcome === "refreshed" ? "signed-in" : outcome === "offline" ? "offline" : "signed-out",
    );
  }, []);

  useEffect(() => {
    void check();
  }, [check]);

  useEffect(
    () =>
      onSessionEnd(() => {
        queryClient.clear();
        setStatus("signed-out");
      }),
    [queryClient],
  );

  // Opened offline: try again as soon as the connection returns.
  useEffect(() => {
    if (status !== "offline") return;
    const again = () => void check();
    window.addEventListener("online", again);
    return () => window.removeEventListener("online", again);
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
      queryClient.clear();
      setStatus("signed-out");
    }
  }, [queryClient]);

  const value = useMemo(
    () => ({ status, logIn, logOut, retry: () => void check() }),
    [status, logIn, logOut, check],
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
