import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { fileURLToPath } from "node:url";
import { type Clock, systemClock } from "../core/clock.js";
import { credentialValues } from "../core/credentials.js";
import { ConfigError, IotdockError } from "../core/errors.js";
import { bundledSpecPath, loadApi } from "../core/facts.js";
import { CLOCK_PATH, type ClockControl, clockRoute, DEVICES_PATH, devicesRoute } from "./routes.js";
import type { SandboxHandler, SandboxReply, VendorSandbox } from "./types.js";
import { discoverVendors, type SandboxVendor } from "./vendors.js";

export const DEFAULT_HOST = "127.0.0.1";
export const DEFAULT_PORT_BASE = 4010;
/** Requests with a larger body are refused before any vendor logic runs. */
export const MAX_BODY_BYTES = 1024 * 1024;

export interface SandboxOptions {
  /** Vendor names; all discovered vendors when omitted. */
  vendors?: string[] | undefined;
  host?: string | undefined;
  /** Each vendor listens on portBase + its offset. 0 picks free ports (tests). */
  portBase?: number | undefined;
  /** Where credentials come from; defaults to process.env. */
  env?: Record<string, string | undefined> | undefined;
  clock?: Clock | undefined;
  /**
   * Test-only: serve `/_iotdock/clock` on every sandbox, to loopback clients only, so a test can
   * move the sandboxes' shared clock forward (expire tokens, timestamps) without waiting.
   */
  clockControl?: boolean | undefined;
  /** One line per event (ready, request); defaults to stdout. */
  log?: ((line: string) => void) | undefined;
}

export interface RunningSandbox {
  vendor: string;
  url: string;
  port: number;
  /** Environment variables that set this sandbox's credentials (names only). */
  variables: string[];
}

export interface SandboxHandle {
  sandboxes: RunningSandbox[];
  close(): Promise<void>;
}

export { CLOCK_PATH, DEVICES_PATH } from "./routes.js";

export class PortInUseError extends IotdockError {
  constructor(
    readonly what: string,
    readonly host: string,
    readonly port: number,
    /** The port table: `docs on N, gwell on N+1, …`. */
    table: string,
  ) {
    super(
      `port ${port} on ${host} (${what}) is already in use; choose other ports with --port-base N (${table})`,
      { vendor: what.split(" ")[0] ?? what, operation: "listen" },
    );
  }
}

export class UnknownVendorError extends IotdockError {
  constructor(names: string[], known: string[]) {
    super(`unknown vendor ${names.map((n) => JSON.stringify(n)).join(", ")}; known: ${known.join(", ")}`, {
      vendor: names.join(","),
      operation: "sandbox",
    });
  }
}

/** `docs on N, gwell on N+1, …` from the vendor definitions. */
export function portTable(vendors: { name: string; portOffset: number }[]): string {
  return ["docs on N", ...vendors.map((v) => `${v.name} on N+${v.portOffset}`)].join(", ");
}

export async function selectVendors(names?: string[]): Promise<SandboxVendor[]> {
  const all = await discoverVendors();
  if (!names || names.length === 0) return all;
  const unknown = names.filter((n) => !all.some((v) => v.definition.name === n));
  if (unknown.length)
    throw new UnknownVendorError(
      unknown,
      all.map((v) => v.definition.name),
    );
  return all.filter((v) => names.includes(v.definition.name));
}

/** What a vendor's sandbox needs from its specs: operations by route, code texts, and their checks. */
function vendorFacts({ definition, sandbox }: SandboxVendor) {
  const apis = definition.apis.map((api) => loadApi(api.name));
  const known = new Set(sandbox.states);
  for (const op of apis.flatMap((api) => api.operations)) {
    const unknown = op.state.filter((name) => !known.has(name));
    if (unknown.length)
      throw new ConfigError(
        `x-iotdock-state ${unknown.join(", ")} of ${op.operationId} is not a behaviour of the ${definition.name} sandbox (known: ${sandbox.states.join(", ")})`,
        { vendor: definition.name, operation: op.operationId },
      );
  }
  const texts = new Map(
    apis.flatMap((api) => [...api.codes.values()].map((c) => [String(c.code), c.msg] as const)),
  );
  const codes = new Map(apis.flatMap((api) => [...api.codes.entries()]));
  return {
    apis,
    texts,
    answers: (code: string | number, operationId: string) => {
      const listed = codes.get(String(code))?.operations;
      return listed === undefined || listed.includes(operationId);
    },
    find: (method: string, path: string) => {
      for (const api of apis) {
        const op = api.find(method, path);
        if (op) return op;
      }
      return undefined;
    },
    codeOf: (body: unknown) => apis[0]?.read(body)?.code,
    specPaths: definition.apis.map((api) => fileURLToPath(bundledSpecPath(api.name))),
  };
}

export async function startSandbox(options: SandboxOptions = {}): Promise<SandboxHandle> {
  const host = options.host ?? DEFAULT_HOST;
  const portBase = options.portBase ?? DEFAULT_PORT_BASE;
  const env = options.env ?? process.env;
  const baseClock = options.clock ?? systemClock;
  let offsetMs = 0;
  const clock: Clock = () => baseClock() + offsetMs;
  const control = options.clockControl
    ? {
        get: () => ({ now: clock(), offsetMs }),
        advance: (ms: number) => {
          offsetMs += ms;
        },
        reset: () => {
          offsetMs = 0;
        },
      }
    : undefined;
  const log = options.log ?? ((line: string) => process.stdout.write(`${line}\n`));
  const vendors = await selectVendors(options.vendors);
  // Prism takes over a second to load: only commands that start a sandbox pay for it.
  const { createPrismMock } = await import("./prism.js");

  const servers: Server[] = [];
  const running: RunningSandbox[] = [];
  const close = async () => {
    await Promise.all(
      servers.map(
        (s) =>
          new Promise<void>((resolve) => {
            s.close(() => resolve());
            s.closeAllConnections();
          }),
      ),
    );
  };
  try {
    // Mocks are built for all vendors at once; they listen in vendor order.
    const prepared = await Promise.all(
      vendors.map(async (vendor) => {
        const facts = vendorFacts(vendor);
        return { vendor, facts, mock: await createPrismMock(facts.specPaths) };
      }),
    );
    const table = portTable(vendors.map((v) => v.definition));
    for (const { vendor, facts, mock } of prepared) {
      const { definition, sandbox } = vendor;
      let url = "";
      const handler = sandbox.createHandler({
        credentials: credentialValues(Object.values(definition.credentials), env),
        clock,
        find: facts.find,
        texts: facts.texts,
        answers: facts.answers,
        mock,
        baseUrl: () => url,
      });
      const served = { name: definition.name, refusal: sandbox.refusal, codeOf: facts.codeOf };
      const server = createServer((req, res) => {
        void serve(served, handler, req, res, log, control);
      });
      // A request Node's parser refuses (bad request line, invalid header) never reaches the
      // handler: answer it in the vendor's envelope too, then close.
      server.on("clientError", (error: NodeJS.ErrnoException, socket) => {
        if (!socket.writable) return socket.destroy();
        const reply = sandbox.refusal(400, `malformed HTTP request (${error.code ?? "parse error"})`);
        const text = JSON.stringify(reply.body);
        socket.end(
          `HTTP/1.1 400 Bad Request\r\ncontent-type: application/json\r\ncontent-length: ${Buffer.byteLength(text)}\r\nconnection: close\r\n\r\n${text}`,
        );
      });
      servers.push(server);
      const port = portBase === 0 ? 0 : portBase + definition.portOffset;
      await listen(server, host, port).catch((error: NodeJS.ErrnoException) => {
        throw error.code === "EADDRINUSE"
          ? new PortInUseError(`${definition.name} sandbox`, host, port, table)
          : error;
      });
      const actual = (server.address() as AddressInfo).port;
      url = `http://${host.includes(":") ? `[${host}]` : host}:${actual}`;
      running.push({
        vendor: definition.name,
        url,
        port: actual,
        variables: Object.values(definition.credentials).map((c) => c.variable),
      });
      log(`iotdock: ${definition.name} sandbox ready at ${url}`);
    }
  } catch (error) {
    await close();
    throw error;
  }
  return { sandboxes: running, close };
}

function listen(server: Server, host: string, port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => {
      server.off("error", reject);
      resolve();
    });
  });
}

/** Past this, an oversized body is not even drained: the connection is cut. */
const MAX_DRAIN_BYTES = 16 * 1024 * 1024;

/**
 * The request body, or undefined when it is larger than MAX_BODY_BYTES. An oversized body is read
 * to its end and dropped (so the client, still sending, gets the 413 answer rather than a reset),
 * up to MAX_DRAIN_BYTES; beyond that the connection is destroyed.
 */
async function readBody(req: IncomingMessage): Promise<Buffer | undefined> {
  const declared = Number(req.headers["content-length"] ?? 0);
  if (declared > MAX_DRAIN_BYTES) {
    req.socket.destroy();
    return undefined;
  }
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_DRAIN_BYTES) {
      req.socket.destroy();
      return undefined;
    }
    if (size <= MAX_BODY_BYTES) chunks.push(chunk as Buffer);
  }
  return size > MAX_BODY_BYTES ? undefined : Buffer.concat(chunks);
}

/** What `serve` needs of a vendor: its name, its refusal envelope and how to read its code. */
interface ServedVendor {
  name: string;
  refusal: VendorSandbox["refusal"];
  codeOf: (body: unknown) => string | number | undefined;
}

async function serve(
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
      url = URL.canParse(`http://sandbox.invalid${target}`)
        ? new URL(`http://sandbox.invalid${target}`)
        : undefined;
      const rawBody = await readBody(req);
      if (!url) {
        reply = vendor.refusal(400, "unreadable request target");
      } else if (rawBody === undefined) {
        reply = vendor.refusal(413, `request body larger than ${MAX_BODY_BYTES} bytes`);
      } else if (control && url.pathname === CLOCK_PATH) {
        reply = await clockRoute(control, req, rawBody);
      } else if (url.pathname === DEVICES_PATH) {
        reply = devicesRoute(handler.inspect, req);
      } else {
        const headers: Record<string, string> = {};
        for (const [name, value] of Object.entries(req.headers)) {
          if (value !== undefined) headers[name] = Array.isArray(value) ? value.join(", ") : value;
        }
        reply = await handler({
          method: req.method ?? "GET",
          path: url.pathname,
          query: url.searchParams,
          headers,
          rawBody,
        });
        // Prism's own refusals (no such path: 404, wrong method: 405) in the vendor's envelope.
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
    for (const [name, value] of Object.entries(reply.headers ?? {})) {
      headers[name] = name.toLowerCase().startsWith("x-iotdock-") ? printableAscii(String(value)) : value;
    }
    headers["content-length"] = Buffer.byteLength(text);
    res.writeHead(reply.status, headers);
    res.end(text);
    return true;
  } catch {
    return false;
  }
}

/** `text` with every character outside printable ASCII (0x20–0x7E) percent-encoded as UTF-8. */
function printableAscii(text: string): string {
  return text.replace(/[^\x20-\x7e]/gu, (c) =>
    Array.from(Buffer.from(c, "utf8"), (b) => `%${b.toString(16).toUpperCase().padStart(2, "0")}`).join(""),
  );
}
