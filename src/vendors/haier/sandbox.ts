import { postJson } from "../../contract/cases.js";
import { signatureEqual } from "../../core/compare.js";
import type { OperationFacts } from "../../core/facts.js";
import { createReplayGuard, parseBody, prismDetail, STRING_TO_SIGN_HEADER } from "../../sandbox/kit.js";
import { pathValues } from "../../sandbox/path-values.js";
import type {
  SandboxReply,
  SandboxRequest,
  VendorSandbox,
  VendorSandboxContext,
} from "../../sandbox/types.js";
import { createHaierCallbackHandler } from "./callback.js";
import { CALLBACK_CREDENTIALS, CLIENT_CREDENTIALS, EXAMPLE_CODE, EXAMPLE_OPEN_ID } from "./credentials.js";
import { type HaierBehaviour, haierBehaviours } from "./home/behaviours.js";
import { componentIdOf, HAIER_DEVICES, propertyIdOf } from "./home/catalogue.js";
import { familyBehaviours } from "./home/family-behaviours.js";
import { joinBehaviours } from "./home/join-behaviours.js";
import { placeBehaviours } from "./home/place-behaviours.js";
import { sceneBehaviours } from "./home/scene-behaviours.js";
import { sceneQueries } from "./home/scene-queries.js";
import { createHaierState, type HaierState } from "./home/state.js";
import { createHaierTokens, TOKEN_LIFETIME_S } from "./home/tokens.js";

/** Haier's success code (`x-iotdock-envelope` of specs/haier.yaml). */
const SUCCESS_CODE = "00000";

import { isRefusal } from "./home/answers.js";
import { HEADER, haierSign, haierStringToSignWithoutKey, SEQUENCE_ID_PATTERN } from "./sign.js";

/** The codes the sandbox answers with (specs/haier.yaml, "In the iotdock sandbox"). */
export const CODES = {
  missingParameter: "B00001",
  badParameter: "B00004",
  notTheInterface: "B00007",
  serviceUnavailable: "A00001",
  signError: "D00001",
  duplicateRequest: "C00005",
  loginFailed: "D00013",
} as const;

/** Haier documents no timestamp window; the sandbox allows 10 minutes either way (an assumption). */
export const TIMESTAMP_WINDOW_MS = 10 * 60 * 1000;
/** How long the sandbox waits for the customer's callback. */
export const CALLBACK_TIMEOUT_MS = 5000;
/** Where the sandbox serves its own demo callback (used when HAIER_CALLBACK_URL is unset). */
export const DEMO_CALLBACK_PATH = "/haier/verify-code";
/** Token lifetime the sandbox answers, as the vendor document's example: 25 days. */
export const TOKEN_EXPIRE_S = String(TOKEN_LIFETIME_S);

const REQUIRED_HEADERS = [
  HEADER.appId,
  HEADER.appVersion,
  HEADER.clientId,
  HEADER.sequenceId,
  HEADER.timestamp,
  HEADER.sign,
  HEADER.language,
  HEADER.timezone,
] as const;

function envelope(retCode: string, retInfo: string, status = 200): SandboxReply {
  return {
    status,
    body: { retCode, retInfo },
    headers: { "content-type": "application/json;charset=UTF-8" },
  };
}

/** What the customer's callback answered, reduced to an openId or the reason there is none. */
async function callCallback(
  url: string,
  fields: { code: string; clientKey: string; clientSecret: string },
): Promise<{ openId: string } | { failure: string }> {
  // Like Haier: one POST, no redirects followed.
  const answer = await postJson(url, fields, CALLBACK_TIMEOUT_MS, { redirect: "manual" });
  if ("failure" in answer) return { failure: `callback: ${answer.failure}` };
  if (answer.status !== 200) return { failure: `callback answered HTTP ${answer.status}` };
  if (answer.body === undefined) return { failure: "callback answered something that is not JSON" };
  const { openId, retCode } = (
    typeof answer.body === "object" && answer.body !== null ? answer.body : {}
  ) as {
    openId?: unknown;
    retCode?: unknown;
  };
  if (typeof retCode !== "string") return { failure: "callback answer has no retCode" };
  if (retCode !== SUCCESS_CODE) return { failure: `callback answered retCode ${retCode}` };
  if (typeof openId !== "string" || openId === "") return { failure: "callback answered no openId" };
  return { openId };
}

function createHandler(context: VendorSandboxContext) {
  const credential = (c: { variable: string }) => context.credentials[c.variable] ?? "";
  const appId = credential(CLIENT_CREDENTIALS.appId);
  const appKey = credential(CLIENT_CREDENTIALS.appKey);
  const clientKey = credential(CALLBACK_CREDENTIALS.clientKey);
  const clientSecret = credential(CALLBACK_CREDENTIALS.clientSecret);
  const callbackUrl = () =>
    credential(CALLBACK_CREDENTIALS.callbackUrl) || `${context.baseUrl()}${DEMO_CALLBACK_PATH}`;
  const texts = context.texts;
  const fail = (code: string, detail: string, headers: Record<string, string> = {}) => {
    const reply = envelope(code, `${texts.get(code) ?? "error"} (iotdock sandbox: ${detail})`);
    return { ...reply, headers: { ...reply.headers, ...headers } };
  };
  const sequences = createReplayGuard(TIMESTAMP_WINDOW_MS);
  const tokens = createHaierTokens();
  const state = createHaierState();
  // Like Haier: the batch's result is POSTed to backUrl once, after the answer, no redirects followed.
  const sendResult = (backUrl: string, body: Record<string, unknown>) => {
    void postJson(backUrl, body, CALLBACK_TIMEOUT_MS, { redirect: "manual" }).then((answer) => {
      if ("failure" in answer)
        context.log(`iotdock: haier command result to backUrl failed: ${answer.failure}`);
    });
  };
  const behaviours = allBehaviours(state, sendResult);
  const demoCallback = createHaierCallbackHandler({
    clientKey,
    clientSecret,
    verifyCode: (code) => (code === EXAMPLE_CODE ? EXAMPLE_OPEN_ID : null),
  });

  /** Haier's checks in front of Prism. Returns a failure reply, or undefined when the request passes. */
  function verify(request: SandboxRequest): SandboxReply | undefined {
    const h = request.headers;
    const missing = REQUIRED_HEADERS.filter((name) => !h[name.toLowerCase()]);
    if (missing.length) return fail(CODES.missingParameter, `missing header ${missing.join(", ")}`);
    const value = (name: string) => h[name.toLowerCase()] as string;
    if (value(HEADER.appId) !== appId) return fail(CODES.serviceUnavailable, "appId is not this sandbox's");
    const timestamp = value(HEADER.timestamp);
    if (!/^\d{1,15}$/.test(timestamp)) return fail(CODES.signError, "timestamp is not Unix milliseconds");
    if (Math.abs(context.clock() - Number(timestamp)) > TIMESTAMP_WINDOW_MS)
      return fail(CODES.signError, "timestamp is more than 10 minutes from the server clock");
    const signed = { path: request.path, body: request.rawBody.toString("utf8"), appId, timestamp };
    if (!signatureEqual(haierSign(signed, appKey), value(HEADER.sign))) {
      return fail(CODES.signError, "sign does not match path + body + appId + appKey + timestamp", {
        [STRING_TO_SIGN_HEADER]: encodeURIComponent(haierStringToSignWithoutKey(signed)),
      });
    }
    const sequenceId = value(HEADER.sequenceId);
    if (!SEQUENCE_ID_PATTERN.test(sequenceId))
      return fail(CODES.badParameter, "sequenceId is not 20 digits (yyyyMMddHHmmss + 6-digit counter)");
    if (!sequences.remember(`${appId}\u0000${sequenceId}`, context.clock()))
      return fail(CODES.duplicateRequest, "sequenceId already used");
    return undefined;
  }

  /**
   * The code for a request that breaks the operation's definition (departure 27): B00007 where the
   * operation lists it, else B00004 (参数不符合规则要求) where it lists that, else B00007.
   */
  function offSpecCode(operationId: string): string {
    if (context.answers(CODES.notTheInterface, operationId)) return CODES.notTheInterface;
    return context.answers(CODES.badParameter, operationId) ? CODES.badParameter : CODES.notTheInterface;
  }

  async function login(code: string, example: Record<string, unknown>): Promise<SandboxReply> {
    const result = await callCallback(callbackUrl(), { code, clientKey, clientSecret });
    if ("failure" in result) return fail(CODES.loginFailed, result.failure);
    return {
      status: 200,
      headers: { "content-type": "application/json;charset=UTF-8" },
      body: {
        ...example,
        // 30 characters of upper-case letters and digits, like the document's example token.
        accessToken: tokens.issue(result.openId, context.clock()),
        expire: TOKEN_EXPIRE_S,
      },
    };
  }

  async function serveRequest(request: SandboxRequest): Promise<SandboxReply> {
    if (request.path === DEMO_CALLBACK_PATH) {
      const response = await demoCallback(
        new Request(`http://sandbox.invalid${DEMO_CALLBACK_PATH}`, {
          method: request.method,
          headers: { "content-type": "application/json" },
          body: request.method === "GET" || request.method === "HEAD" ? null : request.rawBody,
        }),
      );
      return {
        status: response.status,
        headers: Object.fromEntries(response.headers),
        body: await response.json(),
      };
    }
    const operation = context.find(request.method, request.path);
    if (operation?.auth.signed) {
      const failure = verify(request);
      if (failure) return failure;
    }
    let uid = "";
    if (operation?.auth.token) {
      const checked = tokens.check(request.headers[operation.auth.token.name.toLowerCase()], context.clock());
      if ("code" in checked) return fail(checked.code, checked.detail);
      uid = checked.uid;
    }
    const body = parseBody(request.rawBody);
    const callsBack = operation?.state.includes("login.callback") ?? false;
    if (callsBack) {
      const code = (body as { code?: unknown } | undefined)?.code;
      if (typeof code !== "string" || code === "") return fail(CODES.missingParameter, "body has no code");
    }
    const mocked = await context.mock({
      method: request.method,
      path: request.path,
      query: request.query,
      headers: request.headers,
      body,
    });
    if (operation && mocked.status >= 400)
      return fail(offSpecCode(operation.operationId), prismDetail(mocked));
    if (callsBack && mocked.status === 200) {
      return login((body as { code: string }).code, mocked.body as Record<string, unknown>);
    }
    if (operation && mocked.status === 200 && operation.state.some((n) => n in behaviours))
      return fromState(operation, request, body, uid, mocked.body as Record<string, unknown>);
    return { status: mocked.status, headers: mocked.headers, body: mocked.body };
  }

  /** The operation's `x-iotdock-state` behaviours over the sandbox's devices, in order. */
  function fromState(
    operation: OperationFacts,
    request: SandboxRequest,
    body: unknown,
    uid: string,
    example: Record<string, unknown>,
  ): SandboxReply {
    const json = (typeof body === "object" && body !== null && !Array.isArray(body) ? body : {}) as Record<
      string,
      unknown
    >;
    const path = pathValues(operation.path)(request.path);
    const value = (name: string) =>
      (path[name] === undefined ? undefined : String(path[name])) ??
      request.query.get(name) ??
      (json[name] === undefined ? undefined : String(json[name]));
    let answer = example;
    for (const name of operation.state) {
      const behaviour = behaviours[name];
      if (!behaviour) continue;
      const result = behaviour({
        uid,
        value,
        body: json,
        example: answer,
        now: context.clock(),
        answers: (code) => context.answers(code, operation.operationId),
      });
      if (isRefusal(result)) return fail(result.retCode, result.detail);
      answer = result;
    }
    return { status: 200, headers: { "content-type": "application/json;charset=UTF-8" }, body: answer };
  }

  const handler = Object.assign(serveRequest, {
    inspect: () => ({
      devices: HAIER_DEVICES.map((d) => ({
        deviceId: d.deviceId,
        typeId: d.typeId,
        deviceName: d.deviceName,
        deviceType: d.deviceType,
        model: d.model,
        componentId: componentIdOf(d.deviceId),
        properties: d.properties.map(({ initial: _, ...rest }) => ({
          ...rest,
          propertyId: propertyIdOf(d.deviceId, rest.name),
        })),
        owner: state.owner(d.deviceId) ?? null,
        sharedWith: state
          .sharedBy(state.owner(d.deviceId) ?? "")
          .filter((s) => s.device === d)
          .map((s) => s.target),
        values: state.values(d.deviceId),
      })),
    }),
  });
  return handler;
}

/** Every `x-iotdock-state` behaviour of the Haier sandbox: devices, families, scenes. */
function allBehaviours(
  state: HaierState,
  sendResult: (backUrl: string, body: Record<string, unknown>) => void,
): Record<string, HaierBehaviour> {
  return {
    ...haierBehaviours(state, sendResult),
    ...familyBehaviours(state),
    ...joinBehaviours(state),
    ...placeBehaviours(state),
    ...sceneBehaviours(state),
    ...sceneQueries(state),
  };
}

export const sandbox: VendorSandbox = {
  states: ["login.callback", ...Object.keys(allBehaviours(createHaierState(), () => {}))],
  createHandler,
  refusal: (status, reason) =>
    envelope(CODES.notTheInterface, `参数与接口定义不匹配 (iotdock sandbox: ${reason})`, status),
};
