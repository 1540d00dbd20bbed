// TTĐN service worker, written by hand. It keeps the app shell (the page, its scripts and
// styles, icons) so the app opens on a weak or absent network. It never touches the API:
// data and the offline progress drafts are the app's business, not the cache's.
// The build replaces the placeholders below with this build's id, its files, and those of the
// signed-in app (beyond the login page's).

const BUILD_ID = "__BUILD_ID__";
const SHELL_FILES = ["__SHELL_FILES__"];
const SIGNED_IN_FILES = ["__SIGNED_IN_FILES__"];
const CACHE = `ttdn-shell-${BUILD_ID}`;

// Hints that the page kept here carries, so that the signed-in app's code is read from this cache
// while the login page's code is, instead of being asked for once that code has run. A page from
// this cache is a repeat visit, most often by someone signed in; signed out, the login form reads
// the same files from here as it shows. The first visit's page, from the network, carries none:
// a device nobody signed in on fetches the login form's files only.
const SIGNED_IN_HINTS = SIGNED_IN_FILES.map((file) =>
  file.endsWith(".css")
    ? `<link rel="preload" as="style" crossorigin href="${file}">`
    : `<link rel="modulepreload" crossorigin href="${file}">`,
).join("");

/** The kept page with the hints above; the page as it is when it has no head to put them in. */
async function withSignedInHints(page) {
  const html = await page.text();
  if (!html.includes("</head>")) return new Response(html, page);
  const headers = new Headers(page.headers);
  headers.delete("Content-Length");
  headers.delete("Content-Encoding");
  return new Response(html.replace("</head>", `${SIGNED_IN_HINTS}</head>`), {
    status: page.status,
    statusText: page.statusText,
    headers,
  });
}

self.addEventListener("install", (event) => {
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => cache.addAll(SHELL_FILES))
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((names) =>
        Promise.all(
          names
            .filter((name) => name.startsWith("ttdn-shell-") && name !== CACHE)
            .map((name) => caches.delete(name)),
        ),
      )
      .then(() => self.clients.claim()),
  );
});

function isApi(url) {
  return url.pathname.startsWith("/api/") || url.pathname.startsWith("/docs");
}

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET") return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin || isApi(url)) return;

  if (request.mode === "navigate") {
    // The page: the cached shell at once, refreshed in the background for the next visit (a
    // new build installs a new worker, whose cache holds the new page); the network only when
    // nothing is kept yet.
    const fresh = fetch(request).then((response) => {
      if (response.ok) {
        const copy = response.clone();
        caches.open(CACHE).then((cache) => cache.put("/", copy));
      }
      return response;
    });
    event.waitUntil(fresh.then(() => undefined).catch(() => undefined));
    event.respondWith(
      caches
        .match("/", { cacheName: CACHE })
        .then((cached) => (cached ? withSignedInHints(cached) : fresh))
        .catch(() => Response.error()),
    );
    return;
  }

  // Hashed assets and icons: from the cache, else from the network (and kept).
  event.respondWith(
    caches.match(request, { cacheName: CACHE }).then(
      (cached) =>
        cached ||
        fetch(request).then((response) => {
          if (response.ok && url.pathname.startsWith("/assets/")) {
            const copy = response.clone();
            caches.open(CACHE).then((cache) => cache.put(request, copy));
          }
          return response;
        }),
    ),
  );
});
