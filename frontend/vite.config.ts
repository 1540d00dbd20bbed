/// <reference types="vitest/config" />
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import react from "@vitejs/plugin-react";
import { defineConfig, type Plugin } from "vite";

// Files in public/ that belong to the app shell (the bundle's own files are added at build).
const PUBLIC_SHELL = [
  "/",
  "/manifest.webmanifest",
  "/icons/icon.svg",
  "/icons/icon-192.png",
  "/icons/icon-512.png",
];

/** Emits the hand-written service worker with the list of this build's files to precache. */
function serviceWorker(): Plugin {
  return {
    name: "ttdn-service-worker",
    apply: "build",
    generateBundle(_options, bundle) {
      const built = Object.keys(bundle)
        .filter((name) => /\.(js|css|woff2?)$/.test(name) && !name.startsWith(".vite/"))
        .map((name) => `/${name}`);
      const files = [...PUBLIC_SHELL, ...built].sort();
      const source = readFileSync(resolve(import.meta.dirname, "src/pwa/sw.js"), "utf8")
        .replace('"__BUILD_ID__"', JSON.stringify(String(Date.now().toString(36))))
        .replace('["__SHELL_FILES__"]', JSON.stringify(files));
      this.emitFile({ type: "asset", fileName: "sw.js", source });
    },
  };
}

const apiTarget = process.env.TTDN_API_URL ?? "http://127.0.0.1:8000";

export default defineConfig({
  plugins: [react(), serviceWorker()],
  build: {
    manifest: true,
    target: "es2022",
    sourcemap: false,
  },
  server: {
    proxy: {
      "/api": { target: apiTarget, changeOrigin: false },
      "/docs": { target: apiTarget },
    },
  },
  test: {
    environment: "jsdom",
    globals: true,
    setupFiles: ["src/test/setup.ts"],
    include: ["src/**/*.test.{ts,tsx}"],
    restoreMocks: true,
  },
});
