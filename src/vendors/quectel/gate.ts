import type { OperationFacts } from "../../core/facts.js";
import type { SandboxReply, SandboxRequest, VendorSandboxContext } from "../../sandbox/types.js";

/**
 * What the Quectel sandbox's two APIs (App and SaaS) each check before the spec's mock answers, and
 * what they do after the state behaviours: their own envelopes, tokens and credentials. The request
 * pipeline (sandbox.ts) is the same for both.
 */

export type Json = Record<string, unknown>;

export interface Gate {
  /** The vendor's checks before the spec's: a refusal, or the request's user and plaintext password. */
  verify(op: OperationFacts, request: SandboxRequest, body: Json): SandboxReply | Verified;
  /** This API's error answer with the vendor's text for `code`. */
  fail(code: number, detail?: string): SandboxReply;
  /** Tokens issued, refreshed or revoked by the operation (its `x-iotdock-state`), on the answer. */
  tokens(op: OperationFacts, request: SandboxRequest, answer: unknown, uid: string | undefined): unknown;
}

export interface Verified {
  uid?: string | undefined;
  password: string;
}

/** A request value by name: the query's, else the JSON body's (non-strings as JSON text). */
export function valueIn(request: SandboxRequest, body: Json, name: string): string | undefined {
  const fromQuery = request.query.get(name);
  if (fromQuery !== null && fromQuery !== "") return fromQuery;
  const fromBody = body[name];
  if (fromBody === undefined || fromBody === null || fromBody === "") return undefined;
  return typeof fromBody === "string" ? fromBody : JSON.stringify(fromBody);
}

/**
 * The first required parameter the request lacks whose code (`missing` in the spec's codes) the
 * operation lists: its parameters and its security schemes' query values are required.
 */
export function missingParameter(
  context: VendorSandboxContext,
  op: OperationFacts,
  request: SandboxRequest,
  body: Json,
): { code: number; name: string } | undefined {
  for (const api of context.apis) {
    for (const entry of api.codes.values()) {
      const name = entry.missing;
      if (!name) continue;
      const required = op.required.includes(name) || op.auth.schemeQuery.includes(name);
      if (
        required &&
        context.answers(entry.code, op.operationId) &&
        valueIn(request, body, name) === undefined
      )
        return { code: Number(entry.code), name };
    }
  }
  return undefined;
}
