/**
 * The SaaS account's message queues and subscriptions in the Quectel sandbox: pure data and the
 * vendor's rules (queue and subscription pages, AMQPinfo.md's limits). The behaviours that map
 * operations onto it are in queue-behaviours.ts; which messages a subscription selects, in
 * outgoing.ts.
 */

/** The account's user id (`a.<userId>.<name>` queue names; the spec's examples use it). */
export const ENTERPRISE_USER_ID = 1361102453407744;
/** Per account (AMQPinfo.md). */
export const MAX_QUEUES = 50;
export const MAX_SUBSCRIPTIONS = 100;

export interface Queue {
  id: number;
  queueName: string;
  queueDesc: string | null;
  createdAt: number;
  updatedAt: number | null;
}

/** `dataLevel`: 1 product, 2 device, 4 SaaS (enterprise user), 5 end-user domain. */
export type DataLevel = 1 | 2 | 4 | 5;

export interface Subscription {
  subscribeId: number;
  subscribeName: string;
  queueId: number;
  queueName: string;
  dataLevel: DataLevel;
  msgTypes: number[];
  productKey?: string | undefined;
  deviceKey?: string | undefined;
  endUserDomain?: string | undefined;
  /** 0 not started or stopped, 1 running. */
  status: 0 | 1;
  createdAt: number;
  updatedAt: number | null;
}

/** The full queue name of a short one (`a.<userId>.<name>`); a full name is returned as it is. */
export const fullQueueName = (name: string) =>
  name.startsWith(`a.${ENTERPRISE_USER_ID}.`) ? name : `a.${ENTERPRISE_USER_ID}.${name}`;

export function createSubscriptions() {
  const queues = new Map<number, Queue>();
  const subscriptions = new Map<number, Subscription>();
  let nextQueue = 7001;
  let nextSubscription = 7101;

  const queueNamed = (name: string) => [...queues.values()].find((q) => q.queueName === fullQueueName(name));
  const usedBy = (queue: Queue) => [...subscriptions.values()].filter((s) => s.queueId === queue.id);

  return {
    queues,
    subscriptions,
    queueNamed,
    /** 0 unused, 1 used by a subscription (stopped or running). */
    queueStatus: (queue: Queue) => (usedBy(queue).length ? 1 : 0),
    createQueue(name: string, desc: string | null, now: number): Queue | "exists" | "limit" {
      if (queueNamed(name)) return "exists";
      if (queues.size >= MAX_QUEUES) return "limit";
      const queue = {
        id: nextQueue++,
        queueName: fullQueueName(name),
        queueDesc: desc,
        createdAt: now,
        updatedAt: null,
      };
      queues.set(queue.id, queue);
      return queue;
    },
    deleteQueue(id: number): Queue | "unknown" | "in use" {
      const queue = queues.get(id);
      if (!queue) return "unknown";
      if (usedBy(queue).length) return "in use";
      queues.delete(id);
      return queue;
    },
    createSubscription(
      fields: Omit<Subscription, "subscribeId" | "status" | "createdAt" | "updatedAt" | "queueId">,
      now: number,
    ): Subscription | "no queue" | "limit" {
      const queue = queueNamed(fields.queueName);
      if (!queue) return "no queue";
      if (subscriptions.size >= MAX_SUBSCRIPTIONS) return "limit";
      const subscription: Subscription = {
        ...fields,
        queueName: queue.queueName,
        queueId: queue.id,
        subscribeId: nextSubscription++,
        status: 0,
        createdAt: now,
        updatedAt: null,
      };
      subscriptions.set(subscription.subscribeId, subscription);
      return subscription;
    },
    /** Running subscriptions (those whose messages flow). */
    running: () => [...subscriptions.values()].filter((s) => s.status === 1),
  };
}

export type Subscriptions = ReturnType<typeof createSubscriptions>;
