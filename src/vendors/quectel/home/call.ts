import type { OperationFacts } from "../../../core/facts.js";

/**
 * What a sandbox behaviour gets: the operation, the user of the access token, the request's
 * values, the answer the spec's example gives, and the sandbox clock. It returns the answer to send
 * instead, or a refusal with the vendor's code.
 */
export interface Call {
  op: OperationFacts;
  /** The user of the request's access token (undefined: the operation takes none). */
  uid: string | undefined;
  /** A request value: the query's, else the JSON body's (non-strings as JSON). */
  value(name: string): string | undefined;
  /** The query parameters (the last value of each). */
  query: Record<string, string>;
  /** The JSON body (an object, or `{}`), as sent. */
  body: Record<string, unknown>;
  /** The JSON body when it is an array (some operations take a list). */
  list: unknown[] | undefined;
  /** The answer of the spec's example. */
  example: unknown;
  now: number;
  /** Whether the spec lists `code` for this operation. */
  answers(code: number): boolean;
  /** The plaintext password of an operation that carries an encrypted one ("" otherwise). */
  password: string;
}

export interface Refusal {
  code: number;
  detail: string;
}

export const isRefusal = (value: unknown): value is Refusal =>
  typeof value === "object" && value !== null && "code" in value && "detail" in value;

export type Result =
  | { answer: unknown; uid?: string }
  | Refusal
  /** Leave the example's answer as it is. */
  | undefined;

/** A behaviour answers at once, or after the sandbox's broker has done its part (a queue declared). */
export type Behaviour = (call: Call) => Result | Promise<Result>;

/** The sandbox-only code of the spec (any operation may answer it): for a refusal the page names no code for. */
export const SANDBOX_ONLY_CODE = 400;

/**
 * A refusal with the first of `codes` the operation's page lists (the vendors' pages differ in which
 * of similar codes they list), else `fallback` (the App API's sandbox-only code by default; the
 * SaaS API has a code of its own for it); `detail` says why.
 */
export function refuse(call: Call, codes: number[], detail: string, fallback = SANDBOX_ONLY_CODE): Refusal {
  return { code: codes.find((c) => call.answers(c)) ?? fallback, detail };
}

/** The request's token user, or a refusal (behaviours on token operations only). */
export function userOf(call: Call): string {
  if (!call.uid)
    throw new Error(`${call.op.operationId}: a behaviour that needs a user on an operation without a token`);
  return call.uid;
}

/** A comma-separated list (or a JSON array) of the request, as strings. */
export function listOf(call: Call, name: string): string[] {
  const raw = call.body[name] ?? call.value(name);
  if (Array.isArray(raw)) return raw.map(String);
  return typeof raw === "string"
    ? raw
        .split(",")
        .map((s) => s.trim())
        .filter(Boolean)
    : [];
}
