// The built portal in a real browser (Debian's Chromium driven by playwright-core), with every
// request that leaves 127.0.0.1 blocked: the pages must work offline.
//
// Redoc 3 (what `redocly build-docs` renders since Redocly CLI 2) uses hash routes: an operation
// lives at `<page>#/<tag slug>/<operationid in lower case>` and is rendered, when routed to, as
// `<div id="<tag slug>/<operationid>" data-section-id="/<tag slug>/<operationid>">`. Search opens
// from `[data-testid="search-trigger"]` as `[data-testid="search-dialog"]`; each hit is an
// `a[data-component-name="Search/SearchItem"]` whose href is the hit's route.
import { existsSync } from "node:fs";
import { cp, mkdir, readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { type Browser, type BrowserContext, chromium, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { parse } from "yaml";
import { buildPortal } from "../src/portal/build.js";
import { type PortalServer, servePortal } from "../src/portal/serve.js";
import { requireTool } from "./support/tools.js";

// Budget (table in vitest.config.ts): 14–15 s alone on 2 cores, first run included; 3× that for
// any one test or hook.
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
    const doc = parse(await readFile(join(root, "specs", file), "utf8")) as {
      paths: Record<string, Record<string, { operationId: string; summary: string; tags?: string[] }>>;
    };
    const operations = Object.values(doc.paths).flatMap((item) =>
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

let browser: Browser | undefined;
let context: BrowserContext;
let server: PortalServer;
let operations: Map<string, Operation[]>;
const blocked: string[] = [];
const pageErrors: string[] = [];

beforeAll(async () => {
  operations = await readOperations();
  if (!existsSync(join(site, ".cache.json")) && existsSync(join(built, ".cache.json")))
    await cp(built, site, { recursive: true });
  await buildPortal({ outDir: site });
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

async function open(path: string): Promise<Page> {
  const page = await context.newPage();
  page.on("pageerror", (error) => pageErrors.push(`${path}: ${error.message}`));
  await page.goto(new URL(path, server.url).href);
  return page;
}

async function checkSpecPage(name: string, ops: Operation[]): Promise<void> {
  // Routing straight to an operation: it only appears once Redoc has hydrated and routed.
  const page = await open(`${name}.html#/${(ops[0] as Operation).route}`);
  try {
    for (const op of ops) {
      await page.evaluate((route) => {
        (globalThis as unknown as { location: { hash: string } }).location.hash = `#/${route}`;
      }, op.route);
      const heading = page
        .locator(`[id="${op.route}"][data-section-id="/${op.route}"]`)
        .locator("h2", { hasText: exactly(op.summary) });
      await heading.waitFor({ state: "visible" }).catch(() => {
        throw new Error(`${name}.html: operation ${op.operationId} not shown at #/${op.route}`);
      });
    }
    await page.locator('[data-testid="search-trigger"]').click();
    const input = page.locator('[data-testid="search-dialog"] input');
    for (const op of ops) {
      const word = searchWord(op.summary);
      await input.fill(word);
      const hit = page.locator(`a[data-component-name="Search/SearchItem"][href="#/${op.route}"]`, {
        hasText: exactly(op.summary),
      });
      await hit.waitFor({ state: "visible" }).catch(() => {
        throw new Error(`${name}.html: searching "${word}" does not find ${op.operationId}`);
      });
    }
    // A hit leads to its operation.
    const last = ops[ops.length - 1] as Operation;
    await input.fill(searchWord(last.summary));
    await page.locator(`a[data-component-name="Search/SearchItem"][href="#/${last.route}"]`).click();
    await page.waitForURL((url) => url.hash === `#/${last.route}`);
    await page.locator(`[id="${last.route}"]`).waitFor({ state: "visible" });
  } finally {
    await page.close();
  }
}

describe("docs portal in Chromium, offline", () => {
  it("shows every operation of every spec, and Redoc's search finds each one", async () => {
    // One tab per spec, side by side: each waits mostly on Redoc's own rendering.
    await Promise.all([...operations].map(([name, ops]) => checkSpecPage(name, ops)));
    expect(pageErrors).toEqual([]);
    expect(blocked).toEqual([]);
  });

  it("the index leads to a spec page and to a signing walkthrough", async () => {
    const page = await open("/");
    try {
      expect(await page.title()).toBe("iotdock API docs");
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
      await page.locator('a[href="haier.html#/section/departures-from-the-vendor-document"]').click();
      // Shown once Redoc has hydrated and routed: wait for it (not expect.poll's 1 s).
      await page.locator('[id="section/departures-from-the-vendor-document"]').waitFor({ state: "visible" });
    } finally {
      await page.close();
    }
    expect(pageErrors).toEqual([]);
    expect(blocked).toEqual([]);
  });
});
