import type { EventEmitter } from "node:events";
import { readFile } from "node:fs/promises";
import { createServer, request as httpRequest, type Server } from "node:http";
import { createRequire } from "node:module";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { type SandboxHandle, startSandbox } from "../src/sandbox/server.js";

/**
 * Dredd (14.1.0) runs every vendor spec against its in-process sandbox, with the hooks of
 * contract-tests/dredd/ (signing with the built signers from dist/, response schemas from the
 * spec). Then the same hooks run against servers that answer wrongly, to show the suite fails
 * them, and once without the schema hook, to show that Dredd alone would not.
 *
 * Dredd runs in this process through its JS API, several runs at once: that costs one load of
 * Dredd instead of one per run (a Dredd process takes over a second of CPU before it sends
 * anything), which matters on a two-core machine running the whole suite. Its log goes to memory
 * and shows up only in a failing assertion's message.
 *
 * Needs `npm run build` first (npm test's pretest does it): the hooks import dist/.
 */

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const HOOKS = "contract-tests/dredd/hooks.cjs";

const VENDORS = ["gwell", "haier", "meari", "quectel"] as const;
type Vendor = (typeof VENDORS)[number];
const specFile = (vendor: Vendor) => `specs/${vendor}.yaml`;

/** Dredd's transactions per spec, in the order it runs them: one per operation and documented status. */
const EXPECTED: Record<Vendor, string[]> = {
  gwell: ["thirdCustLogin", "devInfo", "devList"],
  haier: ["thirdpartUserLogin"],
  meari: ["redirect", "login", "passwordUpdate"],
  quectel: [
    "sendPhoneSmsCode",
    "phonePwdRegister",
    "phonePwdLogin",
    "userDeviceList",
    "refreshToken",
    // Last: it ends the session whose access token userDeviceList used.
    "userLogout",
  ],
};
const TOTAL = Object.values(EXPECTED).flat().length;

interface Spec {
  paths: Record<string, Record<string, { operationId?: string; responses?: Record<string, unknown> }>>;
}
const specs = Object.fromEntries(
  await Promise.all(
    VENDORS.map(async (v) => [v, parse(await readFile(join(ROOT, specFile(v)), "utf8")) as Spec] as const),
  ),
) as Record<Vendor, Spec>;

/** Every operation of a spec with its documented statuses, in document order. */
function operations(vendor: Vendor) {
  return Object.entries(specs[vendor].paths).flatMap(([path, item]) =>
    Object.entries(item)
      .filter(([, op]) => op && typeof op === "object" && "responses" in op)
      .map(([method, op]) => ({
        path,
        method,
        operationId: op.operationId ?? `${method} ${path}`,
        statuses: Object.keys(op.responses ?? {}),
      })),
  );
}

// ---------------------------------------------------------------------------------------------
// Dredd through its JS API.

interface DreddStats {
  tests: number;
  passes: number;
  failures: number;
  errors: number;
  skipped: number;
}
interface DreddTest {
  title: string;
  message?: string;
}
interface DreddInstance {
  configuration: { emitter: EventEmitter };
  run(done: (error: Error | null | undefined, stats: DreddStats) => void): void;
}
type DreddConstructor = new (config: Record<string, unknown>) => DreddInstance;
interface WinstonLogger extends EventEmitter {
  transports: { console: { silent: boolean } };
}

/** Dredd's warnings and errors (hook-file errors, connection errors, …) from every run. */
const dreddLog: string[] = [];

function loadDredd(): DreddConstructor {
  const require = createRequire(import.meta.url);
  // Loading winston 2 (Dredd's logger) makes Node warn about a circular require: not ours to fix.
  const emitWarning = process.emitWarning;
  process.emitWarning = () => {};
  try {
    const Dredd = require("dredd") as DreddConstructor;
    // Dredd logs through two process-wide winston loggers writing to the console. Keep their
    // lines in memory instead (a silent transport still emits "logging").
    for (const id of ["dredd/build/logger", "dredd/build/reporters/reporterOutputLogger"]) {
      const logger = (require(id) as { default: WinstonLogger }).default;
      logger.transports.console.silent = true;
      logger.on("logging", (_transport: unknown, level: string, message: string) => {
        // Parser warnings are about OpenAPI keys Dredd does not support: many, and expected.
        const parserWarning = message.startsWith("API description parser warning");
        if ((level === "warn" || level === "error") && !parserWarning) dreddLog.push(`${level}: ${message}`);
      });
    }
    return Dredd;
  } finally {
    process.emitWarning = emitWarning;
  }
}

/** What the hooks record per transaction (contract-tests/dredd/hooks.cjs, afterEach). */
interface HookRecord {
  name: string;
  vendor?: string;
  operationId?: string;
  signed?: boolean;
  schema?: boolean;
  skipped?: string;
  envelope?: unknown;
  valid: boolean | null;
  /** What gavel found, `field: message`. */
  errors: string[];
  fail?: string;
  error?: string;
}

interface DreddRun {
  label: string;
  error: string | undefined;
  stats: DreddStats;
  /** Transaction titles by outcome, from Dredd's events, with the failure messages. */
  passed: string[];
  failed: { title: string; message: string }[];
  skipped: string[];
  errors: string[];
  records: HookRecord[];
  ms: number;
}

function runDredd(
  Dredd: DreddConstructor,
  label: string,
  specPaths: string[],
  endpoint: string,
  options: { quectelUrl: string; schema?: boolean },
): Promise<DreddRun> {
  const started = performance.now();
  const run: Omit<DreddRun, "error" | "stats" | "ms"> = {
    label,
    passed: [],
    failed: [],
    skipped: [],
    errors: [],
    records: [],
  };
  const dredd = new Dredd({
    endpoint,
    path: specPaths,
    hookfiles: [HOOKS],
    language: "nodejs",
    reporter: [],
    color: false,
    loglevel: "warning",
    custom: {
      cwd: ROOT,
      iotdockQuectelUrl: options.quectelUrl,
      iotdockSchema: options.schema === false ? "off" : "on",
      iotdockRecord: (record: HookRecord) => run.records.push(record),
    },
  });
  const events = dredd.configuration.emitter;
  events.on("test pass", (test: DreddTest) => run.passed.push(test.title));
  events.on("test fail", (test: DreddTest) =>
    run.failed.push({ title: test.title, message: test.message ?? "" }),
  );
  events.on("test skip", (test: DreddTest) => run.skipped.push(test.title));
  events.on("test error", (error: Error, test: DreddTest) =>
    run.errors.push(`${test.title}: ${error.message}`),
  );
  return new Promise((resolve) => {
    dredd.run((error, stats) =>
      resolve({
        ...run,
        error: error ? String(error.message ?? error) : undefined,
        stats: {
          tests: stats.tests,
          passes: stats.passes,
          failures: stats.failures,
          errors: stats.errors,
          skipped: stats.skipped,
        },
        ms: performance.now() - started,
      }),
    );
  });
}

/** What to read when a run did not go as expected (for assertion messages). */
function explain(run: DreddRun): string {
  const records = run.records
    .filter((r) => r.fail || r.valid !== true)
    .map((r) => `  ${r.vendor}/${r.operationId}: ${r.fail ?? ""} ${r.errors.join("; ")}`);
  return [
    `Dredd run "${run.label}": ${JSON.stringify(run.stats)}${run.error ? `, error ${run.error}` : ""}`,
    ...run.failed.map((f) => `  fail: ${f.title}\n    ${f.message.split("\n").slice(0, 4).join("\n    ")}`),
    ...run.errors.map((e) => `  error: ${e}`),
    "hook records (not passing):",
    ...records,
    "Dredd warnings and errors (all runs):",
    ...[...new Set(dreddLog)].slice(-20),
  ]
    .join("\n")
    .slice(0, 8000);
}

// ---------------------------------------------------------------------------------------------
// A server that answers wrongly: a proxy in front of the sandboxes that forwards each request
// (Host header and all, so signatures still verify) and breaks the answer one way. Everything else
// about the answer is what the green runs accept, so the breakage is the only reason to fail.

type Breakage = (vendor: Vendor, body: Record<string, unknown>) => unknown;

/** The envelope field that carries each vendor's result code. */
const CODE_FIELD: Record<Vendor, string> = {
  gwell: "code",
  haier: "retCode",
  meari: "resultCode",
  quectel: "code",
};
/**
 * The field given the wrong JSON type: the result code (Gwell/Quectel `code: "0"`/`"200"`,
 * Meari `resultCode: 1001`), except for Haier, whose `"00000"` has no number that reads back the
 * same; there `expire: "2160000"` (a decimal string in the spec) becomes a number.
 */
const WRONG_TYPE_FIELD: Record<Vendor, string> = { ...CODE_FIELD, haier: "expire" };

const BREAKAGES = {
  wrongType: (vendor, body) => {
    const field = WRONG_TYPE_FIELD[vendor];
    const value = body[field];
    return { ...body, [field]: typeof value === "number" ? String(value) : Number(value) };
  },
  missingRequired: (vendor, body) => {
    const { [CODE_FIELD[vendor]]: _left, ...rest } = body;
    return rest;
  },
  wrongEnvelope: () => ({ ok: true }),
} satisfies Record<string, Breakage>;

interface Proxy {
  url: string;
  forwarded: number;
  broken: number;
  close(): Promise<void>;
}

const vendorOfPath = new Map<string, Vendor>(
  VENDORS.flatMap((v) => Object.keys(specs[v].paths).map((p) => [p, v] as const)),
);

async function startProxy(upstream: Record<string, string>, breakage?: Breakage): Promise<Proxy> {
  const proxy: Proxy = { url: "", forwarded: 0, broken: 0, close: async () => {} };
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const vendor = vendorOfPath.get((req.url ?? "/").split("?")[0] ?? "");
      const target = vendor && upstream[vendor] ? new URL(upstream[vendor]) : undefined;
      if (!vendor || !target) {
        res.writeHead(404, { "content-type": "application/json" }).end('{"error":"no vendor has this path"}');
        return;
      }
      const forward = httpRequest(
        { host: target.hostname, port: target.port, method: req.method, path: req.url, headers: req.headers },
        (answer) => {
          const parts: Buffer[] = [];
          answer.on("data", (c: Buffer) => parts.push(c));
          answer.on("end", () => {
            proxy.forwarded++;
            let body = Buffer.concat(parts).toString("utf8");
            if (breakage) {
              body = JSON.stringify(breakage(vendor, JSON.parse(body) as Record<string, unknown>));
              proxy.broken++;
            }
            res
              .writeHead(answer.statusCode ?? 502, {
                "content-type": answer.headers["content-type"] ?? "application/json",
              })
              .end(body);
          });
        },
      );
      forward.on("error", (error) => res.writeHead(502).end(String(error)));
      forward.end(Buffer.concat(chunks));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  proxy.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  proxy.close = () =>
    new Promise<void>((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    });
  return proxy;
}

// ---------------------------------------------------------------------------------------------

type TeethCase = keyof typeof BREAKAGES | "wrongTypeNoSchema" | "otherKeys";

describe("Dredd: every vendor spec against its sandbox, with signing and schema hooks", () => {
  let sandbox: SandboxHandle;
  /** The same sandboxes with other signing secrets than the hooks': signed requests are refused. */
  let otherKeys: SandboxHandle;
  const proxies = {} as Record<TeethCase, Proxy>;
  const green = {} as Record<Vendor, DreddRun>;
  const teeth = {} as Record<TeethCase, DreddRun>;

  beforeAll(async () => {
    const Dredd = loadDredd();
    [sandbox, otherKeys] = await Promise.all([
      startSandbox({ portBase: 0, env: {}, log: () => {} }),
      startSandbox({
        portBase: 0,
        env: {
          GWELL_APP_KEY: "not-the-hooks-key",
          HAIER_APP_KEY: "not-the-hooks-key",
          MEARI_PARTNER_SECRET: "not-the-hooks-secret",
          QUECTEL_USER_DOMAIN_SECRET: "not-the-hooks-secret",
        },
        log: () => {},
      }),
    ]);
    const urls = (h: SandboxHandle) => Object.fromEntries(h.sandboxes.map((s) => [s.vendor, s.url]));
    const good = urls(sandbox);
    const other = urls(otherKeys);

    const cases: Record<
      TeethCase,
      { upstream: Record<string, string>; breakage?: Breakage; schema: boolean }
    > = {
      wrongType: { upstream: good, breakage: BREAKAGES.wrongType, schema: true },
      missingRequired: { upstream: good, breakage: BREAKAGES.missingRequired, schema: true },
      wrongEnvelope: { upstream: good, breakage: BREAKAGES.wrongEnvelope, schema: true },
      wrongTypeNoSchema: { upstream: good, breakage: BREAKAGES.wrongType, schema: false },
      otherKeys: { upstream: other, schema: true },
    };
    const names = Object.keys(cases) as TeethCase[];
    for (const name of names) proxies[name] = await startProxy(cases[name].upstream, cases[name].breakage);

    const allSpecs = VENDORS.map(specFile);
    const runs = await Promise.all([
      ...VENDORS.map((v) =>
        runDredd(Dredd, v, [specFile(v)], good[v] ?? "", { quectelUrl: good.quectel ?? "" }),
      ),
      ...names.map((name) =>
        runDredd(Dredd, name, allSpecs, proxies[name].url, {
          quectelUrl: cases[name].upstream.quectel ?? "",
          schema: cases[name].schema,
        }),
      ),
    ]);
    for (const run of runs) {
      if ((VENDORS as readonly string[]).includes(run.label)) green[run.label as Vendor] = run;
      else teeth[run.label as TeethCase] = run;
    }
  }, 120_000);

  afterAll(async () => {
    await Promise.all([
      sandbox?.close(),
      otherKeys?.close(),
      ...Object.values(proxies).map((p) => p.close()),
    ]);
  });

  it("the expected transactions: every operation documents only HTTP 200, so none is skipped", () => {
    for (const vendor of VENDORS) {
      const ops = operations(vendor);
      expect(ops.map((o) => o.operationId)).toEqual(EXPECTED[vendor]);
      // A documented error status would make Dredd send the same valid request and expect that
      // status; the hooks would skip it (and the runs below would list it). No operation documents
      // one: the vendors answer errors in the HTTP 200 envelope.
      expect(ops.filter((o) => o.statuses.join() !== "200")).toEqual([]);
    }
  });

  it.each(VENDORS)("%s: every transaction signed, sent, and valid against the spec's schema", (vendor) => {
    const run = green[vendor];
    const n = EXPECTED[vendor].length;
    expect(run.error, explain(run)).toBeUndefined();
    expect(run.stats, explain(run)).toEqual({ tests: n, passes: n, failures: 0, errors: 0, skipped: 0 });
    expect(run.passed).toHaveLength(n);
    // The hooks saw each transaction, in order, signed it and set its schema; none was skipped.
    expect(run.records.map((r) => r.operationId)).toEqual(EXPECTED[vendor]);
    for (const r of run.records) {
      expect(r, explain(run)).toMatchObject({ vendor, signed: true, schema: true, valid: true, errors: [] });
      expect(r.skipped).toBeUndefined();
      expect(r.fail).toBeUndefined();
    }
  });

  describe("teeth: the same hooks against servers that answer wrongly", () => {
    /** Per spec, the transactions in order (Dredd's order of the specs themselves is its own). */
    const byVendor = (records: HookRecord[]) =>
      Object.fromEntries(
        VENDORS.map((v) => [v, records.filter((r) => r.vendor === v).map((r) => r.operationId)]),
      );

    const failsAll = (name: TeethCase, pattern: (vendor: Vendor) => RegExp) => {
      const run = teeth[name];
      expect(proxies[name].forwarded, explain(run)).toBe(TOTAL);
      expect(run.error, explain(run)).toBeUndefined();
      expect(run.stats, explain(run)).toEqual({
        tests: TOTAL,
        passes: 0,
        failures: TOTAL,
        errors: 0,
        skipped: 0,
      });
      expect(run.failed).toHaveLength(TOTAL);
      expect(byVendor(run.records)).toEqual(EXPECTED);
      for (const r of run.records) {
        expect(r.valid, explain(run)).toBe(false);
        expect(r.errors.join("\n"), `${r.vendor}/${r.operationId}`).toMatch(pattern(r.vendor as Vendor));
      }
      // Dredd's own failure message names the same problem.
      for (const f of run.failed) expect(f.message).toMatch(/^body: At '\/\w+' /);
    };

    it('a wrong type (e.g. Quectel code: "200") fails every transaction', () => {
      failsAll(
        "wrongType",
        (v) => new RegExp(`^body: At '/${WRONG_TYPE_FIELD[v]}' Invalid type: (string|number)`),
      );
    });

    it("a missing required field fails every transaction", () => {
      failsAll(
        "missingRequired",
        (v) => new RegExp(`^body: At '/${CODE_FIELD[v]}' Missing required property`),
      );
    });

    it("a wrong envelope ({ ok: true }) fails every transaction", () => {
      failsAll("wrongEnvelope", (v) => new RegExp(`^body: At '/${CODE_FIELD[v]}' Missing required property`));
    });

    it("without the bodySchema hook, Dredd passes the same wrong types: the hook is what checks them", () => {
      const run = teeth.wrongTypeNoSchema;
      expect(proxies.wrongTypeNoSchema.broken).toBe(TOTAL);
      expect(run.stats, explain(run)).toEqual({
        tests: TOTAL,
        passes: TOTAL,
        failures: 0,
        errors: 0,
        skipped: 0,
      });
      expect(byVendor(run.records)).toEqual(EXPECTED);
      for (const r of run.records) {
        expect(r.schema).toBeUndefined();
        expect(r.errors).toEqual([]);
      }
      // The answers really had the wrong type: the result code, where that is what was broken.
      const codes = run.records.filter((r) => r.vendor !== "haier").map((r) => [r.vendor, typeof r.envelope]);
      expect(codes).toEqual(
        run.records
          .filter((r) => r.vendor !== "haier")
          .map((r) => [r.vendor, r.vendor === "meari" ? "number" : "string"]),
      );
    });

    it("signed with other secrets than the server's, every signed operation fails", () => {
      const run = teeth.otherKeys;
      const refusals: Record<Vendor, RegExp> = {
        gwell: /answered code 10007/,
        haier: /answered retCode "D00001"/,
        meari: /answered resultCode "1023"/,
        quectel: /code 5420/,
      };
      const outcome = run.records.map((r) => [
        `${r.vendor}/${r.operationId}`,
        r.fail ? refusals[r.vendor as Vendor].test(r.fail) : "passed",
      ]);
      // Quectel's register carries no signature (its encrypted password protects it): it passes.
      const expected = Object.fromEntries(
        VENDORS.flatMap((v) =>
          EXPECTED[v].map((op) => [`${v}/${op}`, op === "phonePwdRegister" ? "passed" : true]),
        ),
      );
      expect(Object.fromEntries(outcome), explain(run)).toEqual(expected);
      expect(run.stats, explain(run)).toMatchObject({ passes: 1, failures: TOTAL - 1, errors: 0 });
    });
  });
});
