import type { Translate } from "../i18n/i18n";
import type { components } from "./schema";

/**
 * An RFC 9457 problem as the API sends it (`application/problem+json`), as its OpenAPI document
 * describes it. Partial: a proxy or a crash may answer with less.
 */
export type ProblemBody = Partial<components["schemas"]["ProblemDetails"]>;

export class ApiError extends Error {
  readonly status: number;
  readonly problem: ProblemBody;
  readonly retryAfter: number | null;

  constructor(status: number, problem: ProblemBody, retryAfter: number | null = null) {
    super(problem.detail ?? problem.title ?? `HTTP ${status}`);
    this.name = "ApiError";
    this.status = status;
    this.problem = problem;
    this.retryAfter = retryAfter;
  }

  /** The message for one form field, by the last part of its `loc` (`["body", "text"]`). */
  fieldMessage(field: string): string | undefined {
    return this.problem.errors?.find((error) => error.loc?.at(-1) === field)?.msg;
  }
}

/** The message the API gave for `path` under the body (`phones`, `0`), if it gave one. */
export function problemAt(error: unknown, ...path: string[]): string | undefined {
  if (!(error instanceof ApiError)) return undefined;
  return error.problem.errors?.find((item) => {
    const loc = (item.loc ?? []).map(String);
    const start = loc[0] === "body" ? 1 : 0;
    return (
      path.every((part, index) => loc[start + index] === part) && loc.length - start === path.length
    );
  })?.msg;
}

/** The request never got an answer (offline, DNS, connection reset). */
export class NetworkError extends Error {
  constructor(cause?: unknown) {
    super("network error", { cause });
    this.name = "NetworkError";
  }
}

export function toProblem(body: unknown): ProblemBody {
  if (body && typeof body === "object") return body as ProblemBody;
  if (typeof body === "string" && body) return { detail: body };
  return {};
}

/** Words a person understands, in the order: the API's own Vietnamese detail, then ours. */
export function errorMessage(error: unknown, t: Translate): string {
  if (error instanceof NetworkError) return t("error.network");
  if (error instanceof ApiError) {
    if (error.status >= 500) return t("error.server");
    const { detail, errors } = error.problem;
    const fieldMessages = (errors ?? []).map((item) => item.msg).filter(Boolean) as string[];
    if (fieldMessages.length > 0) {
      return detail && !fieldMessages.includes(detail)
        ? `${detail} ${fieldMessages.join("; ")}`
        : fieldMessages.join("; ");
    }
    if (detail) return detail;
    if (error.status === 404) return t("error.notFound");
    if (error.status === 403) return t("error.forbidden");
    return error.problem.title ?? t("error.unknown");
  }
  return t("error.unknown");
}
