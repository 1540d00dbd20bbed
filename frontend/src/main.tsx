import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App, preloadSignedIn } from "./App";
import { mayHaveSession } from "./features/auth/auth";
import { registerServiceWorker } from "./pwa/register";
import "./ui/styles.css";

/** How long a device someone signed in on waits for the signed-in app's code before its first
 * rendering: kept by the service worker, it is here well before; fetched on a weak network, a
 * spinner shows meanwhile. */
const SIGNED_IN_WAIT_MS = 500;

function render() {
  const root = document.getElementById("root");
  if (!root) return;
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}

// A device someone signed in on opens on the signed-in app: React renders it at once with its
// code already here, instead of a spinner first and the app after it.
if (mayHaveSession()) {
  const waited = new Promise((done) => window.setTimeout(done, SIGNED_IN_WAIT_MS));
  void Promise.race([preloadSignedIn(window.location.pathname), waited]).then(render);
} else {
  render();
}
registerServiceWorker();
