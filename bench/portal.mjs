// The portal's speed, in Debian's Chromium (playwright-core): for each API page of the built portal
// (dist/docs, which `npm run bench` builds), the time from asking for the page routed to its first
// operation to that operation shown, and from opening search to the hit for its last operation
// (typing included, and Redoc's 500 ms wait for the typing to stop). Each page is visited `visits`
// times, one tab at a time, and its best load and best search count: the first visit also warms
// Chromium up. contract-tests/portal.browser.test.ts checks the same pages work; this measures.
// The floor of every page's load is measured beside them: a page the portal renders the same way
// from a spec with no operation at all (Redoc's own start-up, nothing of iotdock's specs).

import { accessSync, constants, readdirSync } from "node:fs";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
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

/** A portal page of a spec with no operations, rendered as the portal renders every API page. */
const EMPTY_SPEC = `openapi: 3.0.3
info:
  title: No operations
  version: "1.0"
paths: {}
`;

/** Milliseconds from asking for `href` to `shown` (a locator of the page) visible. */
async function loadMs(page, href, shown) {
  const started = performance.now();
  await page.goto(href);
  await shown(page).waitFor({ state: "visible" });
  return performance.now() - started;
}

/** `timed(page)` on a new tab, closed afterwards. */
async function inTab(context, timed) {
  const page = await context.newPage();
  try {
    return await timed(page);
  } finally {
    await page.close();
  }
}

/** The best load of the empty page (to its title shown), timed as an API page's load is. */
async function floorLoad(context, visits) {
  const { renderRedocPage } = await import("../dist/portal/build.js");
  const { servePortal } = await import("../dist/portal/serve.js");
  const dir = await mkdtemp(join(tmpdir(), "iotdock-bench-portal-"));
  try {
    await writeFile(join(dir, "empty.yaml"), EMPTY_SPEC);
    await renderRedocPage(join(dir, "empty.yaml"), join(dir, "empty.html"));
    const server = await servePortal({ dir, host: "127.0.0.1", port: 0 });
    const title = (page) =>
      page.locator('[data-section-id="/"] h1', { hasText: exactly("No operations (1.0)") });
    try {
      const loads = [];
      for (let i = 0; i < visits; i++)
        loads.push(
          await inTab(context, (page) => loadMs(page, new URL("empty.html", server.url).href, title)),
        );
      return Math.min(...loads);
    } finally {
      await server.close();
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

function visit(context, url, name, ops) {
  const [first, last] = [ops[0], ops[ops.length - 1]];
  return inTab(context, async (page) => {
    const load = await loadMs(page, new URL(`${name}.html#/${first.route}`, url).href, (p) =>
      p
        .locator(`[id="${first.route}"][data-section-id="/${first.route}"]`)
        .locator("h2", { hasText: exactly(first.summary) }),
    );
    const started = performance.now();
    await page.locator('[data-testid="search-trigger"]').click();
    await page.locator('[data-testid="search-dialog"] input').fill(searchWord(last.summary));
    await page
      .locator(`a[data-component-name="Search/SearchItem"][href="#/${last.route}"]`, {
        hasText: exactly(last.summary),
      })
      .waitFor({ state: "visible" });
    return { load, search: performance.now() - started };
  });
}

/**
 * `{ pages: { [api]: { operations, load, search } }, floor }` in ms, best of `visits`, offline (only
 * 127.0.0.1); `floor` is the load of a page with no operations.
 */
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
    const pages = {};
    for (const { name, ops } of await apiPages()) {
      const timings = [];
      for (let i = 0; i < visits; i++) timings.push(await visit(context, server.url, name, ops));
      pages[name] = {
        operations: ops.length,
        load: Math.min(...timings.map((t) => t.load)),
        search: Math.min(...timings.map((t) => t.search)),
      };
    }
    return { pages, floor: await floorLoad(context, visits) };
  } finally {
    await browser.close();
    await server.close();
  }
}
