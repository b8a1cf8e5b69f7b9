import type { IncomingMessage, ServerResponse } from "node:http";
import {
  CLOCK_PATH,
  type ClockControl,
  clockRoute,
  DEVICES_PATH,
  loopbackOnly,
  OUTBOX_PATH,
  stateViewRoute,
} from "./routes.js";
import type { SandboxHandler, SandboxReply, VendorSandbox } from "./types.js";

/** One request through a vendor sandbox: body limits, the test routes, the vendor layer, the reply. */

/** Requests with a larger body are refused before any vendor logic runs. */
export const MAX_BODY_BYTES = 1024 * 1024;

/** Past this, an oversized body is not even drained: the connection is cut. */
const MAX_DRAIN_BYTES = 16 * 1024 * 1024;

/**
 * The request body, or undefined when it is larger than MAX_BODY_BYTES. An oversized body is read
 * to its end and dropped (so the client, still sending, gets the 413 answer rather than a reset),
 * up to MAX_DRAIN_BYTES; beyond that the connection is destroyed.
 */
function readBody(req: IncomingMessage): Promise<Buffer | undefined> | Buffer {
  const length = req.headers["content-length"];
  // No body announced: nothing to wait for (most GETs).
  if ((length === undefined || length === "0") && req.headers["transfer-encoding"] === undefined)
    return EMPTY;
  if (Number(length ?? 0) > MAX_DRAIN_BYTES) {
    req.socket.destroy();
    return Promise.resolve(undefined);
  }
  // Events rather than `for await`: the async iterator costs more than a small body's one chunk.
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_DRAIN_BYTES) {
        req.socket.destroy();
        resolve(undefined);
      } else if (size <= MAX_BODY_BYTES) chunks.push(chunk);
    });
    req.on("end", () =>
      resolve(
        size > MAX_BODY_BYTES
          ? undefined
          : chunks.length === 1
            ? (chunks[0] as Buffer)
            : Buffer.concat(chunks),
      ),
    );
    req.on("error", reject);
    // Cut off before its end: the request's fault, answered as such (an Error only then: it costs).
    req.on("close", () => {
      if (!req.complete) reject(new Error("the request was cut off"));
    });
  });
}

const EMPTY = Buffer.alloc(0);

/** What `serve` needs of a vendor: its name, its refusal envelope and how to read its code. */
export interface ServedVendor {
  name: string;
  refusal: VendorSandbox["refusal"];
  codeOf: (body: unknown) => string | number | undefined;
}

export async function serve(
  vendor: ServedVendor,
  handler: SandboxHandler,
  req: IncomingMessage,
  res: ServerResponse,
  log: (line: string) => void,
  control: ClockControl | undefined,
): Promise<void> {
  // Never rejects (it runs as `void serve(…)`): whatever one request does, the sandbox keeps serving.
  try {
    const started = performance.now();
    let url: URL | undefined;
    let reply: SandboxReply;
    try {
      // Prefixed rather than resolved: a target such as `//x` must stay a path, not become a host.
      const target = req.url?.startsWith("/") ? req.url : `/${req.url ?? ""}`;
      url = parsedTarget(target);
      const read = readBody(req);
      const rawBody = read instanceof Buffer ? read : await read;
      if (!url) {
        reply = vendor.refusal(400, "unreadable request target");
      } else if (rawBody === undefined) {
        reply = vendor.refusal(413, `request body larger than ${MAX_BODY_BYTES} bytes`);
      } else if (control && url.pathname === CLOCK_PATH) {
        reply = await clockRoute(control, req, rawBody);
      } else if (url.pathname === DEVICES_PATH) {
        reply = stateViewRoute(handler.inspect, req);
      } else if (url.pathname === OUTBOX_PATH) {
        reply = stateViewRoute(handler.outbox ?? (() => []), req);
      } else {
        const headers = headersOf(req);
        const request = {
          method: req.method ?? "GET",
          path: url.pathname,
          query: url.searchParams,
          headers,
          rawBody,
        };
        const route = handler.routes?.[url.pathname];
        reply = route ? (loopbackOnly(req) ?? (await route(request))) : await handler(request);
        // The mock's own refusals (no such path: 404, wrong method: 405) in the vendor's envelope.
        if (reply.headers?.["content-type"]?.includes("problem+json")) {
          const problem = reply.body as { title?: string; detail?: string };
          reply = vendor.refusal(reply.status, problem.detail || problem.title || "no such operation");
        }
      }
    } catch (error) {
      reply = refusalOf(vendor, `sandbox error: ${error instanceof Error ? error.message : String(error)}`);
    }
    if (!sendReply(res, reply)) {
      // Not sendable (a header Node refuses, a status out of range, a body JSON cannot hold).
      reply = refusalOf(vendor, "sandbox error: the reply could not be sent");
      if (res.headersSent || !sendReply(res, reply)) res.destroy();
    }
    const code = vendor.codeOf(reply.body);
    const ms = (performance.now() - started).toFixed(1);
    // Path only: query strings carry passwords and signatures.
    log(
      `iotdock: ${vendor.name} ${req.method} ${url?.pathname ?? "?"} -> ${reply.status}${code === undefined ? "" : ` code=${code}`} (${ms} ms)`,
    );
  } catch {
    if (!res.writableEnded) res.destroy();
  }
}

/**
 * The request's headers, one string each: Node's own object (names in lower case, repeated
 * headers joined), copied only when a `set-cookie` header made an array of it.
 */
function headersOf(req: IncomingMessage): Record<string, string> {
  const given = req.headers;
  if (!("set-cookie" in given)) return given as Record<string, string>;
  const headers: Record<string, string> = {};
  for (const name in given) {
    const value = given[name];
    if (value !== undefined) headers[name] = Array.isArray(value) ? value.join(", ") : value;
  }
  return headers;
}

/** The request target as a URL on a placeholder origin; undefined when it is not one. */
function parsedTarget(target: string): URL | undefined {
  try {
    return new URL(`http://sandbox.invalid${target}`);
  } catch {
    return undefined;
  }
}

/** A 500 in the vendor's envelope, or a plain one should the vendor's refusal itself fail. */
function refusalOf(vendor: ServedVendor, reason: string): SandboxReply {
  try {
    return vendor.refusal(500, reason);
  } catch {
    return { status: 500, body: { error: "sandbox error" } };
  }
}

/**
 * Writes a reply; false (nothing sent) when Node refuses it. Diagnostic `x-iotdock-*` header values
 * are percent-encoded outside printable ASCII first: they carry free text (a reason, a string to
 * sign), and one CR, LF or non-Latin-1 character would make Node refuse the whole reply.
 */
function sendReply(res: ServerResponse, reply: SandboxReply): boolean {
  if (res.destroyed) return true;
  try {
    const text = typeof reply.body === "string" ? reply.body : JSON.stringify(reply.body);
    const headers: Record<string, string | number> = { "content-type": "application/json" };
    const given = reply.headers;
    for (const name in given) {
      const value = given[name] as string;
      headers[name] = DIAGNOSTIC.test(name) ? printableAscii(String(value)) : value;
    }
    headers["content-length"] = Buffer.byteLength(text);
    res.writeHead(reply.status, headers);
    res.end(text);
    return true;
  } catch {
    return false;
  }
}

/** A sandbox-only diagnostic header's name. */
const DIAGNOSTIC = /^x-iotdock-/i;

/** `text` with every character outside printable ASCII (0x20–0x7E) percent-encoded as UTF-8. */
function printableAscii(text: string): string {
  return text.replace(/[^\x20-\x7e]/gu, (c) =>
    Array.from(Buffer.from(c, "utf8"), (b) => `%${b.toString(16).toUpperCase().padStart(2, "0")}`).join(""),
  );
}
