import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { createServer, request as httpRequest, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { apiFacts } from "../src/core/facts.js";
import { loadApi } from "../src/core/facts-files.js";
import { type SandboxHandle, startSandbox } from "../src/sandbox/server.js";
import { discoverDefinitions } from "../src/sandbox/vendors.js";
import { type DreddRun, dreddLog, type HookRecord, loadDredd, runDredd } from "./support/dredd.js";

// Budget (table in vitest.config.ts): 45 s alone (75 s in suite, with Haier's 230 and the Quectel
// SaaS operations; all runs happen in beforeAll); about 3× the time alone.
vi.setConfig({ testTimeout: 150_000, hookTimeout: 150_000 });

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

/** Every API a vendor serves, from the vendor definitions; Dredd reads its bundled spec. */
const definitions = await discoverDefinitions();
const APIS = definitions.flatMap((v) => v.apis.map((a) => ({ vendor: v.name, api: loadApi(a.name) })));
const VENDORS = definitions.map((v) => v.name);
type Vendor = string;
const specFile = (api: string) => `generated/${api}.json`;
const apisOf = (vendor: Vendor) => APIS.filter((a) => a.vendor === vendor).map((a) => a.api);

/** Dredd's transactions per vendor, in the order it runs them: one per operation (all document only 200). */
const EXPECTED: Record<Vendor, string[]> = Object.fromEntries(
  VENDORS.map((v) => [v, apisOf(v).flatMap((api) => api.operations.map((o) => o.operationId))]),
);

/**
 * The teeth runs (answers broken on purpose) take every spec whole, except that a spec of more than
 * TEETH_MAX operations (Quectel's App API, 124) is cut to its first TEETH_MAX that answer the same
 * whatever the sandbox holds (no `x-iotdock-state` but tokens): each operation adds about 40 ms of
 * Dredd per run, five runs, and the hooks treat the others no differently. The green runs above
 * take every operation.
 */
const TEETH_MAX = 12;
const teethDir = await mkdtemp(join(tmpdir(), "iotdock-dredd-"));
const TEETH_APIS = await Promise.all(
  APIS.map(async ({ vendor, api }) => {
    if (api.operations.length <= TEETH_MAX) return { vendor, api, file: specFile(api.name) };
    const keep = api.operations
      .filter((op) => op.state.every((s) => s.startsWith("token.")))
      .slice(0, TEETH_MAX);
    const paths = Object.fromEntries(
      Object.entries(api.spec.paths as Record<string, Record<string, unknown>>)
        .map(([path, item]) => [
          path,
          Object.fromEntries(
            Object.entries(item).filter(([method]) =>
              keep.some((op) => op.path === path && op.method === method.toUpperCase()),
            ),
          ),
        ])
        .filter(([, item]) => Object.keys(item as object).length > 0),
    );
    const spec = withReachableComponents({ ...api.spec, paths });
    const file = join(teethDir, `${api.name}.json`);
    await writeFile(file, JSON.stringify(spec));
    return { vendor, api: apiFacts(api.name, spec), file };
  }),
);
/**
 * The spec with only the components its paths reach through `$ref`s (Dredd parses every component
 * of every spec it is given: Quectel's are most of its 0.9 MB).
 */
function withReachableComponents(spec: Record<string, unknown>): Record<string, unknown> {
  const components = (spec.components ?? {}) as Record<string, Record<string, unknown>>;
  const kept: Record<string, Record<string, unknown>> = {};
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) {
      for (const item of node) visit(item);
      return;
    }
    if (typeof node !== "object" || node === null) return;
    const ref = (node as { $ref?: unknown }).$ref;
    if (typeof ref === "string" && ref.startsWith("#/components/")) {
      const [, , section = "", name = ""] = ref.split("/");
      if (!kept[section]?.[name]) {
        kept[section] = { ...kept[section], [name]: components[section]?.[name] };
        visit(components[section]?.[name]);
      }
    }
    for (const value of Object.values(node)) visit(value);
  };
  visit(spec.paths);
  // Security schemes are named by requirements, not `$ref`s: all are kept.
  return { ...spec, components: { ...kept, securitySchemes: components.securitySchemes ?? {} } };
}

const TEETH_EXPECTED: Record<Vendor, string[]> = Object.fromEntries(
  VENDORS.map((v) => [
    v,
    TEETH_APIS.filter((a) => a.vendor === v).flatMap((a) => a.api.operations.map((o) => o.operationId)),
  ]),
);
const TOTAL = Object.values(TEETH_EXPECTED).flat().length;

/** Every operation of a vendor with its documented statuses. */
function operations(vendor: Vendor) {
  return apisOf(vendor).flatMap((api) =>
    api.operations.map((o) => ({
      operationId: o.operationId,
      statuses: Object.keys(
        ((api.spec.paths as Record<string, Record<string, { responses?: object }>>)[o.path]?.[
          o.method.toLowerCase()
        ]?.responses ?? {}) as object,
      ),
    })),
  );
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

/** The envelope field that carries each vendor's result code (`x-iotdock-envelope`). */
const codeField = (vendor: Vendor) => apisOf(vendor)[0]?.envelope?.code ?? "code";

/**
 * The field given the wrong JSON type: the first top-level one (the result code first) whose value
 * reads back the same as text in the other type, so that only the type is wrong (Quectel and Gwell
 * `code: "200"`/`"0"`, Meari `resultCode: 1001`; Haier's `"00000"` does not, its `expire` does).
 */
function wrongTypeField(vendor: Vendor, body: Record<string, unknown>): string | undefined {
  const fields = [codeField(vendor), ...Object.keys(body)];
  return fields.find((f) => {
    const v = body[f];
    return typeof v === "number" || (typeof v === "string" && v !== "" && String(Number(v)) === v);
  });
}

const BREAKAGES = {
  wrongType: (vendor, body) => {
    const field = wrongTypeField(vendor, body);
    if (field === undefined) {
      // Nothing reads back the same (Haier's answers with only `retCode: "00000"` and `retInfo`): the
      // message becomes a number, so that the result code, which the hooks check, stays intact.
      const text = Object.keys(body).find((f) => f !== codeField(vendor) && typeof body[f] === "string");
      return text ? { ...body, [text]: String(body[text]).length } : { ...body, [codeField(vendor)]: 0 };
    }
    const value = body[field];
    return { ...body, [field]: typeof value === "number" ? String(value) : Number(value) };
  },
  missingRequired: (vendor, body) => {
    const { [codeField(vendor)]: _left, ...rest } = body;
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
  APIS.flatMap(({ vendor, api }) => api.operations.map((o) => [o.path, vendor] as const)),
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
  /**
   * Sandboxes have state (Quectel answers 5002 to a phone registered twice): the green runs, the run
   * that must pass without the schema hook, and the runs that must fail each get their own.
   */
  let sandbox: SandboxHandle;
  let forNoSchema: SandboxHandle;
  let forBroken: SandboxHandle;
  /** The same sandboxes with other signing secrets than the hooks': signed requests are refused. */
  let otherKeys: SandboxHandle;
  const proxies = {} as Record<TeethCase, Proxy>;
  const green = {} as Record<Vendor, DreddRun>;
  const teeth = {} as Record<TeethCase, DreddRun>;

  beforeAll(async () => {
    const Dredd = loadDredd();
    [sandbox, forNoSchema, forBroken, otherKeys] = await Promise.all([
      startSandbox({ portBase: 0, env: {}, log: () => {} }),
      startSandbox({ portBase: 0, env: {}, log: () => {} }),
      startSandbox({ portBase: 0, env: {}, log: () => {} }),
      startSandbox({
        portBase: 0,
        // Every secret credential of every vendor other than the documented default the hooks use.
        env: Object.fromEntries(
          definitions.flatMap((v) =>
            Object.values(v.credentials)
              .filter((c) => c.secret)
              .map((c) => [c.variable, `not-the-hooks-${c.variable.toLowerCase()}`]),
          ),
        ),
        log: () => {},
      }),
    ]);
    const urls = (h: SandboxHandle) => Object.fromEntries(h.sandboxes.map((s) => [s.vendor, s.url]));
    const good = urls(sandbox);
    const noSchema = urls(forNoSchema);
    const broken = urls(forBroken);
    const other = urls(otherKeys);

    const cases: Record<
      TeethCase,
      { upstream: Record<string, string>; breakage?: Breakage; schema: boolean }
    > = {
      wrongType: { upstream: broken, breakage: BREAKAGES.wrongType, schema: true },
      missingRequired: { upstream: broken, breakage: BREAKAGES.missingRequired, schema: true },
      wrongEnvelope: { upstream: broken, breakage: BREAKAGES.wrongEnvelope, schema: true },
      wrongTypeNoSchema: { upstream: noSchema, breakage: BREAKAGES.wrongType, schema: false },
      otherKeys: { upstream: other, schema: true },
    };
    const names = Object.keys(cases) as TeethCase[];
    for (const name of names) proxies[name] = await startProxy(cases[name].upstream, cases[name].breakage);

    const allSpecs = TEETH_APIS.map((a) => a.file);
    const runs = await Promise.all([
      ...VENDORS.map((v) =>
        runDredd(
          Dredd,
          v,
          apisOf(v).map((api) => specFile(api.name)),
          good[v] ?? "",
          {},
        ),
      ),
      ...names.map((name) =>
        runDredd(Dredd, name, allSpecs, proxies[name].url, {
          schema: cases[name].schema,
          sessions: cases[name].upstream,
        }),
      ),
    ]);
    for (const run of runs) {
      if ((VENDORS as readonly string[]).includes(run.label)) green[run.label as Vendor] = run;
      else teeth[run.label as TeethCase] = run;
    }
  });

  afterAll(async () => {
    await Promise.all([
      sandbox?.close(),
      forNoSchema?.close(),
      forBroken?.close(),
      otherKeys?.close(),
      ...Object.values(proxies).map((p) => p.close()),
      rm(teethDir, { recursive: true, force: true }),
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
    const run = green[vendor] as DreddRun;
    const n = (EXPECTED[vendor] ?? []).length;
    expect(n).toBeGreaterThan(0);
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
      expect(byVendor(run.records)).toEqual(TEETH_EXPECTED);
      for (const r of run.records) {
        expect(r.valid, explain(run)).toBe(false);
        expect(r.errors.join("\n"), `${r.vendor}/${r.operationId}`).toMatch(pattern(r.vendor as Vendor));
      }
      // Dredd's own failure message names the same problem.
      for (const f of run.failed) expect(f.message).toMatch(/^body: At '\/\w+' /);
    };

    it('a wrong type (e.g. Quectel code: "200") fails every transaction', () => {
      failsAll("wrongType", () => /^body: At '\/\w+' Invalid type: (string|number)/);
    });

    it("a missing required field fails every transaction", () => {
      failsAll(
        "missingRequired",
        (v) => new RegExp(`^body: At '/${codeField(v)}' Missing required property`),
      );
    });

    it("a wrong envelope ({ ok: true }) fails every transaction", () => {
      failsAll("wrongEnvelope", (v) => new RegExp(`^body: At '/${codeField(v)}' Missing required property`));
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
      expect(byVendor(run.records)).toEqual(TEETH_EXPECTED);
      for (const r of run.records) {
        expect(r.schema).toBeUndefined();
        expect(r.errors).toEqual([]);
      }
      // The answers really had the wrong type: the result code, where that is what was broken (a
      // code whose success value reads back the same in the other type).
      const success = (vendor: string) => apisOf(vendor)[0]?.envelope?.success[0];
      const broken = run.records.filter((r) => {
        const ok = success(r.vendor ?? "");
        return typeof ok === "number" || String(Number(ok)) === ok;
      });
      expect(broken.length).toBeGreaterThan(0);
      expect(broken.map((r) => [r.vendor, typeof r.envelope])).toEqual(
        broken.map((r) => [r.vendor, typeof success(r.vendor ?? "") === "number" ? "string" : "number"]),
      );
    });

    it("signed with other secrets than the server's, every signed operation fails", () => {
      const run = teeth.otherKeys;
      // Refused with one of the vendor's `authentication` codes (the spec's x-iotdock-error-codes),
      // by the operation itself or by the login that gets its user token.
      const refusal = (vendor: string) => {
        const codes = apisOf(vendor).flatMap((api) => [...api.codesOf("authentication")]);
        return new RegExp(`\\b(code|retCode|resultCode) "?(${codes.join("|")})\\b`);
      };
      const outcome = run.records.map((r) => [
        `${r.vendor}/${r.operationId}`,
        r.fail ? refusal(r.vendor ?? "").test(r.fail) || r.fail : "passed",
      ]);
      // Operations neither signed nor behind a user token (Quectel's register: its encrypted password
      // protects it) pass; every other one fails with an authentication code.
      const unprotected = (op: { auth: { signed: boolean; token?: unknown }; refreshTokenParam?: string }) =>
        !op.auth.signed && !op.auth.token && !op.refreshTokenParam;
      const expected = Object.fromEntries(
        TEETH_APIS.flatMap(({ vendor, api }) =>
          api.operations.map((op) => [`${vendor}/${op.operationId}`, unprotected(op) ? "passed" : true]),
        ),
      );
      expect(Object.fromEntries(outcome), explain(run)).toEqual(expected);
      const passing = Object.values(expected).filter((v) => v === "passed").length;
      expect(passing).toBeGreaterThan(0);
      expect(run.stats, explain(run)).toMatchObject({
        passes: passing,
        failures: TOTAL - passing,
        errors: 0,
      });
    });
  });
});
