import { defineConfig } from "@playwright/test";
// The flags Debian's Chromium needs here, shared with scripts/weak-network.mjs: without the
// background-networking ones its connections are refused by the closed network.
import CHROMIUM_ARGS from "./chromium-flags.json" with { type: "json" };

// Debian's Chromium, not Playwright's download (which cannot be fetched here).
export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const BASE_URL = process.env.BASE_URL ?? "http://127.0.0.1:8123";

export default defineConfig({
  testDir: "e2e",
  outputDir: "test-results/playwright",
  fullyParallel: false,
  workers: process.env.E2E_WORKERS ? Number(process.env.E2E_WORKERS) : 2,
  // One retry, so that a test which fails once for the machine (a page slow to come under two
  // cores' load) does not fail the run; the list reports it as flaky, to be looked into.
  retries: 1,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [["list"]],
  use: {
    baseURL: BASE_URL,
    browserName: "chromium",
    headless: true,
    locale: "vi-VN",
    timezoneId: "Asia/Ho_Chi_Minh",
    serviceWorkers: "allow",
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: {
      executablePath: CHROMIUM,
      args: CHROMIUM_ARGS,
    },
  },
  projects: [
    { name: "app", testIgnore: /plan-authoring\.spec\.ts$/ },
    // Issuing a plan gives units new tasks, and that changes the task counts the other tests
    // read on the shared database: it runs once they are done.
    { name: "plan authoring", testMatch: /plan-authoring\.spec\.ts$/, dependencies: ["app"] },
  ],
});
