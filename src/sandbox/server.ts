import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { type Clock, systemClock } from "../core/clock.js";
import { credentialValues } from "../core/credentials.js";
import { ConfigError, IotdockError } from "../core/errors.js";
import { envelopeCode } from "../core/facts.js";
import { loadApi } from "../core/facts-files.js";
import { batchedLog } from "./log-lines.js";
import type { ClockControl } from "./routes.js";
import { type ServedVendor, serve } from "./serve.js";
import type { SandboxHandler, VendorSandboxContext } from "./types.js";
import { discoverVendors, type SandboxVendor } from "./vendors.js";

export const DEFAULT_HOST = "127.0.0.1";
export const DEFAULT_PORT_BASE = 4010;

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

export { CLOCK_PATH, DEVICES_PATH, OUTBOX_PATH } from "./routes.js";
export { MAX_BODY_BYTES } from "./serve.js";

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
  const envelope = apis[0]?.envelope;
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
  return {
    apis,
    texts,
    // Asked of the operation's own API (two APIs of a vendor may list one code for different operations).
    answers: (code: string | number, operationId: string) =>
      (
        apis.find((api) => api.byId.has(operationId)) ?? apis.find((api) => api.codes.has(String(code)))
      )?.answers(code, operationId) ?? true,
    find: (method: string, path: string) => {
      for (const api of apis) {
        const op = api.find(method, path);
        if (op) return op;
      }
      return undefined;
    },
    // The log line reads only the answer's code, not its whole envelope.
    codeOf: (body: unknown) => envelopeCode(envelope, body),
    specs: apis.map((api) => api.spec),
  };
}

/** The sandboxes' shared clock, movable through `/_iotdock/clock` when `clockControl` is on. */
function sandboxClock(
  base: Clock,
  withControl: boolean,
): { clock: Clock; control: ClockControl | undefined } {
  let offsetMs = 0;
  const clock: Clock = () => base() + offsetMs;
  const control = withControl
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
  return { clock, control };
}

/** A vendor's server, listening before its handler exists (a taken port fails before any mock is built). */
interface Bound {
  vendor: SandboxVendor;
  server: Server;
  url: string;
  port: number;
  install(handler: SandboxHandler, served: ServedVendor): void;
}

async function bind(
  vendor: SandboxVendor,
  at: { host: string; port: number; table: string },
  log: (line: string) => void,
  control: ClockControl | undefined,
  servers: Server[],
): Promise<Bound> {
  let route: ((req: IncomingMessage, res: ServerResponse) => void) | undefined;
  const server = createServer((req, res) => route?.(req, res));
  // A request Node's parser refuses (bad request line, invalid header) never reaches the
  // handler: answer it in the vendor's envelope too, then close.
  server.on("clientError", (error: NodeJS.ErrnoException, socket) => {
    if (!socket.writable) return socket.destroy();
    const reply = vendor.sandbox.refusal(400, `malformed HTTP request (${error.code ?? "parse error"})`);
    const text = JSON.stringify(reply.body);
    socket.end(
      `HTTP/1.1 400 Bad Request\r\ncontent-type: application/json\r\ncontent-length: ${Buffer.byteLength(text)}\r\nconnection: close\r\n\r\n${text}`,
    );
  });
  servers.push(server);
  await listen(server, at.host, at.port).catch((error: NodeJS.ErrnoException) => {
    throw error.code === "EADDRINUSE"
      ? new PortInUseError(`${vendor.definition.name} sandbox`, at.host, at.port, at.table)
      : error;
  });
  const port = (server.address() as AddressInfo).port;
  return {
    vendor,
    server,
    port,
    url: `http://${at.host.includes(":") ? `[${at.host}]` : at.host}:${port}`,
    install(handler, served) {
      route = (req, res) => {
        void serve(served, handler, req, res, log, control);
      };
    },
  };
}

export async function startSandbox(options: SandboxOptions = {}): Promise<SandboxHandle> {
  const host = options.host ?? DEFAULT_HOST;
  const portBase = options.portBase ?? DEFAULT_PORT_BASE;
  const env = options.env ?? process.env;
  const { clock, control } = sandboxClock(options.clock ?? systemClock, options.clockControl === true);
  // Request lines are written in batches: one write per turn of the event loop, not per request.
  const lines = options.log ? undefined : batchedLog((text) => process.stdout.write(text));
  const log = options.log ?? (lines as NonNullable<typeof lines>).log;
  const vendors = await selectVendors(options.vendors);
  const servers: Server[] = [];
  const handlers: SandboxHandler[] = [];
  const close = async () => {
    lines?.flush();
    await Promise.all(handlers.map((h) => h.close?.()));
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
    // Ports first, in vendor order: a taken one fails at once, before any mock is built.
    const table = portTable(vendors.map((v) => v.definition));
    const bound: Bound[] = [];
    for (const vendor of vendors) {
      const port = portBase === 0 ? 0 : portBase + vendor.definition.portOffset;
      bound.push(await bind(vendor, { host, port, table }, log, control, servers));
    }
    // Ajv loads only for commands that start a sandbox; each operation compiles on its first request.
    const { createSpecMock } = await import("./mock.js");
    const mocks = await Promise.all(
      vendors.map(async (vendor) => {
        const facts = vendorFacts(vendor);
        return { facts, mock: await createSpecMock(facts.specs) };
      }),
    );
    return {
      sandboxes: bound.map((b, i) =>
        ready(b, mocks[i] as (typeof mocks)[number], { env, clock, log }, handlers),
      ),
      close,
    };
  } catch (error) {
    await close();
    throw error;
  }
}

/** Installs a bound vendor's handler and says it is ready. */
function ready(
  b: Bound,
  { facts, mock }: { facts: ReturnType<typeof vendorFacts>; mock: VendorSandboxContext["mock"] },
  { env, clock, log }: { env: Record<string, string | undefined>; clock: Clock; log: (line: string) => void },
  handlers: SandboxHandler[],
): RunningSandbox {
  const { definition, sandbox } = b.vendor;
  const handler = sandbox.createHandler({
    credentials: credentialValues(Object.values(definition.credentials), env),
    clock,
    find: facts.find,
    apis: facts.apis,
    texts: facts.texts,
    answers: facts.answers,
    mock,
    baseUrl: () => b.url,
    env,
    log,
  });
  handlers.push(handler);
  b.install(handler, { name: definition.name, refusal: sandbox.refusal, codeOf: facts.codeOf });
  log(`iotdock: ${definition.name} sandbox ready at ${b.url}`);
  for (const note of handler.notes ?? []) log(note);
  return {
    vendor: definition.name,
    url: b.url,
    port: b.port,
    variables: Object.values(definition.credentials).map((c) => c.variable),
  };
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
