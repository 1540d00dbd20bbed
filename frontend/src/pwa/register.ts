/** Installs the service worker that keeps the app shell for weak or absent networks. */
export function registerServiceWorker(): void {
  if (!import.meta.env.PROD || !("serviceWorker" in navigator)) return;
  // The worker serves the page it keeps and fetches the new one behind it; when a new build's
  // worker takes over a page opened on the old build, the page reloads on the new one (whose
  // files the new worker keeps) instead of asking for the old build's files later.
  const updating = navigator.serviceWorker.controller !== null;
  let reloaded = false;
  navigator.serviceWorker.addEventListener("controllerchange", () => {
    if (!updating || reloaded) return;
    reloaded = true;
    window.location.reload();
  });
  window.addEventListener("load", () => {
    navigator.serviceWorker.register("/sw.js").catch(() => {
      // Without it the app still works online; nothing to tell the user.
    });
  });
}
