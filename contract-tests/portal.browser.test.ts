// The built portal in a real browser (Debian's Chromium driven by playwright-core), with every
// request that leaves 127.0.0.1 blocked: the pages must work offline.
//
// Redoc 3 (what `redocly build-docs` renders since Redocly CLI 2) uses hash routes: an operation
// lives at `<page>#/<tag slug>/<operationid in lower case>` and is rendered, when routed to, as
// `<div id="<tag slug>/<operationid>" data-section-id="/<tag slug>/<operationid>">`. Search opens
// from `[data-testid="search-trigger"]` as `[data-testid="search-dialog"]`; each hit is an
// `a[data-component-name="Search/SearchItem"]` whose href is the hit's route.
//
// The target for the portal is a stated time: each API page loads and finds an operation by
// search in under 2 s. That is a speed target, measured by `npm run bench` (bench/portal.mjs, the
// `portal` rows); here the same visits are checked for what they show, on every spec's page and on
// a generated API of 300 operations, never timed.
import { existsSync } from "node:fs";
import { cp, mkdir, readdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { type Browser, type BrowserContext, chromium, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { parse } from "yaml";
import { bundledSpecPath } from "../src/core/facts-files.js";
import { buildPortal, redocPageKey, renderRedocPage } from "../src/portal/build.js";
import { type PortalServer, servePortal } from "../src/portal/serve.js";
import { requireTool } from "./support/tools.js";

// Budget (table in vitest.config.ts): 35–65 s alone on 2 cores, first run included; the page
// test (30–55 s of it, 70–75 s in suite) has its own timeout, 180 s; 3× the rest for any other test or hook.
vi.setConfig({ testTimeout: 45_000, hookTimeout: 45_000 });

const CHROMIUM = requireTool(
  "chromium",
  "needed to open the docs portal in a real browser (Debian's Chromium)",
);
const root = fileURLToPath(new URL("../", import.meta.url));
// Kept between runs (gitignored): the build's cache makes every run after the first fast.
const site = join(root, "contract-tests", ".artifacts", "portal-browser");
// `npm run build` renders the same pages into dist/docs with the same cache: a first run (a fresh
// clone) starts from them instead of rendering every spec again. buildPortal still renders any page
// whose spec, Redocly version or recipe differs from what the cache recorded.
const built = join(root, "dist", "docs");
const screenshot = join(root, "test-results", "portal.png");
const METHODS = ["get", "put", "post", "delete", "options", "head", "patch", "trace"];
/** The generated API of LARGE_OPERATIONS operations: its page is `<LARGE>.html` in the site. */
const LARGE = "generated-large-api";
const LARGE_OPERATIONS = 300;
/** How many operations of a spec's page are routed to and looked for. */
const SAMPLE = 8;
const INDEX_BYTES = 200_000;

interface Operation {
  operationId: string;
  summary: string;
  route: string;
}

const slug = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");

async function readOperations(): Promise<Map<string, Operation[]>> {
  const specs = new Map<string, Operation[]>();
  for (const file of (await readdir(join(root, "specs"))).filter((f) => f.endsWith(".yaml")).sort()) {
    type Item = Record<string, { operationId: string; summary: string; tags?: string[] }> & { $ref?: string };
    const doc = parse(await readFile(join(root, "specs", file), "utf8")) as { paths: Record<string, Item> };
    // A path item may be a file of its own (`$ref: quectel/paths/…`).
    const items = await Promise.all(
      Object.values(doc.paths).map(async (item) =>
        typeof item.$ref === "string"
          ? (parse(await readFile(join(root, "specs", item.$ref), "utf8")) as Item)
          : item,
      ),
    );
    const operations = items.flatMap((item) =>
      METHODS.flatMap((m) => {
        const op = item[m];
        if (!op) return [];
        return [{ ...op, route: `${slug(op.tags?.[0] ?? "")}/${op.operationId.toLowerCase()}` }];
      }),
    );
    specs.set(file.replace(/\.yaml$/, ""), operations);
  }
  return specs;
}

/** Matches text that contains `text`, case and all (a plain `hasText` string ignores case). */
const exactly = (text: string) => new RegExp(text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));

/** The longest word of a summary: specific enough to find its operation. */
const searchWord = (summary: string) =>
  [...summary.matchAll(/[A-Za-z]{4,}/g)].map((m) => m[0]).sort((a, b) => b.length - a.length)[0] ?? summary;

/** 0 → "aaa", 1 → "aab", …: a word of letters only, which `searchWord` can pick. */
const letters = (n: number) =>
  [2, 1, 0].map((p) => String.fromCharCode(97 + (Math.floor(n / 26 ** p) % 26))).join("");

/**
 * An API of `count` operations, made of Meari's real ones (paths, parameters, bodies, examples)
 * over and over, 20 to a tag: what the portal has to stay fast with. Each summary ends in a word
 * of its own, the one search looks for.
 */
async function largeApi(count: number): Promise<{ text: string; operations: Operation[] }> {
  const spec = JSON.parse(await readFile(bundledSpecPath("meari"), "utf8")) as {
    paths: Record<string, Record<string, { operationId: string; summary: string; tags?: string[] }>>;
    tags?: { name: string; description?: string }[];
    "x-tagGroups"?: unknown;
  };
  const originals = Object.entries(spec.paths).flatMap(([path, item]) =>
    METHODS.flatMap((m) => (item[m] ? [{ path, method: m, op: item[m] }] : [])),
  );
  const paths: typeof spec.paths = {};
  const operations: Operation[] = [];
  const tags: { name: string; description: string }[] = [];
  for (let i = 0; i < count; i++) {
    const { path, method, op } = originals[i % originals.length] as (typeof originals)[number];
    const tag = `Generated group ${Math.floor(i / 20) + 1}`;
    if (!tags.some((t) => t.name === tag))
      tags.push({ name: tag, description: `Operations ${i + 1} to ${i + 20}.` });
    const operationId = `${op.operationId}N${i}`;
    const summary = `${op.summary}, generatedoperation${letters(i)}`;
    paths[`${path}/n${i}`] = { [method]: { ...structuredClone(op), operationId, summary, tags: [tag] } };
    operations.push({ operationId, summary, route: `${slug(tag)}/${operationId.toLowerCase()}` });
  }
  spec.paths = paths;
  spec.tags = tags;
  delete spec["x-tagGroups"];
  return { text: JSON.stringify(spec), operations };
}

/** Renders the large API's page into the site, unless it is there already from the same inputs. */
async function buildLargePage(): Promise<Operation[]> {
  const { text, operations: ops } = await largeApi(LARGE_OPERATIONS);
  const dir = join(root, "contract-tests", ".artifacts", "portal-browser-large");
  await mkdir(dir, { recursive: true });
  const key = await redocPageKey(text);
  const keyFile = join(dir, "key");
  const output = join(site, `${LARGE}.html`);
  const previous = await readFile(keyFile, "utf8").catch(() => "");
  if (previous !== key || !existsSync(output)) {
    const specFile = join(dir, `${LARGE}.json`);
    await writeFile(specFile, text);
    await renderRedocPage(specFile, output);
    await writeFile(keyFile, key);
  }
  return ops;
}

let browser: Browser | undefined;
let context: BrowserContext;
let server: PortalServer;
let operations: Map<string, Operation[]>;
let largeOperations: Operation[];
const blocked: string[] = [];
const pageErrors: string[] = [];

beforeAll(async () => {
  operations = await readOperations();
  if (!existsSync(join(site, ".cache.json")) && existsSync(join(built, ".cache.json")))
    await cp(built, site, { recursive: true });
  await buildPortal({ outDir: site });
  largeOperations = await buildLargePage();
  server = await servePortal({ dir: site, host: "127.0.0.1", port: 0 });
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
  context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  context.setDefaultTimeout(30_000); // a clear Playwright error before vitest's own timeout
  await context.route("**/*", (route) => {
    const url = new URL(route.request().url());
    if (url.hostname === "127.0.0.1") return route.continue();
    blocked.push(url.href);
    return route.abort();
  });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function newPage(path: string): Promise<Page> {
  const page = await context.newPage();
  page.on("pageerror", (error) => pageErrors.push(`${path}: ${error.message}`));
  return page;
}

async function open(path: string): Promise<Page> {
  const page = await newPage(path);
  await page.goto(new URL(path, server.url).href);
  return page;
}

/** An operation's heading, shown once Redoc has hydrated and routed to it. */
const operationHeading = (page: Page, op: Operation) =>
  page
    .locator(`[id="${op.route}"][data-section-id="/${op.route}"]`)
    .locator("h2", { hasText: exactly(op.summary) });

/** A search hit that leads to an operation. */
const searchHit = (page: Page, op: Operation) =>
  page.locator(`a[data-component-name="Search/SearchItem"][href="#/${op.route}"]`, {
    hasText: exactly(op.summary),
  });

/**
 * The code spans of the errata tables that are one identifier (letters, digits, `_`, `.`), the
 * ones drawn on more than one line, and the font of a cell and of a code span. (Run in the page;
 * a string, as this project's TypeScript has no DOM types.)
 */
const inspectErrata = (page: Page) =>
  page.evaluate<{ identifiers: number; broken: string[]; font: string; codeFont: string }>(`(() => {
    const tables = [...document.querySelectorAll("table")].filter((t) =>
      t.querySelector("th")?.parentElement?.textContent?.includes("The vendor document says"));
    const codes = tables.flatMap((t) => [...t.querySelectorAll("td code")]);
    const identifiers = codes.filter((c) => /^[\\w.]{2,}$/.test(c.textContent));
    return {
      identifiers: identifiers.length,
      broken: identifiers.filter((c) => c.getClientRects().length > 1).map((c) => c.textContent),
      font: getComputedStyle(tables[0]?.querySelector("td") ?? document.body).fontFamily,
      codeFont: codes[0] ? getComputedStyle(codes[0]).fontFamily : "",
    };
  })()`);

const CJK = '"Noto Sans CJK SC"';

/**
 * One visit of an API page, in a new tab: asked for routed to its first operation, that operation
 * is shown; search finds the last operation (typing its word included). With `full`, the same
 * visit then routes to every operation (Redoc renders sections lazily), finds the first one by
 * search too, follows a hit, and checks the departures table: no identifier broken inside a word,
 * a CJK-capable font. One visit does it all: a Redoc page costs a second of CPU to load.
 */
async function visitSpecPage(name: string, ops: Operation[], full: boolean): Promise<void> {
  const first = ops[0] as Operation;
  const last = ops[ops.length - 1] as Operation;
  const page = await newPage(`${name}.html`);
  try {
    await page.goto(new URL(`${name}.html#/${first.route}`, server.url).href);
    await operationHeading(page, first).waitFor({ state: "visible" });
    await page.locator('[data-testid="search-trigger"]').click();
    const input = page.locator('[data-testid="search-dialog"] input');
    await input.fill(searchWord(last.summary));
    await searchHit(page, last).waitFor({ state: "visible" });
    if (full) await checkSpecPage(page, name, ops);
  } finally {
    await page.close();
  }
}

async function checkSpecPage(page: Page, name: string, ops: Operation[]): Promise<void> {
  const first = ops[0] as Operation;
  const last = ops[ops.length - 1] as Operation;
  // A hit leads to its operation (the search for the last one is open).
  await page.locator(`a[data-component-name="Search/SearchItem"][href="#/${last.route}"]`).click();
  await page.waitForURL((url) => url.hash === `#/${last.route}`);
  await page.locator(`[id="${last.route}"]`).waitFor({ state: "visible" });
  await page.locator('[data-testid="search-trigger"]').click();
  await page.locator('[data-testid="search-dialog"] input').fill(searchWord(first.summary));
  await searchHit(page, first)
    .waitFor({ state: "visible" })
    .catch(() => {
      throw new Error(`${name}.html: searching does not find ${first.operationId}`);
    });
  await page.keyboard.press("Escape");
  // Each operation is shown under its route, headed by its summary. A spec of more than SAMPLE
  // operations is checked on SAMPLE of them spread evenly (one per tag group, about), besides the
  // first and last above: Redoc renders sections as they are reached (about 130 ms each), and
  // portal.test.ts checks that every operation is in every page.
  const step = ops.length / SAMPLE;
  const sample =
    ops.length <= SAMPLE
      ? ops
      : Array.from({ length: SAMPLE }, (_, i) => ops[Math.floor(i * step)] as Operation);
  for (const op of sample) {
    await page.evaluate((route) => {
      (globalThis as unknown as { location: { hash: string } }).location.hash = `#/${route}`;
    }, op.route);
    await operationHeading(page, op)
      .waitFor({ state: "visible" })
      .catch(() => {
        throw new Error(`${name}.html: operation ${op.operationId} not shown at #/${op.route}`);
      });
  }
  await page.evaluate(() => {
    (globalThis as unknown as { location: { hash: string } }).location.hash =
      "#/section/departures-from-the-vendor-document";
  });
  await page.locator('[id="section/departures-from-the-vendor-document"]').waitFor({ state: "visible" });
  const found = await inspectErrata(page);
  expect(found.identifiers, name).toBeGreaterThan(0);
  expect(found.broken, name).toEqual([]);
  expect(found.font, name).toContain(CJK);
  expect(found.codeFont, name).toContain(CJK);
}

describe("docs portal in Chromium, offline", () => {
  it("the index is a map of a screen or so that leads to a spec page, a walkthrough and an errata page", async () => {
    const answer = await fetch(server.url);
    const bytes = Buffer.byteLength(await answer.text());
    expect(bytes).toBeLessThan(INDEX_BYTES);
    const page = await open("/");
    try {
      expect(await page.title()).toBe("iotdock API docs");
      const height = await page.evaluate<number>("document.documentElement.scrollHeight");
      console.log(`portal: index ${(bytes / 1024).toFixed(1)} KB, ${height} px tall at 1280 px wide`);
      // Five cards, four walkthroughs and five errata links: every table is on a page of its own.
      expect(height).toBeLessThan(4_000);
      expect(await page.locator("table").count()).toBe(0);
      await mkdir(join(root, "test-results"), { recursive: true });
      await page.screenshot({ path: screenshot, fullPage: false });

      await page.locator('.card a[href="quectel.html"]').click();
      await page.waitForURL(/\/quectel\.html$/);
      expect(await page.locator("h1").first().innerText()).toContain("Quectel App OpenAPI");
      await page.goBack();

      await page.locator('a[href="signing-meari.html"]').click();
      await page.waitForURL(/\/signing-meari\.html$/);
      expect(await page.locator("h1").innerText()).toContain("Meari");
      const vectors = JSON.parse(await readFile(join(root, "contract-tests/vectors/meari.json"), "utf8")) as {
        vectors: { signature: string; query: string }[];
      };
      const blocks = await page.locator("pre").allInnerTexts();
      for (const v of vectors.vectors) {
        expect(blocks).toContain(v.signature);
        expect(blocks).toContain(v.query); // shown as text, & and all
      }

      await page.locator('a[href="index.html"]').click();
      await page.waitForURL(/\/index\.html$/);
      await page.locator('a[href="signing-gwell.html"]').click();
      await page.waitForURL(/\/signing-gwell\.html$/);
      const sources = await page.locator("p.source").allInnerTexts();
      expect(sources).toHaveLength(3);
      for (const source of sources) expect(source).toMatch(/^Source: \S/);
      expect(await page.locator("body").innerText()).not.toContain("undefined");

      await page.locator('a[href="index.html"]').click();
      await page.waitForURL(/\/index\.html$/);
      await page.locator('.card a[href="errata-haier.html"]').click();
      await page.waitForURL(/\/errata-haier\.html$/);
      expect(await page.locator("h1").innerText()).toContain("Errata: Haier U+");
      expect(await page.locator("table tbody tr").count()).toBeGreaterThan(0);
      await page.locator('a[href="haier.html#/section/departures-from-the-vendor-document"]').click();
      // Shown once Redoc has hydrated and routed: wait for it (not expect.poll's 1 s).
      await page.locator('[id="section/departures-from-the-vendor-document"]').waitFor({ state: "visible" });
    } finally {
      await page.close();
    }
    expect(pageErrors).toEqual([]);
    expect(blocked).toEqual([]);
  });

  it("errata pages break no identifier inside a word, and every page asks for a CJK-capable font", async () => {
    // The errata pages, side by side (the Redoc pages' departures are checked in their one visit).
    await Promise.all(
      [...operations.keys()].map(async (name) => {
        const path = `errata-${name}.html`;
        const page = await open(path);
        try {
          const found = await inspectErrata(page);
          expect(found.identifiers, path).toBeGreaterThan(0);
          expect(found.broken, path).toEqual([]);
          expect(found.font, path).toContain(CJK);
          expect(found.codeFont, path).toContain(CJK);
        } finally {
          await page.close();
        }
      }),
    );
    for (const path of ["index.html", "signing-haier.html"]) {
      const page = await open(path);
      try {
        expect(await page.evaluate<string>("getComputedStyle(document.body).fontFamily"), path).toContain(
          CJK,
        );
      } finally {
        await page.close();
      }
    }
    expect(pageErrors).toEqual([]);
    expect(blocked).toEqual([]);
  });

  it(`each API page shows its first operation, finds its last by search, shows its operations (8 of a large spec), and breaks no identifier: every spec and ${LARGE_OPERATIONS} operations`, {
    timeout: 180_000,
  }, async () => {
    // One tab at a time. The large API's page is only loaded and searched: its operations are
    // Meari's, checked on Meari's own page. How fast this goes is `npm run bench -- --only portal`.
    for (const [name, ops] of operations) await visitSpecPage(name, ops, true);
    await visitSpecPage(LARGE, largeOperations, false);
    expect(largeOperations).toHaveLength(LARGE_OPERATIONS);
    expect(pageErrors).toEqual([]);
    expect(blocked).toEqual([]);
  });
});
