// Renders the PNG icons from the hand-drawn SVGs with Debian's Chromium (run when they change):
// node scripts/icons.mjs
import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
import { chromium } from "playwright-core";

const icons = resolve(import.meta.dirname, "../public/icons");
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: ["--headless", "--no-sandbox", "--disable-gpu"],
});
const page = await browser.newPage();
for (const [source, target, size] of [
  ["icon.svg", "icon-192.png", 192],
  ["icon.svg", "icon-512.png", 512],
  ["maskable.svg", "maskable-512.png", 512],
]) {
  const svg = await readFile(resolve(icons, source), "utf8");
  await page.setViewportSize({ width: size, height: size });
  await page.setContent(
    `<style>html,body{margin:0;background:transparent}svg{display:block;width:${size}px;height:${size}px}</style>${svg}`,
  );
  await page.screenshot({ path: resolve(icons, target), omitBackground: true });
  console.log(`wrote ${target}`);
}
await browser.close();
