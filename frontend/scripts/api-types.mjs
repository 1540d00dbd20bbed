// Generates src/api/schema.d.ts from the backend's OpenAPI document, or checks that it is
// current. Usage: node scripts/api-types.mjs generate|check <openapi.json>
import { readFile, writeFile } from "node:fs/promises";
import { resolve } from "node:path";
import openapiTS, { astToString } from "openapi-typescript";

const TARGET = resolve(import.meta.dirname, "../src/api/schema.d.ts");
const [mode, input] = process.argv.slice(2);

if (!["generate", "check"].includes(mode) || !input) {
  console.error("usage: npm run api:generate|api:check -- <openapi.json>");
  process.exit(2);
}

async function render(file) {
  const document = JSON.parse(await readFile(file, "utf8"));
  const ast = await openapiTS(document, { alphabetize: true });
  return `${[
    "/**",
    " * Generated from the TTĐN OpenAPI document by `npm run api:generate`. Do not edit by hand.",
    " */",
    "",
  ].join("\n")}${astToString(ast)}`;
}

const fresh = await render(resolve(process.cwd(), input));

if (mode === "generate") {
  await writeFile(TARGET, fresh);
  console.log(`wrote ${TARGET}`);
} else {
  const current = await readFile(TARGET, "utf8").catch(() => "");
  if (current !== fresh) {
    console.error(
      `src/api/schema.d.ts is stale: it differs from what ${input} generates.\n` +
        `Run: npm run api:generate -- ${input}`,
    );
    process.exit(1);
  }
  console.log("src/api/schema.d.ts is up to date");
}
