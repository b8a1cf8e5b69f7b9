import type { OperationFacts } from "../../core/facts.js";
import { prismDetail } from "../../sandbox/kit.js";
import type {
  SandboxReply,
  SandboxRequest,
  VendorSandbox,
  VendorSandboxContext,
} from "../../sandbox/types.js";
import { appEnvelope, createAppGate } from "./app-gate.js";
import type { Gate, Json } from "./gate.js";
import { valueIn } from "./gate.js";
import { type Call, createHome, isRefusal } from "./home/index.js";
import { createSaasGate, SAAS_CODES } from "./saas/gate.js";
import { createSaasSide, saasBehaviourNames } from "./saas/index.js";
import { CODES } from "./verify.js";

export { TS_WINDOW_MS } from "./verify.js";

/**
 * The Quectel sandbox: both of Quectel's APIs on one port (one vendor host), each behind its own
 * gate (App: user tokens, signatures, encrypted passwords; SaaS: the AccessKey login and its
 * token), then the spec's mock, then the `x-iotdock-state` behaviours over one home of virtual
 * devices, so that what one API does the other sees.
 */
function createHandler(context: VendorSandboxContext) {
  const home = createHome();
  const app = createAppGate(context, home.accounts);
  const saas = createSaasGate(context);
  const side = createSaasSide(context, home, saas.keys);
  const saasOps = new Set(context.apis.find((api) => api.name === "quectel-saas")?.operations ?? []);
  const behaviours = { ...home.behaviours, ...side.behaviours };
  const gateOf = (op: OperationFacts | undefined): Gate => (op && saasOps.has(op) ? saas.gate : app);

  /** The behaviours of `x-iotdock-state`, in order; then the tokens the operation issues. */
  async function applyState(call: Call, request: SandboxRequest, gate: Gate): Promise<unknown> {
    const { op } = call;
    let answer = call.example;
    let uid = call.uid;
    for (const name of op.state) {
      const behaviour = behaviours[name];
      if (!behaviour) continue;
      const result = await behaviour({ ...call, example: answer, uid });
      if (isRefusal(result)) return gate.fail(result.code, result.detail);
      if (result) {
        answer = result.answer;
        uid = result.uid ?? uid;
      }
    }
    return gate.tokens(op, request, answer, uid);
  }

  const handler = async (request: SandboxRequest): Promise<SandboxReply> => {
    const operation = context.find(request.method, request.path);
    const gate = gateOf(operation);
    let parsed: unknown;
    // JSON when it says so, or when it says nothing and the operation takes JSON.
    const type = request.headers["content-type"];
    if (request.rawBody.length > 0 && (type?.includes("json") || (!type && operation?.jsonBody))) {
      try {
        parsed = JSON.parse(request.rawBody.toString("utf8"));
      } catch {
        return gate.fail(invalidRequest(operation, saasOps), "body is not JSON");
      }
    }
    const body = (
      typeof parsed === "object" && parsed !== null && !Array.isArray(parsed) ? parsed : {}
    ) as Json;
    const verified = operation ? gate.verify(operation, request, body) : undefined;
    if (verified && "status" in verified) return verified;
    const mocked = await context.mock({
      method: request.method,
      path: request.path,
      query: request.query,
      headers: request.headers,
      body: parsed ?? (request.rawBody.length ? request.rawBody.toString("utf8") : undefined),
    });
    if (!operation || !verified) return { status: mocked.status, headers: mocked.headers, body: mocked.body };
    // The mock found the request invalid against the spec (types, enums, required fields).
    if (mocked.status >= 400) return gate.fail(invalidRequest(operation, saasOps), prismDetail(mocked));
    const answer = await applyState(
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
      gate,
    );
    if (typeof answer === "object" && answer !== null && "status" in answer) return answer as SandboxReply;
    return { status: mocked.status, body: answer, headers: { "content-type": "application/json" } };
  };
  return Object.assign(handler, {
    inspect: home.inspect,
    outbox: home.outbox,
    routes: side.routes,
    notes: side.notes,
    close: side.close,
  });
}

/** The code of a request that breaks the spec: the SaaS API's `param check error`, the App's sandbox-only 400. */
function invalidRequest(op: OperationFacts | undefined, saasOps: ReadonlySet<OperationFacts>): number {
  return op && saasOps.has(op) ? SAAS_CODES.paramCheck : CODES.invalidRequest;
}

export const sandbox: VendorSandbox = {
  states: [
    "token.issue",
    "token.refresh",
    "token.revoke",
    ...Object.keys(createHome().behaviours),
    ...saasBehaviourNames(),
  ],
  createHandler,
  refusal: (status, reason) =>
    appEnvelope(CODES.invalidRequest, "invalid request (iotdock sandbox)", reason, status),
};
