import type { CredentialVariable } from "../sandbox/types.js";

/** What one case got back: the HTTP status and the parsed body. */
export interface CaseAnswer {
  status: number;
  body: unknown;
}

/** State the cases of one run share (a token from the login case, a user id, …). */
export type CaseState = Record<string, unknown>;

/**
 * What an answer must be: `success`; one of `codes`; `refused` (any code but success);
 * `documented` (success or a code the spec lists for the operation; strict runs against a sandbox
 * require success).
 */
export type Expectation = "success" | { codes: (string | number)[] } | "refused" | "documented";

export interface CaseDefinition {
  /** operationId in the vendor's spec. */
  operation: string;
  /** The situation, e.g. `valid login`, `wrong signature`. */
  name: string;
  /** Changes the vendor's state (register, password update, logout): run only with --allow-writes. */
  writes?: boolean;
  /** What the vendor must answer. */
  expect: Expectation;
  /** Sends the request. Returns undefined to skip (a state the case needs is missing), with a reason. */
  run(state: CaseState): Promise<CaseAnswer | { skip: string }>;
}

export interface ContractTarget {
  baseUrl: string;
  /** Credentials and test data, by variable name (defaults applied for sandboxes). */
  values: Record<string, string>;
}

/**
 * A vendor's contract suite: the generic cases of every operation in its specs (src/contract/
 * generic.ts), plus its own flows; writes run only when asked. Exported as `contract` from
 * src/vendors/<vendor>/contract.ts.
 */
export interface VendorContract {
  /** The vendor's name (its definition in src/vendors/<vendor>/vendor.ts gives the specs). */
  vendor: string;
  /** `<VENDOR>_BASE_URL`: where a live run goes. */
  baseUrlVariable: string;
  /** Everything a run needs: credentials and test data (a phone and password, a login code, …). */
  variables: CredentialVariable[];
  /** Flows beyond what the spec's own examples cover (logins with test accounts, token rotation, …). */
  cases(target: ContractTarget): CaseDefinition[];
  /**
   * A fresh session for the operations of API `api` (a spec name) that take a token (the generic
   * cases): a user's for an end-user API, the application's own for a server-to-server one.
   */
  session?(target: ContractTarget, api: string): Promise<{ accessToken: string; refreshToken: string }>;
}
