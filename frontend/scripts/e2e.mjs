// Runs the Playwright tests in e2e/ against BASE_URL with Debian's Chromium, after checking
// that both are there. Extra arguments go to `playwright test`.
import { spawn } from "node:child_process";
import { accessSync, constants } from "node:fs";
import { createRequire } from "node:module";

const chromium = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const baseUrl = process.env.BASE_URL ?? "http://127.0.0.1:8123";

try {
  accessSync(chromium, constants.X_OK);
} catch {
  console.error(
    `e2e: no Chromium at ${chromium}. Install Debian's package (apt-get install -y chromium) ` +
      "or set CHROMIUM_PATH; Playwright's own browser download is not used.",
  );
  process.exit(1);
}

try {
  const response = await fetch(`${baseUrl}/api/v1/health`, { signal: AbortSignal.timeout(5000) });
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  const index = await fetch(baseUrl, { signal: AbortSignal.timeout(5000) });
  if (!(index.headers.get("content-type") ?? "").includes("text/html")) {
    throw new Error("the server does not serve the built app at / (run npm run build first)");
  }
} catch (error) {
  console.error(
    `e2e: the app is not reachable at ${baseUrl} (${error.message ?? error}). Start the server ` +
      "on a freshly seeded database (ttdn migrate && ttdn seed-demo) with frontend/dist built, " +
      "or set BASE_URL.",
  );
  process.exit(1);
}

const cli = createRequire(import.meta.url).resolve("@playwright/test/cli");
const child = spawn(process.execPath, [cli, "test", ...process.argv.slice(2)], {
  stdio: "inherit",
  env: { ...process.env, BASE_URL: baseUrl, CHROMIUM_PATH: chromium },
});
child.on("exit", (code, signal) => process.exit(signal ? 1 : (code ?? 1)));
