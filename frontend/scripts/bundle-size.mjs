// Prints the gzipped size of the initial JavaScript (the entry chunk and everything it imports
// statically) and fails above the budget. Lazily loaded screens are listed but not counted.
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { gzipSync } from "node:zlib";

const BUDGET_KB = 150;
const dist = resolve(import.meta.dirname, "../dist");
const manifest = JSON.parse(readFileSync(resolve(dist, ".vite/manifest.json"), "utf8"));
const entry = Object.entries(manifest).find(([, chunk]) => chunk.isEntry);
if (!entry) {
  console.error("bundle-size: no entry chunk in dist/.vite/manifest.json");
  process.exit(1);
}

const gz = (file) => gzipSync(readFileSync(resolve(dist, file)), { level: 9 }).length;
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

const initial = new Set();
const visit = (key) => {
  const chunk = manifest[key];
  if (!chunk || initial.has(chunk.file)) return;
  initial.add(chunk.file);
  for (const imported of chunk.imports ?? []) visit(imported);
};
visit(entry[0]);

let total = 0;
console.log("\nInitial JavaScript (gzip -9):");
for (const file of initial) {
  const size = gz(file);
  total += size;
  console.log(`  ${file.padEnd(44)} ${kb(size).padStart(10)}`);
}
const css = (entry[1].css ?? []).reduce((sum, file) => sum + gz(file), 0);
const lazy = Object.values(manifest)
  .map((chunk) => chunk.file)
  .filter((file) => file.endsWith(".js") && !initial.has(file));
const lazyTotal = lazy.reduce((sum, file) => sum + gz(file), 0);
console.log(`  ${"total".padEnd(44)} ${kb(total).padStart(10)}  (budget ${BUDGET_KB} KB)`);
console.log(`Initial CSS: ${kb(css)}; lazy screens: ${lazy.length} chunks, ${kb(lazyTotal)}\n`);

if (total > BUDGET_KB * 1024) {
  console.error(`bundle-size: initial JavaScript ${kb(total)} is over the ${BUDGET_KB} KB budget`);
  process.exit(1);
}
