import type { EnvelopeReader } from "../core/envelope.js";
import type { CredentialVariable } from "../sandbox/types.js";

/** What one case got back: the HTTP status and the parsed body. */
export interface CaseAnswer {
  status: number;
  body: unknown;
}

/** State the cases of one run share (a token from the login case, a user id, …). */
export type CaseState = Record<string, unknown>;

export interface CaseDefinition {
  /** operationId in the vendor's spec. */
  operation: string;
  /** The situation, e.g. `valid login`, `wrong signature`. */
  name: string;
  /** Changes the vendor's state (register, password update, logout): run only with --allow-writes. */
  writes?: boolean;
  /** What the vendor must answer: success, or one of these codes. */
  expect: "success" | { codes: (string | number)[] };
  /** Sends the request. Returns undefined to skip (a state the case needs is missing), with a reason. */
  run(state: CaseState): Promise<CaseAnswer | { skip: string }>;
}

export interface ContractTarget {
  baseUrl: string;
  /** Credentials and test data, by variable name (defaults applied for sandboxes). */
  values: Record<string, string>;
}

/**
 * A vendor's contract suite: read-only and login operations, plus writes that run only when
 * asked. Exported as `contract` from src/vendors/<vendor>/contract.ts.
 */
export interface VendorContract {
  vendor: string;
  specFile: string;
  read: EnvelopeReader;
  /** `<VENDOR>_BASE_URL`: where a live run goes. */
  baseUrlVariable: string;
  /** Everything a run needs: credentials and test data (a phone and password, a login code, …). */
  variables: CredentialVariable[];
  cases(target: ContractTarget): CaseDefinition[];
}
