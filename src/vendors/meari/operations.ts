import type { paths } from "../../../generated/meari.js";
import type { EnvelopeReader } from "../../core/envelope.js";

/** Every operation of specs/meari.yaml by operationId (checked against the spec in a test). */
export const OPERATIONS = {
  redirect: { method: "GET", path: "/v2/third/sdk/redirect" },
  login: { method: "GET", path: "/v2/third/sdk/login" },
  passwordUpdate: { method: "GET", path: "/v2/third/sdk/password/update" },
} as const satisfies Record<string, { method: string; path: keyof paths }>;

export type MeariOperation = keyof typeof OPERATIONS;

const BY_ROUTE = new Map<string, MeariOperation>(
  Object.entries(OPERATIONS).map(([id, op]) => [`${op.method} ${op.path}`, id as MeariOperation]),
);

export function operationFor(method: string, path: string): MeariOperation | undefined {
  return BY_ROUTE.get(`${method.toUpperCase()} ${path}`);
}

/** The signature is derived from the secret; never print it. */
export const SENSITIVE_QUERY: ReadonlySet<string> = new Set(["signature"]);

export const SUCCESS_CODE = "1001";

/**
 * Meari's envelope has no message field. Meanings of the codes Meari's login operations answer
 * (x-iotdock-error-codes of specs/meari.yaml; a test keeps them in step).
 */
export const CODE_MESSAGES: Readonly<Record<string, string>> = {
  "1002": "请求失败",
  "1003": "参数不合法",
  "1005": "系统异常",
  "1018": "用户账号不存在",
  "1023": "异地登录/无效的用户令牌",
  "1048": "用户账号已在其它区域被注册",
};

/** Reads Meari's `{resultCode, result, t}` envelope. */
export const readMeariEnvelope: EnvelopeReader = (body) => {
  if (typeof body !== "object" || body === null) return undefined;
  const { resultCode, result } = body as { resultCode?: unknown; result?: unknown };
  if (typeof resultCode !== "string") return undefined;
  return {
    ok: resultCode === SUCCESS_CODE,
    code: resultCode,
    message: CODE_MESSAGES[resultCode] ?? "",
    data: result ?? {},
  };
};

/** Operations without side effects: retried on network errors and 5xx (each attempt signed afresh). */
export const IDEMPOTENT: ReadonlySet<MeariOperation> = new Set<MeariOperation>(["redirect"]);

/** What the client's transport and envelope unwrapper need to know about this API. */
export const API = {
  vendor: "meari",
  operations: OPERATIONS,
  operationFor,
  idempotent: IDEMPOTENT,
  sensitiveQuery: SENSITIVE_QUERY,
  read: readMeariEnvelope,
};
