import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api, ifMatch, type Schemas, unwrap } from "../../api/client";
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

export type CalendarTokenStatus = Schemas["CalendarTokenStatus"];
export type CalendarTokenCreated = Schemas["CalendarTokenCreated"];

const CALENDAR_TOKEN_KEY = ["me", "calendar-token"] as const;

/** Whether the user has a calendar address, since when, and when a calendar last fetched it. */
export function useCalendarToken() {
  return useQuery({
    queryKey: CALENDAR_TOKEN_KEY,
    queryFn: async () => unwrap(await api.GET("/api/v1/me/calendar-token")),
  });
}

/** A new calendar address (the old one, if any, stops working): shown this once. */
export function useMakeCalendarToken() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async () => unwrap(await api.POST("/api/v1/me/calendar-token")),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: CALENDAR_TOKEN_KEY }),
  });
}

/** The calendar address revoked: calendars subscribed to it get nothing more. */
export function useRevokeCalendarToken() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (version: number) =>
      unwrap(
        await api.DELETE("/api/v1/me/calendar-token", {
          params: { header: { "If-Match": ifMatch(version) } },
        }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: CALENDAR_TOKEN_KEY }),
  });
}
