import { connect } from "node:net";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type SandboxHandle, startSandbox } from "../src/sandbox/server.js";
import type { VendorSandbox } from "../src/sandbox/types.js";
import { discoverVendors } from "../src/sandbox/vendors.js";
import { sandboxDefault } from "./support/defaults.js";
import { specValidator } from "./support/spec.js";

/**
 * Property-based fuzzing of every sandbox: at least 10,000 generated malformed requests in all
 * (wrong types, missing and extra fields, huge and empty bodies, broken JSON, invalid UTF-8, wrong
 * methods, unknown paths, junk and injected headers, raw malformed HTTP). Every answer must be
 * below 500, in the vendor's envelope, and valid against the spec where the request named an
 * operation; the sandbox must still serve valid requests afterwards.
 */

const RUNS_PER_VENDOR = 2600; // × 4 vendors > 10,000
const vendors = await discoverVendors();

interface Operation {
  operationId: string;
  method: string;
  path: string;
  example: unknown;
  params: string[];
}

function operationsOf(specFile: string): Operation[] {
  const v = specValidator(specFile);
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
    sandbox = await startSandbox({ portBase: 0, env: {}, log: () => {} });
  });
  afterAll(async () => {
    await sandbox.close();
    expect(total).toBeGreaterThanOrEqual(10_000);
  });

  const check =
    (vendor: VendorSandbox, validator: ReturnType<typeof specValidator>) =>
    (answer: { status: number; text: string }, operation: Operation | undefined) => {
      expect(answer.status, answer.text.slice(0, 300)).toBeLessThan(500);
      const body: unknown = JSON.parse(answer.text);
      expect(vendor.codeOf(body), answer.text.slice(0, 300)).toBeDefined();
      if (operation && answer.status === 200)
        expect(validator.responseErrors(operation.operationId, 200, body), answer.text.slice(0, 300)).toEqual(
          [],
        );
    };

  for (const vendor of vendors) {
    it(`${vendor.vendor}: ${RUNS_PER_VENDOR} malformed requests, then raw malformed HTTP: no crash, no 5xx, always the vendor's envelope`, async () => {
      const running = sandbox.sandboxes.find((s) => s.vendor === vendor.vendor);
      if (!running) throw new Error(`${vendor.vendor} not running`);
      const validator = specValidator(vendor.specFile);
      const ops = operationsOf(vendor.specFile);
      const signing = Object.values(
        (validator.spec.components?.securitySchemes ?? {}) as Record<string, { name: string }>,
      ).map((s) => s.name);
      const verify = check(vendor, validator);
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
            onOperation ? r.operation : undefined,
          );
        }),
        { numRuns: RUNS_PER_VENDOR },
      );
      await fc.assert(
        fc.asyncProperty(rawArb, async (text) => {
          total++;
          const answer = await rawRequest(running.port, text);
          expect(answer.status).toBeGreaterThan(0);
          verify({ status: answer.status, text: answer.body }, undefined);
        }),
        { numRuns: 60 },
      );
    }, 120_000);
  }

  it("still serves valid requests afterwards", async () => {
    const { createQuectelClient } = await import("../src/vendors/quectel/index.js");
    const { createGwellClient } = await import("../src/vendors/gwell/index.js");
    const { createHaierClient } = await import("../src/vendors/haier/index.js");
    const { createMeariClient } = await import("../src/vendors/meari/index.js");
    const url = (v: string) => sandbox.sandboxes.find((s) => s.vendor === v)?.url ?? "";
    const d = sandboxDefault;
    await createQuectelClient({
      baseUrl: url("quectel"),
      userDomain: d("QUECTEL_USER_DOMAIN"),
      userDomainSecret: d("QUECTEL_USER_DOMAIN_SECRET"),
    }).login({
      phone: "17132136550",
      password: "china1234",
    });
    await createGwellClient({
      baseUrl: url("gwell"),
      appId: d("GWELL_APP_ID"),
      appToken: d("GWELL_APP_TOKEN"),
      appKey: d("GWELL_APP_KEY"),
    }).login({
      unionId: "0001",
      uniqueId: "t",
      regRegion: "CN",
    });
    await createHaierClient({
      baseUrl: url("haier"),
      appId: d("HAIER_APP_ID"),
      appKey: d("HAIER_APP_KEY"),
      clientId: d("HAIER_CLIENT_ID"),
    }).login("8d969eef6ecad3c29a3a629280e686cf0c3f5d5a86aff3ca12020c923adc6c92");
    await createMeariClient({
      baseUrl: url("meari"),
      partnerKey: d("MEARI_PARTNER_KEY"),
      partnerSecret: d("MEARI_PARTNER_SECRET"),
      sourceApp: d("MEARI_SOURCE_APP"),
    }).login({
      userAccount: "after-fuzz",
      countryCode: "US",
      phoneCode: "1",
      lngType: "en",
      phoneType: "a",
    });
  });
});
