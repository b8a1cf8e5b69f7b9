import { deref } from "../core/facts.js";
import { type Answer, answerOf, TooComplex } from "./mock-answer.js";
import { type CheckInput, createChecks } from "./mock-request.js";
import { createCompiler, isObject, type Json, type Violation } from "./mock-schema.js";

export interface MockRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  headers: Record<string, string>;
  body: unknown;
}

export interface MockResponse {
  status: number;
  headers: Record<string, string>;
  body: unknown;
}

/**
 * The sandbox's mock of a vendor host's specs, built for speed, answering as Prism's static mocker
 * did (`createPrismMock` in prism.ts): routes by method and path (404 no path, 405 no method),
 * checks the presence of security values (401) and validates parameters and body against the spec
 * (422 naming each violation, 415 for a media type the operation does not take), then answers the
 * first example of the operation's lowest 2xx response (else Prism's static sample of its schema).
 * Refusals are problem+json (`title`, `status`, `detail`) unless the spec defines a response for
 * them. Each operation's validators are compiled and its answer prepared on its first request, so
 * start-up costs nothing per operation. It never checks a signature: that is the vendor layer's job.
 *
 * Unlike Prism, the Accept header is ignored (Prism let the first request's Accept stick for every
 * later request: one `Accept: text/html` made it answer 406 to everything), and each answer is a
 * fresh copy of the example, so a vendor layer that changes it changes only its own.
 */

const METHODS = ["get", "post", "put", "delete", "options", "head", "patch", "trace"];
const PROBLEM = { "content-type": "application/problem+json" };
const NO_AUTH_RESPONSE =
  "Your request does not fullfil the security requirements and no HTTP unauthorized response was found in the spec, so Prism is generating this error for you.";

interface Route {
  method: string;
  template: string;
  /** Per path segment: the decoded text it must equal, or the pattern of a templated one. */
  segments: (string | RegExp)[];
  templated: boolean;
  spec: Json;
  pathItem: Json;
  op: Json;
  prepared?: Prepared;
}

interface Prepared {
  check: (input: CheckInput) => Violation[];
  answer?: Answer | MockResponse;
}

const isTemplated = (segment: string) => /{(.+)}/.test(segment);

function decodeSegment(segment: string): string {
  try {
    return segment && decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

const problem = (status: number, title: string, detail: string): MockResponse => ({
  status,
  headers: { ...PROBLEM },
  body: { title, status, detail },
});

function routesOf(specs: object[]): Route[] {
  const routes: Route[] = [];
  for (const spec of specs as Json[]) {
    for (const [template, pathItem] of Object.entries(isObject(spec.paths) ? spec.paths : {})) {
      if (!isObject(pathItem) || !template.startsWith("/")) continue;
      const segments = template
        .split("/")
        .slice(1)
        .map(decodeSegment)
        .map((s) =>
          isTemplated(s)
            ? new RegExp(s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/\\\{[^\\]+\\\}/g, "(.*)"))
            : s,
        );
      const templated = segments.some((s) => typeof s !== "string");
      for (const method of Object.keys(pathItem).filter((m) => METHODS.includes(m))) {
        const op = pathItem[method];
        if (isObject(op)) routes.push({ method, template, segments, templated, spec, pathItem, op });
      }
    }
  }
  return routes;
}

/** Prism's preference among templated paths: the most leading segments alike, then the last defined. */
function score(template: string, path: string): number {
  const parts = path.split("/");
  let total = 0;
  for (const [i, part] of template.split("/").entries()) {
    if (part === parts[i]) total += 1;
    else if (isTemplated(part)) total += 0.5;
    else break;
  }
  return total;
}

/** The spec's response for a refusal (the first of `codes`, its `4XX`, or `default`), if any. */
function refusalResponse(route: Route, codes: number[]): Answer | undefined {
  const responses = Object.entries(isObject(route.op.responses) ? route.op.responses : {});
  for (const code of codes) {
    const found =
      responses.find(([c]) => c.toLowerCase() === String(code)) ??
      responses.find(([c]) => c === `${String(code)[0]}XX`);
    if (found) return responseAnswer(route, found[1], code, true);
  }
  const fallback = responses.find(([c]) => c === "default");
  return fallback && responseAnswer(route, fallback[1], codes[0] ?? 422, true);
}

function responseAnswer(route: Route, response: unknown, status: number, refusal: boolean): Answer {
  const resolved = deref(route.spec, response);
  const answer = answerOf(route.spec, isObject(resolved) ? resolved : {}, status, refusal);
  if (route.op.deprecated === true) answer.headers.deprecation = "true";
  return answer;
}

/** Prism's answer to a request that broke the spec: the spec's response for it, else a problem. */
function refusal(route: Route, found: Violation[]): MockResponse {
  const unauthorized = found.some((v) => v.code === 401);
  const media = found.find((v) => v.code === 415);
  const codes = unauthorized ? [401] : media ? [415, 422, 400] : [422, 400];
  const own = refusalResponse(route, codes);
  if (own) return own;
  if (unauthorized) return problem(401, "Invalid security scheme used", NO_AUTH_RESPONSE);
  if (media) return problem(415, "Invalid content type", media.message);
  return problem(422, "Invalid request", found.map((v) => v.message).join("; "));
}

/** The answer to a valid request: the lowest 2xx response (else `default`, else the first). */
function validAnswer(route: Route): Answer | MockResponse {
  const responses = Object.entries(isObject(route.op.responses) ? route.op.responses : {});
  const range = (code: string) => (/^\dXX$/.test(code) ? `${code[0]}00` : code);
  const success = responses
    .filter(([c]) => /^2(\d\d|XX)$/.test(c))
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))[0];
  const fallback = responses.find(([c]) => c === "default");
  const [code, response] = success ?? (fallback ? ["200", fallback[1]] : responses[0]) ?? [];
  if (code === undefined) return problem(500, "No response defined for the selected operation", "");
  try {
    const answer = responseAnswer(route, response, Number.parseInt(range(code), 10), false);
    if (route.method !== "head") return answer;
    const { "content-type": _, ...headers } = answer.headers;
    return { status: answer.status, headers, body: undefined };
  } catch (error) {
    if (!(error instanceof TooComplex)) throw error;
    return problem(
      500,
      "Schema too complex",
      "Unable to generate body for response. The schema is too complex to generate.",
    );
  }
}

/** Options of one mock call. */
export interface MockOptions {
  /**
   * The caller only reads the answer: it gets the prepared one, frozen (changing it throws),
   * rather than a copy.
   */
  readOnly?: boolean;
}

/** `value`, and everything in it, frozen. */
function deepFreeze<T>(value: T): T {
  if (typeof value === "object" && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

/** Prepared answers' bodies as JSON text (they come from the spec: JSON values only). */
const texts = new WeakMap<MockResponse, string>();

/**
 * A fresh copy of a prepared answer: a caller may change what it gets. Parsed from the body's text,
 * kept once per answer: for the small objects answers are, that costs less than `structuredClone`.
 */
function copy(answer: MockResponse): MockResponse {
  let body = answer.body;
  if (body !== undefined) {
    let text = texts.get(answer);
    if (text === undefined) {
      text = JSON.stringify(body);
      texts.set(answer, text);
    }
    body = JSON.parse(text);
  }
  return { status: answer.status, headers: { ...answer.headers }, body };
}

/** Prism's routing: the path's segments (decoded), then the method; a concrete path before a template. */
function createRouter(routes: Route[]): (method: string, path: string) => Route | MockResponse {
  const exact = new Map<string, Route[]>();
  const templated = new Map<number, Route[]>();
  for (const route of routes) {
    if (route.templated)
      templated.set(route.segments.length, [...(templated.get(route.segments.length) ?? []), route]);
    else
      exact.set(JSON.stringify(route.segments), [
        ...(exact.get(JSON.stringify(route.segments)) ?? []),
        route,
      ]);
  }
  return (method, path) => {
    if (!path.startsWith("/")) return problem(500, `The request path '${path}' must start with a slash.`, "");
    if (routes.length === 0)
      return problem(
        404,
        "Route not resolved, no resource provided",
        "The current document does not have any resource to match with.",
      );
    const segments = path.split("/").slice(1).map(decodeSegment);
    const candidates = [
      ...(exact.get(JSON.stringify(segments)) ?? []),
      ...(templated.get(segments.length) ?? []).filter((r) =>
        r.segments.every((s, i) => (typeof s === "string" ? s === segments[i] : s.test(segments[i] ?? ""))),
      ),
    ];
    if (candidates.length === 0)
      return problem(
        404,
        "Route not resolved, no path matched",
        `The route ${path} hasn't been found in the specification file`,
      );
    const matching = candidates.filter((r) => r.method === method);
    if (matching.length === 0)
      return problem(
        405,
        "Route resolved, but no method matched",
        `The route ${path} has been matched, but it does not have "${method}" method defined`,
      );
    const concrete = matching.filter((r) => !r.templated);
    if (concrete.length) return concrete[concrete.length - 1] as Route;
    return matching.reduce((best, r) => (score(r.template, path) >= score(best.template, path) ? r : best));
  };
}

/**
 * The router's routes by method and path as requested, kept once found (at most 1,024: then they
 * start afresh): a client calls few paths, each many times. Refusals are made anew each time.
 */
function cachedRoutes(find: (method: string, path: string) => Route | MockResponse) {
  const found = new Map<string, Route>();
  return (method: string, path: string): Route | MockResponse => {
    const key = `${method} ${path}`;
    const known = found.get(key);
    if (known) return known;
    const route = find(method.toLowerCase(), path);
    if ("op" in route) {
      if (found.size >= 1024) found.clear();
      found.set(key, route);
    }
    return route;
  };
}

/** The query as Prism's input has it: one string a name, or all of a repeated name's values. */
function queryOf(params: URLSearchParams): Record<string, string | string[]> {
  const query: Record<string, string | string[]> = {};
  // One pass (a name repeated gathers its values in order), not a getAll per name.
  for (const [key, value] of params) {
    const before = Object.hasOwn(query, key) ? query[key] : undefined;
    if (before === undefined) query[key] = value;
    else if (typeof before === "string") query[key] = [before, value];
    else before.push(value);
  }
  return query;
}

/**
 * A mock of the specs of one vendor host (Quectel's App and SaaS APIs share one), with the
 * interface and behaviour of `createPrismMock`: see the comment above.
 */
export async function createSpecMock(
  specs: object[],
): Promise<(request: MockRequest, options?: MockOptions) => Promise<MockResponse>> {
  const find = cachedRoutes(createRouter(routesOf(specs)));
  const compile = createCompiler();
  const respond = (request: MockRequest, readOnly: boolean): MockResponse => {
    const route = find(request.method, request.path);
    if (!("op" in route)) return route;
    route.prepared ??= { check: createChecks(route.spec, route.template, route.pathItem, route.op, compile) };
    const { headers, path, body } = request;
    const found = route.prepared.check({ query: queryOf(request.query), headers, path, body });
    if (found.some((v) => !v.warning)) return refusal(route, found);
    route.prepared.answer ??= deepFreeze(validAnswer(route));
    return readOnly ? route.prepared.answer : copy(route.prepared.answer);
  };
  return async (request, options) => {
    try {
      return respond(request, options?.readOnly === true);
    } catch (error) {
      // A request Prism could not read (an unparsable Content-Type, a parameter in a style it
      // cannot take) is the request's fault, not the sandbox's.
      return problem(
        400,
        "Invalid request",
        `unreadable request: ${error instanceof Error ? error.message : String(error)}`,
      );
    }
  };
}
