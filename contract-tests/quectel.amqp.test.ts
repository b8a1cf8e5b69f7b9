import { EventEmitter, once } from "node:events";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { type SandboxHandle, startSandbox } from "../src/sandbox/server.js";
import { type LocalBroker, reserveBroker, startLocalBroker } from "../src/vendors/quectel/broker.js";
import {
  EXAMPLE_ACCESS_KEY,
  EXAMPLE_ACCESS_SECRET,
  EXAMPLE_USER_DOMAIN,
  EXAMPLE_USER_DOMAIN_SECRET,
} from "../src/vendors/quectel/credentials.js";
import {
  createQuectelClient,
  createQuectelConsumer,
  createQuectelSaasClient,
  type QuectelConsumer,
  type QuectelMessage,
  SaasMsgType,
} from "../src/vendors/quectel/index.js";
import { advanceClock } from "./support/clock.js";
import { registerTwoUsers } from "./support/quectel-home.js";
import { requireTool } from "./support/tools.js";

requireTool(
  "rabbitmq-server",
  "the Quectel message scenario runs against a real RabbitMQ (Debian's rabbitmq-server)",
);

// Budget (vitest.config.ts): 15–16 s alone on 2 cores, two broker starts of about 5 s each; the hooks
// get far more than 3×, since a first start of RabbitMQ on a busy machine can take much longer.
vi.setConfig({ testTimeout: 60_000, hookTimeout: 180_000 });

/**
 * Quectel's device messages end to end, on a real RabbitMQ started for this file: a queue and a
 * subscription made through the SaaS API, a property written through the API, and the typed message
 * received through iotdock's consumer, whose login the broker checks with the sandbox (the vendor's
 * username/password rule). Then the broker restarts mid-stream: nothing is lost, and nothing reaches
 * the handler twice unless it is marked redelivered.
 */

const PLUG = { productKey: "p11x4d", deviceKey: "866123456789031", sn: "QPLUG0000001" };

interface Received {
  message: QuectelMessage;
  redelivered: boolean;
}

describe("Quectel messages over RabbitMQ: SaaS subscription → sandbox → broker → consumer", () => {
  let sandbox: SandboxHandle;
  let broker: LocalBroker;
  let baseUrl = "";
  let queueName = "";
  const consumers: QuectelConsumer[] = [];
  const received: Received[] = [];
  const arrivals = new EventEmitter();
  /** What each delivery does before it is acknowledged (a test replaces it). */
  let onDelivery: (r: Received) => Promise<void> | void = () => {};

  // Everyone's clock follows the sandbox's, which a test moves forward (signed timestamps stay fresh).
  let offsetMs = 0;
  const clock = () => Date.now() + offsetMs;
  const saas = () =>
    createQuectelSaasClient({
      baseUrl,
      accessKey: EXAMPLE_ACCESS_KEY,
      accessSecret: EXAMPLE_ACCESS_SECRET,
      clock,
    });
  const consumer = (accessSecret = EXAMPLE_ACCESS_SECRET) => {
    const c = createQuectelConsumer({
      url: broker.url,
      accessKey: EXAMPLE_ACCESS_KEY,
      accessSecret,
      queue: queueName,
      clock,
      reconnect: { initialDelayMs: 50, maxDelayMs: 500 },
      async onMessage(message, delivery) {
        const r = { message, redelivered: delivery.redelivered };
        await onDelivery(r);
        received.push(r);
        arrivals.emit("message", r);
      },
    });
    consumers.push(c);
    return c;
  };
  /** Resolves with the first message (already received or coming) that `test` accepts. */
  const next = (test: (r: Received) => boolean): Promise<Received> => {
    const seen = received.find(test);
    if (seen) return Promise.resolve(seen);
    return new Promise((resolve) => {
      const listener = (r: Received) => {
        if (!test(r)) return;
        arrivals.off("message", listener);
        resolve(r);
      };
      arrivals.on("message", listener);
    });
  };
  const reportOf = (r: Received, code: string) =>
    r.message.type === "MATTR" && r.message.subtype === "REPORT" && r.message.deviceKey === PLUG.deviceKey
      ? (r.message.data?.kv as Record<string, unknown> | undefined)?.[code]
      : undefined;

  beforeAll(async () => {
    const address = await reserveBroker();
    sandbox = await startSandbox({
      vendors: ["quectel"],
      portBase: 0,
      env: { QUECTEL_AMQP_URL: address.publisherUrl },
      log: () => {},
      clockControl: true,
    });
    baseUrl = sandbox.sandboxes[0]?.url ?? "";
    broker = await startLocalBroker(address, { authBase: baseUrl });
    const c = saas();
    queueName = (await c.createQueue("iotdockQueue", "device messages"))?.queueName ?? "";
    const id = await c.subscribe({
      subscribeName: "plugs",
      queueName,
      dataLevel: 1,
      productKey: PLUG.productKey,
      msgTypes: [SaasMsgType.online, SaasMsgType.tslProperties, SaasMsgType.binding],
    });
    await c.startSubscription(id);
  });
  afterAll(async () => {
    await Promise.all(consumers.map((c) => c.close()));
    await sandbox?.close();
    await broker?.stop();
  });

  it("refuses a consumer whose password does not follow the rule (wrong AccessSecret)", async () => {
    const bad = consumer("not-the-secret");
    await expect(bad.ready).rejects.toThrow(/ACCESS[-_]REFUSED/);
    await bad.close();
  });

  it("a property written through the SaaS API arrives as a typed MATTR REPORT", async () => {
    await consumer().ready;
    await saas().writeData(PLUG.productKey, [PLUG.deviceKey], { switch: true });
    const report = await next((r) => reportOf(r, "switch") === true);
    expect(report.message).toMatchObject({ type: "MATTR", subtype: "REPORT", productKey: PLUG.productKey });
    expect(typeof report.message.createdAt).toBe("number");
    // readData asks the device to report: its values come back as a READRESP.
    await saas().readData(PLUG.productKey, [PLUG.deviceKey], ["switch"]);
    const read = await next((r) => r.message.type === "MATTR" && r.message.subtype === "READRESP");
    expect(read.message).toMatchObject({ deviceKey: PLUG.deviceKey, data: { kv: { switch: true } } });
  });

  it("binding through the App API and a device going offline arrive as USER-BIND and ONLINE", async () => {
    const app = createQuectelClient({
      baseUrl,
      userDomain: EXAMPLE_USER_DOMAIN,
      userDomainSecret: EXAMPLE_USER_DOMAIN_SECRET,
    });
    const { alice, aliceUid } = await registerTwoUsers(app, baseUrl);
    await app.bindBySn(alice, { pk: PLUG.productKey, sn: PLUG.sn });
    const bind = await next((r) => r.message.type === "ENDUSER" && r.message.subtype === "USER-BIND");
    expect(bind.message).toMatchObject({
      deviceKey: PLUG.deviceKey,
      data: { endUserId: aliceUid, value: 1 },
    });
    await fetch(`${baseUrl}/_iotdock/devices/online`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ productKey: PLUG.productKey, deviceKey: PLUG.deviceKey, online: false }),
    });
    const offline = await next((r) => r.message.type === "ONLINE" && r.message.deviceKey === PLUG.deviceKey);
    expect(offline.message).toMatchObject({ data: { value: 0 } });
  });

  it("survives a broker restart mid-stream: every message arrives, a repeat only marked redelivered", async () => {
    const [active] = consumers.filter((c) => c !== consumers[0]);
    if (!active) throw new Error("no consumer");
    // Eleven minutes on (sandbox and clients alike): the consumer's first username is stale now, so
    // the broker lets it back in after the restart only if it logs in with a fresh timestamp.
    offsetMs = await advanceClock(baseUrl, 11 * 60);
    const values = Array.from({ length: 10 }, (_, i) => i + 1);
    let restarted: Promise<void> | undefined;
    let written: () => void = () => {};
    const allWritten = new Promise<void>((resolve) => {
      written = resolve;
    });
    // The 4th report's handler waits until all ten writes are answered (a SaaS downlink answers once
    // its messages are on the broker), restarts the broker and returns only when the connection is
    // gone: its acknowledgement cannot arrive, so the broker must deliver it again, marked redelivered.
    onDelivery = async (r) => {
      if (reportOf(r, "countdown") !== "4" || restarted) return;
      await allWritten;
      const lost = once(active, "disconnected");
      restarted = broker.restart();
      await lost;
    };
    for (const value of values)
      await saas().writeData(PLUG.productKey, [PLUG.deviceKey], { countdown: value });
    written();
    await Promise.all(values.map((v) => next((r) => reportOf(r, "countdown") === String(v))));
    await restarted;
    const reports = received.filter((r) => reportOf(r, "countdown") !== undefined);
    const ticketOf = (r: Received) => (r.message as { ticket?: string }).ticket;
    const tickets = reports.map(ticketOf);
    // Each report once, unless redelivered.
    for (const [i, r] of reports.entries())
      if (tickets.indexOf(ticketOf(r)) !== i) expect(r.redelivered).toBe(true);
    expect(new Set(reports.map((r) => reportOf(r, "countdown")))).toEqual(new Set(values.map(String)));
    // The 4th was handled as the broker went away, its acknowledgement lost: it came again, marked.
    const fourth = reports.filter((r) => reportOf(r, "countdown") === "4");
    expect(fourth.map((r) => r.redelivered)).toEqual([false, true]);
    expect(ticketOf(fourth[1] as Received)).toBe(ticketOf(fourth[0] as Received));
  });
});
