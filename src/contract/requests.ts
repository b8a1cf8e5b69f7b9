import { secureRandomString, systemClock } from "../core/clock.js";
import { type ApiFacts, deref, type OperationFacts } from "../core/facts.js";
import { appendQuery, type Credentials, prepareRequest, type RequestParts } from "../core/signing.js";
import type { VendorDefinition } from "../core/vendor.js";

/**
 * Requests built from a spec alone: an operation's own examples (path, query, header parameters
 * and JSON body), with the parts the client would fill (credentials in the body, an encrypted
 * password, the signature) filled the same way. The contract runner, the Dredd hooks, the fuzz and
 * the pipeline test all send these, so a new operation in a spec is covered without code.
 */

type Json = Record<string, unknown>;

/** The first example of a parameter or media type: `example`, else the first of `examples`, else the schema's. */
export function firstExample(spec: Json, node: unknown): unknown {
  const n = deref(spec, node) as Json | undefined;
  if (!n) return undefined;
  if (n.example !== undefined) return n.example;
  const examples = n.examples as Record<string, unknown> | undefined;
  const first = examples ? Object.values(examples)[0] : undefined;
  if (first !== undefined) return (deref(spec, first) as Json | undefined)?.value;
  const schema = deref(spec, n.schema) as Json | undefined;
  return schema?.example ?? schema?.default ?? (schema?.enum as unknown[] | undefined)?.[0];
}

/** The raw operation object of a fact. */
export function operationObject(api: ApiFacts, op: OperationFacts): Json {
  return ((api.spec.paths as Json)[op.path] as Json)[op.method.toLowerCase()] as Json;
}

const asText = (value: unknown) => (typeof value === "string" ? value : JSON.stringify(value));

/** The operation's example request against `baseUrl`, unsigned, without the parts the client fills. */
export function exampleRequest(api: ApiFacts, op: OperationFacts, baseUrl: string): RequestParts {
  const spec = api.spec;
  const raw = operationObject(api, op);
  let path = op.path;
  const query: [string, string][] = [];
  const headers = new Headers();
  for (const p of ((raw.parameters ?? []) as unknown[]).map((x) => deref(spec, x) as Json)) {
    const value = firstExample(spec, p);
    if (value === undefined || value === null) {
      if (p.in === "path") path = path.replace(`{${p.name}}`, "1");
      continue;
    }
    const text = asText(value);
    if (p.in === "path") path = path.replace(`{${p.name}}`, encodeURIComponent(text));
    else if (p.in === "query") query.push([String(p.name), text]);
    else if (p.in === "header") headers.set(String(p.name), text);
  }
  const password = op.password;
  const filled = new Set([
    ...Object.keys(op.bodyCredentials),
    ...(password ? [password.field, password.random] : []),
  ]);
  const url = new URL(`${baseUrl.replace(/\/+$/, "")}${path}`);
  const search = query
    .filter(([name]) => !(password?.in === "query" && filled.has(name)))
    .map(([k, v]) => `${k}=${encodeURIComponent(v)}`)
    .join("&");
  if (search) url.search = `?${search}`;
  let body: string | undefined;
  if (op.jsonBody) {
    const media = ((deref(spec, raw.requestBody) as Json).content as Json)["application/json"];
    const example = firstExample(spec, media ?? {});
    if (example !== undefined) {
      const value =
        typeof example === "object" && example !== null && !Array.isArray(example)
          ? Object.fromEntries(Object.entries(example).filter(([k]) => !filled.has(k)))
          : example;
      body = JSON.stringify(value);
    }
    headers.set("content-type", "application/json");
  } else {
    const multipart = (deref(spec, raw.requestBody) as Json | undefined)?.content as Json | undefined;
    const media = multipart?.["multipart/form-data"] as Json | undefined;
    const example = media ? firstExample(spec, media) : undefined;
    if (example && typeof example === "object" && !Array.isArray(example)) {
      body = multipartBody(example as Json);
      headers.set("content-type", `multipart/form-data; boundary=${BOUNDARY}`);
    }
  }
  return { method: op.method, url, headers, body };
}

const BOUNDARY = "iotdock-example-boundary";

/** A multipart/form-data body of an example's fields (a `file` field as a file part named example.txt). */
function multipartBody(fields: Json): string {
  const parts = Object.entries(fields).map(([name, value]) => {
    const text = typeof value === "string" ? value : JSON.stringify(value);
    const file = name === "file" ? '; filename="example.txt"' : "";
    return `--${BOUNDARY}\r\nContent-Disposition: form-data; name="${name}"${file}\r\n\r\n${text}\r\n`;
  });
  return `${parts.join("")}--${BOUNDARY}--\r\n`;
}

/** The password every generated request carries where an operation takes one (never a real user's). */
export const EXAMPLE_PASSWORD = "iotdock-Example-1";

/** Removes the password fields an example carries (encrypted with a random nobody knows). */
export function withoutPassword(parts: RequestParts, op: OperationFacts): RequestParts {
  if (!op.password) return parts;
  const { field, random } = op.password;
  if (op.password.in === "query") {
    const url = new URL(parts.url);
    url.searchParams.delete(field);
    url.searchParams.delete(random);
    return { ...parts, url };
  }
  if (!parts.body) return parts;
  const { [field]: _pwd, [random]: _random, ...rest } = JSON.parse(parts.body) as Json;
  return { ...parts, body: JSON.stringify(rest) };
}

/** Puts an encrypted password where the operation takes one (`x-iotdock-password`). */
export function withPassword(
  parts: RequestParts,
  op: OperationFacts,
  vendor: VendorDefinition,
  plaintext = EXAMPLE_PASSWORD,
): RequestParts {
  if (!op.password || !vendor.password) return parts;
  const random = secureRandomString(vendor.password.randomLength);
  const pwd = vendor.password.encrypt(plaintext, random);
  const { field, random: randomField } = op.password;
  if (op.password.in === "query")
    return { ...parts, url: appendQuery(parts.url, { [field]: pwd, [randomField]: random }) };
  const json = JSON.parse(parts.body ?? "{}") as Json;
  return { ...parts, body: JSON.stringify({ ...json, [field]: pwd, [randomField]: random }) };
}

/** Credential values by key from values by environment variable name. */
export function credentialsByKey(vendor: VendorDefinition, values: Record<string, string>): Credentials {
  return Object.fromEntries(
    Object.entries(vendor.credentials).map(([key, c]) => [key, values[c.variable] ?? c.default]),
  );
}

/** The same credentials with every secret one wrong: what a forged request would be signed with. */
export function wrongSecrets(vendor: VendorDefinition, credentials: Credentials): Credentials {
  return Object.fromEntries(
    Object.entries(credentials).map(([key, value]) => [
      key,
      vendor.credentials[key]?.secret ? `not-the-${key}-${value.length}` : value,
    ]),
  );
}

/**
 * The operation's example request, ready to send: password encrypted, a user token where it needs
 * one, credentials filled, signed.
 */
export function signedExample(
  vendor: VendorDefinition,
  api: ApiFacts,
  op: OperationFacts,
  baseUrl: string,
  credentials: Credentials,
  extra: { accessToken?: string | undefined; refreshToken?: string | undefined; clock?: () => number } = {},
): RequestParts {
  let parts = withPassword(exampleRequest(api, op, baseUrl), op, vendor);
  if (op.auth.token && extra.accessToken !== undefined) {
    if (op.auth.token.in === "header") parts.headers.set(op.auth.token.name, extra.accessToken);
    else parts.url.searchParams.set(op.auth.token.name, extra.accessToken);
  }
  if (op.refreshTokenParam && extra.refreshToken !== undefined)
    parts.url.searchParams.set(op.refreshTokenParam, extra.refreshToken);
  parts = { ...parts, headers: new Headers(parts.headers) };
  const sign = vendor.createSigner({ clock: extra.clock ?? systemClock });
  return prepareRequest(parts, op, sign, credentials);
}

/** Sends request parts with fetch; `redirect: "manual"` (a signed request is never sent elsewhere). */
export function send(parts: RequestParts, timeoutMs = 10_000): Promise<Response> {
  return fetch(parts.url, {
    method: parts.method,
    headers: parts.headers,
    body: parts.body,
    redirect: "manual",
    signal: AbortSignal.timeout(timeoutMs),
  });
}
