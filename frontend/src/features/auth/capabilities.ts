// What a person may do comes from the capabilities the API grants, never from role names.

export type Capability =
  | "plans:read"
  | "plans:write"
  | "plans:issue"
  | "tasks:read"
  | "tasks:assign"
  | "tasks:report"
  | "tasks:confirm"
  | "units:read"
  | "units:write"
  | "users:read"
  | "users:write"
  | "audit:read"
  | "records:restore";

export interface HasCapabilities {
  capabilities: readonly string[];
}

export function can(
  principal: HasCapabilities | null | undefined,
  capability: Capability,
): boolean {
  return principal?.capabilities.includes(capability) ?? false;
}
