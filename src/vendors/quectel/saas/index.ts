import type { SandboxReply, SandboxRequest, VendorSandboxContext } from "../../../sandbox/types.js";
import { CREDENTIALS } from "../credentials.js";
import { createAccounts } from "../home/accounts.js";
import type { Behaviour } from "../home/call.js";
import { deviceOf, type VirtualDevice } from "../home/catalogue.js";
import { createDeviceState } from "../home/devices.js";
import type { Home } from "../home/index.js";
import { BROKER_AUTH_PATH, brokerAuthRoutes } from "./broker-auth.js";
import { saasDeviceBehaviours } from "./device-behaviours.js";
import { messagesOf, type Outgoing, queuesFor, readResponseOf } from "./outgoing.js";
import { createPublisher, type Publisher } from "./publisher.js";
import { queueBehaviours } from "./queue-behaviours.js";
import { createSubscriptions } from "./subscriptions.js";

/** The environment variable naming the RabbitMQ the sandbox publishes device messages to. */
export const AMQP_URL_VARIABLE = "QUECTEL_AMQP_URL";
/** The longest a SaaS downlink waits for its messages to reach the broker. */
const DRAIN_MAX_MS = 10_000;
/** Test route: `POST {"productKey", "deviceKey", "online": false}` takes a virtual device offline. */
export const ONLINE_PATH = "/_iotdock/devices/online";

/**
 * The Quectel sandbox's SaaS side: behaviours over the shared home, the account's queues and
 * subscriptions, and (with QUECTEL_AMQP_URL) the device messages published to a RabbitMQ whose
 * logins it checks (broker-auth.ts).
 */
export function createSaasSide(
  context: VendorSandboxContext,
  home: Home,
  keys: { accessKey: string; accessSecret: string },
) {
  const subscriptions = createSubscriptions();
  const url = context.env[AMQP_URL_VARIABLE];
  const publisher: Publisher | undefined = url ? createPublisher(url, context.log) : undefined;
  const userDomain = context.credentials[CREDENTIALS.userDomain.variable] as string;
  let packetId = 0;

  /** Publications not yet confirmed by the broker (a failure is logged by the publisher). */
  const pending = new Set<Promise<void>>();
  const send = (outgoing: Outgoing[], device: VirtualDevice) => {
    if (!publisher) return;
    for (const one of outgoing)
      for (const queue of queuesFor(subscriptions, one, device)) {
        const published = publisher.publish(queue, one.message).catch(() => undefined);
        pending.add(published);
        void published.then(() => pending.delete(published));
      }
  };
  /**
   * Resolves when the messages sent so far are on the broker (the SaaS downlinks answer after that),
   * or after DRAIN_MAX_MS while the broker is away: an API call is never held longer.
   */
  const drain = async () => {
    let timer: NodeJS.Timeout | undefined;
    const cap = new Promise<void>((resolve) => {
      timer = setTimeout(resolve, DRAIN_MAX_MS);
    });
    await Promise.race([Promise.all([...pending]), cap]);
    clearTimeout(timer);
  };
  const stopListening = home.devices.on((event) =>
    send(
      messagesOf(event, userDomain, () => ++packetId),
      event.device,
    ),
  );

  const behaviours: Record<string, Behaviour> = {
    ...saasDeviceBehaviours({
      devices: home.devices,
      accounts: home.accounts,
      drain,
      readResponse: (device, values, now) => send([readResponseOf(device, values, now, ++packetId)], device),
    }),
    ...queueBehaviours(subscriptions, () => publisher),
  };

  /** `POST /_iotdock/devices/online`: connect or disconnect a virtual device (JSON only, like the clock route). */
  const online = (request: SandboxRequest): SandboxReply => {
    if (request.method !== "POST") return { status: 405, body: { error: "POST" } };
    if (!request.headers["content-type"]?.startsWith("application/json"))
      return { status: 415, body: { error: "send the command as content-type application/json" } };
    let command: { productKey?: unknown; deviceKey?: unknown; online?: unknown } = {};
    try {
      command = JSON.parse(request.rawBody.toString("utf8")) ?? {};
    } catch {
      // answered below
    }
    const device = deviceOf(String(command.productKey), String(command.deviceKey));
    if (!device || typeof command.online !== "boolean")
      return {
        status: 400,
        body: {
          error:
            'send {"productKey", "deviceKey", "online": true|false} of a device of GET /_iotdock/devices',
        },
      };
    home.devices.setOnline(device, command.online, context.clock());
    return {
      status: 200,
      body: { productKey: device.productKey, deviceKey: device.deviceKey, online: command.online },
    };
  };

  const notes = publisher
    ? [`iotdock: quectel messages on: device messages go to ${publisher.consumerUrl}`]
    : [
        `iotdock: quectel messages off: start with --messages (a local RabbitMQ, Debian's rabbitmq-server) or set ${AMQP_URL_VARIABLE} to a RabbitMQ with virtual host quec-open to publish device messages`,
      ];
  return {
    notes,
    behaviours,
    routes: {
      ...brokerAuthRoutes(keys, subscriptions, context.clock, context.log),
      [ONLINE_PATH]: online,
    },
    async close() {
      stopListening();
      await publisher?.close();
    },
  };
}

/** The behaviour names the SaaS side implements (for the sandbox's check of the specs' state names). */
export function saasBehaviourNames(): string[] {
  const none = async () => {};
  const devices = saasDeviceBehaviours({
    devices: createDeviceState(),
    accounts: createAccounts(),
    drain: none,
    readResponse: () => {},
  });
  return Object.keys({ ...devices, ...queueBehaviours(createSubscriptions(), () => undefined) });
}
export { BROKER_AUTH_PATH };
