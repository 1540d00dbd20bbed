// Files the API hands out (exports, attached documents, previews): fetched with the bearer token
// like any other request (a plain link would carry none), then saved under the name the server
// gives, or shown.
import { authFetch } from "./client";
import { ApiError, toProblem } from "./errors";

type QueryValue = string | number | boolean | null | undefined;

/** `path` with the query's defined values, on this origin. */
export function apiUrl(path: string, query: Record<string, QueryValue> = {}): string {
  const url = new URL(path, window.location.origin);
  for (const [name, value] of Object.entries(query)) {
    if (value !== undefined && value !== null && value !== "")
      url.searchParams.set(name, String(value));
  }
  return url.toString();
}

/** The file name of a `Content-Disposition` header (`filename*=UTF-8''…` first), if any. */
export function dispositionName(header: string | null): string | undefined {
  if (!header) return undefined;
  const encoded = /filename\*\s*=\s*(?:UTF-8|utf-8)''([^;]+)/.exec(header);
  if (encoded?.[1]) {
    try {
      return decodeURIComponent(encoded[1].trim());
    } catch {
      // Fall through to the plain name.
    }
  }
  const plain = /filename\s*=\s*"?([^";]+)"?/.exec(header);
  return plain?.[1]?.trim() || undefined;
}

async function fetchFile(url: string): Promise<Response> {
  const response = await authFetch(new Request(url, { credentials: "same-origin" }));
  if (!response.ok) {
    const body = await response.json().catch(() => null);
    throw new ApiError(response.status, toProblem(body));
  }
  return response;
}

/** The file at `url` (an image to show, say); ApiError when refused. */
export async function fetchBlob(url: string): Promise<Blob> {
  return (await fetchFile(url)).blob();
}

/** Fetches the file at `url` and hands it to the browser to save; ApiError when refused. */
export async function saveFile(url: string, fallbackName: string): Promise<void> {
  const response = await fetchFile(url);
  const blob = await response.blob();
  const name = dispositionName(response.headers.get("Content-Disposition")) ?? fallbackName;
  const href = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = href;
  link.download = name;
  link.rel = "noopener";
  document.body.append(link);
  link.click();
  link.remove();
  // Long enough for the browser to start the download on a slow phone.
  window.setTimeout(() => URL.revokeObjectURL(href), 60_000);
}
