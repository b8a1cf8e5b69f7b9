import type { SandboxReply, SandboxRequest } from "../../../sandbox/types.js";
import { BROKER_VHOST } from "../broker.js";
import { parseSaasUsername } from "../saas-sign.js";
import { saasCredentialProblem } from "./gate.js";
import type { Subscriptions } from "./subscriptions.js";

/**
 * RabbitMQ's HTTP auth backend, served by the Quectel sandbox (`/_iotdock/amqp/…`, loopback only):
 * the broker asks it whether a connection's username and password follow Quectel's rule (the SaaS
 * login's, with a fresh timestamp: AMQPtoC.md), whether the user may use the virtual host
 * `quec-open`, and whether it may read a queue (only the account's queues, and only to consume:
 * the platform alone publishes). Answers are RabbitMQ's `allow` / `deny`.
 */

export const BROKER_AUTH_PATH = "/_iotdock/amqp";

const answer = (allowed: boolean): SandboxReply => ({
  status: 200,
  headers: { "content-type": "text/plain" },
  body: allowed ? "allow" : "deny",
});

export function brokerAuthRoutes(
  keys: { accessKey: string; accessSecret: string },
  subscriptions: Subscriptions,
  clock: () => number,
  log: (line: string) => void,
) {
  const form = (request: SandboxRequest) => new URLSearchParams(request.rawBody.toString("utf8"));
  /** The username names this sandbox's AccessKey (its password was checked when it connected). */
  const ours = (username: string) => {
    const fields = parseSaasUsername(username);
    return typeof fields !== "string" && fields.accessKey === keys.accessKey;
  };
  return {
    [`${BROKER_AUTH_PATH}/user`]: (request: SandboxRequest) => {
      const f = form(request);
      const why = saasCredentialProblem(f.get("username") ?? "", f.get("password") ?? "", keys, clock());
      if (why) log(`iotdock: quectel broker login refused: ${why}`);
      return answer(why === undefined);
    },
    [`${BROKER_AUTH_PATH}/vhost`]: (request: SandboxRequest) => {
      const f = form(request);
      return answer(ours(f.get("username") ?? "") && f.get("vhost") === BROKER_VHOST);
    },
    [`${BROKER_AUTH_PATH}/resource`]: (request: SandboxRequest) => {
      const f = form(request);
      const queue = subscriptions.queueNamed(f.get("name") ?? "");
      const allowed =
        ours(f.get("username") ?? "") &&
        f.get("vhost") === BROKER_VHOST &&
        f.get("resource") === "queue" &&
        f.get("permission") === "read" &&
        queue?.queueName === f.get("name");
      return answer(allowed);
    },
    [`${BROKER_AUTH_PATH}/topic`]: () => answer(false),
  };
}
