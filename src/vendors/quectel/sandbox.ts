import { LRUCache } from "lru-cache";
import { constantTimeEqual } from "../../core/compare.js";
import type { OperationFacts } from "../../core/facts.js";
import {
  createReplayGuard,
  prismDetail,
  SANDBOX_MEMORY_MAX,
  STRING_TO_SIGN_HEADER,
} from "../../sandbox/kit.js";
import type {
  SandboxReply,
  SandboxRequest,
  VendorSandbox,
  VendorSandboxContext,
} from "../../sandbox/types.js";
import { CREDENTIALS } from "./credentials.js";
import { decryptPassword, PasswordDecryptError } from "./password.js";
import { loginSignature, RANDOM_LENGTH, smsSignature } from "./sign.js";
import { createQuectelTokenStore } from "./tokens.js";

/** The uid in the vendor document's example tokens. */
const EXAMPLE_UID = "C131362";

/** `ts` may differ from the server clock by at most this much (vendor: 10 minutes). */
export const TS_WINDOW_MS = 10 * 60 * 1000;

/**
 * The codes the sandbox answers with; their `msg` comes from the spec's x-iotdock-error-codes.
 * `invalidRequest` is the spec's sandbox-only code for what Quectel documents no code for.
 */
export const CODES = {
  phoneMissing: 5021,
  pwdMissing: 5022,
  userDomainMissing: 5023,
  userDomainUnknown: 5015,
  smsCodeMissing: 5064,
  internationalCodeMissing: 5116,
  signatureMissing: 5550,
  signatureFailed: 5420,
  tokenMissing: 5106,
  tokenFailed: 5032,
  phoneRegistered: 5002,
  wrongPassword: 5028,
  invalidRequest: 400,
} as const;

/** Quectel's error envelope. The sandbox's explanation goes in `extMsg`; `msg` stays the vendor's text. */
function envelope(code: number, msg: string, detail: string | undefined, status = 200): SandboxReply {
  const reply = {
    status,
    body: { code, msg, data: null, extMsg: detail ? `iotdock sandbox: ${detail}` : null },
  };
  // Marked so that a state change can hand back a refusal instead of an answer.
  Object.defineProperty(reply, REPLY, { value: true });
  return reply;
}

/**
 * Quectel's code for a missing parameter, by parameter name. Answered only by the operations the
 * spec lists for that code (`operations` of `x-iotdock-error-codes`).
 */
const MISSING: Readonly<Record<string, number>> = {
  userDomain: CODES.userDomainMissing,
  phone: CODES.phoneMissing,
  pwd: CODES.pwdMissing,
  signature: CODES.signatureMissing,
  smsCode: CODES.smsCodeMissing,
  internationalCode: CODES.internationalCodeMissing,
};

function createHandler(context: VendorSandboxContext) {
  const userDomain = context.credentials[CREDENTIALS.userDomain.variable] as string;
  const secret = context.credentials[CREDENTIALS.userDomainSecret.variable] as string;
  const fail = (code: number, detail?: string) =>
    envelope(code, context.texts.get(String(code)) ?? "error", detail);
  /** 5420, with the string the sandbox signed (secret left out) in a sandbox-only header. */
  const signatureFailed = (stringToSign: string) => ({
    ...fail(CODES.signatureFailed, "signature does not match"),
    headers: { [STRING_TO_SIGN_HEADER]: encodeURIComponent(stringToSign) },
  });
  const tokens = createQuectelTokenStore();
  const randoms = createReplayGuard(TS_WINDOW_MS);

  /** A value of the request by name: the query, else the JSON body. */
  const paramValue = (request: SandboxRequest, body: Record<string, unknown>, name: string) => {
    const fromQuery = request.query.get(name);
    if (fromQuery) return fromQuery;
    const fromBody = body[name];
    return fromBody === undefined || fromBody === null || fromBody === "" ? undefined : String(fromBody);
  };

  function missing(op: OperationFacts, request: SandboxRequest, body: Record<string, unknown>) {
    for (const [name, code] of Object.entries(MISSING)) {
      if (!context.answers(code, op.operationId)) continue;
      if (paramValue(request, body, name) === undefined) return fail(code);
    }
    const domain = paramValue(request, body, "userDomain");
    if (domain !== undefined && domain !== userDomain) return fail(CODES.userDomainUnknown);
    return undefined;
  }

  function smsSigned(q: URLSearchParams): SandboxReply | undefined {
    const ts = q.get("ts") ?? "";
    const random = q.get("random") ?? "";
    if (!/^\d{1,16}$/.test(ts)) return fail(CODES.signatureFailed, "ts missing or not milliseconds");
    if (Math.abs(context.clock() - Number(ts)) > TS_WINDOW_MS) {
      return fail(CODES.signatureFailed, "ts more than 10 minutes from server time");
    }
    if (random.length !== RANDOM_LENGTH) return fail(CODES.signatureFailed, "random must be 16 characters");
    const input = { phone: q.get("phone") ?? "", codeType: q.get("codeType") ?? "", random, ts };
    if (!constantTimeEqual(smsSignature(input, secret), q.get("signature"))) {
      return signatureFailed(`${input.phone}${input.codeType}${random}${ts}<userDomainSecret>`);
    }
    if (!randoms.remember(random, context.clock()))
      return fail(CODES.signatureFailed, "random already used within the 10-minute window");
    return undefined;
  }

  function loginSigned(q: URLSearchParams): SandboxReply | undefined {
    const input = {
      internationalCode: q.get("internationalCode") ?? undefined,
      phone: q.get("phone") ?? "",
      pwd: q.get("pwd") ?? "",
      random: q.get("random") ?? undefined,
    };
    if (!constantTimeEqual(loginSignature(input, secret), q.get("signature"))) {
      // The encrypted pwd stays out of the hint: with `random` it would give the password away.
      return signatureFailed(
        `${input.internationalCode ?? ""}${input.phone}<pwd>${input.random ?? ""}<userDomainSecret>`,
      );
    }
    return undefined;
  }

  /** Vendor checks in front of Prism, from the operation's facts. A failure reply, or undefined. */
  function verify(op: OperationFacts, request: SandboxRequest, body: unknown): SandboxReply | undefined {
    const fields = (typeof body === "object" && body !== null ? body : {}) as Record<string, unknown>;
    const absent = missing(op, request, fields);
    if (absent) return absent;
    if (op.auth.signed) {
      const failure = op.auth.recipe === "sms" ? smsSigned(request.query) : loginSigned(request.query);
      if (failure) return failure;
    }
    if (op.password) {
      const password = decrypted(...encryptedPassword(op, request, fields));
      if (typeof password !== "string") return password;
    }
    if (op.auth.token) {
      const token = request.headers[op.auth.token.name.toLowerCase()];
      if (!token) return fail(CODES.tokenMissing);
      const why = tokens.accessProblem(token, context.clock());
      if (why) return fail(CODES.tokenFailed, why);
    }
    if (op.refreshTokenParam && !request.query.get(op.refreshTokenParam))
      return fail(CODES.invalidRequest, `${op.refreshTokenParam} missing`);
    return undefined;
  }

  /** The decrypted password, or the refusal when it does not decrypt. */
  function decrypted(pwd: string, random: string): string | SandboxReply {
    try {
      return decryptPassword(pwd, random);
    } catch (error) {
      if (error instanceof PasswordDecryptError) return fail(CODES.invalidRequest, error.message);
      throw error;
    }
  }

  /**
   * Accounts by international code and phone. The first login of an unknown phone registers it
   * (a sandbox convenience, like Meari's); afterwards only its password logs in (5028 otherwise),
   * and registering it again answers 5002.
   */
  const accounts = new LRUCache<string, string>({ max: SANDBOX_MEMORY_MAX });
  const accountKey = (request: SandboxRequest, body: Record<string, unknown>) =>
    `${paramValue(request, body, "internationalCode") ?? "86"}:${paramValue(request, body, "phone") ?? ""}`;

  function account(
    op: OperationFacts,
    request: SandboxRequest,
    body: Record<string, unknown>,
    password: string,
  ) {
    const key = accountKey(request, body);
    const known = accounts.get(key);
    if (op.state.includes("account.register")) {
      if (known !== undefined) return fail(CODES.phoneRegistered);
      accounts.set(key, password);
    }
    if (op.state.includes("account.login")) {
      if (known === undefined) accounts.set(key, password);
      else if (!constantTimeEqual(known, password)) return fail(CODES.wrongPassword);
    }
    return undefined;
  }

  /** The plaintext password of a request that verified (its encryption was checked there). */
  function passwordOf(op: OperationFacts, request: SandboxRequest, fields: Record<string, unknown>): string {
    return op.password ? decryptPassword(...encryptedPassword(op, request, fields)) : "";
  }

  /** The state an operation changes (`x-iotdock-state`), after Prism accepted it; a reply when it refuses. */
  function applyState(op: OperationFacts, request: SandboxRequest, body: unknown, example: unknown): unknown {
    const now = context.clock();
    const fields = (typeof body === "object" && body !== null ? body : {}) as Record<string, unknown>;
    if (op.state.includes("account.register") || op.state.includes("account.login")) {
      const refused = account(op, request, fields, passwordOf(op, request, fields));
      if (refused) return refused;
    }
    let answer = example;
    if (op.state.includes("token.issue") || op.state.includes("token.refresh")) {
      const pair = op.state.includes("token.issue")
        ? tokens.issue(EXAMPLE_UID, now)
        : tokens.refresh(request.query.get(op.refreshTokenParam ?? "refreshToken") ?? "", now);
      if (typeof pair === "string") return fail(CODES.tokenFailed, pair);
      answer = { ...(example as object), data: pair };
    }
    if (op.state.includes("token.revoke"))
      tokens.logout(request.headers[op.auth.token?.name.toLowerCase() ?? "authorization"] ?? "");
    return answer;
  }

  return async (request: SandboxRequest): Promise<SandboxReply> => {
    const operation = context.find(request.method, request.path);
    let body: unknown;
    if (request.rawBody.length > 0 && request.headers["content-type"]?.includes("json")) {
      try {
        body = JSON.parse(request.rawBody.toString("utf8"));
      } catch {
        return fail(CODES.invalidRequest, "body is not JSON");
      }
    }
    if (operation) {
      const failure = verify(operation, request, body);
      if (failure) return failure;
    }
    const mocked = await context.mock({
      method: request.method,
      path: request.path,
      query: request.query,
      headers: request.headers,
      body: body ?? (request.rawBody.length ? request.rawBody.toString("utf8") : undefined),
    });
    if (!operation) return { status: mocked.status, headers: mocked.headers, body: mocked.body };
    // Prism found the request invalid against the spec (types, enums, required fields).
    if (mocked.status >= 400) return fail(CODES.invalidRequest, prismDetail(mocked));
    const answer = applyState(operation, request, body, mocked.body);
    if (isReply(answer)) return answer;
    return {
      status: mocked.status,
      body: answer,
      headers: { "content-type": mocked.headers["content-type"] ?? "application/json" },
    };
  };
}

/** The encrypted password and its random, where the operation carries them (`x-iotdock-password`). */
function encryptedPassword(
  op: OperationFacts,
  request: SandboxRequest,
  fields: Record<string, unknown>,
): [string, string] {
  const where = op.password;
  if (!where) return ["", ""];
  const from =
    where.in === "query" ? (n: string) => request.query.get(n) ?? "" : (n: string) => String(fields[n] ?? "");
  return [from(where.field), from(where.random)];
}

const REPLY = Symbol("reply");
const isReply = (value: unknown): value is SandboxReply =>
  typeof value === "object" && value !== null && REPLY in value;

export const sandbox: VendorSandbox = {
  states: ["account.register", "account.login", "token.issue", "token.refresh", "token.revoke"],
  createHandler,
  refusal: (status, reason) =>
    envelope(CODES.invalidRequest, "invalid request (iotdock sandbox)", reason, status),
};
