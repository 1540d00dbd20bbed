import { useMutation } from "@tanstack/react-query";
import { authFetch, unwrap } from "../../api/client";
import { setAccessToken } from "../../api/session";

export interface PasswordChange {
  current_password: string;
  new_password: string;
}

interface TokenPair {
  access_token: string;
  token_type: "bearer";
  expires_in: number;
  refresh_token: string;
}

/**
 * Changes one's own password (`POST /api/v1/me/password`). The answer is a new token pair (and
 * a new refresh cookie; the account's other sessions end): its access token replaces the one in
 * memory. A wrong current password is a 422 whose error's `loc` ends in `current_password`.
 *
 * Called through authFetch until the route is in the generated types, then through `api.POST`.
 */
export function useChangePassword() {
  return useMutation({
    mutationFn: async (body: PasswordChange) => {
      const response = await authFetch(
        new Request(`${window.location.origin}/api/v1/me/password`, {
          method: "POST",
          headers: { "Content-Type": "application/json" },
          body: JSON.stringify(body),
          credentials: "same-origin",
        }),
      );
      const answer: unknown = await response.json().catch(() => undefined);
      const tokens = unwrap<TokenPair>({ data: answer as TokenPair, error: answer, response });
      setAccessToken(tokens.access_token);
      return tokens;
    },
  });
}
