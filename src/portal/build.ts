/**
 * The offline docs portal: a static site of self-contained pages.
 *
 * - `index.html`: the map of the site: every spec (title, vendor, version, number of operations,
 *   links to its Redoc page and its errata page), the signing walkthroughs and the errata pages;
 * - `<name>.html` per `specs/<name>.yaml`: the Redoc page (`redocly build-docs --inlineBundle`, with
 *   the portal's fonts and table style added: `REDOC_STYLE`);
 * - `errata-<name>.html` per spec: its "Departures from the vendor document" section as tables;
 * - `signing-<vendor>.html` per vendor walkthrough, from `contract-tests/vectors/<vendor>.json`.
 *
 * Rendering a spec with Redocly takes about a second, so `<outDir>/.cache.json` remembers a hash of
 * what each Redoc page was made from; an unchanged spec is not rendered again.
 */
import { execFile } from "node:child_process";
import { createHash, randomBytes } from "node:crypto";
import { mkdir, readFile, rename, rm, stat, writeFile } from "node:fs/promises";
import { availableParallelism } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { IotdockError } from "../core/errors.js";
import { apiFacts } from "../core/facts.js";
import { bundledSpecPath } from "../core/facts-files.js";
import { discoverDefinitions, discoverWalkthroughs } from "../sandbox/vendors.js";
import {
  departuresSection,
  errataPage,
  errataPageName,
  indexPage,
  REDOC_STYLE,
  type SpecSummary,
  signingPage,
  type WalkthroughSummary,
} from "./html.js";

export interface BuildPortalOptions {
  outDir: string;
  log?: (line: string) => void;
}

export interface BuildPortalResult {
  /** Every page of the site, as file names in outDir: index.html first. */
  pages: string[];
  /** The Redoc pages rendered by this build. */
  rendered: string[];
  /** The Redoc pages kept from an earlier build into the same outDir (spec unchanged). */
  cached: string[];
}

const exec = promisify(execFile);
/** The repository root: src/portal/ and dist/portal/ both sit two levels below it. */
const root = fileURLToPath(new URL("../../", import.meta.url));
const CACHE_FILE = ".cache.json";
/**
 * Bump when the way a Redoc page is produced changes (arguments, post-processing). The added
 * style and logo are part of every page's cache key (`redocPageKey`) anyway.
 */
const RECIPE = "redoc-page-v2";

// Redoc's sidebar footer loads the Redocly logo from its CDN (the only thing an --inlineBundle page
// fetches). The portal works without network, so the logo is replaced by the same words, inline.
const REDOCLY_LOGOS = [
  "https://cdn.redoc.ly/redoc/logo-mini-full.svg",
  "https://cdn.redoc.ly/redoc/logo-mini.svg",
];
const INLINE_LOGO = `data:image/svg+xml,${encodeURIComponent(
  '<svg xmlns="http://www.w3.org/2000/svg" width="52" height="14" viewBox="0 0 52 14"><text x="0" y="11" font-family="system-ui,sans-serif" font-size="11" font-weight="600" fill="#0044d4">Redocly</text></svg>',
)}`;

interface Cache {
  recipe: string;
  specs: Record<string, string>;
}

const sha256 = (...parts: (string | Buffer)[]) => {
  const hash = createHash("sha256");
  for (const part of parts) hash.update(part).update("\u0000");
  return hash.digest("hex");
};

/** Writes through a temporary file and a rename, so that a reader never sees half a page. */
async function writeAtomic(path: string, content: string): Promise<void> {
  const tmp = `${path}.${process.pid}-${randomBytes(4).toString("hex")}.tmp`;
  await writeFile(tmp, content);
  await rename(tmp, path);
}

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  );
}

async function readCache(outDir: string): Promise<Cache> {
  try {
    const cache = JSON.parse(await readFile(join(outDir, CACHE_FILE), "utf8")) as Partial<Cache>;
    if (cache.recipe === RECIPE && cache.specs && typeof cache.specs === "object") {
      return { recipe: RECIPE, specs: cache.specs };
    }
  } catch {
    // no cache yet, or an unreadable one: render everything
  }
  return { recipe: RECIPE, specs: {} };
}

/** Runs `task` over `items`, at most `limit` at a time. */
async function eachLimited<T>(items: T[], limit: number, task: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await task(items[next++] as T);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}

async function redoclyInputs(): Promise<{ version: string; config: string }> {
  const pkg = JSON.parse(
    await readFile(join(root, "node_modules", "@redocly", "cli", "package.json"), "utf8"),
  ) as { version: string };
  const config = await readFile(join(root, "redocly.yaml"), "utf8").catch(() => "");
  return { version: pkg.version, config };
}

/**
 * What a Redoc page is made from, as a hash: the recipe, what the portal adds to the page, the
 * Redocly version and configuration, and the bundled spec's text.
 */
export async function redocPageKey(specText: string): Promise<string> {
  const { version, config } = await redoclyInputs();
  return sha256(RECIPE, REDOC_STYLE, INLINE_LOGO, version, config, specText);
}

/**
 * Renders one Redoc page (`redocly build-docs --inlineBundle`) to `output`, then makes it the
 * portal's: the Redocly logo inline, the portal's fonts and table style (`REDOC_STYLE`) in its head.
 */
export async function renderRedocPage(specFile: string, output: string): Promise<void> {
  const tmp = `${output}.${process.pid}-${randomBytes(4).toString("hex")}.tmp.html`;
  try {
    await exec(
      join(root, "node_modules", ".bin", "redocly"),
      ["build-docs", specFile, "--inlineBundle", "--output", tmp],
      { cwd: root, env: { ...process.env, REDOCLY_TELEMETRY: "off" }, maxBuffer: 16 * 1024 * 1024 },
    );
  } catch (error) {
    await rm(tmp, { force: true });
    const { stderr, message } = error as { stderr?: string; message: string };
    throw new IotdockError(`redocly build-docs ${specFile} failed: ${stderr?.trim() || message}`, {
      vendor: "iotdock",
      operation: "docs",
    });
  }
  let html = await readFile(tmp, "utf8");
  for (const logo of REDOCLY_LOGOS) html = html.split(logo).join(INLINE_LOGO);
  // The template's own `</head>` is the first one: the spec and Redoc's script come after it.
  const head = html.indexOf("</head>");
  if (head < 0) {
    await rm(tmp, { force: true });
    throw new IotdockError(
      `redocly build-docs ${specFile}: no </head> in its page to add the portal's style to`,
      {
        vendor: "iotdock",
        operation: "docs",
      },
    );
  }
  html = `${html.slice(0, head)}${REDOC_STYLE}\n${html.slice(head)}`;
  await writeFile(tmp, html);
  await rename(tmp, output);
}

/** "Gwell: HMAC…" → "Gwell"; the walkthrough title names the vendor the way people write it. */
const vendorNameOf = (title: string, vendor: string) =>
  title.includes(":") ? title.slice(0, title.indexOf(":")).trim() : vendor;

export async function buildPortal(options: BuildPortalOptions): Promise<BuildPortalResult> {
  const log = options.log ?? (() => {});
  const outDir = options.outDir;
  await mkdir(outDir, { recursive: true });
  const definitions = await discoverDefinitions();
  // Every API of every vendor, the ones the vendor calls on the customer's cloud too; bundled specs.
  const apiNames = definitions.flatMap((v) => [...v.apis, ...v.callbacks].map((a) => a.name)).sort();
  const walkthroughs = await discoverWalkthroughs();

  // 1. Redoc pages, rendered only when what they are made from has changed.
  const previous = await readCache(outDir);
  const cache: Cache = { recipe: RECIPE, specs: {} };
  const summaries: SpecSummary[] = [];
  const toRender: { name: string; file: string; key: string }[] = [];
  const cached: string[] = [];
  for (const name of apiNames) {
    const file = fileURLToPath(bundledSpecPath(name));
    const text = await readFile(file, "utf8");
    const api = apiFacts(name, JSON.parse(text));
    const spec = api.spec as { info?: { title?: string; version?: string; description?: string } };
    const vendorId = definitions.find((v) => [...v.apis, ...v.callbacks].some((a) => a.name === name))
      ?.name as string;
    const walkthrough = walkthroughs.find((w) => w.vendor === vendorId);
    summaries.push({
      name,
      title: spec.info?.title ?? name,
      version: spec.info?.version ?? "",
      vendor: walkthrough ? vendorNameOf(walkthrough.title, vendorId) : vendorId,
      operations: api.operations.length,
      departures: departuresSection(spec.info?.description ?? ""),
    });
    const key = await redocPageKey(text);
    if (previous.specs[name] === key && (await exists(join(outDir, `${name}.html`)))) {
      cache.specs[name] = key;
      cached.push(`${name}.html`);
    } else {
      toRender.push({ name, file, key });
    }
  }
  // A spec that is gone takes its pages with it.
  for (const name of Object.keys(previous.specs)) {
    if (summaries.some((s) => s.name === name)) continue;
    await rm(join(outDir, `${name}.html`), { force: true });
    await rm(join(outDir, errataPageName(name)), { force: true });
  }
  const rendered: string[] = [];
  await eachLimited(
    toRender,
    Math.max(1, Math.min(availableParallelism(), 4)),
    async ({ name, file, key }) => {
      const started = performance.now();
      await renderRedocPage(file, join(outDir, `${name}.html`));
      cache.specs[name] = key;
      rendered.push(`${name}.html`);
      log(`docs: rendered ${name}.html (${((performance.now() - started) / 1000).toFixed(1)} s)`);
    },
  );
  cache.specs = Object.fromEntries(Object.entries(cache.specs).sort(([a], [b]) => a.localeCompare(b)));
  await writeAtomic(join(outDir, CACHE_FILE), `${JSON.stringify(cache, null, 2)}\n`);

  // 2. Signing walkthroughs, from the test vectors.
  const signing: WalkthroughSummary[] = [];
  for (const walkthrough of walkthroughs) {
    const vectorsFile = join(root, "contract-tests", "vectors", `${walkthrough.vendor}.json`);
    const vectors = JSON.parse(await readFile(vectorsFile, "utf8")) as { description?: unknown };
    const vendorName = vendorNameOf(walkthrough.title, walkthrough.vendor);
    const page = `signing-${walkthrough.vendor}.html`;
    const description = typeof vectors.description === "string" ? vectors.description : undefined;
    await writeAtomic(
      join(outDir, page),
      signingPage(walkthrough, vendorName, walkthrough.examples(vectors), description),
    );
    signing.push({ vendor: walkthrough.vendor, vendorName, title: walkthrough.title, page });
  }

  // 3. One errata page per spec.
  for (const summary of summaries) {
    await writeAtomic(join(outDir, errataPageName(summary.name)), errataPage(summary));
  }

  // 4. The index.
  await writeAtomic(join(outDir, "index.html"), indexPage(summaries, signing));

  const pages = [
    "index.html",
    ...summaries.map((s) => `${s.name}.html`),
    ...summaries.map((s) => errataPageName(s.name)),
    ...signing.map((s) => s.page),
  ];
  log(
    `docs: wrote ${pages.length} pages to ${outDir} (${rendered.length} Redoc pages rendered, ${cached.length} unchanged)`,
  );
  return { pages, rendered: rendered.sort(), cached };
}
