// The portal's speed, in Debian's Chromium (playwright-core): for each API page of the built portal
// (dist/docs, which `npm run bench` builds), the time from asking for the page routed to its first
// operation to that operation shown, and from opening search to the hit for its last operation
// (typing included, and Redoc's 500 ms wait for the typing to stop). Each page is visited `visits`
// times, one tab at a time, and its best load and best search count: the first visit also warms
// Chromium up. contract-tests/portal.browser.test.ts checks the same pages work; this measures.

import { accessSync, constants, readdirSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { delimiter, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("../", import.meta.url));
const METHODS = ["get", "put", "post", "delete", "options", "head", "patch", "trace"];

const slug = (text) =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
const exactly = (text) => new RegExp(text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
const searchWord = (summary) =>
  [...summary.matchAll(/[A-Za-z]{4,}/g)].map((m) => m[0]).sort((a, b) => b.length - a.length)[0] ?? summary;

function chromiumPath() {
  for (const dir of (process.env.PATH ?? "").split(delimiter).filter(Boolean)) {
    try {
      accessSync(join(dir, "chromium"), constants.X_OK);
      return join(dir, "chromium");
    } catch {}
  }
  throw new Error("chromium not on PATH (apt-get install -y chromium)");
}

/** Each API's first and last operation as Redoc routes them, from the bundled spec. */
async function apiPages() {
  const names = readdirSync(join(root, "specs"))
    .filter((f) => f.endsWith(".yaml"))
    .map((f) => f.replace(/\.yaml$/, ""))
    .sort();
  return Promise.all(
    names.map(async (name) => {
      const spec = JSON.parse(await readFile(join(root, "generated", `${name}.json`), "utf8"));
      const ops = Object.values(spec.paths).flatMap((item) =>
        METHODS.flatMap((m) =>
          item[m]
            ? [{ ...item[m], route: `${slug(item[m].tags?.[0] ?? "")}/${item[m].operationId.toLowerCase()}` }]
            : [],
        ),
      );
      return { name, ops };
    }),
  );
}

async function visit(context, url, name, ops) {
  const [first, last] = [ops[0], ops[ops.length - 1]];
  const page = await context.newPage();
  try {
    let started = performance.now();
    await page.goto(new URL(`${name}.html#/${first.route}`, url).href);
    await page
      .locator(`[id="${first.route}"][data-section-id="/${first.route}"]`)
      .locator("h2", { hasText: exactly(first.summary) })
      .waitFor({ state: "visible" });
    const load = performance.now() - started;
    started = performance.now();
    await page.locator('[data-testid="search-trigger"]').click();
    await page.locator('[data-testid="search-dialog"] input').fill(searchWord(last.summary));
    await page
      .locator(`a[data-component-name="Search/SearchItem"][href="#/${last.route}"]`, {
        hasText: exactly(last.summary),
      })
      .waitFor({ state: "visible" });
    return { load, search: performance.now() - started };
  } finally {
    await page.close();
  }
}

/** `{ [api]: { operations, load, search } }` in ms, best of `visits`, offline (only 127.0.0.1). */
export async function portalTimings({ visits }) {
  const { chromium } = await import("playwright-core");
  const { servePortal } = await import("../dist/portal/serve.js");
  const server = await servePortal({ dir: join(root, "dist", "docs"), host: "127.0.0.1", port: 0 });
  const browser = await chromium.launch({
    executablePath: chromiumPath(),
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--no-first-run",
      "--disable-background-networking",
    ],
  });
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    context.setDefaultTimeout(30_000);
    await context.route("**/*", (route) =>
      new URL(route.request().url()).hostname === "127.0.0.1" ? route.continue() : route.abort(),
    );
    const result = {};
    for (const { name, ops } of await apiPages()) {
      const timings = [];
      for (let i = 0; i < visits; i++) timings.push(await visit(context, server.url, name, ops));
      result[name] = {
        operations: ops.length,
        load: Math.min(...timings.map((t) => t.load)),
        search: Math.min(...timings.map((t) => t.search)),
      };
    }
    return result;
  } finally {
    await browser.close();
    await server.close();
  }
}
