import type { paths } from "../../../generated/gwell.js";
import { codeMsgEnvelope } from "../../core/envelope.js";

/**
 * Every operation of specs/gwell.yaml by operationId (checked against the spec in a test).
 * `bodyCredentials`: the JSON body carries appId/appToken, which the client fills in unless given.
 */
export const OPERATIONS = {
  thirdCustLogin: {
    method: "POST",
    path: "/openapi/custCloud/app/user/thirdCustLogin",
    bodyCredentials: true,
  },
  devInfo: { method: "POST", path: "/openapi/custCloud/oss/devInfo", bodyCredentials: true },
  devList: { method: "POST", path: "/openapi/custCloud/oss/devList", bodyCredentials: true },
} as const satisfies Record<string, { method: string; path: keyof paths; bodyCredentials: boolean }>;

export type GwellOperation = keyof typeof OPERATIONS;

const BY_ROUTE = new Map<string, GwellOperation>(
  Object.entries(OPERATIONS).map(([id, op]) => [`${op.method} ${op.path}`, id as GwellOperation]),
);

export function operationFor(method: string, path: string): GwellOperation | undefined {
  return BY_ROUTE.get(`${method.toUpperCase()} ${path}`);
}

/** Gwell sends nothing secret in query strings. */
export const SENSITIVE_QUERY: ReadonlySet<string> = new Set();

export const SUCCESS_CODE = 0;

/** Reads Gwell's `{code, msg, data, requestId}` envelope. */
export const readGwellEnvelope = codeMsgEnvelope((code) => code === SUCCESS_CODE);

/** Operations without side effects: retried on network errors and 5xx (each attempt signed afresh). */
export const IDEMPOTENT: ReadonlySet<GwellOperation> = new Set<GwellOperation>(["devInfo", "devList"]);

/** What the client's transport and envelope unwrapper need to know about this API. */
export const API = {
  vendor: "gwell",
  operations: OPERATIONS,
  operationFor,
  idempotent: IDEMPOTENT,
  sensitiveQuery: SENSITIVE_QUERY,
  read: readGwellEnvelope,
};
