// A phone on a weak network, measured (issue 8, item 4): Debian's Chromium with its DevTools
// protocol emulating slow 3G (400 kbit/s down and up, 400 ms round trip) and a 4× slower CPU
// times (1) a first visit with an empty cache until the login form is usable, (2) khu1's login
// until its task list shows its tasks, and (3) a repeat visit (service worker and HTTP cache
// warm) until the login form or the signed-in shell shows; and counts the bytes the first visit
// transferred. It prints the figures beside their targets and never fails on them (timed
// assertions are not allowed here); it exits non-zero only when it cannot measure.
//
//   node scripts/weak-network.mjs              a freshly seeded server of its own (needs dist/)
//   BASE_URL=http://127.0.0.1:8000 node ...    the server already running there
//   node scripts/weak-network.mjs --identity   asks for uncompressed files and answers
//   node scripts/weak-network.mjs --verbose    also lists each step's requests
import { spawn, spawnSync } from "node:child_process";
import { accessSync, constants, existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { chromium } from "playwright-core";

const ROOT = resolve(import.meta.dirname, "../..");
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
// The same Chromium flags as playwright.config.ts.
const CHROMIUM_ARGS = JSON.parse(
  readFileSync(resolve(ROOT, "frontend/chromium-flags.json"), "utf8"),
);
const PHONE = { width: 375, height: 667 };
const USERNAME = "khu1";
const PASSWORD = "ttdn-demo-2023";
const KBIT = 1000 / 8; // bytes per second in one kbit/s
const SLOW_3G = {
  offline: false,
  latency: 400, // ms added to each round trip
  downloadThroughput: 400 * KBIT,
  uploadThroughput: 400 * KBIT,
};
const CPU_SLOWDOWN = 4;
const WAIT_MS = 60_000; // longer than this means the figure cannot be measured
const identity = process.argv.includes("--identity");
const verbose = process.argv.includes("--verbose");

class CannotMeasure extends Error {}

/** A free TCP port on the loopback interface. */
function freePort() {
  return new Promise((done, fail) => {
    const probe = createServer().listen(0, "127.0.0.1", () => {
      const { port } = probe.address();
      probe.close(() => done(port));
    });
    probe.on("error", fail);
  });
}

/** Like tests/run_e2e.sh: a fresh SQLite database with the demo, the built app, one uvicorn. */
async function startServer() {
  if (!existsSync(join(ROOT, "frontend/dist/index.html"))) {
    throw new CannotMeasure("frontend/dist is not built (cd frontend && npm run build)");
  }
  const directory = mkdtempSync(join(tmpdir(), "ttdn-weak-network-"));
  const env = {
    ...process.env,
    TTDN_DATABASE_URL: `sqlite+aiosqlite:///${join(directory, "demo.sqlite3")}`,
  };
  const ttdn = join(ROOT, ".venv/bin/ttdn");
  for (const command of [["migrate"], ["seed-demo"]]) {
    const run = spawnSync(ttdn, command, {
      cwd: ROOT,
      env,
      stdio: ["ignore", "ignore", "inherit"],
    });
    if (run.status !== 0) throw new CannotMeasure(`ttdn ${command[0]} failed (make install?)`);
  }
  const port = await freePort();
  const server = spawn(
    join(ROOT, ".venv/bin/uvicorn"),
    ["ttdn.main:create_app", "--factory", "--host", "127.0.0.1", "--port", String(port)].concat([
      "--log-level",
      "warning",
    ]),
    { cwd: ROOT, env, stdio: ["ignore", "ignore", "inherit"] },
  );
  const stop = () => {
    if (server.exitCode === null && !server.killed) server.kill();
    rmSync(directory, { recursive: true, force: true });
  };
  process.on("exit", stop);
  for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => process.exit(1));
  return { baseUrl: `http://127.0.0.1:${port}`, stop };
}

/** The API answers and / is the built app; waits up to 30 s for a server just started. */
async function checkServer(baseUrl) {
  let last = "";
  for (let attempt = 0; attempt < 60; attempt += 1) {
    try {
      const health = await fetch(`${baseUrl}/api/v1/health`, { signal: AbortSignal.timeout(2000) });
      const index = await fetch(baseUrl, { signal: AbortSignal.timeout(2000) });
      if (health.ok && (index.headers.get("content-type") ?? "").includes("text/html")) return;
      last = health.ok ? "/ is not the built app (npm run build)" : `health: HTTP ${health.status}`;
    } catch (error) {
      last = error.cause?.code ?? error.message;
    }
    await new Promise((done) => setTimeout(done, 500));
  }
  throw new CannotMeasure(`no app at ${baseUrl} (${last})`);
}

/** What a CDP session's target took from the network, request by request: the bytes on the
 * wire (encodedDataLength: headers and the body as sent) and the body once decoded. */
function trafficLog() {
  const open = new Map();
  const done = [];
  return {
    done,
    onEvent(method, params) {
      if (method === "Network.requestWillBeSent") {
        open.set(params.requestId, { url: params.request.url, decoded: 0, source: "network" });
      } else if (method === "Network.responseReceived") {
        const entry = open.get(params.requestId);
        if (entry && params.response.fromServiceWorker) entry.source = "service worker";
        else if (entry && params.response.fromDiskCache) entry.source = "HTTP cache";
      } else if (method === "Network.dataReceived") {
        const entry = open.get(params.requestId);
        if (entry) entry.decoded += params.dataLength;
      } else if (method === "Network.loadingFinished") {
        const entry = open.get(params.requestId);
        open.delete(params.requestId);
        if (entry) done.push({ ...entry, wire: params.encodedDataLength });
      }
    },
  };
}

const NETWORK_EVENTS = [
  "Network.requestWillBeSent",
  "Network.responseReceived",
  "Network.dataReceived",
  "Network.loadingFinished",
];

/** Slow 3G and a slower CPU for a page, before it loads anything. */
async function throttlePage(context, page) {
  const session = await context.newCDPSession(page);
  const traffic = trafficLog();
  for (const event of NETWORK_EVENTS) session.on(event, (params) => traffic.onEvent(event, params));
  await session.send("Network.enable");
  await session.send("Network.emulateNetworkConditions", SLOW_3G);
  if (identity)
    await session.send("Network.setExtraHTTPHeaders", {
      headers: { "Accept-Encoding": "identity" },
    });
  await session.send("Emulation.setCPUThrottlingRate", { rate: CPU_SLOWDOWN });
  return traffic;
}

/** The service worker fetches over its own target, which a page's emulation does not slow
 * down: each one that starts gets slow 3G too (through the browser session: Playwright does not
 * hand out sessions for workers). It may have begun before its first request is slowed. */
async function throttleServiceWorkers(browser) {
  const session = await browser.newBrowserCDPSession();
  const traffic = trafficLog();
  const replies = new Map();
  let lastId = 0;
  const send = (sessionId, method, params = {}) => {
    lastId += 1;
    const id = lastId;
    return new Promise((done, fail) => {
      replies.set(id, { done, fail, method });
      session
        .send("Target.sendMessageToTarget", {
          sessionId,
          message: JSON.stringify({ id, method, params }),
        })
        .catch((error) => {
          replies.delete(id);
          fail(error);
        });
    });
  };
  session.on("Target.receivedMessageFromTarget", ({ message }) => {
    const { id, method, params, error } = JSON.parse(message);
    if (id && replies.has(id)) {
      const reply = replies.get(id);
      replies.delete(id);
      if (error)
        reply.fail(new CannotMeasure(`${reply.method} in the service worker: ${error.message}`));
      else reply.done();
    } else if (method) traffic.onEvent(method, params);
  });
  const failures = [];
  session.on("Target.targetCreated", async ({ targetInfo }) => {
    try {
      const { sessionId } = await session.send("Target.attachToTarget", {
        targetId: targetInfo.targetId,
        flatten: false, // Playwright's sessions route only their own flat children
      });
      await send(sessionId, "Network.enable");
      await send(sessionId, "Network.emulateNetworkConditions", SLOW_3G);
      if (identity)
        await send(sessionId, "Network.setExtraHTTPHeaders", {
          headers: { "Accept-Encoding": "identity" },
        });
    } catch (error) {
      failures.push(error);
    }
  });
  await session.send("Target.setDiscoverTargets", {
    discover: true,
    filter: [{ type: "service_worker" }],
  });
  return { traffic, failures };
}

/** Milliseconds from `start` until `locator` is visible; no figure past WAIT_MS. */
async function timeUntilVisible(start, locator, what) {
  try {
    await locator.waitFor({ state: "visible", timeout: WAIT_MS });
  } catch {
    throw new CannotMeasure(`${what} did not show within ${WAIT_MS / 1000} s`);
  }
  return performance.now() - start;
}

async function measure(baseUrl) {
  accessSync(CHROMIUM, constants.X_OK);
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  try {
    const workers = await throttleServiceWorkers(browser);
    const context = await browser.newContext({
      baseURL: baseUrl,
      viewport: PHONE,
      locale: "vi-VN",
      timezoneId: "Asia/Ho_Chi_Minh",
      serviceWorkers: "allow",
    });

    // 1. First visit, empty cache: the task list's address shows the login form first.
    const page = await context.newPage();
    const traffic = await throttlePage(context, page);
    const username = page.getByLabel("Tên đăng nhập");
    const submit = page.getByRole("button", { name: "Đăng nhập" });
    let start = performance.now();
    await page.goto("/tasks", { waitUntil: "commit" });
    const firstVisit = await timeUntilVisible(start, submit, "the login form");
    if (!(await username.isEditable()) || !(await submit.isEnabled()))
      throw new CannotMeasure("the login form showed but cannot be used");
    const firstRequests = traffic.done.splice(0);

    // 2. khu1 signs in; the same address now lists its tasks.
    await username.fill(USERNAME);
    await page.getByLabel("Mật khẩu").fill(PASSWORD);
    start = performance.now();
    await submit.click();
    const taskList = await timeUntilVisible(
      start,
      page.locator(".task-list > li").first(),
      "khu1's task list",
    );

    // The service worker has kept the shell (its install precaches it) before the next visit.
    const kept = await page.evaluate(
      (ms) =>
        Promise.race([
          navigator.serviceWorker.ready.then(() => true),
          new Promise((done) => setTimeout(() => done(false), ms)),
        ]),
      WAIT_MS,
    );
    if (!kept) throw new CannotMeasure("no service worker became ready");
    if (workers.failures.length > 0) throw workers.failures[0];
    const loginRequests = traffic.done.splice(0);
    const workerRequests = workers.traffic.done.splice(0);
    await page.close();

    // 3. Repeat visit: a new tab at the app's start address, the session in its cookie.
    const again = await context.newPage();
    const againTraffic = await throttlePage(context, again);
    start = performance.now();
    await again.goto("/", { waitUntil: "commit" });
    const shown = again
      .getByLabel("Tên đăng nhập")
      .or(again.getByRole("navigation", { name: /^Điều hướng/ }))
      .first();
    const repeatVisit = await timeUntilVisible(start, shown, "the login form or the app shell");
    const repeatShows = (await again.getByLabel("Tên đăng nhập").isVisible())
      ? "login form"
      : "signed-in shell";

    return {
      version: browser.version(),
      firstVisit,
      taskList,
      repeatVisit,
      repeatShows,
      requests: {
        "first visit": firstRequests,
        [`login as ${USERNAME}, until the service worker is ready`]: loginRequests,
        "service worker's own": workerRequests,
        "repeat visit": [...againTraffic.done, ...workers.traffic.done],
      },
    };
  } finally {
    await browser.close();
  }
}

function kb(bytes) {
  return `${(bytes / 1024).toFixed(1)} KB`;
}

function report(figures) {
  const rows = [
    ["first visit, empty cache → login form usable", figures.firstVisit, 3],
    [`login as ${USERNAME} → its tasks listed`, figures.taskList, 2],
    [`repeat visit, cache warm → ${figures.repeatShows}`, figures.repeatVisit, 1],
  ];
  console.log(
    `\nPhone on a weak network: slow 3G (400 kbit/s down and up, 400 ms round trip), ` +
      `CPU ${CPU_SLOWDOWN}× slower, Chromium ${figures.version}, ` +
      (identity ? "compression refused (Accept-Encoding: identity)" : "compression as served"),
  );
  for (const [what, ms, target] of rows) {
    const met = ms <= target * 1000 ? "met" : "NOT met";
    console.log(
      `  ${what.padEnd(52)} ${(ms / 1000).toFixed(2).padStart(6)} s   ≤ ${target} s   ${met}`,
    );
  }
  const total = (requests, field) => requests.reduce((sum, request) => sum + request[field], 0);
  const first = figures.requests["first visit"];
  const worker = figures.requests["service worker's own"];
  console.log(
    `  first visit transferred ${kb(total(first, "wire"))} in ${first.length} requests ` +
      `(${kb(total(first, "decoded"))} decoded); then the service worker kept the shell: ` +
      `${kb(total(worker, "wire"))} in ${worker.length} requests`,
  );
  if (!verbose) return;
  for (const [step, requests] of Object.entries(figures.requests)) {
    console.log(`\n  ${step}: bytes on the wire, decoded, source`);
    for (const request of requests) {
      const path = new URL(request.url).pathname;
      console.log(
        `    ${kb(request.wire).padStart(9)} ${kb(request.decoded).padStart(9)}  ` +
          `${request.source.padEnd(14)} ${path}`,
      );
    }
  }
}

let server;
try {
  if (process.env.BASE_URL) await checkServer(process.env.BASE_URL);
  else {
    server = await startServer();
    await checkServer(server.baseUrl);
  }
  report(await measure(process.env.BASE_URL ?? server.baseUrl));
} catch (error) {
  console.error(`weak-network: cannot measure: ${error.message ?? error}`);
  process.exitCode = 1;
} finally {
  server?.stop();
}
