/// <reference types="vitest/config" />
import { readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";
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

// Text files worth compressing, and the size below which compression does not pay.
const COMPRESSIBLE = /\.(js|css|html|svg|json|webmanifest|txt)$/;
const MIN_COMPRESSED_BYTES = 1024;

function* filesUnder(directory: string): Generator<string> {
  for (const name of readdirSync(directory)) {
    const path = join(directory, name);
    if (statSync(path).isDirectory()) yield* filesUnder(path);
    else yield path;
  }
}

/** Writes a .gz and a .br beside every text file of the build worth compressing, so that the
 * server sends phones on weak networks the smallest copy their browser accepts, without
 * compressing anything per request. */
function precompressed(): Plugin {
  let outDir = "dist";
  return {
    name: "ttdn-precompress",
    apply: "build",
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    closeBundle() {
      for (const path of filesUnder(outDir)) {
        if (!COMPRESSIBLE.test(path)) continue;
        const content = readFileSync(path);
        if (content.length < MIN_COMPRESSED_BYTES) continue;
        writeFileSync(`${path}.gz`, gzipSync(content, { level: 9 }));
        const quality = { [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY };
        writeFileSync(`${path}.br`, brotliCompressSync(content, { params: quality }));
      }
    },
  };
}

const apiTarget = process.env.TTDN_API_URL ?? "http://127.0.0.1:8000";

export default defineConfig({
  plugins: [react(), serviceWorker(), precompressed()],
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
