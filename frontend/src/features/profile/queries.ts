import { useMutation } from "@tanstack/react-query";
import { api, type Schemas, unwrap } from "../../api/client";
import { setAccessToken } from "../../api/session";

export type PasswordChange = Schemas["PasswordChange"];

/**
 * Changes one's own password. The answer is a new token pair (and a new refresh cookie; the
 * account's other sessions end): its access token replaces the one in memory, so this session
 * goes on. A wrong current password is a 422 whose error's `loc` ends in `current_password`.
 */
export function useChangePassword() {
  return useMutation({
    mutationFn: async (body: PasswordChange) => {
      const tokens = unwrap(await api.POST("/api/v1/me/password", { body }));
      setAccessToken(tokens.access_token);
      return tokens;
    },
  });
}
