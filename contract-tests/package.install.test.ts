import { execFile, spawn } from "node:child_process";
import { mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

/**
 * The packed tarball, installed as a customer-cloud team would: `npm install --omit=dev` in a fresh
 * CommonJS project (`--prefer-offline`: the tarballs `npm ci` cached; the registry only for metadata). A client-only install stays small; every
 * entry point loads with `require` and `import`, and its types compile in a CommonJS TypeScript
 * project; the sandbox says in one line what it needs when its optional peer is not installed.
 */

// Budget (table in vitest.config.ts): about 12 s alone on 2 cores (npm pack and install dominate).
vi.setConfig({ testTimeout: 60_000, hookTimeout: 60_000 });

const run = promisify(execFile);
const ROOT = fileURLToPath(new URL("..", import.meta.url));
const ENTRIES = ["iotdock", "iotdock/gwell", "iotdock/haier", "iotdock/meari", "iotdock/quectel"];
const npm = (args: string[], cwd: string) =>
  run("npm", [...args, "--no-audit", "--no-fund", "--loglevel=error"], { cwd, maxBuffer: 16 * 1024 * 1024 });

/** Every installed package (a folder with a package.json directly under node_modules or a scope). */
async function packages(modules: string): Promise<string[]> {
  const found: string[] = [];
  for (const entry of await readdir(modules, { withFileTypes: true })) {
    if (!entry.isDirectory() || entry.name.startsWith(".")) continue;
    if (entry.name.startsWith("@")) {
      for (const scoped of await readdir(join(modules, entry.name))) found.push(`${entry.name}/${scoped}`);
    } else found.push(entry.name);
    const nested = join(modules, entry.name, "node_modules");
    if (await stat(nested).catch(() => undefined)) found.push(...(await packages(nested)));
  }
  return found;
}

async function sizeOf(dir: string): Promise<number> {
  let total = 0;
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) total += await sizeOf(path);
    else if (entry.isFile()) total += (await stat(path)).size;
  }
  return total;
}

describe("the packed package, installed client-only into a fresh CommonJS project", () => {
  let dir: string;
  let project: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "iotdock-install-"));
    const { stdout } = await npm(["pack", "--pack-destination", dir, "--json"], ROOT);
    const tarball = join(dir, (JSON.parse(stdout) as { filename: string }[])[0]?.filename ?? "");
    project = join(dir, "consumer");
    await mkdir(project);
    await writeFile(
      join(project, "package.json"),
      JSON.stringify({ name: "consumer", version: "1.0.0", private: true, type: "commonjs" }),
    );
    await npm(["install", "--omit=dev", "--prefer-offline", tarball], project);
  });
  afterAll(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it("is small: at most 15 packages and 10 MB, no sandbox or portal parts, no tests or maps", async () => {
    const modules = join(project, "node_modules");
    const installed = await packages(modules);
    const bytes = await sizeOf(modules);
    console.log(`package: client-only install ${installed.length} packages, ${(bytes / 1e6).toFixed(1)} MB`);
    expect(installed).toContain("iotdock");
    expect(installed.length).toBeLessThanOrEqual(15);
    expect(bytes).toBeLessThanOrEqual(10 * 1024 * 1024);
    for (const heavy of ["@stoplight/prism-http", "markdown-it", "yaml", "vitest"])
      expect(installed).not.toContain(heavy);
    const shipped = await readdir(join(modules, "iotdock", "dist"), { recursive: true });
    expect(shipped.filter((f) => /\.test\.|\.map$/.test(String(f)))).toEqual([]);
    expect(shipped.some((f) => String(f).startsWith("docs"))).toBe(false);
  });

  it("every entry point loads with require() and with import, and a client works", async () => {
    const cjs = `
      const loaded = ${JSON.stringify(ENTRIES)}.map((e) => Object.keys(require(e)).length);
      const { createQuectelClient, smsSignature } = require("iotdock/quectel");
      const c = createQuectelClient({ baseUrl: "http://127.0.0.1:9", userDomain: "d", userDomainSecret: "s" });
      console.log(JSON.stringify({ loaded, login: typeof c.login, sign: smsSignature({ phone: "1", codeType: 3, random: "r", ts: 1 }, "s") }));`;
    const out = JSON.parse((await run(process.execPath, ["-e", cjs], { cwd: project })).stdout);
    expect(out.loaded.every((n: number) => n > 3)).toBe(true);
    expect(out.login).toBe("function");
    // sha256("13r1s"), as `printf 13r1s | sha256sum` gives.
    expect(out.sign).toBe("66ad97613fede27d8c583457c564466832dcc1dd568cf8150e3077f9294922f7");
    const esm = `const all = await Promise.all(${JSON.stringify(ENTRIES)}.map((e) => import(e))); console.log(all.map((m) => Object.keys(m).length).join(","));`;
    const { stdout } = await run(process.execPath, ["--input-type=module", "-e", esm], { cwd: project });
    expect(
      stdout
        .trim()
        .split(",")
        .map(Number)
        .every((n) => n > 3),
    ).toBe(true);
  });

  it("the CLI runs from the client-only install, the sandboxes included", async () => {
    const cli = join(project, "node_modules", ".bin", "iotdock");
    const version = await run(cli, ["--version"], { cwd: project });
    const manifest = JSON.parse(await readFile(join(ROOT, "package.json"), "utf8")) as { version: string };
    expect(version.stdout.trim()).toBe(manifest.version);
    // The sandboxes need nothing beyond the client's dependencies: ready, answering, stopped by Ctrl-C.
    const sandbox = spawn(cli, ["sandbox", "--port-base", "0", "--no-docs"], { cwd: project });
    const exited = new Promise<number | null>((resolve) => sandbox.on("exit", (code) => resolve(code)));
    let out = "";
    sandbox.stdout.on("data", (chunk: Buffer) => {
      out += chunk.toString("utf8");
    });
    await new Promise<void>((resolve, reject) => {
      sandbox.stdout.on("data", () => {
        if (/^ {2}quectel +http:\/\/\S+/m.test(out)) resolve();
      });
      sandbox.on("exit", (code) => reject(new Error(`sandbox exited (${code}) before ready:\n${out}`)));
    });
    const quectel = /^ {2}quectel +(http:\/\/\S+)/m.exec(out)?.[1] ?? "";
    const catalogue = (await (await fetch(`${quectel}/_iotdock/devices`)).json()) as { devices: unknown[] };
    expect(catalogue.devices.length).toBeGreaterThan(0);
    sandbox.kill("SIGINT");
    expect(await exited).toBe(0);
    // A bad port base is refused in one line, not taken as 0.
    const port = await run(cli, ["sandbox", "--port-base", ""], { cwd: project }).catch(
      (e: { code: number; stderr: string }) => e,
    );
    expect(port).toMatchObject({ code: 1 });
    expect((port as { stderr: string }).stderr).toMatch(/^iotdock: --port-base must be an integer/);
    // A live contract run that checks nothing fails, unless told that is fine; no variable is set here.
    const env = Object.fromEntries(
      Object.entries(process.env).filter(([k]) => !/^(GWELL|HAIER|MEARI|QUECTEL)_/.test(k)),
    );
    const live = await run(cli, ["contract", "all", "--live"], { cwd: project, env }).catch(
      (e: { code: number }) => e,
    );
    expect(live).toMatchObject({ code: 1 });
    const allowed = await run(cli, ["contract", "all", "--live", "--allow-skip"], { cwd: project, env });
    expect(allowed.stdout.trim().split("\n").at(-1)).toBe("0 passed, 0 failed");
  });

  it("ships its LICENSE and README", async () => {
    const pkg = join(project, "node_modules", "iotdock");
    expect(await readFile(join(pkg, "LICENSE"), "utf8")).toMatch(/^MIT License/);
    expect(await readFile(join(pkg, "README.md"), "utf8")).toMatch(/^# iotdock/);
  });

  it.each([
    [
      "module commonjs, moduleResolution node10 (the classic CommonJS setup: typesVersions)",
      "commonjs",
      "node10",
    ],
    ["module node16 in a CommonJS package (exports' require types)", "node16", "node16"],
  ])("its types compile in a TypeScript project: %s", async (_what, module, moduleResolution) => {
    await writeFile(
      join(project, "index.ts"),
      [
        'import { createQuectelClient, type TokenPair } from "iotdock/quectel";',
        'import { createGwellClient } from "iotdock/gwell";',
        'import { IotCommand, SleepMode, createMeariClient } from "iotdock/meari";',
        'import { createHaierClient } from "iotdock/haier";',
        'import { VendorError, InvalidTokenError } from "iotdock";',
        'const q = createQuectelClient({ baseUrl: "http://127.0.0.1:9", userDomain: "d", userDomainSecret: "s" });',
        "export async function list(pair: TokenPair) { return q.userDeviceList(pair.accessToken.token, { page: 1 }); }",
        "export const items = { [IotCommand.sleepMode]: SleepMode.alwaysOn };",
        "export const classes = [VendorError, InvalidTokenError, createGwellClient, createMeariClient, createHaierClient];",
        // A wrong call must not compile: the types are really there, not `any`.
        "// @ts-expect-error userDomain is required",
        'createQuectelClient({ baseUrl: "x", userDomainSecret: "s" });',
      ].join("\n"),
    );
    await writeFile(
      join(project, "tsconfig.json"),
      JSON.stringify({
        compilerOptions: {
          module,
          moduleResolution,
          strict: true,
          noEmit: true,
          skipLibCheck: true,
          types: [],
        },
        files: ["index.ts"],
      }),
    );
    const tsc = join(ROOT, "node_modules", "typescript", "bin", "tsc");
    const result = await run(process.execPath, [tsc, "-p", project]).then(
      (r) => ({ code: 0, out: r.stdout }),
      (e: { code: number; stdout: string }) => ({ code: e.code, out: e.stdout }),
    );
    expect(result.out).toBe("");
    expect(result.code).toBe(0);
  });
});
