import { EventEmitter } from "node:events";
import { type Clock, systemClock } from "../../core/clock.js";
import { ConfigError } from "../../core/errors.js";
import { Secret } from "../../core/secret.js";
import { loadAmqplib } from "./amqp.js";
import { type MessageFormatError, parseQuectelMessage, type QuectelMessage } from "./messages.js";
import { saasLogin } from "./saas-sign.js";

/**
 * A consumer of a Quectel message queue for a customer cloud (amqplib, an optional peer
 * dependency): it connects with the vendor's username/password rule (a fresh timestamp on every
 * connection, AMQPtoC.md), parses each message into the typed union, acknowledges it only after
 * the handler succeeded, and reconnects after the connection is lost (a broker restart): messages
 * not acknowledged come again, marked `redelivered`.
 */

type Channel = import("amqplib").Channel;
type ConsumeMessage = import("amqplib").ConsumeMessage;
type Model = import("amqplib").ChannelModel;

export interface Delivery {
  /** The broker delivered this message before (its acknowledgement did not arrive): handle it idempotently. */
  redelivered: boolean;
  /** The message's bytes as received. */
  raw: Buffer;
}

export interface QuectelConsumerOptions {
  /** `amqps://iot-amqp.quectelcn.com:5671/quec-open` (China), `amqps://iot-amqp.acceleronix.io:5671/quec-open` (Europe), or a sandbox's. */
  url: string;
  accessKey: string;
  accessSecret: string | Secret;
  /** The full queue name (`queueCreate`'s `queueName`, `a.<userId>.<name>`). */
  queue: string;
  /** Handles one message; the message is acknowledged when this resolves, and comes again when it throws. */
  onMessage(message: QuectelMessage, delivery: Delivery): unknown;
  /** A message that is not a documented type (or not valid for it): reported here, then acknowledged (dropped). */
  onInvalid?(error: MessageFormatError, delivery: Delivery): void;
  /** Connection problems (the consumer keeps reconnecting) and handler failures (the message is retried). */
  onError?(error: unknown): void;
  /** Messages handled at a time; default 1 (the vendor's sample), which keeps the queue's order. */
  prefetch?: number;
  /** AMQP heartbeat in seconds; the vendor wants 30–60. Default 30. */
  heartbeatSeconds?: number;
  /** After a handler failure, the message goes back to the queue after this long; default 1,000 ms. */
  retryDelayMs?: number;
  /** Reconnection backoff: first delay and cap; defaults 200 ms and 10 s. */
  reconnect?: { initialDelayMs?: number; maxDelayMs?: number };
  /** Injected for tests; default Date.now (the username's timestamp). */
  clock?: Clock;
}

export interface QuectelConsumer extends EventEmitter {
  /** Resolves when the first connection consumes; rejects when it fails (later losses reconnect). */
  ready: Promise<void>;
  /** Stops consuming and closes the connection; unacknowledged messages go back to the queue. */
  close(): Promise<void>;
}

/**
 * Connects to a Quectel queue and hands each message to `onMessage`. Emits `connected` each time it
 * consumes (after a reconnection too) and `disconnected` when the connection is lost.
 */
export function createQuectelConsumer(options: QuectelConsumerOptions): QuectelConsumer {
  for (const name of ["url", "accessKey", "accessSecret", "queue"] as const)
    if (!options?.[name])
      throw new ConfigError(`${name} is required`, { vendor: "quectel", operation: "consumer" });
  const secret =
    options.accessSecret instanceof Secret ? options.accessSecret : new Secret(options.accessSecret);
  const clock = options.clock ?? systemClock;
  const initialDelay = options.reconnect?.initialDelayMs ?? 200;
  const maxDelay = options.reconnect?.maxDelayMs ?? 10_000;
  const events = new EventEmitter();
  const report = (error: unknown) => (options.onError ? options.onError(error) : undefined);
  let model: Model | undefined;
  let closing = false;
  let timer: NodeJS.Timeout | undefined;
  let attempt = 0;

  /** PLAIN credentials made at connection time: the username's timestamp is always fresh. */
  const credentials = () => {
    const { username, password } = saasLogin(
      { accessKey: options.accessKey, accessSecret: secret.reveal() },
      clock(),
    );
    return {
      mechanism: "PLAIN",
      username,
      password,
      response: () => Buffer.from(`\u0000${username}\u0000${password}`),
    };
  };

  async function handle(channel: Channel, msg: ConsumeMessage | null) {
    if (!msg) return; // the broker cancelled the consumer (queue deleted): the connection's close reconnects
    const delivery = { redelivered: msg.fields.redelivered, raw: msg.content };
    let message: QuectelMessage;
    try {
      message = parseQuectelMessage(msg.content);
    } catch (error) {
      options.onInvalid?.(error as MessageFormatError, delivery);
      safely(() => channel.ack(msg));
      return;
    }
    try {
      await options.onMessage(message, delivery);
      safely(() => channel.ack(msg));
    } catch (error) {
      report(error);
      setTimeout(() => safely(() => channel.nack(msg, false, true)), options.retryDelayMs ?? 1000).unref();
    }
  }

  async function connect(): Promise<void> {
    const amqp = await loadAmqplib("the Quectel message consumer", "consumer");
    const url = new URL(options.url);
    if (!url.searchParams.has("heartbeat"))
      url.searchParams.set("heartbeat", String(options.heartbeatSeconds ?? 30));
    const connection = await amqp.connect(url.toString(), { credentials: credentials() });
    connection.on("error", report);
    try {
      const channel = await connection.createChannel();
      channel.on("error", report);
      await channel.prefetch(options.prefetch ?? 1);
      await channel.consume(options.queue, (msg) => void handle(channel, msg), { noAck: false });
    } catch (error) {
      await connection.close().catch(() => undefined);
      throw error;
    }
    model = connection;
    // Only a connection that consumed reconnects when it is lost; a failed attempt is retried by its caller.
    connection.once("close", () => {
      model = undefined;
      if (closing) return;
      events.emit("disconnected");
      schedule();
    });
    attempt = 0;
    events.emit("connected");
  }

  function schedule() {
    if (closing) return;
    const delay = Math.min(initialDelay * 2 ** attempt++, maxDelay);
    timer = setTimeout(() => {
      connect().catch((error: unknown) => {
        report(error);
        schedule();
      });
    }, delay);
  }

  const ready = connect();
  ready.catch(() => undefined);
  return Object.assign(events, {
    ready,
    async close() {
      closing = true;
      if (timer) clearTimeout(timer);
      await model?.close().catch(() => undefined);
    },
  });
}

/** An ack or nack on a channel that closed meanwhile throws: the broker redelivers such a message anyway. */
function safely(act: () => void) {
  try {
    act();
  } catch {
    // the channel is gone; the message comes again, marked redelivered
  }
}
