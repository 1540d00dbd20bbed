import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api, type Schemas, unwrap } from "../../api/client";

export type Notification = Schemas["NotificationRead"];

/** How often the bell asks again while the app stays open (reminders are made once a day). */
const UNREAD_REFRESH_MS = 5 * 60_000;
const PAGE_SIZE = 100;

export const notificationKeys = {
  all: ["notifications"] as const,
  list: (unreadOnly: boolean) => ["notifications", "list", { unreadOnly }] as const,
  unreadCount: ["notifications", "unread-count"] as const,
};

/** How many of the user's notifications are unread: the bell's number. */
export function useUnreadCount() {
  return useQuery({
    queryKey: notificationKeys.unreadCount,
    queryFn: async () => unwrap(await api.GET("/api/v1/notifications/unread-count")),
    refetchInterval: UNREAD_REFRESH_MS,
  });
}

/** The user's notifications, newest first (only the unread ones if asked). */
export function useNotifications(unreadOnly: boolean) {
  return useQuery({
    queryKey: notificationKeys.list(unreadOnly),
    queryFn: async () =>
      unwrap(
        await api.GET("/api/v1/notifications", {
          params: { query: { limit: PAGE_SIZE, ...(unreadOnly ? { unread: true } : {}) } },
        }),
      ),
  });
}

/** One notification read: the list and the bell follow. */
export function useMarkRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (id: number) =>
      unwrap(
        await api.POST("/api/v1/notifications/{notification_id}/read", {
          params: { path: { notification_id: id } },
        }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: notificationKeys.all }),
  });
}

/** Every notification of the user read at once. */
export function useMarkAllRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async () => unwrap(await api.POST("/api/v1/notifications/read")),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: notificationKeys.all }),
  });
}
