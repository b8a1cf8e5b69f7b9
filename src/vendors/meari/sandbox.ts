import { LRUCache } from "lru-cache";
import { specValidator } from "../../contract/spec.js";
import { secureRandomString } from "../../core/clock.js";
import { signatureEqual } from "../../core/compare.js";
import type { OperationFacts } from "../../core/facts.js";
import {
  createReplayGuard,
  DETAIL_HEADER,
  prismDetail,
  SANDBOX_MEMORY_MAX,
  STRING_TO_SIGN_HEADER,
} from "../../sandbox/kit.js";
import type {
  SandboxHandler,
  SandboxReply,
  VendorSandbox,
  VendorSandboxContext,
} from "../../sandbox/types.js";
import { CREDENTIALS } from "./credentials.js";
import {
  meariSignature,
  meariStringToSign,
  SIGNATURE_METHOD,
  SIGNATURE_VERSION,
  SIGNING_PARAMS,
} from "./sign.js";
import { createMeariState, STATE_BEHAVIOURS } from "./state.js";

/** The codes the sandbox answers with (specs/meari.yaml, "In the iotdock sandbox"). */
export const CODES = {
  success: "1001",
  invalidParameter: "1003",
  /** "Invalid signature" in Meari's later partner documents (spec departure 6). */
  invalidSignature: "1023",
  accountNotFound: "1018",
  otherRegion: "1048",
} as const;

/** Meari documents no timestamp window; the sandbox allows 10 minutes either way (an assumption). */
export const TIMESTAMP_WINDOW_MS = 10 * 60 * 1000;

/**
 * Unix milliseconds (what the vendor's demo sends), 10-digit Unix seconds (the current
 * authentication document's example) or `YYYY-MM-DDThh:mm:ssZ` (the 2021 authentication document).
 */
export function parseTimestamp(value: string): number | undefined {
  if (/^\d{10}$/.test(value)) return Number(value) * 1000;
  if (/^\d{11,15}$/.test(value)) return Number(value);
  if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/.test(value)) {
    const ms = Date.parse(value);
    return Number.isNaN(ms) ? undefined : ms;
  }
  return undefined;
}

interface Account {
  countryCode: string;
  userID: number;
}

function createHandler(context: VendorSandboxContext) {
  const partnerKey = context.credentials[CREDENTIALS.partnerKey.variable] as string;
  const partnerSecret = context.credentials[CREDENTIALS.partnerSecret.variable] as string;
  const sourceApp = context.credentials[CREDENTIALS.sourceApp.variable] as string;
  const nonces = createReplayGuard(TIMESTAMP_WINDOW_MS);
  const accounts = new LRUCache<string, Account>({ max: SANDBOX_MEMORY_MAX });
  let nextUserId = 100_000_000_021; // the document's example userID
  const validator = specValidator("meari");
  const stateful = createMeariState({
    clock: context.clock,
    hasAccount: (userAccount) => accounts.has(userAccount),
    itemsErrors: (items) => validator.schemaErrors("IotSetItems", items),
  });

  // Built without spreads: this runs for every answer.
  const envelope = (resultCode: string, headers?: Record<string, string>, result?: unknown): SandboxReply => {
    const t = context.clock();
    const replyHeaders: Record<string, string> = { "content-type": "application/json;charset=UTF-8" };
    if (headers) Object.assign(replyHeaders, headers);
    return {
      status: 200,
      headers: replyHeaders,
      body: result === undefined ? { t, resultCode } : { result, t, resultCode },
    };
  };
  const fail = (code: string, detail: string, extra: Record<string, string> = {}) =>
    envelope(code, { [DETAIL_HEADER]: detail, ...extra });

  function verify(operation: string, query: URLSearchParams): SandboxReply | undefined {
    // One pass over the query; names given twice (a signature included) take the general path.
    const values: Record<string, string> = Object.create(null);
    let repeated = false;
    for (const [name, value] of query) {
      if (name in values) repeated = true;
      values[name] = value;
    }
    const missing = SIGNING_PARAMS.filter((name) => !(repeated ? query.get(name) : values[name]));
    if (missing.length) return fail(CODES.invalidParameter, `missing ${missing.join(", ")}`);
    const get = (name: string) => (repeated ? (query.get(name) as string) : (values[name] as string));
    if (get("partnerKey") !== partnerKey) return fail(CODES.invalidParameter, "unknown partnerKey");
    if (get("signatureVersion") !== SIGNATURE_VERSION)
      return fail(CODES.invalidParameter, `signatureVersion must be ${SIGNATURE_VERSION}`);
    if (get("signatureMethod") !== SIGNATURE_METHOD)
      return fail(CODES.invalidParameter, `signatureMethod must be ${SIGNATURE_METHOD}`);
    const at = parseTimestamp(get("timestamp"));
    if (at === undefined)
      return fail(CODES.invalidParameter, "timestamp is not Unix ms, Unix seconds or YYYY-MM-DDThh:mm:ssZ");
    if (Math.abs(context.clock() - at) > TIMESTAMP_WINDOW_MS)
      return fail(CODES.invalidSignature, "timestamp is more than 10 minutes from the server clock");
    if (repeated && query.getAll("signature").length !== 1)
      return fail(CODES.invalidParameter, "more than one signature");
    const expected = meariSignature(repeated ? query : values, partnerSecret);
    if (!signatureEqual(expected, get("signature"))) {
      // The string to sign has no secret in it: showing it tells a developer at once what differs.
      return fail(CODES.invalidSignature, "signature does not match", {
        [STRING_TO_SIGN_HEADER]: encodeURIComponent(meariStringToSign(query)),
      });
    }
    // Per operation: the vendor's demo sends one nonce for its redirect and its login.
    if (!nonces.remember(`${partnerKey}\u0000${operation}\u0000${get("signatureNonce")}`, context.clock()))
      return fail(CODES.invalidSignature, "signatureNonce already used for this operation");
    return undefined;
  }

  function answer(
    operation: OperationFacts,
    query: URLSearchParams,
    example: { result?: unknown },
  ): SandboxReply {
    const get = (name: string) => query.get(name) ?? "";
    if (get("sourceApp") !== sourceApp)
      return fail(CODES.invalidParameter, "sourceApp is not this partner's");
    const state = operation.state;
    if (state.includes("region.redirect")) {
      const result = {
        ...(example.result as object),
        countryCode: get("countryCode"),
        apiServer: context.baseUrl(),
      };
      return envelope(CODES.success, undefined, result);
    }
    const userAccount = get("userAccount");
    const account = accounts.get(userAccount);
    if (state.includes("account.passwordUpdate")) {
      if (!account) return fail(CODES.accountNotFound, "this account never logged in to the sandbox");
      return envelope(CODES.success);
    }
    const outcome = state.map((name) => stateful.run(name, query)).find((o) => o !== undefined);
    if (outcome && "detail" in outcome) return fail(outcome.code, outcome.detail);
    if (outcome) return envelope(CODES.success, undefined, outcome.result);
    // Operations with no sandbox behaviour answer the spec's example.
    if (!state.includes("account.login")) return envelope(CODES.success, undefined, example.result);
    if (account && account.countryCode !== get("countryCode"))
      return fail(CODES.otherRegion, `account registered with countryCode ${account.countryCode}`);
    const registered = account ?? { countryCode: get("countryCode"), userID: nextUserId++ };
    accounts.set(userAccount, registered);
    const result = {
      ...(example.result as object),
      userAccount,
      countryCode: registered.countryCode,
      phoneCode: get("phoneCode"),
      userID: registered.userID,
      userToken: secureRandomString(32),
      ...(query.has("clientId") ? { clientId: get("clientId") } : {}),
    };
    return envelope(CODES.success, undefined, result);
  }

  const handler: SandboxHandler = async (request) => {
    const operation = context.find(request.method, request.path);
    if (operation) {
      const failure = verify(operation.operationId, request.query);
      if (failure) return failure;
    }
    // Read only: answers take the example's fields into objects of their own.
    const mocked = await context.mock(
      {
        method: request.method,
        path: request.path,
        query: request.query,
        headers: request.headers,
        body: undefined,
      },
      { readOnly: true },
    );
    if (!operation) return { status: mocked.status, headers: mocked.headers, body: mocked.body };
    if (mocked.status >= 400) return fail(CODES.invalidParameter, prismDetail(mocked));
    return answer(operation, request.query, mocked.body as { result?: unknown });
  };
  handler.inspect = stateful.inspect;
  return handler;
}

export const sandbox: VendorSandbox = {
  states: ["region.redirect", "account.login", "account.passwordUpdate", ...STATE_BEHAVIOURS],
  createHandler,
  refusal: (status, reason) => ({
    status,
    headers: { [DETAIL_HEADER]: reason },
    body: { resultCode: CODES.invalidParameter, t: Date.now() },
  }),
};
