import { isDeepStrictEqual } from "node:util";
import { describe, expect, it } from "vitest";
import { deref } from "../src/core/facts.js";
import { loadApi } from "../src/core/facts-files.js";
import { createSpecMock, type MockRequest, type MockResponse } from "../src/sandbox/mock.js";

/**
 * The sandbox's spec mock (src/sandbox/mock.ts) against the Quectel spec, every value taken from
 * the spec itself: the operation with a required integer enum in its query, the operation with a
 * required JSON body. A valid request gets the spec's first example; each kind of violation gets
 * Prism's status and wording, which the vendor layers pass on (Quectel's `extMsg`). Then the same
 * requests and their mutations through Prism's own mocker, when it is installed: same answers.
 */

type Json = Record<string, unknown>;
const API = loadApi("quectel");
const SPEC = API.spec as Json & { paths: Record<string, Record<string, Json>> };
const SCHEMES = (SPEC.components as { securitySchemes: Record<string, Json> }).securitySchemes;

interface Operation {
  method: string;
  path: string;
  op: Json;
  params: Json[];
}

const operations: Operation[] = Object.entries(SPEC.paths).flatMap(([path, item]) =>
  Object.entries(item).map(([method, op]) => ({
    method: method.toUpperCase(),
    path,
    op,
    params: ((op.parameters ?? []) as unknown[]).map((p) => deref(SPEC, p) as Json),
  })),
);
const schemaOf = (p: Json) => (deref(SPEC, p.schema) ?? {}) as Json;
const jsonBody = (o: Operation) =>
  (deref(SPEC, o.op.requestBody) as { required?: boolean; content?: Record<string, Json> } | undefined)
    ?.content?.["application/json"];

/** A request the spec calls valid: every parameter's example, every security value, the body example. */
function validRequest(o: Operation): MockRequest {
  const query = new URLSearchParams();
  const headers: Record<string, string> = {};
  for (const p of o.params) {
    const s = schemaOf(p);
    const value = p.example ?? s.example ?? (s.enum as unknown[] | undefined)?.[0] ?? "x";
    if (p.in === "query") query.set(String(p.name), String(value));
    if (p.in === "header") headers[String(p.name).toLowerCase()] = String(value);
  }
  for (const requirement of ((o.op.security ?? []) as Json[]).slice(0, 1)) {
    for (const name of Object.keys(requirement)) {
      const scheme = SCHEMES[name] as { in: string; name: string };
      if (scheme.in === "query") query.set(scheme.name, "a-value");
      else headers[scheme.name.toLowerCase()] = "a-value";
    }
  }
  const media = jsonBody(o);
  const example = media?.example ?? Object.values((media?.examples ?? {}) as Record<string, Json>)[0]?.value;
  if (example !== undefined) headers["content-type"] = "application/json";
  return { method: o.method, path: o.path, query, headers, body: structuredClone(example) };
}

/** The spec's first example of the operation's 200 answer. */
function firstAnswerExample(o: Operation): unknown {
  const media = (deref(SPEC, (o.op.responses as Json)["200"]) as { content: Record<string, Json> }).content[
    "application/json"
  ] as Json;
  const schema = deref(SPEC, media.schema) as Json | undefined;
  return media.example ?? schema?.example ?? Object.values(media.examples as Record<string, Json>)[0]?.value;
}

const withQuery = (r: MockRequest, edit: (q: URLSearchParams) => void): MockRequest => {
  const query = new URLSearchParams(r.query);
  edit(query);
  return { ...r, query };
};

// The operation whose required query parameter is an integer with an enum (sendPhoneSmsCode's codeType).
const ENUM_OP = operations.find((o) =>
  o.params.some((p) => p.in === "query" && p.required && schemaOf(p).type === "integer" && schemaOf(p).enum),
) as Operation;
const ENUM_PARAM = ENUM_OP.params.find((p) => p.required && schemaOf(p).enum) as Json;
const ENUM = schemaOf(ENUM_PARAM).enum as number[];
// The operation with a required JSON body that has a required string field.
const BODY_OP = operations.find((o) => {
  const schema = deref(SPEC, jsonBody(o)?.schema) as Json | undefined;
  const props = (schema?.properties ?? {}) as Record<string, Json>;
  return ((schema?.required ?? []) as string[]).some(
    (f) => (deref(SPEC, props[f]) as Json)?.type === "string",
  );
}) as Operation;

const detail = (r: MockResponse) => (r.body as { detail?: string }).detail ?? "";

const mock = await createSpecMock([SPEC]);
const prism = await import("../src/sandbox/prism.js").catch(() => undefined);

describe("the spec mock: Prism's checks and answers, from the spec alone", () => {
  it("answers a valid request with the spec's first example of its 200 answer", async () => {
    for (const o of [ENUM_OP, BODY_OP]) {
      const r = await mock(validRequest(o));
      expect(r.status, o.path).toBe(200);
      expect(r.body, o.path).toEqual(firstAnswerExample(o));
    }
  });

  it("refuses a missing required query parameter (422, naming it as Prism does)", async () => {
    const name = String(ENUM_PARAM.name);
    const r = await mock(withQuery(validRequest(ENUM_OP), (q) => q.delete(name)));
    expect(r).toMatchObject({ status: 422, headers: { "content-type": "application/problem+json" } });
    expect(detail(r)).toBe(`Request query must have required property '${name.toLowerCase()}'`);
  });

  it("refuses a value off the enum and a value of the wrong type, and takes a numeric string", async () => {
    const name = String(ENUM_PARAM.name);
    const outside = Math.max(...ENUM) + 1;
    const offEnum = await mock(withQuery(validRequest(ENUM_OP), (q) => q.set(name, String(outside))));
    expect(offEnum.status).toBe(422);
    expect(detail(offEnum)).toBe(
      `Request query parameter ${name.toLowerCase()} must be equal to one of the allowed values: ${ENUM.join(", ")}`,
    );
    const wrongType = await mock(withQuery(validRequest(ENUM_OP), (q) => q.set(name, "abc")));
    expect(detail(wrongType)).toMatch(
      new RegExp(`^Request query parameter ${name.toLowerCase()} must be integer; `),
    );
    // Query strings are coerced to the declared type, as Prism does: "3.0" is the integer 3.
    const coerced = await mock(withQuery(validRequest(ENUM_OP), (q) => q.set(name, `${ENUM[0]}.0`)));
    expect(coerced.status).toBe(200);
  });

  it("refuses a JSON body field of the wrong type, a missing required field and a missing body", async () => {
    const valid = validRequest(BODY_OP);
    const schema = deref(SPEC, jsonBody(BODY_OP)?.schema) as { required: string[]; properties: Json };
    const field = schema.required.find(
      (f) => (deref(SPEC, schema.properties[f]) as Json).type === "string",
    ) as string;
    const wrong = await mock({ ...valid, body: { ...(valid.body as Json), [field]: 12345 } });
    expect(wrong.status).toBe(422);
    expect(detail(wrong)).toBe(`Request body property ${field} must be string`);
    const { [field]: _, ...without } = valid.body as Json;
    expect(detail(await mock({ ...valid, body: without }))).toBe(
      `Request body must have required property '${field}'`,
    );
    if (jsonBody(BODY_OP) && (deref(SPEC, BODY_OP.op.requestBody) as Json).required)
      expect(detail(await mock({ ...valid, body: undefined }))).toBe("Body parameter is required");
  });

  it("refuses an unknown path (404) and a known path with another method (405)", async () => {
    const unknown = await mock({ ...validRequest(ENUM_OP), path: "/no/such/operation" });
    expect(unknown.status).toBe(404);
    expect(detail(unknown)).toBe("The route /no/such/operation hasn't been found in the specification file");
    const other = ENUM_OP.method === "GET" ? "DELETE" : "GET";
    const wrongMethod = await mock({ ...validRequest(ENUM_OP), method: other });
    expect(wrongMethod.status).toBe(405);
    expect(detail(wrongMethod)).toContain(`does not have "${other.toLowerCase()}" method defined`);
  });

  it("refuses a request without one of its security values (401), an empty one counting as none", async () => {
    const requirement = ((ENUM_OP.op.security ?? []) as Json[])[0] ?? {};
    const scheme = SCHEMES[Object.keys(requirement)[0] as string] as { in: string; name: string };
    const valid = validRequest(ENUM_OP);
    const name = scheme.in === "query" ? scheme.name : scheme.name.toLowerCase();
    const without = (value?: string) =>
      scheme.in === "query"
        ? withQuery(valid, (q) => (value === undefined ? q.delete(name) : q.set(name, value)))
        : { ...valid, headers: { ...valid.headers, [name]: value as string } };
    for (const request of [without(), without("")]) {
      const r = await mock(request);
      expect(r.status).toBe(401);
      expect(r.body).toMatchObject({ title: "Invalid security scheme used", status: 401 });
    }
  });

  it("answers each request with its own copy, and ignores Accept (Prism let the first one stick)", async () => {
    const first = await mock({ ...validRequest(ENUM_OP), headers: { accept: "text/html" } });
    expect(first.status).not.toBe(406);
    (first.body as Json).changed = true;
    expect(await mock(validRequest(ENUM_OP))).toMatchObject({
      status: 200,
      body: firstAnswerExample(ENUM_OP),
    });
  });
});

describe("the spec mock beside Prism's mocker", () => {
  it.skipIf(!prism)(
    "gives Prism's status, headers and body for every operation's example and its mutations",
    async () => {
      const [ours, theirs] = [mock, await prism?.createPrismMock([SPEC])];
      const lower = (r: MockResponse) => ({
        ...r,
        headers: Object.fromEntries(Object.entries(r.headers).map(([k, v]) => [k.toLowerCase(), v])),
      });
      const differ: string[] = [];
      for (const o of operations) {
        const valid = validRequest(o);
        const variants: MockRequest[] = [valid, { ...valid, method: "PATCH" }, { ...valid, body: "text" }];
        for (const p of o.params.filter((x) => x.in === "query"))
          for (const value of [undefined, "", "abc", "-1", "1.5"])
            variants.push(
              withQuery(valid, (q) =>
                value === undefined ? q.delete(String(p.name)) : q.set(String(p.name), value),
              ),
            );
        for (const field of Object.keys(typeof valid.body === "object" && valid.body ? valid.body : {}))
          variants.push({ ...valid, body: { ...(valid.body as Json), [field]: [] } });
        for (const v of variants) {
          const copy = () => ({ ...v, query: new URLSearchParams(v.query), body: structuredClone(v.body) });
          const [a, b] = [lower(await ours(copy())), lower(await (theirs as typeof ours)(copy()))];
          if (!isDeepStrictEqual(a, b))
            differ.push(`${v.method} ${v.path}?${v.query}: ${JSON.stringify(a)} ≠ ${JSON.stringify(b)}`);
        }
      }
      expect(differ).toEqual([]);
    },
  );
});
