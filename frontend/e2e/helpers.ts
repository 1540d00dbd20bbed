import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { resolve } from "node:path";
import { inflateRawSync } from "node:zlib";
import { type APIRequestContext, expect, type Page, request } from "@playwright/test";

export const PASSWORD = "ttdn-demo-2023";
export const PHONE = { width: 375, height: 667 };
export const DESKTOP = { width: 1280, height: 800 };
const SHOTS = resolve(import.meta.dirname, "../test-results/screenshots");
const axeSource = readFileSync(
  createRequire(import.meta.url).resolve("axe-core/axe.min.js"),
  "utf8",
);

export function unique(prefix: string): string {
  return `${prefix} ${randomUUID().slice(0, 8)}`;
}

/** Signs in through the API (the browser keeps the refresh cookie) and opens `path`. */
export async function signIn(page: Page, username: string, path = "/"): Promise<void> {
  const answer = await page.context().request.post("/api/v1/auth/login", {
    form: { username, password: PASSWORD },
  });
  expect(answer.status(), `login as ${username}`).toBe(200);
  // What the login form leaves on the device (not a secret): someone signed in here, so the app
  // renews the session from the cookie at start instead of showing the login form at once.
  await page.context().addInitScript(() => {
    if (sessionStorage.getItem("ttdn.e2e.signedIn") === null) {
      sessionStorage.setItem("ttdn.e2e.signedIn", "1");
      localStorage.setItem("ttdn.session.v1.signedInHere", "1");
    }
  });
  await page.goto(path);
  await settled(page);
}

/** The page has its heading and nothing is still loading. */
export async function settled(page: Page): Promise<void> {
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(page.locator(".state-loading")).toHaveCount(0);
}

/** An API client signed in as `username`, apart from any browser. */
export async function apiAs(baseURL: string, username: string): Promise<APIRequestContext> {
  const anonymous = await request.newContext({ baseURL });
  const answer = await anonymous.post("/api/v1/auth/login", {
    form: { username, password: PASSWORD },
  });
  expect(answer.status()).toBe(200);
  const { access_token } = (await answer.json()) as { access_token: string };
  await anonymous.dispose();
  return request.newContext({
    baseURL,
    extraHTTPHeaders: { Authorization: `Bearer ${access_token}` },
  });
}

/** No serious or critical axe-core violation on the page as it is. */
export async function expectAccessible(page: Page): Promise<void> {
  // Run through the browser's debugging protocol: the app's Content-Security-Policy refuses an
  // inline <script> (what `addScriptTag` would add), and rightly so.
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run: (
            context: Document,
            options: object,
          ) => Promise<{
            violations: {
              id: string;
              impact: string;
              help: string;
              nodes: { target: string[] }[];
            }[];
          }>;
        };
      }
    ).axe;
    const results = await axe.run(document, { resultTypes: ["violations"] });
    return results.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.slice(0, 5).map((node) => node.target.join(" ")),
    }));
  });
  const serious = violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(serious, JSON.stringify(serious, null, 2)).toEqual([]);
}

/** The page does not scroll sideways. */
export async function expectNoHorizontalScroll(page: Page): Promise<void> {
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - window.innerWidth,
  );
  expect(overflow, "horizontal overflow in px").toBeLessThanOrEqual(0);
}

/** Every visible control is at least 44px tall (a checkbox or radio counts by its label). */
export async function expectTouchTargets(page: Page): Promise<void> {
  const small = await page.evaluate(() => {
    const found: string[] = [];
    const controls = document.querySelectorAll<HTMLElement>(
      "button, a[href], input, select, textarea, [role=button]",
    );
    for (const control of controls) {
      if (
        control.closest(
          ".prose, .doc-text, .doc-bases, .draft-text, .skip-link, .visually-hidden, p",
        )
      )
        continue;
      const target =
        control instanceof HTMLInputElement && ["checkbox", "radio"].includes(control.type)
          ? (control.closest("label") ?? control)
          : control;
      const box = target.getBoundingClientRect();
      const style = getComputedStyle(target);
      if (box.width === 0 || box.height === 0 || style.visibility === "hidden") continue;
      if (box.height < 44 - 0.5) {
        found.push(
          `${target.tagName.toLowerCase()} "${(target.textContent ?? target.getAttribute("aria-label") ?? "").trim().slice(0, 40)}" ${Math.round(box.height)}px`,
        );
      }
    }
    return found;
  });
  expect(small, "controls under 44px").toEqual([]);
}

/** `name-1280.png` (whole page); on phones `name-375.png` (the screen) and `name-375-full.png`. */
export async function screenshot(page: Page, name: string): Promise<void> {
  const width = page.viewportSize()?.width ?? 0;
  await page.screenshot({ path: `${SHOTS}/${name}-${width}.png`, fullPage: width > 500 });
  if (width <= 500)
    await page.screenshot({ path: `${SHOTS}/${name}-${width}-full.png`, fullPage: true });
}

/** The text of one file of a zip archive (the DOCX), read through its central directory. */
export function zipEntry(zip: Buffer, name: string): string {
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  expect(end, "end of central directory").toBeGreaterThan(0);
  let offset = zip.readUInt32LE(end + 16);
  const entries = zip.readUInt16LE(end + 10);
  for (let i = 0; i < entries; i++) {
    const method = zip.readUInt16LE(offset + 10);
    const size = zip.readUInt32LE(offset + 20);
    const nameLength = zip.readUInt16LE(offset + 28);
    const extraLength = zip.readUInt16LE(offset + 30);
    const commentLength = zip.readUInt16LE(offset + 32);
    const local = zip.readUInt32LE(offset + 42);
    const entryName = zip.toString("utf8", offset + 46, offset + 46 + nameLength);
    if (entryName === name) {
      const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
      const data = zip.subarray(start, start + size);
      return (method === 8 ? inflateRawSync(data) : data).toString("utf8");
    }
    offset += 46 + nameLength + extraLength + commentLength;
  }
  throw new Error(`${name} is not in the archive`);
}
