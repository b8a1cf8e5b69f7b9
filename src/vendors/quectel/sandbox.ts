import type { OperationFacts } from "../../core/facts.js";
import { prismDetail } from "../../sandbox/kit.js";
import type {
  SandboxReply,
  SandboxRequest,
  VendorSandbox,
  VendorSandboxContext,
} from "../../sandbox/types.js";
import { CREDENTIALS } from "./credentials.js";
import { type Call, createHome, isRefusal } from "./home/index.js";
import { createQuectelTokenStore } from "./tokens.js";
import { CODES, createVerifier } from "./verify.js";

export { TS_WINDOW_MS } from "./verify.js";

/** The codes of the token and user-domain checks (the spec lists their texts). */
const TOKEN_CODES = { missing: 5106, failed: 5032, userDomainUnknown: 5015 } as const;

/** Quectel's error envelope. The sandbox's explanation goes in `extMsg`; `msg` stays the vendor's text. */
function envelope(code: number, msg: string, detail: string | undefined, status = 200): SandboxReply {
  return { status, body: { code, msg, data: null, extMsg: detail ? `iotdock sandbox: ${detail}` : null } };
}

type Json = Record<string, unknown>;

/** A request value by name: the query's, else the JSON body's (non-strings as JSON text). */
function valueIn(request: SandboxRequest, body: Json, name: string): string | undefined {
  const fromQuery = request.query.get(name);
  if (fromQuery !== null && fromQuery !== "") return fromQuery;
  const fromBody = body[name];
  if (fromBody === undefined || fromBody === null || fromBody === "") return undefined;
  return typeof fromBody === "string" ? fromBody : JSON.stringify(fromBody);
}

/** Codes that report a missing parameter (`missing` in the spec's codes), by parameter. */
function missingCodes(context: VendorSandboxContext): [string, number][] {
  const out: [string, number][] = [];
  for (const api of context.apis) {
    for (const entry of api.codes.values()) if (entry.missing) out.push([entry.missing, Number(entry.code)]);
  }
  return out;
}

function createHandler(context: VendorSandboxContext) {
  const userDomain = context.credentials[CREDENTIALS.userDomain.variable] as string;
  const secret = context.credentials[CREDENTIALS.userDomainSecret.variable] as string;
  const fail = (code: number, detail?: string) =>
    envelope(code, context.texts.get(String(code)) ?? "error", detail);
  const verifier = createVerifier({ fail, secret, clock: context.clock });
  const tokens = createQuectelTokenStore();
  const home = createHome();
  const missing = missingCodes(context);

  /** The first required parameter the request lacks whose code the operation lists. */
  function absent(op: OperationFacts, request: SandboxRequest, body: Json): SandboxReply | undefined {
    for (const [name, code] of missing) {
      // Its parameters and its security schemes' query values (userDomain, signature) are required.
      const required = op.required.includes(name) || op.auth.schemeQuery.includes(name);
      if (required && context.answers(code, op.operationId) && valueIn(request, body, name) === undefined)
        return fail(code, `${name} missing`);
    }
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

  /**
   * Vendor checks before the spec's: the token (a gateway's first check), missing parameters, the
   * signature, the password. A refusal, or the request's user and plaintext password.
   */
  function verify(
    op: OperationFacts,
    request: SandboxRequest,
    body: Json,
  ): SandboxReply | { uid?: string; password: string } {
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
  }

  /** The behaviours of `x-iotdock-state`, in order; then the token a login or refresh issues. */
  function applyState(call: Call, request: SandboxRequest): unknown {
    const { op } = call;
    let answer = call.example;
    let uid = call.uid;
    for (const name of op.state) {
      const behaviour = home.behaviours[name];
      if (!behaviour) continue;
      const result = behaviour({ ...call, example: answer, uid });
      if (isRefusal(result)) return fail(result.code, result.detail);
      if (result) {
        answer = result.answer;
        uid = result.uid ?? uid;
      }
    }
    const now = context.clock();
    if (op.state.includes("token.issue") || op.state.includes("token.refresh")) {
      const pair = op.state.includes("token.issue")
        ? tokens.issue(uid ?? home.accounts.anonymous(), now)
        : tokens.refresh(request.query.get(op.refreshTokenParam ?? "refreshToken") ?? "", now);
      if (typeof pair === "string") return fail(TOKEN_CODES.failed, pair);
      answer = { ...(answer as object), code: 200, msg: "", data: pair };
    }
    if (op.state.includes("token.revoke"))
      tokens.logout(request.headers[op.auth.token?.name.toLowerCase() ?? "authorization"] ?? "");
    return answer;
  }

  const handler = async (request: SandboxRequest): Promise<SandboxReply> => {
    const operation = context.find(request.method, request.path);
    let parsed: unknown;
    // JSON when it says so, or when it says nothing and the operation takes JSON.
    const type = request.headers["content-type"];
    if (request.rawBody.length > 0 && (type?.includes("json") || (!type && operation?.jsonBody))) {
      try {
        parsed = JSON.parse(request.rawBody.toString("utf8"));
      } catch {
        return fail(CODES.invalidRequest, "body is not JSON");
      }
    }
    const body = (
      typeof parsed === "object" && parsed !== null && !Array.isArray(parsed) ? parsed : {}
    ) as Json;
    const verified = operation ? verify(operation, request, body) : undefined;
    if (verified && "status" in verified) return verified;
    const mocked = await context.mock({
      method: request.method,
      path: request.path,
      query: request.query,
      headers: request.headers,
      body: parsed ?? (request.rawBody.length ? request.rawBody.toString("utf8") : undefined),
    });
    if (!operation || !verified) return { status: mocked.status, headers: mocked.headers, body: mocked.body };
    // Prism found the request invalid against the spec (types, enums, required fields).
    if (mocked.status >= 400) return fail(CODES.invalidRequest, prismDetail(mocked));
    const answer = applyState(
      {
        op: operation,
        uid: verified.uid,
        value: (name) => valueIn(request, body, name),
        query: Object.fromEntries(request.query),
        body,
        list: Array.isArray(parsed) ? parsed : undefined,
        example: mocked.body,
        now: context.clock(),
        answers: (code) => context.texts.has(String(code)) && context.answers(code, operation.operationId),
        password: verified.password,
      },
      request,
    );
    if (typeof answer === "object" && answer !== null && "status" in answer) return answer as SandboxReply;
    return { status: mocked.status, body: answer, headers: { "content-type": "application/json" } };
  };
  return Object.assign(handler, { inspect: home.inspect, outbox: home.outbox });
}

export const sandbox: VendorSandbox = {
  states: ["token.issue", "token.refresh", "token.revoke", ...Object.keys(createHome().behaviours)],
  createHandler,
  refusal: (status, reason) =>
    envelope(CODES.invalidRequest, "invalid request (iotdock sandbox)", reason, status),
};
