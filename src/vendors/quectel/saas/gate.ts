import { signatureEqual } from "../../../core/compare.js";
import type { SandboxReply, VendorSandboxContext } from "../../../sandbox/types.js";
import { CREDENTIALS } from "../credentials.js";
import { type Gate, missingParameter } from "../gate.js";
import { type Call, type Refusal, refuse } from "../home/call.js";
import { parseSaasUsername, SAAS_TIMESTAMP_WINDOW_MS, saasPassword } from "../saas-sign.js";
import { createSaasTokenStore, SAAS_TOKEN_LIFETIME_MS } from "./tokens.js";

/** The SaaS codes the gate answers (texts from the spec's catalogue). */
export const SAAS_CODES = {
  tokenMissing: 91001,
  tokenIncorrect: 91004,
  accessKey: 90047,
  paramCheck: 50005,
} as const;

/** A SaaS behaviour's refusal: `code` where the page lists it for the operation, else `50005` (param check error). */
export const refuseSaas = (call: Call, code: number, detail: string): Refusal =>
  refuse(call, [code], detail, SAAS_CODES.paramCheck);

/**
 * The SaaS API's error envelope: `{code, msg, data: null}`, the sandbox's explanation in `exp1`
 * (a field the vendor's envelope has and leaves empty). The token answers (login, refresh) carry
 * the message in `error` instead, as the login page's error example does.
 */
export function saasEnvelope(
  code: number,
  msg: string,
  detail: string | undefined,
  token = false,
): SandboxReply {
  const note = detail ? `iotdock sandbox: ${detail}` : undefined;
  const body = token ? { code, msg, error: note ?? msg } : { code, msg, data: null, exp1: note ?? null };
  return { status: 200, body };
}

/** Checks a SaaS username/password pair (the login's and the broker's): why it is refused, or undefined. */
export function saasCredentialProblem(
  username: string,
  password: string,
  keys: { accessKey: string; accessSecret: string },
  now: number,
): string | undefined {
  const fields = parseSaasUsername(username);
  if (typeof fields === "string") return fields;
  if (fields.accessKey !== keys.accessKey) return "unknown AccessKey";
  if (Math.abs(now - fields.timestampMs) > SAAS_TIMESTAMP_WINDOW_MS)
    return "username timestamp more than 10 minutes from server time";
  if (!signatureEqual(saasPassword(username, keys.accessSecret), password))
    return "password is not sha256(username + AccessSecret)";
  return undefined;
}

/**
 * The SaaS API's checks: the token first (91001 none, 91004 not one the sandbox issued or expired),
 * missing parameters (the catalogue's `missing` codes), the login's username/password rule (90047,
 * the only code its page gives); after the behaviours, the token a login issues or a refresh renews.
 */
export function createSaasGate(context: VendorSandboxContext) {
  const keys = {
    accessKey: context.credentials[CREDENTIALS.accessKey.variable] as string,
    accessSecret: context.credentials[CREDENTIALS.accessSecret.variable] as string,
  };
  const text = (code: number) => context.texts.get(String(code)) ?? "error";
  const tokens = createSaasTokenStore();
  const isTokenAnswer = (state: string[]) => state.includes("token.issue") || state.includes("token.refresh");

  const gate: Gate = {
    fail: (code, detail) => saasEnvelope(code, text(code), detail),
    verify(op, request, body) {
      const tokenish = isTokenAnswer(op.state);
      const fail = (code: number, detail: string) => saasEnvelope(code, text(code), detail, tokenish);
      if (op.auth.token) {
        const token = request.headers[op.auth.token.name.toLowerCase()];
        if (!token) return fail(SAAS_CODES.tokenMissing, "Authorization missing");
        const why = tokens.problem(token, context.clock());
        if (why) return fail(SAAS_CODES.tokenIncorrect, why);
      }
      const missing = missingParameter(context, op, request, body);
      if (missing) return fail(missing.code, `${missing.name} missing`);
      if (op.auth.recipe === "saas-login") {
        const why = saasCredentialProblem(
          request.query.get("username") ?? "",
          request.query.get("password") ?? "",
          keys,
          context.clock(),
        );
        if (why) return fail(SAAS_CODES.accessKey, why);
      }
      return { password: "" };
    },
    tokens(op, request, answer) {
      const now = context.clock();
      const fields = { code: 200, token_type: "jwt", expires_in: SAAS_TOKEN_LIFETIME_MS / 1000, scope: "" };
      if (op.state.includes("token.issue"))
        return {
          ...(answer as object),
          ...fields,
          msg: "OK",
          access_token: tokens.issue(keys.accessKey, now),
        };
      if (op.state.includes("token.refresh")) {
        const renewed = tokens.refresh(request.query.get(op.refreshTokenParam ?? "refresh_token") ?? "", now);
        if (typeof renewed === "string")
          return saasEnvelope(SAAS_CODES.tokenIncorrect, text(SAAS_CODES.tokenIncorrect), renewed, true);
        return { ...(answer as object), ...fields, msg: "", access_token: renewed.token };
      }
      return answer;
    },
  };
  return { gate, keys };
}
