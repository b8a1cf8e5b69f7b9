import type { paths } from "../../../generated/haier.js";
import type { EnvelopeReader } from "../../core/envelope.js";

/** Every operation of specs/haier.yaml by operationId (checked against the spec in a test). */
export const OPERATIONS = {
  thirdpartUserLogin: { method: "POST", path: "/uaccount/v1/security/thirdpartUserLogin" },
} as const satisfies Record<string, { method: string; path: keyof paths }>;

export type HaierOperation = keyof typeof OPERATIONS;

const BY_ROUTE = new Map<string, HaierOperation>(
  Object.entries(OPERATIONS).map(([id, op]) => [`${op.method} ${op.path}`, id as HaierOperation]),
);

export function operationFor(method: string, path: string): HaierOperation | undefined {
  return BY_ROUTE.get(`${method.toUpperCase()} ${path}`);
}

/** Haier sends nothing in query strings. */
export const SENSITIVE_QUERY: ReadonlySet<string> = new Set();

export const SUCCESS_CODE = "00000";

/** Reads Haier's flat `{retCode, retInfo, …}` envelope; the data is the body itself. */
export const readHaierEnvelope: EnvelopeReader = (body) => {
  if (typeof body !== "object" || body === null) return undefined;
  const { retCode, retInfo } = body as { retCode?: unknown; retInfo?: unknown };
  if (typeof retCode !== "string") return undefined;
  return {
    ok: retCode === SUCCESS_CODE,
    code: retCode,
    message: typeof retInfo === "string" ? retInfo : "",
    data: body,
  };
};

/** Operations without side effects: retried on network errors and 5xx (each attempt signed afresh). */
export const IDEMPOTENT: ReadonlySet<HaierOperation> = new Set<HaierOperation>([]);

/** What the client's transport and envelope unwrapper need to know about this API. */
export const API = {
  vendor: "haier",
  operations: OPERATIONS,
  operationFor,
  idempotent: IDEMPOTENT,
  sensitiveQuery: SENSITIVE_QUERY,
  read: readHaierEnvelope,
};
