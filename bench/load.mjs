// A lean load generator: requests signed afresh by each vendor's own signer (src/vendors/*/sign.ts,
// through the same `prepareRequest` the clients use) and sent over keep-alive sockets by a minimal
// HTTP/1.1 client (http1.mjs), so that the generator costs little next to the servers it measures.

import { loadApi } from "../dist/core/facts-files.js";
import { prepareRequest } from "../dist/core/signing.js";
import { connection, requestBytes } from "./http1.mjs";

const VENDORS = ["gwell", "haier", "meari", "quectel"];
const definitions = Object.fromEntries(
  await Promise.all(VENDORS.map(async (v) => [v, (await import(`../dist/vendors/${v}/vendor.js`)).vendor])),
);

/** The credentials a sandbox takes when none are set: every variable's default. */
const defaults = (vendor) =>
  Object.fromEntries(Object.entries(definitions[vendor].credentials).map(([key, c]) => [key, c.default]));

let serial = 0;
/** Per vendor, one valid request of a simple operation (its sandbox answers it with success). */
export const OPERATIONS = {
  gwell: {
    operationId: "thirdCustLogin",
    body: () => ({ unionId: "0001", uniqueId: `t-${serial++ % 64}`, regRegion: "CN" }),
  },
  // Not the login: Haier's sandbox answers it only after calling the customer's login callback
  // (as Haier does), so its rate is that of an extra HTTP round trip, not of the sandbox.
  haier: { operationId: "getArea", query: () => ({ areaId: "110100" }) },
  meari: { operationId: "redirect", query: () => ({ countryCode: "US" }) },
  quectel: {
    operationId: "sendPhoneSmsCode",
    query: () => ({ phone: "17132136550", internationalCode: "86", codeType: "3" }),
  },
};

/** A source of signed requests of `operationId` (or `spec` for a vendor) against `baseUrl`. */
export function signedSource(vendor, baseUrl, spec = OPERATIONS[vendor], extraHeaders = {}) {
  const definition = definitions[vendor];
  const apis = definition.apis.map((ref) => loadApi(ref.name));
  const op = apis.map((api) => api.byId.get(spec.operationId)).find(Boolean);
  if (!op) throw new Error(`${vendor}: no operation ${spec.operationId}`);
  const api = apis.find((a) => a.byId.get(spec.operationId) === op);
  // Each vendor's own default nonce source: the load test proves none repeats in the window.
  const sign = definition.createSigner({ clock: Date.now });
  const credentials = defaults(vendor);
  return {
    api,
    op,
    next() {
      const query = spec.query ? `?${new URLSearchParams(spec.query())}` : "";
      const body = spec.body ? JSON.stringify(spec.body()) : undefined;
      const headers = new Headers(extraHeaders);
      if (body !== undefined) headers.set("content-type", "application/json");
      const parts = { method: op.method, url: new URL(`${baseUrl}${op.path}${query}`), headers, body };
      return prepareRequest(parts, op, sign, credentials);
    },
  };
}

/**
 * `count` requests of `source`, signed now and serialised, served in turn by `next()` (then
 * signed afresh once they run out): a throughput measurement then times the server, not the
 * generator's signing. Each is still signed by the vendor's signer, with its own nonce.
 */
export function presigned(source, count) {
  const pool = Array.from({ length: count }, () => {
    const parts = source.next();
    return { ...parts, bytes: requestBytes(parts) };
  });
  let used = 0;
  return { api: source.api, op: source.op, next: () => (used < count ? pool[used++] : source.next()) };
}

/** Why an answer is not a success of the vendor's envelope (undefined: it is one). */
function failure(api, answer) {
  if (answer.status !== 200) return `HTTP ${answer.status}: ${answer.text.slice(0, 120)}`;
  let body;
  try {
    body = JSON.parse(answer.text);
  } catch {
    return "not JSON";
  }
  const reading = api.envelope ? api.read(body) : { ok: true };
  return reading?.ok ? undefined : `code ${reading?.code}: ${answer.text.slice(0, 120)}`;
}

const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? 0;

/**
 * A closed loop: `inFlight` workers, each sending its next request when the last is answered,
 * for `seconds` or until `count` requests are sent; `sources` are used in turn.
 */
export async function closedLoop({ sources, inFlight, seconds, count, checkEvery = 1 }) {
  const latencies = [];
  const errors = [];
  let sent = 0;
  const started = performance.now();
  const end = seconds ? started + seconds * 1000 : Number.POSITIVE_INFINITY;
  const connections = [];
  const worker = async () => {
    const own = new Map();
    connections.push(own);
    while ((count === undefined || sent < count) && performance.now() < end) {
      const source = sources[sent % sources.length];
      sent++;
      const parts = source.next();
      const key = parts.url.host;
      if (!own.has(key)) own.set(key, connection(parts.url.hostname, Number(parts.url.port)));
      const bytes = parts.bytes ?? requestBytes(parts);
      const t = performance.now();
      const answer = await own.get(key).send(bytes);
      latencies.push(performance.now() - t);
      // Reading every answer's envelope costs the generator; every `checkEvery`-th is checked.
      const why = answer.status !== 200 || sent % checkEvery === 0 ? failure(source.api, answer) : undefined;
      if (why) errors.push(why);
    }
  };
  await Promise.all(Array.from({ length: inFlight }, worker));
  const elapsed = (performance.now() - started) / 1000;
  for (const own of connections) for (const c of own.values()) c.close();
  latencies.sort((a, b) => a - b);
  return {
    requests: latencies.length,
    seconds: elapsed,
    perSecond: latencies.length / elapsed,
    p50: percentile(latencies, 0.5),
    p99: percentile(latencies, 0.99),
    errors: errors.length,
    firstError: errors[0],
  };
}
