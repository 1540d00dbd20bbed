/// <reference types="vitest/config" />
import { readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";
import react from "@vitejs/plugin-react";
import { defineConfig, type Plugin, type Rolldown } from "vite";

// Files in public/ that belong to the app shell (the bundle's own files are added at build).
const PUBLIC_SHELL = [
  "/",
  "/manifest.webmanifest",
  "/icons/icon.svg",
  "/icons/icon-192.png",
  "/icons/icon-512.png",
];

// The signed-in app, loaded apart from the login page (src/App.tsx).
const SIGNED_IN_MODULE = resolve(import.meta.dirname, "src/SignedIn.tsx");

/** The files the signed-in app needs beyond the entry's: its chunk, the chunks it imports
 * statically, and their styles. */
function signedInFiles(bundle: Rolldown.OutputBundle): string[] {
  const chunks = Object.values(bundle).filter((file) => file.type === "chunk");
  const entry = chunks.find((chunk) => chunk.isEntry);
  const signedIn = chunks.find((chunk) => chunk.facadeModuleId === SIGNED_IN_MODULE);
  if (!entry || !signedIn) throw new Error("service worker: no entry or no SignedIn chunk");
  const collect = (names: string[], into: Set<string>) => {
    for (const name of names) {
      const chunk = bundle[name];
      if (into.has(name) || chunk?.type !== "chunk") continue;
      into.add(name);
      collect(chunk.imports, into);
    }
    return into;
  };
  const loaded = collect([entry.fileName], new Set());
  const needed = [...collect([signedIn.fileName], new Set())].filter((name) => !loaded.has(name));
  const styles = needed.flatMap((name) => {
    const chunk = bundle[name];
    return chunk?.type === "chunk" ? [...(chunk.viteMetadata?.importedCss ?? [])] : [];
  });
  return [...needed, ...styles].map((name) => `/${name}`);
}

/** Emits the hand-written service worker with the list of this build's files to precache, and
 * those of the signed-in app that the page it keeps asks for at once. */
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
        .replace('["__SHELL_FILES__"]', JSON.stringify(files))
        .replace('["__SIGNED_IN_FILES__"]', JSON.stringify(signedInFiles(bundle)));
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
    // Generous for a busy machine: a screen test waits for rendering several times.
    testTimeout: 20_000,
  },
});
