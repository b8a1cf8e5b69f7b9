import { connect } from "node:net";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import {
  credentialsByKey,
  exampleRequest,
  send,
  signedExample,
  withPassword,
} from "../src/contract/requests.js";
import { refusalAccepted } from "../src/contract/run.js";
import type { ApiFacts } from "../src/core/facts.js";
import { loadApi } from "../src/core/facts-files.js";
import { prepareRequest } from "../src/core/signing.js";
import type { VendorDefinition } from "../src/core/vendor.js";
import { type SandboxHandle, startSandbox } from "../src/sandbox/server.js";
import { discoverContracts, discoverDefinitions } from "../src/sandbox/vendors.js";
import { mutations } from "./support/mutations.js";
import { specValidator } from "./support/spec.js";

// Budget (table in vitest.config.ts): 14 s alone on 2 cores (22 s in suite); about 3× that for any one test. Its per-operation part (signed mutations) costs about 50 ms an operation.
vi.setConfig({ testTimeout: 45_000, hookTimeout: 45_000 });

/**
 * Fuzzing of every sandbox, in two parts.
 *
 * At the front door (fast-check): generated malformed requests that no signer made (wrong types,
 * missing and extra fields, huge and empty bodies, broken JSON, invalid UTF-8, wrong methods,
 * unknown paths, junk and injected headers, raw malformed HTTP).
 *
 * Past it: for every operation of every spec, its example request made wrong in one place (each
 * parameter and body field missing, of the wrong type or huge, in turn; an extra one; broken JSON,
 * arrays, null, deep nesting, invalid UTF-8) and then signed correctly, so the vendor layer behind
 * the signature check sees it. 10–15 requests an operation, about 40 ms on this 2-core machine:
 * 400 operations add about 16 s, within the file's budget.
 *
 * Every answer must be below 500, in the vendor's envelope, and valid against the spec where the
 * request named an operation; a dropped connection fails; the sandboxes still serve every
 * operation's valid example afterwards.
 */

const RUNS_PER_VENDOR = 150;
const definitions = await discoverDefinitions();
const contracts = await discoverContracts();
const defaults = (v: VendorDefinition) =>
  Object.fromEntries(
    [...Object.values(v.credentials), ...(contracts.find((c) => c.vendor === v.name)?.variables ?? [])].map(
      (c) => [c.variable, c.default],
    ),
  );

interface Operation {
  operationId: string;
  method: string;
  path: string;
  example: unknown;
  params: string[];
}

function operationsOf(api: string): Operation[] {
  const v = specValidator(api);
  return v.operations.map((o) => {
    const op = v.spec.paths[o.path][o.method.toLowerCase()];
    const media = op.requestBody?.content?.["application/json"];
    const first = media?.example ?? Object.values(media?.examples ?? {})[0];
    return {
      ...o,
      example: (first as { value?: unknown })?.value ?? first,
      params: ((op.parameters ?? []) as { name?: string }[]).map((p) => p.name ?? "").filter(Boolean),
    };
  });
}

const junk = fc.oneof(
  fc.string(),
  fc.string({ unit: "grapheme", maxLength: 40 }),
  fc.constantFrom(
    "",
    " ",
    "null",
    "-1",
    "0",
    "1e309",
    "NaN",
    "💥",
    "%00",
    "%ZZ",
    "Bearer ",
    "a".repeat(5000),
  ),
  fc.integer().map(String),
);

/** A spec example with fields deleted, replaced by junk of another type, or added. */
function mutated(example: unknown) {
  const base = typeof example === "object" && example !== null ? (example as Record<string, unknown>) : {};
  const keys = Object.keys(base);
  return fc
    .array(
      fc.oneof(
        fc.record({
          kind: fc.constant("delete" as const),
          key: fc.constantFrom(...(keys.length ? keys : ["x"])),
        }),
        fc.record({
          kind: fc.constant("set" as const),
          key: fc.constantFrom(...keys, "extra", "__proto__"),
          value: fc.jsonValue(),
        }),
      ),
      { maxLength: 4 },
    )
    .map((edits) => {
      const copy: Record<string, unknown> = structuredClone(base);
      for (const e of edits) {
        if (e.kind === "delete") delete copy[e.key];
        else
          Object.defineProperty(copy, e.key, {
            value: e.value,
            enumerable: true,
            writable: true,
            configurable: true,
          });
      }
      return JSON.stringify(copy);
    });
}

/** A body that prints as a short description in fast-check's reports, not as a megabyte of bytes. */
class Body {
  constructor(readonly bytes: Buffer) {}
  [fc.toStringMethod]() {
    const head = this.bytes.subarray(0, 60).toString("utf8");
    return `Body(${this.bytes.length} bytes: ${JSON.stringify(head)}${this.bytes.length > 60 ? "…" : ""})`;
  }
}

function requestArb(ops: Operation[], signing: string[]) {
  const op = fc.constantFrom(...ops);
  const body = (o: Operation) =>
    fc
      .oneof(
        { weight: 4, arbitrary: mutated(o.example).map((s) => Buffer.from(s)) },
        { weight: 2, arbitrary: fc.jsonValue().map((v) => Buffer.from(JSON.stringify(v) ?? "")) },
        { weight: 2, arbitrary: fc.string().map((s) => Buffer.from(`{${s}`)) },
        { weight: 1, arbitrary: fc.uint8Array({ maxLength: 64 }).map((a) => Buffer.from(a)) },
        { weight: 1, arbitrary: fc.constant(Buffer.alloc(0)) },
        { weight: 1, arbitrary: fc.constant(Buffer.alloc(1024 * 1024 + 10, 0x7b)) },
      )
      .map((bytes) => new Body(bytes));
  return op.chain((o) =>
    fc.record({
      method: fc.oneof(
        { weight: 6, arbitrary: fc.constant(o.method) },
        { weight: 1, arbitrary: fc.constantFrom("GET", "POST", "PUT", "DELETE", "PATCH", "OPTIONS") },
      ),
      path: fc.oneof(
        { weight: 8, arbitrary: fc.constant(o.path) },
        { weight: 1, arbitrary: fc.webPath() },
        { weight: 1, arbitrary: fc.constant(`${o.path}/../x`) },
      ),
      query: fc.array(fc.tuple(fc.constantFrom(...o.params, ...signing, "x"), junk), { maxLength: 6 }),
      headers: fc.array(
        fc.tuple(fc.constantFrom(...signing, "content-type", "authorization", "host", "x-junk"), junk),
        { maxLength: 6 },
      ),
      body: body(o),
      operation: fc.constant(o),
    }),
  );
}

/** Raw bytes on a socket: what fetch refuses to send (CR/LF in headers, broken request lines). */
const rawArb = fc.oneof(
  fc.constant("GET / HTTP/1.1\r\nHost: x\r\nX-Inject: a\r\nInjected: b\r\n\r\n"),
  fc.constant("POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\nContent-Length: 6\r\n\r\nhello!"),
  fc.constant("GARBAGE\r\n\r\n"),
  fc.constant("GET / HTTP/1.1\r\nHost: x\r\nX-Bad: a\u0000b\r\n\r\n"),
  fc.constant("GET / HTTP/1.1\r\nTransfer-Encoding: chunked\r\nHost: x\r\n\r\nzz\r\n"),
  fc.string({ maxLength: 80 }).map((s) => `GET /${s} HTTP/1.1\r\nHost: x\r\n\r\n`),
  fc.string({ maxLength: 80 }).map((s) => `POST / HTTP/1.1\r\nHost: x\r\nX-${s}: 1\r\n\r\n`),
);

function rawRequest(port: number, text: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, "127.0.0.1", () => socket.end(text));
    let data = "";
    socket.setEncoding("latin1");
    socket.on("data", (c) => {
      data += c;
    });
    socket.on("error", reject);
    socket.on("close", () => {
      const status = Number(/^HTTP\/1\.1 (\d{3})/.exec(data)?.[1] ?? 0);
      resolve({ status, body: data.slice(data.indexOf("\r\n\r\n") + 4) });
    });
    socket.setTimeout(5000, () => socket.destroy(new Error("raw request timed out")));
  });
}

describe("every sandbox, fuzzed", () => {
  let sandbox: SandboxHandle;
  let total = 0;
  beforeAll(async () => {
    // Clock control on, as in a test setup: it is part of what hostile traffic may aim at.
    sandbox = await startSandbox({ portBase: 0, env: {}, clockControl: true, log: () => {} });
  });
  afterAll(async () => {
    await sandbox.close();
  });
  const urlOf = (vendor: string) => {
    const running = sandbox.sandboxes.find((s) => s.vendor === vendor);
    if (!running) throw new Error(`${vendor} not running`);
    return running;
  };

  /** Below 500, the vendor's envelope, valid against the spec when it answered an operation with 200. */
  const check = (apis: ApiFacts[]) => (answer: { status: number; text: string }, operationId?: string) => {
    const shown = answer.text.slice(0, 300);
    expect(answer.status, shown).toBeLessThan(500);
    const body: unknown = JSON.parse(answer.text);
    expect(
      apis.some((api) => api.read(body) !== undefined),
      `not the vendor's envelope: ${shown}`,
    ).toBe(true);
    const api = apis.find((a) => operationId !== undefined && a.byId.has(operationId));
    if (api && operationId && answer.status === 200)
      expect(specValidator(api.name).responseErrors(operationId, 200, body), shown).toEqual([]);
  };

  for (const vendor of definitions) {
    const apis = vendor.apis.map((a) => loadApi(a.name));
    it(`${vendor.name}: ${RUNS_PER_VENDOR} malformed unsigned requests, then raw malformed HTTP: no crash, no 5xx, always the vendor's envelope`, async () => {
      const running = urlOf(vendor.name);
      const verify = check(apis);
      for (const api of apis) {
        const ops = operationsOf(api.name);
        const signing = Object.values(
          ((api.spec.components as { securitySchemes?: Record<string, { name: string }> })?.securitySchemes ??
            {}) as Record<string, { name: string }>,
        ).map((scheme) => scheme.name);
        await fc.assert(
          fc.asyncProperty(requestArb(ops, signing), async (r) => {
            total++;
            const url = new URL(`${running.url}${r.path.startsWith("/") ? "" : "/"}${r.path}`);
            for (const [k, v] of r.query) url.searchParams.append(k, v);
            const headers = new Headers();
            for (const [k, v] of r.headers) {
              try {
                headers.set(k, v);
              } catch {
                // a value fetch cannot send (non-Latin-1): the raw requests cover those
              }
            }
            let response: Response;
            try {
              response = await fetch(url, {
                method: r.method,
                headers,
                body: r.method === "GET" || r.method === "HEAD" ? undefined : r.body.bytes,
                signal: AbortSignal.timeout(10_000),
              });
            } catch (error) {
              // fetch itself refused (e.g. a forbidden Host header value): not a server answer
              if (error instanceof TypeError && !String(error.cause ?? "").includes("ECONN")) return;
              throw error;
            }
            const onOperation = url.pathname === r.operation.path && r.method === r.operation.method;
            verify(
              { status: response.status, text: await response.text() },
              onOperation ? r.operation.operationId : undefined,
            );
          }),
          { numRuns: RUNS_PER_VENDOR },
        );
      }
      await fc.assert(
        fc.asyncProperty(rawArb, async (text) => {
          total++;
          const answer = await rawRequest(running.port, text);
          expect(answer.status).toBeGreaterThan(0);
          verify({ status: answer.status, text: answer.body });
        }),
        { numRuns: 60 },
      );
    });

    it(`${vendor.name}: every operation's example, made wrong in one place and signed correctly: no crash, no 5xx, the vendor's envelope`, async () => {
      const running = urlOf(vendor.name);
      const verify = check(apis);
      const contract = contracts.find((c) => c.vendor === vendor.name);
      const values = defaults(vendor);
      const credentials = credentialsByKey(vendor, values);
      const sign = vendor.createSigner({ clock: Date.now });
      let sent = 0;
      let pastSignature = 0;
      for (const api of apis) {
        for (const op of api.operations) {
          const parts = withPassword(exampleRequest(api, op, running.url), op, vendor);
          if (op.auth.token || op.refreshTokenParam) {
            if (!contract?.session)
              throw new Error(`${vendor.name} ${op.operationId} needs a contract session`);
            const tokens = await contract.session({ baseUrl: running.url, values }, api.name);
            if (op.auth.token) parts.headers.set(op.auth.token.name, tokens.accessToken);
            if (op.refreshTokenParam) parts.url.searchParams.set(op.refreshTokenParam, tokens.refreshToken);
          }
          for (const mutation of mutations(parts, api.operations.indexOf(op))) {
            const signed = prepareRequest(mutation.parts, op, sign, credentials);
            let response: Response;
            try {
              response = await send(signed);
            } catch (error) {
              throw new Error(`${op.operationId}, ${mutation.name}: no answer (${String(error)})`);
            }
            const text = await response.text();
            try {
              verify({ status: response.status, text }, op.operationId);
            } catch (error) {
              throw new Error(`${op.operationId}, ${mutation.name}: ${(error as Error).message}`);
            }
            sent++;
            // Past the front door: the signature was accepted, whatever the vendor layer said next.
            const code = api.read(JSON.parse(text))?.code;
            if (!api.codesOf("authentication").has(String(code))) pastSignature++;
          }
        }
      }
      total += sent;
      expect(sent).toBeGreaterThanOrEqual(apis.reduce((n, a) => n + a.operations.length, 0) * 3);
      // Most mutations reach the vendor layer; only those that break what is signed stop at the door
      // (Gwell signs the body as bytes and refuses unreadable ones with -1: a signature code).
      expect(pastSignature / sent, `${pastSignature} of ${sent} past the signature check`).toBeGreaterThan(
        0.5,
      );
    });
  }

  it("bad clock-control calls among the traffic are refused and leave the clock where it was", async () => {
    for (const vendor of definitions) {
      const { url, port } = urlOf(vendor.name);
      const clock = `${url}/_iotdock/clock`;
      const attempts: [string, RequestInit][] = [
        [
          "a form post from a web page",
          {
            method: "POST",
            body: "advanceSeconds=3600",
            headers: { "content-type": "application/x-www-form-urlencoded" },
          },
        ],
        [
          "text/plain JSON",
          { method: "POST", body: '{"advanceSeconds": 60}', headers: { "content-type": "text/plain" } },
        ],
        [
          "1e308 seconds",
          {
            method: "POST",
            body: '{"advanceSeconds": 1e308}',
            headers: { "content-type": "application/json" },
          },
        ],
        [
          "a negative step",
          { method: "POST", body: '{"advanceSeconds": -5}', headers: { "content-type": "application/json" } },
        ],
        [
          "broken JSON",
          { method: "POST", body: '{"advanceSeconds": ', headers: { "content-type": "application/json" } },
        ],
        ["a DELETE", { method: "DELETE" }],
      ];
      for (const [what, init] of attempts) {
        const response = await fetch(clock, init);
        expect(response.status, what).toBeGreaterThanOrEqual(400);
        expect(response.status, what).toBeLessThan(500);
        await response.text();
      }
      // Another Host (DNS rebinding): refused even from loopback.
      const rebound = await rawRequest(
        port,
        'POST /_iotdock/clock HTTP/1.1\r\nHost: evil.example\r\nContent-Type: application/json\r\nContent-Length: 21\r\nConnection: close\r\n\r\n{"advanceSeconds": 1}',
      );
      expect(rebound.status).toBe(403);
      const now = (await (await fetch(clock)).json()) as { offsetMs: number };
      expect(now.offsetMs).toBe(0);
    }
  });

  it("still serves every operation's valid example afterwards", async () => {
    for (const vendor of definitions) {
      const running = urlOf(vendor.name);
      const contract = contracts.find((c) => c.vendor === vendor.name);
      const values = defaults(vendor);
      for (const api of vendor.apis.map((a) => loadApi(a.name))) {
        for (const op of api.operations) {
          const tokens =
            op.auth.token || op.refreshTokenParam
              ? await contract?.session?.({ baseUrl: running.url, values }, api.name)
              : undefined;
          const parts = signedExample(vendor, api, op, running.url, credentialsByKey(vendor, values), tokens);
          const body = await (await send(parts)).json();
          const reading = api.read(body);
          // What the fuzz already did, or the sandbox's state, may make the vendor refuse (Quectel's
          // 5002 for a phone registered again, 5052 for a device not bound): a code the spec lists for
          // a write or a stateful operation, never a signature refusal (the contract runner's rule).
          const fine =
            reading?.ok === true ||
            (reading !== undefined && refusalAccepted(api, op.operationId, reading.code, true));
          expect(fine, `${vendor.name} ${op.operationId}: ${JSON.stringify(body)}`).toBe(true);
        }
      }
    }
    expect(total).toBeGreaterThan(definitions.length * (RUNS_PER_VENDOR + 60));
  });
});
