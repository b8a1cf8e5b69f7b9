import { type ChildProcess, spawn } from "node:child_process";
import { createHash, randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ConfigError } from "../../core/errors.js";

/**
 * A local RabbitMQ broker standing in for Quectel's message service (Debian's `rabbitmq-server`,
 * run as a plain process of this user with its own ports and directory): virtual host
 * `quec-open`, and RabbitMQ's HTTP auth backend pointed at the Quectel sandbox, which checks each
 * connection's username and password by the vendor's rule (`/_iotdock/amqp/…`). The sandbox itself
 * publishes as an internal user whose password is made here. Used by the tests and by
 * `iotdock sandbox --messages`.
 */

export const BROKER_VHOST = "quec-open";
/** The internal user the sandbox publishes with (not a vendor credential). */
const PUBLISHER = "iotdock-sandbox";
const SERVER = "/usr/lib/rabbitmq/bin/rabbitmq-server";
const READY = "Server startup complete";

/**
 * Where a local broker will listen and the sandbox's publisher credentials, known before it runs:
 * the sandbox is started with `publisherUrl` (QUECTEL_AMQP_URL), then the broker with the
 * sandbox's URL for its logins.
 */
export interface BrokerAddress {
  port: number;
  /** URL of the sandbox's publisher (internal user with its password): a secret, never print it. */
  publisherUrl: string;
  /** URL a customer's consumer connects to (credentials come from the vendor rule). */
  url: string;
  /** The publisher's password (in publisherUrl). */
  publisherPassword: string;
}

export interface BrokerOptions {
  /** The sandbox's base URL; the broker asks `<authBase>/_iotdock/amqp/{user,vhost,resource,topic}`. */
  authBase: string;
  /** Give up on a start after this long; default 120 s (a first start on a busy machine is slow). */
  startTimeoutMs?: number;
  /** Broker log lines (its own log goes to stdout); default: dropped. */
  log?: (line: string) => void;
}

/** Picks the broker's port (0: a free one) and the publisher's password. */
export async function reserveBroker(port = 0): Promise<BrokerAddress> {
  const chosen = port || (await freePort());
  const publisherPassword = randomBytes(18).toString("base64url");
  return {
    port: chosen,
    publisherPassword,
    publisherUrl: `amqp://${PUBLISHER}:${publisherPassword}@127.0.0.1:${chosen}/${BROKER_VHOST}`,
    url: `amqp://127.0.0.1:${chosen}/${BROKER_VHOST}`,
  };
}

export interface LocalBroker extends BrokerAddress {
  /** Stops the broker gracefully (messages on disk survive) and starts it again on the same port. */
  restart(): Promise<void>;
  /** Stops the broker and removes its directory. */
  stop(): Promise<void>;
}

/** A free TCP port on 127.0.0.1 (the broker cannot report one it picked itself before it runs). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => resolve(typeof address === "object" && address ? address.port : 0));
    });
  });
}

/** RabbitMQ's `rabbit_password_hashing_sha256`: base64(salt + SHA-256(salt + password)). */
function passwordHash(password: string): string {
  const salt = randomBytes(4);
  const digest = createHash("sha256")
    .update(Buffer.concat([salt, Buffer.from(password)]))
    .digest();
  return Buffer.concat([salt, digest]).toString("base64");
}

function config(port: number, authBase: string, definitions: string): string {
  const path = (name: string) => `${authBase}/_iotdock/amqp/${name}`;
  return [
    `listeners.tcp.default = 127.0.0.1:${port}`,
    "loopback_users = none",
    "auth_backends.1 = internal",
    "auth_backends.2 = http",
    "auth_http.http_method = post",
    `auth_http.user_path = ${path("user")}`,
    `auth_http.vhost_path = ${path("vhost")}`,
    `auth_http.resource_path = ${path("resource")}`,
    `auth_http.topic_path = ${path("topic")}`,
    `load_definitions = ${definitions}`,
    "",
  ].join("\n");
}

function definitions(password: string) {
  return JSON.stringify({
    users: [
      {
        name: PUBLISHER,
        password_hash: passwordHash(password),
        hashing_algorithm: "rabbit_password_hashing_sha256",
        tags: ["administrator"],
      },
    ],
    vhosts: [{ name: BROKER_VHOST }],
    permissions: [{ user: PUBLISHER, vhost: BROKER_VHOST, configure: ".*", write: ".*", read: ".*" }],
  });
}

/** Starts the server and resolves when it says it is ready (its log goes to stdout). */
function launch(
  env: NodeJS.ProcessEnv,
  timeoutMs: number,
  log: (line: string) => void,
): Promise<ChildProcess> {
  return new Promise((resolve, reject) => {
    const child = spawn(SERVER, [], { env, stdio: ["ignore", "pipe", "pipe"] });
    let tail = "";
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      reject(
        new ConfigError(`RabbitMQ did not start within ${timeoutMs} ms`, {
          vendor: "quectel",
          operation: "broker",
        }),
      );
    }, timeoutMs);
    const onData = (chunk: Buffer) => {
      const text = chunk.toString("utf8");
      for (const line of text.split("\n")) if (line.trim()) log(line);
      tail = (tail + text).slice(-2000);
      if (tail.includes(READY)) {
        clearTimeout(timer);
        child.stdout?.off("data", onData);
        child.stdout?.resume();
        resolve(child);
      }
    };
    child.stdout?.on("data", onData);
    child.stderr?.on("data", (chunk: Buffer) => log(chunk.toString("utf8").trimEnd()));
    child.once("error", (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.once("exit", (code) => {
      clearTimeout(timer);
      reject(
        new ConfigError(`RabbitMQ exited (code ${code}) before it was ready: ${tail.slice(-400)}`, {
          vendor: "quectel",
          operation: "broker",
        }),
      );
    });
  });
}

/** Stops the server (its script runs `rabbitmqctl stop` on SIGTERM) and waits for it to exit. */
function halt(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once("exit", () => resolve());
    child.kill("SIGTERM");
  });
}

/** Starts a local RabbitMQ at `address` for the Quectel sandbox; needs Debian's `rabbitmq-server`. */
export async function startLocalBroker(address: BrokerAddress, options: BrokerOptions): Promise<LocalBroker> {
  if (!existsSync(SERVER))
    throw new ConfigError(
      `${SERVER} not found: install Debian's rabbitmq-server (apt-get install rabbitmq-server)`,
      {
        vendor: "quectel",
        operation: "broker",
      },
    );
  const log = options.log ?? (() => {});
  const dir = await mkdtemp(join(tmpdir(), "iotdock-rabbitmq-"));
  const { port } = address;
  const [distPort, epmdPort] = await Promise.all([freePort(), freePort()]);
  await Promise.all(["mnesia", "log"].map((d) => mkdir(join(dir, d))));
  await writeFile(join(dir, "definitions.json"), definitions(address.publisherPassword));
  await writeFile(join(dir, "rabbitmq.conf"), config(port, options.authBase, join(dir, "definitions.json")));
  await writeFile(join(dir, "enabled_plugins"), "[rabbitmq_auth_backend_http].\n");
  const env = {
    ...process.env,
    HOME: dir,
    RABBITMQ_NODENAME: `iotdock${port}@localhost`,
    RABBITMQ_CONFIG_FILE: join(dir, "rabbitmq"),
    RABBITMQ_ENABLED_PLUGINS_FILE: join(dir, "enabled_plugins"),
    RABBITMQ_MNESIA_BASE: join(dir, "mnesia"),
    RABBITMQ_LOG_BASE: join(dir, "log"),
    RABBITMQ_LOGS: "-",
    RABBITMQ_DIST_PORT: String(distPort),
    ERL_EPMD_PORT: String(epmdPort),
  };
  // Our own epmd, in the foreground: the broker uses it instead of leaving a daemon behind.
  const epmd = spawn("epmd", ["-port", String(epmdPort)], { env, stdio: "ignore" });
  const timeoutMs = options.startTimeoutMs ?? 120_000;
  let server: ChildProcess;
  try {
    server = await launch(env, timeoutMs, log);
  } catch (error) {
    epmd.kill();
    await rm(dir, { recursive: true, force: true });
    throw error;
  }
  return {
    ...address,
    async restart() {
      await halt(server);
      server = await launch(env, timeoutMs, log);
    },
    async stop() {
      await halt(server);
      epmd.kill();
      await rm(dir, { recursive: true, force: true });
    },
  };
}
