// Who the signed-in user is: read by the signed-in screens only, so that the login page does
// not carry the query library.
import { useQuery } from "@tanstack/react-query";
import { api, unwrap } from "../../api/client";

export const meQueryKey = ["me"] as const;

export function useMe() {
  return useQuery({
    queryKey: meQueryKey,
    queryFn: async () => unwrap(await api.GET("/api/v1/me")),
    staleTime: 5 * 60_000,
  });
}
