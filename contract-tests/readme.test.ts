import { execFile } from "node:child_process";
import { once } from "node:events";
import { existsSync, readFileSync } from "node:fs";
import { mkdir, mkdtemp, rm, rmdir, writeFile } from "node:fs/promises";
import { type AddressInfo, Server } from "node:net";
import { tmpdir } from "node:os";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import MarkdownIt from "markdown-it";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { sandboxCredentials } from "../src/index.js";
import { DEFAULT_PORT_BASE, type SandboxHandle, startSandbox } from "../src/sandbox/server.js";
import { discoverDefinitions } from "../src/sandbox/vendors.js";

// Budget: 16–17 s alone on 2 cores (sandboxes, 9 snippets, tsc over the generated types of ~400
// operations, 8 CLI lines twice), 32 s in suite; about 3× alone for any test or hook.
vi.setConfig({ testTimeout: 60_000, hookTimeout: 60_000 });

/**
 * Every fenced block of README.md is a test, in document order, against the sandboxes `npm start`
 * starts (here in-process, on free ports; the README's `http://127.0.0.1:4011…4014` are rewritten
 * to them):
 * - ```ts: an ES module, imported as written except that `iotdock` and `iotdock/<entry>` resolve to
 *   the sources of the package's exports. Every answer a sandbox gives it must be a success.
 * - ```sh: each command line (with the block's `NAME=value` lines before it) must exit 0, in a clone
 *   (`npx iotdock` → `node dist/cli/main.js`, as the README says) and, as written, in a project that
 *   installed iotdock (the packed tarball, client-only: the CLI lines the README gives work there).
 * - a plain fence is output or a layout: not run.
 * `<!-- readme-test: skip (reason) -->` right before a fence skips it; the skip shows with its reason.
 */

const run = promisify(execFile);
const root = fileURLToPath(new URL("../", import.meta.url));
// Gitignored, inside the repository (so the sources and node_modules resolve), one folder a run.
const tmp = join(root, "contract-tests", ".readme-tmp", String(process.pid));
const definitions = await discoverDefinitions();

interface Block {
  line: number;
  lang: string;
  code: string;
  skip: string | undefined;
}

const SKIP = /^<!--\s*readme-test:\s*skip\s*\((.+)\)\s*-->$/s;
const RUNNABLE = new Set(["ts", "sh"]);
/** Languages that look runnable but are neither of the two this test runs. */
const UNTESTED = new Set([
  "js",
  "javascript",
  "mjs",
  "cjs",
  "typescript",
  "tsx",
  "mts",
  "bash",
  "shell",
  "zsh",
  "console",
]);

function readmeBlocks(text: string): { blocks: Block[]; problems: string[] } {
  const tokens = new MarkdownIt({ html: true }).parse(text, {});
  const blocks: Block[] = [];
  const problems: string[] = [];
  tokens.forEach((token, i) => {
    const line = (token.map?.[0] ?? 0) + 1;
    if (token.type === "html_block" && token.content.includes("readme-test")) {
      if (!SKIP.test(token.content.trim()) || tokens[i + 1]?.type !== "fence")
        problems.push(`README.md:${line}: write <!-- readme-test: skip (reason) --> right before a fence`);
    }
    if (token.type !== "fence") return;
    const before = tokens[i - 1];
    const skip = before?.type === "html_block" ? SKIP.exec(before.content.trim())?.[1] : undefined;
    const lang = token.info.trim().split(/\s+/)[0] ?? "";
    if (UNTESTED.has(lang))
      problems.push(`README.md:${line}: a \`\`\`${lang} block is not run: write \`\`\`ts or \`\`\`sh`);
    blocks.push({ line, lang, code: token.content, skip });
  });
  return { blocks, problems };
}

const readme = readmeBlocks(readFileSync(join(root, "README.md"), "utf8"));

/** The source file of a package entry (`iotdock`, `iotdock/quectel`): its export's dist path, in src/. */
const pkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as {
  exports: Record<string, unknown>;
};
function sourceOf(specifier: string): string {
  const subpath = specifier === "iotdock" ? "." : `./${specifier.slice("iotdock/".length)}`;
  const find = (target: unknown): string | undefined => {
    if (typeof target === "string") return target.endsWith(".js") ? target : undefined;
    if (typeof target !== "object" || target === null) return undefined;
    const conditions = target as Record<string, unknown>;
    return find(conditions.import) ?? find(conditions.default);
  };
  const built = find(pkg.exports[subpath]);
  const source = built && join(root, built.replace(/^\.\/dist\//, "src/").replace(/\.js$/, ".ts"));
  if (!source || !existsSync(source))
    throw new Error(`"${specifier}": package.json exports no ${subpath} built from src/ (${String(built)})`);
  return source;
}

/** Sandbox answers in the log: `iotdock: <vendor> <METHOD> <path> -> <status>[ code=<code>]`. */
const ANSWER = /^iotdock: (\S+) (\S+) (\S+) -> (\d+)(?: code=(\S+))?/;
const successCodes = new Map(
  definitions.map((d) => [
    d.name,
    new Set(
      d.apis.flatMap((api) => {
        const spec = JSON.parse(readFileSync(join(root, "generated", `${api.name}.json`), "utf8"));
        return ((spec["x-iotdock-envelope"]?.success ?? []) as unknown[]).map(String);
      }),
    ),
  ]),
);

/** The command lines of a ```sh block, continuations joined, each with the block's assignments before it. */
function commandLines(code: string): { command: string; script: string }[] {
  const lines = code.replace(/\\\n/g, " ").split("\n");
  const assignments: string[] = [];
  const commands: { command: string; script: string }[] = [];
  for (const line of lines.map((l) => l.trim())) {
    if (line === "" || line.startsWith("#")) continue;
    if (/^[A-Za-z_][A-Za-z0-9_]*=\S*(\s+#.*)?$/.test(line)) assignments.push(line);
    else commands.push({ command: line, script: [...assignments, line].join("\n") });
  }
  return commands;
}

// The CLI's children: no vendor variables (the sandboxes' defaults apply), no npm_* of a
// surrounding `npm test` (npx would take its project for ours), npx never asks the registry.
const childEnv: NodeJS.ProcessEnv = {
  ...Object.fromEntries(
    Object.entries(process.env).filter(
      ([k]) => !/^(QUECTEL|GWELL|HAIER|MEARI)_/.test(k) && !/^npm_/i.test(k),
    ),
  ),
  npm_config_offline: "true",
  npm_config_update_notifier: "false",
  npm_config_fund: "false",
  npm_config_audit: "false",
};

async function sh(script: string, cwd: string, timeout = 15_000) {
  try {
    const { stdout, stderr } = await run("sh", ["-c", script], { cwd, env: childEnv, timeout });
    return { code: 0, stdout, stderr };
  } catch (e) {
    const err = e as { code: number | string; signal?: string; stdout: string; stderr: string };
    return { code: err.signal ?? err.code, stdout: err.stdout, stderr: err.stderr };
  }
}

let sandbox: SandboxHandle | undefined;
/** A project that installed iotdock as a team would: the packed tarball, `npm install --omit=dev`. */
let project: string | undefined;
const log: string[] = [];
/** README URL → the URL that serves it here (sandboxes, then servers the snippets start). */
const urls = new Map<string, string>();
/** Servers the snippets started (the Haier callback): closed after the last block. */
const started: Server[] = [];

/** The type check of the ```ts blocks, started first: it runs while the blocks run. */
let typechecked: ReturnType<typeof typecheck> | undefined;

beforeAll(async () => {
  await mkdir(join(tmp, "run"), { recursive: true });
  typechecked = typecheck(readme.blocks.filter((b) => b.lang === "ts"));
  const installed = (async () => {
    const dir = await mkdtemp(join(tmpdir(), "iotdock-readme-project-"));
    await writeFile(join(dir, "package.json"), JSON.stringify({ name: "readme-project", private: true }));
    // Tarballs from npm's cache (`npm ci` filled it); the registry only for their metadata.
    const env = { ...childEnv, npm_config_offline: "false", npm_config_prefer_offline: "true" };
    const packed = await run("npm", ["pack", "--pack-destination", dir, "--json"], { cwd: root, env });
    const tarball = join(dir, (JSON.parse(packed.stdout) as { filename: string }[])[0]?.filename ?? "");
    await run("npm", ["install", "--omit=dev", "--no-audit", "--no-fund", tarball], { cwd: dir, env });
    return dir;
  })();
  [sandbox, project] = await Promise.all([
    startSandbox({ portBase: 0, env: {}, log: (line) => log.push(line) }),
    installed,
  ]);
  for (const d of definitions) {
    const running = sandbox.sandboxes.find((s) => s.vendor === d.name);
    if (running) urls.set(`http://127.0.0.1:${DEFAULT_PORT_BASE + d.portOffset}`, running.url);
  }
});

afterAll(async () => {
  await Promise.all(
    started.map(
      (server) =>
        new Promise<void>((resolve) => {
          server.close(() => resolve());
          if ("closeAllConnections" in server)
            (server as { closeAllConnections(): void }).closeAllConnections();
        }),
    ),
  );
  await sandbox?.close();
  await typechecked;
  if (project) await rm(project, { recursive: true, force: true });
  await rm(tmp, { recursive: true, force: true });
  await rmdir(dirname(tmp)).catch(() => {}); // when no other run uses it
});

/** The README's URLs of the sandboxes (`http://127.0.0.1:4011`, …). */
const sandboxUrls = () =>
  definitions
    .map((d) => `http://127.0.0.1:${DEFAULT_PORT_BASE + d.portOffset}`)
    .filter((url) => urls.has(url));

/** The block with its local URLs pointed at what serves them here; fails on one nothing serves. */
function localized(block: Block): string {
  const code = block.code.replace(/http:\/\/127\.0\.0\.1:\d+/g, (url) => urls.get(url) ?? url);
  const unserved = [...code.matchAll(/\b(?:127\.0\.0\.1|localhost):(\d+)/g)].filter(
    ([, port]) => ![...urls.values()].some((url) => url.endsWith(`:${port}`)),
  );
  expect(
    unserved.map(([url]) => url),
    `README.md:${block.line}: URLs nothing serves here`,
  ).toEqual([]);
  return code;
}

/**
 * Runs `load` while servers that listen on a fixed port (the README's 8080) get a free one
 * instead; the README's URL of that port then points at it, for the blocks after.
 */
async function withFreePorts<T>(load: () => Promise<T>): Promise<T> {
  const listen = Server.prototype.listen;
  const listening: Promise<unknown>[] = [];
  Server.prototype.listen = function (this: Server, ...args: unknown[]) {
    const requested = typeof args[0] === "number" && args[0] !== 0 ? args[0] : undefined;
    if (requested !== undefined) args[0] = 0;
    started.push(this);
    listening.push(
      once(this, "listening").then(() => {
        const { port } = this.address() as AddressInfo;
        if (requested !== undefined) urls.set(`http://127.0.0.1:${requested}`, `http://127.0.0.1:${port}`);
      }),
    );
    return (listen as (...a: unknown[]) => Server).apply(this, args);
  } as typeof listen;
  try {
    return await load();
  } finally {
    Server.prototype.listen = listen;
    await Promise.all(listening);
  }
}

/**
 * A ```ts block as a module in `dir` (under contract-tests/.readme-tmp/), `iotdock` and
 * `iotdock/<entry>` imported from the sources (`../…/src/….js`, as the tests import them).
 */
function asModule(code: string, dir: string): string {
  return code.replace(
    /(\bfrom\s*|\bimport\s*\(\s*|\bimport\s+)"(iotdock(?:\/[\w-]+)?)"/g,
    (_, before: string, specifier: string) =>
      `${before}${JSON.stringify(relative(dir, sourceOf(specifier)).replace(/\.ts$/, ".js"))}`,
  );
}

/** Every ```ts block, skipped ones too, type-checked as written (with the repository's tsconfig). */
async function typecheck(blocks: Block[]) {
  const dir = join(tmp, "typecheck");
  await mkdir(dir, { recursive: true });
  await writeFile(
    join(dir, "tsconfig.json"),
    JSON.stringify({ extends: join(root, "tsconfig.json"), include: ["*.ts"] }),
  );
  for (const block of blocks)
    await writeFile(join(dir, `README-${block.line}.ts`), asModule(block.code, dir));
  const tsc = join(root, "node_modules", "typescript", "bin", "tsc");
  // 8–10 s alone; beside the blocks and another test file, up to 30 s: the limit only ends a hung tsc.
  const { code, stdout, stderr } = await sh(`"${process.execPath}" "${tsc}" -p "${dir}"`, root, 100_000);
  // contract-tests/.readme-tmp/<pid>/typecheck/README-28.ts(3,5): … → README.md:31:5: …
  const errors = `${stdout}${stderr}`.replace(
    /\S*README-(\d+)\.ts\((\d+),(\d+)\)/g,
    (_, fence: string, row: string, col: string) => `README.md:${Number(fence) + Number(row)}:${col}`,
  );
  return { code, errors };
}

async function runTs(block: Block) {
  const dir = join(tmp, "run");
  const code = asModule(localized(block), dir);
  const file = join(dir, `README-${block.line}-${Date.now()}.ts`);
  await writeFile(file, code);
  const from = log.length;
  await withFreePorts(() => import(/* @vite-ignore */ file));
  const answers = log.slice(from).flatMap((line) => {
    const m = ANSWER.exec(line);
    return m ? [{ line, vendor: m[1] ?? "", status: Number(m[4]), code: m[5] }] : [];
  });
  const failed = answers.filter(
    (a) => a.status >= 300 || (a.code !== undefined && !successCodes.get(a.vendor)?.has(a.code)),
  );
  expect(
    failed.map((a) => a.line),
    `README.md:${block.line}: answers that are not a success`,
  ).toEqual([]);
  if (sandboxUrls().some((url) => block.code.includes(url)))
    expect(answers.length, `README.md:${block.line} names a sandbox but called none`).toBeGreaterThan(0);
}

async function runSh(block: Block, command: string, script: string) {
  // Only the CLI runs here: anything else (`npm install`, …) would change this clone or need the network.
  expect(command, `README.md:${block.line}: not an iotdock command; mark the block skipped`).toMatch(
    /\bnpx iotdock\b/,
  );
  const local = localized({ ...block, code: script });
  const clone = local.replace(/\bnpx iotdock\b/g, "node dist/cli/main.js");
  // Both forms side by side: each line's runs do not depend on each other.
  const runs = await Promise.all(
    (
      [
        ["in a clone", clone, root],
        ["in a project that installed iotdock", local, project ?? ""],
      ] as const
    ).map(async ([where, command, cwd]) => ({ where, command, ...(await sh(command, cwd)) })),
  );
  for (const { where, command, code, stdout, stderr } of runs)
    expect(code, `README.md:${block.line} ${where}:\n$ ${command}\n${stdout}${stderr}`).toBe(0);
}

describe("README.md", () => {
  it("has only ```ts, ```sh and plain blocks, and every readme-test marker right before one", () => {
    expect(readme.problems).toEqual([]);
    expect(readme.blocks.filter((b) => RUNNABLE.has(b.lang) && !b.skip).length).toBeGreaterThan(5);
  });

  it("sandboxCredentials are the sandboxes' defaults, for every vendor", () => {
    const expected = Object.fromEntries(
      definitions.map((d) => [
        d.name,
        Object.fromEntries(
          Object.entries(d.credentials)
            .filter(([, c]) => c.default !== "")
            .map(([key, c]) => [key, c.default]),
        ),
      ]),
    );
    expect(sandboxCredentials).toEqual(expected);
  });

  for (const block of readme.blocks.filter((b) => RUNNABLE.has(b.lang))) {
    const where = `README.md:${block.line} \`\`\`${block.lang}`;
    if (block.skip) {
      it.skip(`${where}: not run: ${block.skip}`, () => {});
    } else if (block.lang === "ts") {
      it(`${where} runs against the sandboxes`, () => runTs(block));
    } else {
      for (const { command, script } of commandLines(block.code))
        it(`${where} \`${command}\` exits 0 in a clone and in a project that installed iotdock`, () =>
          runSh(block, command, script));
    }
  }

  it("every ```ts block, skipped ones too, type-checks as written", async () => {
    const { code, errors } = (await typechecked) ?? { code: "not started", errors: "" };
    expect(code, errors).toBe(0);
  });
});
