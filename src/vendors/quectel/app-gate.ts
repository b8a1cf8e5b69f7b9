import type { OperationFacts } from "../../core/facts.js";
import type { SandboxReply, SandboxRequest, VendorSandboxContext } from "../../sandbox/types.js";
import { CREDENTIALS } from "./credentials.js";
import { type Gate, type Json, missingParameter, valueIn } from "./gate.js";
import type { Accounts } from "./home/accounts.js";
import { createQuectelTokenStore } from "./tokens.js";
import { CODES, createVerifier } from "./verify.js";

/** The codes of the token and user-domain checks (the spec lists their texts). */
const TOKEN_CODES = { missing: 5106, failed: 5032, userDomainUnknown: 5015 } as const;

/** Quectel's App error envelope. The sandbox's explanation goes in `extMsg`; `msg` stays the vendor's text. */
export function appEnvelope(
  code: number,
  msg: string,
  detail: string | undefined,
  status = 200,
): SandboxReply {
  return { status, body: { code, msg, data: null, extMsg: detail ? `iotdock sandbox: ${detail}` : null } };
}

/**
 * The App API's checks: the user's token first (a gateway's first check), missing parameters, the
 * user domain, the signature, the encrypted password; after the behaviours, the token pair a login
 * issues, a refresh rotates or a logout ends.
 */
export function createAppGate(context: VendorSandboxContext, accounts: Accounts): Gate {
  const userDomain = context.credentials[CREDENTIALS.userDomain.variable] as string;
  const secret = context.credentials[CREDENTIALS.userDomainSecret.variable] as string;
  const fail = (code: number, detail?: string) =>
    appEnvelope(code, context.texts.get(String(code)) ?? "error", detail);
  const verifier = createVerifier({ fail, secret, clock: context.clock });
  const tokens = createQuectelTokenStore();

  function absent(op: OperationFacts, request: SandboxRequest, body: Json): SandboxReply | undefined {
    const missing = missingParameter(context, op, request, body);
    if (missing) return fail(missing.code, `${missing.name} missing`);
    const domain = valueIn(request, body, "userDomain");
    if (domain !== undefined && domain !== userDomain) return fail(TOKEN_CODES.userDomainUnknown);
    return undefined;
  }

  /** The user of the request's access token, or the refusal (5106 none, 5032 not valid). */
  function tokenUser(op: OperationFacts, request: SandboxRequest): SandboxReply | { uid?: string } {
    if (!op.auth.token) return {};
    const token = request.headers[op.auth.token.name.toLowerCase()];
    if (!token) return fail(TOKEN_CODES.missing);
    const why = tokens.accessProblem(token, context.clock());
    return why ? fail(TOKEN_CODES.failed, why) : { uid: tokens.uidOf(token) };
  }

  return {
    fail,
    verify(op, request, body) {
      const user = tokenUser(op, request);
      if ("status" in user) return user;
      const problem =
        absent(op, request, body) ?? (op.auth.signed ? verifier.signature(op, request, body) : undefined);
      if (problem) return problem;
      if (op.refreshTokenParam && !request.query.get(op.refreshTokenParam))
        return fail(CODES.invalidRequest, `${op.refreshTokenParam} missing`);
      if (!op.password) return { ...user, password: "" };
      const from = (n: string) =>
        op.password?.in === "query" ? (request.query.get(n) ?? "") : String(body[n] ?? "");
      const password = verifier.password(from(op.password.field), from(op.password.random));
      return typeof password === "string" ? { ...user, password } : password;
    },
    tokens(op, request, answer, uid) {
      const now = context.clock();
      let out = answer;
      if (op.state.includes("token.issue") || op.state.includes("token.refresh")) {
        const pair = op.state.includes("token.issue")
          ? tokens.issue(uid ?? accounts.anonymous(), now)
          : tokens.refresh(request.query.get(op.refreshTokenParam ?? "refreshToken") ?? "", now);
        if (typeof pair === "string") return fail(TOKEN_CODES.failed, pair);
        out = { ...(answer as object), code: 200, msg: "", data: pair };
      }
      if (op.state.includes("token.revoke"))
        tokens.logout(request.headers[op.auth.token?.name.toLowerCase() ?? "authorization"] ?? "");
      return out;
    },
  };
}
