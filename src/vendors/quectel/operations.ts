import type { paths } from "../../../generated/quectel.js";
import { codeMsgEnvelope } from "../../core/envelope.js";

/** Every operation of specs/quectel.yaml by operationId (checked against the spec in a test). */
export const OPERATIONS = {
  sendPhoneSmsCode: { method: "POST", path: "/v2/sms/enduserapi/v2/sendPhoneSmsCode" },
  phonePwdRegister: { method: "POST", path: "/v2/enduser/enduserapi/v2/phonePwdRegister" },
  phonePwdLogin: { method: "POST", path: "/v2/enduser/enduserapi/phonePwdLogin" },
  userDeviceList: { method: "GET", path: "/v2/binding/enduserapi/userDeviceList" },
  refreshToken: { method: "PUT", path: "/v2/enduser/enduserapi/refreshToken" },
  userLogout: { method: "DELETE", path: "/v2/enduser/enduserapi/userLogout" },
} as const satisfies Record<string, { method: string; path: keyof paths }>;

export type QuectelOperation = keyof typeof OPERATIONS;

const BY_ROUTE = new Map<string, QuectelOperation>(
  Object.entries(OPERATIONS).map(([id, op]) => [`${op.method} ${op.path}`, id as QuectelOperation]),
);

/** The operationId for a method and path, or undefined for a route the spec does not have. */
export function operationFor(method: string, path: string): QuectelOperation | undefined {
  return BY_ROUTE.get(`${method.toUpperCase()} ${path}`);
}

/** Query parameters whose values are secret (or give a secret away) and never get printed. */
export const SENSITIVE_QUERY: ReadonlySet<string> = new Set(["pwd", "signature", "refreshToken"]);

/** `code` values meaning success: 200 in the seed document, 0 in the API reference pages. */
export const SUCCESS_CODES: ReadonlySet<number> = new Set([200, 0]);

/** Reads Quectel's `{code, msg, data, extMsg}` envelope. */
export const readQuectelEnvelope = codeMsgEnvelope((code) => SUCCESS_CODES.has(code));

/** Operations without side effects: retried on network errors and 5xx (each attempt signed afresh). */
export const IDEMPOTENT: ReadonlySet<QuectelOperation> = new Set<QuectelOperation>(["userDeviceList"]);

/** What the client's transport and envelope unwrapper need to know about this API. */
export const API = {
  vendor: "quectel",
  operations: OPERATIONS,
  operationFor,
  idempotent: IDEMPOTENT,
  sensitiveQuery: SENSITIVE_QUERY,
  read: readQuectelEnvelope,
};
