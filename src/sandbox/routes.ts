import type { IncomingMessage } from "node:http";
import type { SandboxReply } from "./types.js";

/**
 * The sandbox's own routes for tests, under `/_iotdock/` on every sandbox port: loopback clients
 * only, and only when the request names the sandbox by a loopback Host (a web page in a local
 * browser, or a DNS-rebound name, cannot reach them).
 *   /_iotdock/clock    (with clockControl) the sandboxes' shared clock: tell, move forward, reset
 *   /_iotdock/devices  the vendor's virtual devices and what was done to them (read only)
 *   /_iotdock/outbox   what the vendor "sent" to users: verification codes by SMS and e-mail (read only)
 * and a vendor's own routes (`SandboxHandler.routes`, same loopback rules): Quectel's
 *   /_iotdock/devices/online  takes a virtual device offline or back online
 *   /_iotdock/amqp/…          RabbitMQ's HTTP auth backend: the vendor's login rule for the broker
 */

/** Path of the clock-control route (with `clockControl`). */
export const CLOCK_PATH = "/_iotdock/clock";
/** Path of the device-state route. */
export const DEVICES_PATH = "/_iotdock/devices";
/** Path of the outbox route. */
export const OUTBOX_PATH = "/_iotdock/outbox";

const LOOPBACK = new Set(["127.0.0.1", "::1", "::ffff:127.0.0.1"]);

export interface ClockControl {
  get(): { now: number; offsetMs: number };
  advance(ms: number): void;
  reset(): void;
}

/**
 * `GET /_iotdock/clock` tells the sandbox time; `POST {"advanceSeconds": n}` moves it forward;
 * `POST {"reset": true}` puts it back to real time.
 *
 * Only for a test on this machine: the client must be on loopback and name this sandbox by a
 * loopback Host (a DNS-rebound name is refused), and a POST must be `application/json` (a web page
 * can POST text/plain or a form cross-origin without asking; JSON needs a CORS preflight, which
 * this route never grants). The clock moves at most MAX_CLOCK_OFFSET_SECONDS from real time.
 */
export async function clockRoute(
  control: ClockControl,
  req: IncomingMessage,
  rawBody: Buffer,
): Promise<SandboxReply> {
  const refused = loopbackOnly(req);
  if (refused) return refused;
  if (req.method === "POST") {
    const mediaType = (req.headers["content-type"] ?? "").split(";")[0]?.trim().toLowerCase();
    if (mediaType !== "application/json")
      return { status: 415, body: { error: "send the command as content-type application/json" } };
    let command: { advanceSeconds?: unknown; reset?: unknown } = {};
    try {
      command = JSON.parse(rawBody.toString("utf8")) ?? {};
    } catch {
      // answered below
    }
    const seconds = command.advanceSeconds;
    const offsetMs = typeof seconds === "number" ? control.get().offsetMs + seconds * 1000 : Number.NaN;
    if (command.reset === true) control.reset();
    else if (
      typeof seconds === "number" &&
      Number.isFinite(seconds) &&
      seconds >= 0 &&
      Number.isFinite(offsetMs) &&
      offsetMs <= MAX_CLOCK_OFFSET_SECONDS * 1000
    )
      control.advance(seconds * 1000);
    else
      return {
        status: 400,
        body: {
          error: `send {"advanceSeconds": n} with n >= 0 that keeps the clock within ${MAX_CLOCK_OFFSET_SECONDS} s (10 years) of real time, or {"reset": true}`,
        },
      };
  } else if (req.method !== "GET") {
    return { status: 405, body: { error: "GET or POST" } };
  }
  return { status: 200, body: control.get() };
}

/** How far `/_iotdock/clock` may move the clock from real time: 10 years, in seconds. */
const MAX_CLOCK_OFFSET_SECONDS = 10 * 365 * 24 * 3600;

/** Whether a Host header names this sandbox on loopback: 127.0.0.1, localhost or [::1], with its port. */
function loopbackHost(host: string | undefined, port: number | undefined): boolean {
  if (!host || port === undefined) return false;
  return [`127.0.0.1:${port}`, `localhost:${port}`, `[::1]:${port}`].includes(host.toLowerCase());
}

/** Loopback peer and loopback Host, or the refusal. */
export function loopbackOnly(req: IncomingMessage): SandboxReply | undefined {
  if (!LOOPBACK.has(req.socket.remoteAddress ?? "")) return { status: 403, body: { error: "loopback only" } };
  if (!loopbackHost(req.headers.host, req.socket.localPort))
    return {
      status: 403,
      body: { error: `Host must be 127.0.0.1, localhost or [::1] with this sandbox's port` },
    };
  return undefined;
}

/**
 * `GET /_iotdock/devices` (or `/_iotdock/outbox`): a read-only view of the vendor sandbox's state
 * (`{}` for a vendor without one).
 */
export function stateViewRoute(inspect: (() => unknown) | undefined, req: IncomingMessage): SandboxReply {
  const refused = loopbackOnly(req);
  if (refused) return refused;
  if (req.method !== "GET") return { status: 405, body: { error: "GET" } };
  return { status: 200, body: inspect?.() ?? {} };
}
