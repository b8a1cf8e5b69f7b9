import { readFile } from "node:fs/promises";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { fileURLToPath } from "node:url";
import { parse } from "yaml";
import { type Clock, systemClock } from "../core/clock.js";
import { credentialValues } from "../core/credentials.js";
import type { SandboxReply, SandboxRequest, VendorSandbox } from "./types.js";
import { discoverVendors, specsDir } from "./vendors.js";

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

/** Path of the clock-control route (with `clockControl`). */
export const CLOCK_PATH = "/_iotdock/clock";

export class PortInUseError extends Error {
  constructor(
    readonly what: string,
    readonly host: string,
    readonly port: number,
  ) {
    super(
      `port ${port} on ${host} (${what}) is already in use; choose other ports with --port-base N (docs on N, vendors on N+1…N+4)`,
    );
    this.name = "PortInUseError";
  }
}

export class UnknownVendorError extends Error {
  constructor(names: string[], known: string[]) {
    super(`unknown vendor ${names.map((n) => JSON.stringify(n)).join(", ")}; known: ${known.join(", ")}`);
    this.name = "UnknownVendorError";
  }
}

export async function selectVendors(names?: string[]): Promise<VendorSandbox[]> {
  const all = await discoverVendors();
  if (!names || names.length === 0) return all;
  const unknown = names.filter((n) => !all.some((v) => v.vendor === n));
  if (unknown.length)
    throw new UnknownVendorError(
      unknown,
      all.map((v) => v.vendor),
    );
  return all.filter((v) => names.includes(v.vendor));
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
    // Specs are read and mocks built for all vendors at once; they listen in vendor order.
    const prepared = await Promise.all(
      vendors.map(async (vendor) => {
        const specPath = fileURLToPath(new URL(vendor.specFile, specsDir));
        const [spec, mock] = await Promise.all([
          readFile(specPath, "utf8").then(parse),
          createPrismMock(specPath),
        ]);
        return { vendor, spec, mock };
      }),
    );
    for (const { vendor, spec, mock } of prepared) {
      let url = "";
      const handler = vendor.createHandler({
        credentials: credentialValues(vendor.credentials, env),
        clock,
        spec,
        mock,
        baseUrl: () => url,
      });
      const server = createServer((req, res) => {
        void serve(vendor, handler, req, res, log, control);
      });
      // A request Node's parser refuses (bad request line, invalid header) never reaches the
      // handler: answer it in the vendor's envelope too, then close.
      server.on("clientError", (error: NodeJS.ErrnoException, socket) => {
        if (!socket.writable) return socket.destroy();
        const reply = vendor.refusal(400, `malformed HTTP request (${error.code ?? "parse error"})`);
        const text = JSON.stringify(reply.body);
        socket.end(
          `HTTP/1.1 400 Bad Request\r\ncontent-type: application/json\r\ncontent-length: ${Buffer.byteLength(text)}\r\nconnection: close\r\n\r\n${text}`,
        );
      });
      servers.push(server);
      const port = portBase === 0 ? 0 : portBase + vendor.portOffset;
      await listen(server, host, port).catch((error: NodeJS.ErrnoException) => {
        throw error.code === "EADDRINUSE"
          ? new PortInUseError(`${vendor.vendor} sandbox`, host, port)
          : error;
      });
      const actual = (server.address() as AddressInfo).port;
      url = `http://${host.includes(":") ? `[${host}]` : host}:${actual}`;
      running.push({
        vendor: vendor.vendor,
        url,
        port: actual,
        variables: vendor.credentials.map((c) => c.variable),
      });
      log(`iotdock: ${vendor.vendor} sandbox ready at ${url}`);
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

const LOOPBACK = new Set(["127.0.0.1", "::1", "::ffff:127.0.0.1"]);

interface ClockControl {
  get(): { now: number; offsetMs: number };
  advance(ms: number): void;
  reset(): void;
}

/**
 * `GET /_iotdock/clock` tells the sandbox time; `POST {"advanceSeconds": n}` moves it forward;
 * `POST {"reset": true}` puts it back to real time.
 */
async function clockRoute(
  control: ClockControl,
  req: IncomingMessage,
  rawBody: Buffer,
): Promise<SandboxReply> {
  if (!LOOPBACK.has(req.socket.remoteAddress ?? "")) return { status: 403, body: { error: "loopback only" } };
  if (req.method === "POST") {
    let command: { advanceSeconds?: unknown; reset?: unknown } = {};
    try {
      command = JSON.parse(rawBody.toString("utf8")) ?? {};
    } catch {
      // answered below
    }
    const seconds = command.advanceSeconds;
    if (command.reset === true) control.reset();
    else if (typeof seconds === "number" && Number.isFinite(seconds) && seconds >= 0)
      control.advance(seconds * 1000);
    else
      return { status: 400, body: { error: 'send {"advanceSeconds": n} with n >= 0, or {"reset": true}' } };
  } else if (req.method !== "GET") {
    return { status: 405, body: { error: "GET or POST" } };
  }
  return { status: 200, body: control.get() };
}

async function serve(
  vendor: VendorSandbox,
  handler: (request: SandboxRequest) => Promise<SandboxReply>,
  req: IncomingMessage,
  res: ServerResponse,
  log: (line: string) => void,
  control: ClockControl | undefined,
): Promise<void> {
  const started = performance.now();
  // Prefixed rather than resolved: a target such as `//x` must stay a path, not become a host.
  const target = req.url?.startsWith("/") ? req.url : `/${req.url ?? ""}`;
  const url = URL.canParse(`http://sandbox.invalid${target}`)
    ? new URL(`http://sandbox.invalid${target}`)
    : undefined;
  let reply: SandboxReply;
  try {
    const rawBody = await readBody(req);
    if (!url) {
      reply = vendor.refusal(400, "unreadable request target");
    } else if (rawBody === undefined) {
      reply = vendor.refusal(413, `request body larger than ${MAX_BODY_BYTES} bytes`);
    } else if (control && url.pathname === CLOCK_PATH) {
      reply = await clockRoute(control, req, rawBody);
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
    reply = vendor.refusal(500, `sandbox error: ${error instanceof Error ? error.message : String(error)}`);
  }
  const text = typeof reply.body === "string" ? reply.body : JSON.stringify(reply.body);
  res.writeHead(reply.status, {
    "content-type": "application/json",
    ...reply.headers,
    "content-length": Buffer.byteLength(text),
  });
  res.end(text);
  const code = vendor.codeOf(reply.body);
  const ms = (performance.now() - started).toFixed(1);
  // Path only: query strings carry passwords and signatures.
  log(
    `iotdock: ${vendor.vendor} ${req.method} ${url?.pathname ?? "?"} -> ${reply.status}${code === undefined ? "" : ` code=${code}`} (${ms} ms)`,
  );
}
