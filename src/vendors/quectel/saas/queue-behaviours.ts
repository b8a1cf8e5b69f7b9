import { asObject, withData } from "../../../sandbox/shape.js";
import { type Behaviour, type Call, isRefusal, type Refusal } from "../home/call.js";
import { productOf } from "../home/catalogue.js";
import { refuseSaas } from "./gate.js";
import type { Publisher } from "./publisher.js";
import { saasPage } from "./shape.js";
import {
  type DataLevel,
  ENTERPRISE_USER_ID,
  type Queue,
  type Subscription,
  type Subscriptions,
} from "./subscriptions.js";

/**
 * Queues and subscriptions (`x-iotdock-state` saas.queue.*, saas.subscribe.*), with the pages'
 * codes: 16001 queue name taken, 16002 no such queue, 16007/16018 limits, 16008 queue in use,
 * 16011 no such subscription, 16019/16022 running, 16020 already started, 16021 not started. With a
 * broker (QUECTEL_AMQP_URL), a queue exists there too: declared, purged and deleted with it.
 */

const numberIn = (call: Call, name: string) => Number(call.value(name));

function queueView(queue: Queue, status: number) {
  return {
    id: queue.id,
    queueId: queue.id,
    queueName: queue.queueName,
    queueDesc: queue.queueDesc,
    createTime: String(queue.createdAt),
    updateTime: queue.updatedAt === null ? null : String(queue.updatedAt),
    entUserId: ENTERPRISE_USER_ID,
    userId: ENTERPRISE_USER_ID,
    status,
    isFree: 0,
  };
}

function subscriptionView(s: Subscription) {
  return {
    ...s,
    msgType: s.msgTypes.join(","),
    productName: s.productKey ? productOf(s.productKey)?.productName : undefined,
    userId: ENTERPRISE_USER_ID,
    createTime: s.createdAt,
    updateTime: s.updatedAt,
    /** subscribeList numbers levels differently: 1 product, 3 device, 6 SaaS. */
    subscribeLevel: ({ 1: 1, 2: 3, 4: 6, 5: 6 } as const)[s.dataLevel],
  };
}

/** The level of a create call: from its body (PK/DK), else the operation (SaaS, end user). */
function levelOf(call: Call): DataLevel {
  if (call.op.operationId === "subscribeCreatBySaaS") return 4;
  if (call.op.operationId === "subscribeCreatByEnduser") return 5;
  return Number(call.body.dataLevel) === 2 ? 2 : 1;
}

export function queueBehaviours(
  state: Subscriptions,
  broker: () => Publisher | undefined,
): Record<string, Behaviour> {
  const subscriptionIn = (call: Call): Subscription | Refusal =>
    state.subscriptions.get(numberIn(call, "subscribeId")) ??
    refuseSaas(call, 16011, "no such subscription in the sandbox");
  const queueIn = (call: Call): Queue | Refusal =>
    state.queues.get(numberIn(call, "queueId")) ?? refuseSaas(call, 16002, "no such queue in the sandbox");
  /** Starts (1) or stops (0) a subscription; `code` when it is in that state already. */
  const switchTo =
    (status: 0 | 1, code: number, why: string): Behaviour =>
    (call) => {
      const s = subscriptionIn(call);
      if (isRefusal(s)) return s;
      if (s.status === status) return refuseSaas(call, code, why);
      Object.assign(s, { status, updatedAt: call.now });
      return undefined;
    };

  return {
    "saas.queue.create": async (call) => {
      const created = state.createQueue(
        String(call.body.queueName ?? ""),
        (call.body.queueDesc as string) ?? null,
        call.now,
      );
      if (created === "exists") return refuseSaas(call, 16001, "queue name already exists");
      if (created === "limit") return refuseSaas(call, 16007, "at most 50 queues per account");
      await broker()?.declare(created.queueName);
      return { answer: asObject(call.example, queueView(created, 0)) };
    },
    "saas.queue.delete": async (call) => {
      const removed = state.deleteQueue(numberIn(call, "queueId"));
      if (removed === "unknown") return refuseSaas(call, 16002, "no such queue in the sandbox");
      if (removed === "in use") return refuseSaas(call, 16008, "delete the queue's subscriptions first");
      await broker()?.remove(removed.queueName);
      return undefined;
    },
    "saas.queue.clear": async (call) => {
      const queue = queueIn(call);
      if (isRefusal(queue)) return queue;
      await broker()?.purge(queue.queueName);
      return undefined;
    },
    "saas.queue.list": (call) => {
      const name = call.body.queueName;
      const items = [...state.queues.values()]
        .filter((q) => !name || q.queueName.includes(String(name)))
        .map((q) => queueView(q, state.queueStatus(q)))
        .filter((q) => call.body.status === undefined || q.status === Number(call.body.status));
      return { answer: saasPage(call.example, items, call.body) };
    },
    "saas.queue.detail": (call) => {
      const queue = queueIn(call);
      if (isRefusal(queue)) return queue;
      const url = broker()?.consumerUrl;
      const view = {
        ...queueView(queue, state.queueStatus(queue)),
        createTime: queue.createdAt,
        ...(url ? { connectUrl: url } : {}),
      };
      return { answer: asObject(call.example, view) };
    },
    "saas.subscribe.create": (call) => {
      const level = levelOf(call);
      const productKey = call.body.productKey === undefined ? undefined : String(call.body.productKey);
      if ((level === 1 || level === 2) && !productOf(productKey))
        return refuseSaas(call, 70017, "no such product in the sandbox catalogue");
      const created = state.createSubscription(
        {
          subscribeName: String(call.body.subscribeName ?? ""),
          queueName: String(call.body.queueName ?? ""),
          dataLevel: level,
          msgTypes: Array.isArray(call.body.msgTypes) ? call.body.msgTypes.map(Number) : [],
          productKey,
          deviceKey: call.body.deviceKey === undefined ? undefined : String(call.body.deviceKey),
          endUserDomain: call.body.endUserDomain === undefined ? undefined : String(call.body.endUserDomain),
        },
        call.now,
      );
      if (created === "no queue") return refuseSaas(call, 16002, "no such queue: create it with queueCreate");
      if (created === "limit") return refuseSaas(call, 16018, "at most 100 subscriptions per account");
      return { answer: withData(call.example, { subscribeId: created.subscribeId }) };
    },
    "saas.subscribe.update": (call) => {
      const s = subscriptionIn(call);
      if (isRefusal(s)) return s;
      if (s.status === 1) return refuseSaas(call, 16022, "stop the subscription before changing it");
      if (call.body.queueName !== undefined) {
        const queue = state.queueNamed(String(call.body.queueName));
        if (!queue) return refuseSaas(call, 16002, "no such queue");
        Object.assign(s, { queueName: queue.queueName, queueId: queue.id });
      }
      if (Array.isArray(call.body.msgTypes)) s.msgTypes = call.body.msgTypes.map(Number);
      if (call.body.subscribeName !== undefined) s.subscribeName = String(call.body.subscribeName);
      s.updatedAt = call.now;
      return undefined;
    },
    "saas.subscribe.delete": (call) => {
      const s = subscriptionIn(call);
      if (isRefusal(s)) return s;
      if (s.status === 1) return refuseSaas(call, 16019, "stop the subscription first");
      state.subscriptions.delete(s.subscribeId);
      return undefined;
    },
    "saas.subscribe.start": switchTo(1, 16020, "the subscription is running already"),
    "saas.subscribe.stop": switchTo(0, 16021, "the subscription is not running"),
    "saas.subscribe.list": (call) => {
      const items = [...state.subscriptions.values()]
        .filter((s) => !call.body.subscribeName || s.subscribeName.includes(String(call.body.subscribeName)))
        .filter((s) => !call.body.queueName || s.queueName.includes(String(call.body.queueName)))
        .filter((s) => call.body.status === undefined || s.status === Number(call.body.status))
        .map((s) => ({ ...subscriptionView(s), queueId: String(s.queueId) }));
      return { answer: saasPage(call.example, items, call.body) };
    },
    "saas.subscribe.detail": (call) => {
      const s = subscriptionIn(call);
      if (isRefusal(s)) return s;
      return { answer: asObject(call.example, subscriptionView(s)) };
    },
  };
}
