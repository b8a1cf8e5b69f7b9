import { loadAmqplib } from "../amqp.js";

/**
 * The Quectel sandbox's side of the broker: it declares, purges and deletes the queues that
 * `queueCreate`/`queueClear`/`queueDelete` manage, and publishes device messages to them, on a
 * RabbitMQ given by `QUECTEL_AMQP_URL` (amqplib, an optional peer dependency). Messages are
 * persistent on durable queues and published with confirms, in order; while the broker is away
 * (a restart) they wait and are sent when it is back. At least once: a message whose confirm was
 * lost with the connection is published again (as a platform does; consumers see it twice).
 */

type ConfirmChannel = import("amqplib").ConfirmChannel;
type Model = import("amqplib").ChannelModel;

/** How long the publisher keeps trying to reach the broker for one operation. */
const GIVE_UP_MS = 60_000;

const delay = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export interface Publisher {
  /** Where consumers connect (no credentials): `amqp://host:port/quec-open`. */
  consumerUrl: string;
  declare(queueName: string): Promise<void>;
  purge(queueName: string): Promise<void>;
  remove(queueName: string): Promise<void>;
  /** Queues `message` for `queueName`; resolves when the broker has it on disk. */
  publish(queueName: string, message: unknown): Promise<void>;
  close(): Promise<void>;
}

export function createPublisher(url: string, log: (line: string) => void): Publisher {
  const parsed = new URL(url);
  // Never the credentials: the publisher's password is the broker's, and secret.
  const consumerUrl = `${parsed.protocol}//${parsed.host}${parsed.pathname}`;
  const printable = consumerUrl;
  let channel: Promise<ConfirmChannel> | undefined;
  let model: Model | undefined;
  let closed = false;
  let chain: Promise<unknown> = Promise.resolve();

  async function open(): Promise<ConfirmChannel> {
    const amqp = await loadAmqplib("QUECTEL_AMQP_URL is set but the sandbox", "messages");
    const connection = await amqp.connect(url);
    model = connection;
    connection.on("error", () => {});
    connection.on("close", () => {
      channel = undefined;
    });
    const ch = await connection.createConfirmChannel();
    ch.on("error", () => {});
    return ch;
  }

  /** Runs `work` on the channel, reconnecting while the broker is away (up to GIVE_UP_MS). */
  async function withChannel<T>(what: string, work: (ch: ConfirmChannel) => Promise<T>): Promise<T> {
    const started = Date.now();
    for (let attempt = 0; ; attempt++) {
      try {
        channel ??= open();
        return await work(await channel);
      } catch (error) {
        channel = undefined;
        if (closed || Date.now() - started > GIVE_UP_MS) {
          log(
            `iotdock: quectel messages: ${what} failed on ${printable}: ${error instanceof Error ? error.message : error}`,
          );
          throw error;
        }
        await delay(Math.min(100 * 2 ** attempt, 2000));
      }
    }
  }

  /** One operation at a time, in order: a message is never overtaken by a later one. */
  const inOrder = <T>(what: string, work: (ch: ConfirmChannel) => Promise<T>): Promise<T> => {
    const next = chain.then(() => withChannel(what, work));
    chain = next.catch(() => undefined);
    return next;
  };

  return {
    consumerUrl,
    declare: (queue) =>
      inOrder(`declare ${queue}`, async (ch) => void (await ch.assertQueue(queue, { durable: true }))),
    purge: (queue) => inOrder(`purge ${queue}`, async (ch) => void (await ch.purgeQueue(queue))),
    remove: (queue) => inOrder(`delete ${queue}`, async (ch) => void (await ch.deleteQueue(queue))),
    publish: (queue, message) =>
      inOrder(`publish to ${queue}`, async (ch) => {
        ch.sendToQueue(queue, Buffer.from(JSON.stringify(message)), {
          persistent: true,
          contentType: "application/json",
        });
        await ch.waitForConfirms();
      }),
    async close() {
      closed = true;
      await chain;
      channel = undefined;
      await model?.close().catch(() => undefined);
    },
  };
}
