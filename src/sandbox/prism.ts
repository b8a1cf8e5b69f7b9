import { createInstance, getHttpOperationsFromSpec } from "@stoplight/prism-http";
import type { MockRequest, MockResponse } from "./mock.js";

export type { MockRequest, MockResponse };

/** Prism wants a pino logger; the sandbox logs its own one line per request instead. */
const silentLogger: unknown = new Proxy(
  {},
  {
    get: (_target, prop) => (prop === "child" ? () => silentLogger : () => undefined),
  },
);

/** Whether a value holds an object with a `$ref` key anywhere. */
function holdsRef(value: unknown): boolean {
  if (typeof value !== "object" || value === null) return false;
  if (!Array.isArray(value) && "$ref" in value) return true;
  return Object.values(value).some(holdsRef);
}

/**
 * The spec without the named examples whose values hold a `$ref` key: Prism's reference resolver
 * reads every `$ref` in the document, example values included, and fails on data that only looks
 * like a reference (Quectel's TSL export answers with the vendor's own `{"$ref": "#/properties/id/10"}`).
 * Prism answers an operation's first remaining example instead. Changes `spec` (a copy) in place.
 */
function withoutRefExamples<T>(spec: T): T {
  const visit = (node: unknown): void => {
    if (typeof node !== "object" || node === null) return;
    const record = node as Record<string, unknown>;
    const examples = record.examples;
    if (!Array.isArray(node) && typeof examples === "object" && examples !== null)
      for (const [name, example] of Object.entries(examples))
        if (holdsRef((example as { value?: unknown }).value))
          delete (examples as Record<string, unknown>)[name];
    for (const child of Object.values(record)) visit(child);
  };
  visit(spec);
  return spec;
}

/**
 * Prism's mocker, in-process, for the specs of one vendor host: validates the request against the
 * spec (parameters, body, presence of security values) and answers the spec's first example. The
 * sandboxes no longer use it (they use `createSpecMock` of mock.ts, the same behaviour without
 * Prism); it stays for the tests: the clients' requests are checked with it
 * (contract-tests/support/validating-fetch.ts) and mock.ts is compared with it
 * (contract-tests/sandbox.mock.test.ts). Needs the dev dependency @stoplight/prism-http.
 */
export async function createPrismMock(
  specs: object[],
): Promise<(request: MockRequest) => Promise<MockResponse>> {
  // One vendor host serves several APIs (Quectel App and SaaS): one Prism instance routes them all.
  // Prism resolves references in the document it is given: it gets its own copy.
  const operations = (
    await Promise.all(
      specs.map((spec) => getHttpOperationsFromSpec(withoutRefExamples(structuredClone(spec)))),
    )
  ).flat();
  const prism = createInstance(
    {
      mock: { dynamic: false },
      validateRequest: true,
      validateResponse: false,
      checkSecurity: true,
      errors: false,
      upstreamProxy: undefined,
      isProxy: false,
    },
    // biome-ignore lint/suspicious/noExplicitAny: Prism types its logger as pino's.
    { logger: silentLogger as any },
  );
  return async (request) => {
    const query: Record<string, string | string[]> = {};
    for (const key of new Set(request.query.keys())) {
      const all = request.query.getAll(key);
      query[key] = all.length === 1 ? (all[0] as string) : all;
    }
    let result: Awaited<ReturnType<ReturnType<typeof prism.request>>>;
    try {
      result = await prism.request(
        {
          method: request.method.toLowerCase() as "get",
          url: { path: request.path, query },
          headers: request.headers,
          body: request.body,
        },
        operations,
      )();
    } catch (error) {
      // Prism throws on some malformed requests (e.g. an unparsable Content-Type) instead of
      // reporting a violation: that is the request's fault, not the sandbox's.
      return {
        status: 400,
        headers: { "content-type": "application/problem+json" },
        body: {
          title: "Invalid request",
          status: 400,
          detail: `unreadable request: ${error instanceof Error ? error.message : String(error)}`,
        },
      };
    }
    if (result._tag === "Right") {
      const { statusCode, headers, body } = result.right.output;
      return { status: statusCode, headers: { ...(headers ?? {}) }, body };
    }
    const error = result.left as Error & {
      status?: number;
      detail?: string;
      additional?: { validation?: { location?: string[]; message?: string }[] };
    };
    // Prism's violations say what is wrong ("query.codeType must be equal to one of …"); its
    // `detail` only says that something is.
    const violations = (error.additional?.validation ?? []).map(
      (v) => v.message ?? (v.location ?? []).join("."),
    );
    return {
      status: error.status ?? 500,
      headers: { "content-type": "application/problem+json" },
      body: {
        title: error.message,
        status: error.status ?? 500,
        detail: violations.length ? violations.join("; ") : (error.detail ?? ""),
      },
    };
  };
}
