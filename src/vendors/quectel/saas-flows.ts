import type { operations } from "../../../generated/quectel-saas.js";
import type { BodyOf, Call, DataOf, QueryOf } from "../../core/call.js";

/** Helpers over the SaaS API's operations: the calls a customer cloud makes most, with plain arguments. */

type Data<I extends keyof operations> = DataOf<I, operations>;
type Query<I extends keyof operations> = QueryOf<I, operations>;
type Body<I extends keyof operations> = BodyOf<I, operations>;

/** A TSL value as the SaaS downlinks carry it (the pages write every value as a string). */
export type TslValue = string | number | boolean;

/** Subscription message-type codes (spec: `SaasSubscriptionMsgType`), by what they select. */
export const SaasMsgType = {
  online: 1,
  status: 2,
  rawUplink: 3,
  rawDownlink: 4,
  commandResponse: 5,
  tslProperties: 6,
  eventInfo: 7,
  eventWarning: 8,
  eventFault: 9,
  serviceLog: 10,
  locationRaw: 12,
  location: 13,
  binding: 14,
  deviceChange: 15,
} as const;

/** Options of a downlink (`isCache`, `cacheTime`, `isCover`, `qos`), as the pages name them. */
export type DownlinkOptions = Partial<
  Pick<Body<"deviceWriteData">, "isCache" | "cacheTime" | "isCover" | "qos">
>;

export interface QuectelSaasFlows {
  productTsl(productKey: string, language?: "CN" | "EN"): Promise<Data<"productTSL">>;
  deviceDetail(productKey: string, deviceKey: string): Promise<Data<"deviceDetail">>;
  /** One page of a product's devices (`pageNum`, `pageSize`, filters). */
  deviceList(
    productKey: string,
    query?: Omit<Query<"deviceList">, "productKey">,
  ): Promise<Data<"deviceList">>;
  /** Writes TSL properties (`{code: value}`) to devices of one product; per-device results with tickets. */
  writeData(
    productKey: string,
    deviceKeys: string[],
    values: Record<string, TslValue>,
    options?: DownlinkOptions,
  ): Promise<Data<"deviceWriteData">>;
  /** Asks devices to report TSL properties (all when `codes` is empty): the values come as `MATTR`/`READRESP` messages. */
  readData(
    productKey: string,
    deviceKeys: string[],
    codes?: string[],
    options?: DownlinkOptions,
  ): Promise<Data<"deviceReadData">>;
  /** Calls a TSL service with its input parameters. */
  sendServiceData(
    productKey: string,
    deviceKeys: string[],
    service: string,
    inputs: Record<string, TslValue>,
    options?: DownlinkOptions,
  ): Promise<Data<"deviceSendServiceData">>;
  /** One page of an end user's devices (bound and shared). */
  enduserDevices(
    uid: string,
    query?: Omit<Query<"enduserDeviceList">, "uid">,
  ): Promise<Data<"enduserDeviceList">>;
  /** Creates a queue; its `queueName` (`a.<userId>.<name>`) is what subscriptions and consumers use. */
  createQueue(name: string, description?: string): Promise<Data<"queueCreate">>;
  queues(query?: Body<"queueList">): Promise<Data<"queueList">>;
  queue(queueId: number): Promise<Data<"queueDetail">>;
  clearQueue(queueId: number): Promise<void>;
  deleteQueue(queueId: number): Promise<void>;
  /** Subscribes a queue to messages of a product (or one device of it); returns the subscription's id. */
  subscribe(input: Body<"subscribeCreatByPKDK">): Promise<number>;
  subscriptions(query?: Body<"subscribeList">): Promise<Data<"subscribeList">>;
  subscription(subscribeId: number): Promise<Data<"subscribeDetail">>;
  startSubscription(subscribeId: number): Promise<void>;
  stopSubscription(subscribeId: number): Promise<void>;
  deleteSubscription(subscribeId: number): Promise<void>;
}

/** `[{"code":"value"}, …]`: the downlinks' `data`, values as strings. */
const kvText = (values: Record<string, TslValue>) =>
  JSON.stringify(Object.entries(values).map(([code, value]) => ({ [code]: String(value) })));

export function saasFlows(call: Call<operations>): QuectelSaasFlows {
  const downlink = (productKey: string, devices: string[], data: string, options: DownlinkOptions = {}) => ({
    body: { ...options, productKey, devices, data },
  });
  const done = async (promise: Promise<unknown>) => {
    await promise;
  };
  return {
    productTsl: (productKey, language) =>
      call("productTSL", { query: { productKey, ...(language ? { language } : {}) } }),
    deviceDetail: (productKey, deviceKey) => call("deviceDetail", { query: { productKey, deviceKey } }),
    deviceList: (productKey, query = {}) => call("deviceList", { query: { ...query, productKey } }),
    writeData: (productKey, deviceKeys, values, options) =>
      call("deviceWriteData", downlink(productKey, deviceKeys, kvText(values), options)),
    readData: (productKey, deviceKeys, codes = [], options) =>
      call("deviceReadData", downlink(productKey, deviceKeys, JSON.stringify(codes), options)),
    sendServiceData: (productKey, deviceKeys, service, inputs, options) => {
      const params = Object.entries(inputs).map(([code, value]) => ({ [code]: String(value) }));
      return call(
        "deviceSendServiceData",
        downlink(productKey, deviceKeys, JSON.stringify([{ [service]: params }]), options),
      );
    },
    enduserDevices: (uid, query = {}) => call("enduserDeviceList", { query: { ...query, uid } }),
    createQueue: (queueName, queueDesc) =>
      call("queueCreate", { body: { queueName, ...(queueDesc ? { queueDesc } : {}) } }),
    queues: (query = {}) => call("queueList", { body: query }),
    queue: (queueId) => call("queueDetail", { query: { queueId } }),
    clearQueue: (queueId) => done(call("queueClear", { query: { queueId } })),
    deleteQueue: (queueId) => done(call("queueDelete", { query: { queueId } })),
    subscribe: async (input) => Number((await call("subscribeCreatByPKDK", { body: input })).subscribeId),
    subscriptions: (query = {}) => call("subscribeList", { body: query }),
    subscription: (subscribeId) => call("subscribeDetail", { query: { subscribeId } }),
    startSubscription: (subscribeId) => done(call("subscribeStart", { query: { subscribeId } })),
    stopSubscription: (subscribeId) => done(call("subscribeStop", { query: { subscribeId } })),
    deleteSubscription: (subscribeId) => done(call("subscribeDelete", { query: { subscribeId } })),
  };
}
