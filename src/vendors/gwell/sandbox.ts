import { constantTimeMatcher, signatureEqual } from "../../core/compare.js";
import {
  createReplayGuard,
  DETAIL_HEADER,
  parseBody,
  prismDetail,
  STRING_TO_SIGN_HEADER,
} from "../../sandbox/kit.js";
import type {
  SandboxReply,
  SandboxRequest,
  VendorSandbox,
  VendorSandboxContext,
} from "../../sandbox/types.js";
import { CREDENTIALS } from "./credentials.js";
import { gwellSignature, gwellStringToSign, HEADER, TIMESTAMP_WINDOW_S } from "./sign.js";

export const CODES = {
  signatureFailed: 10007,
  invalidRequest: 400,
} as const;

/** Sub-codes of 10007, sent as `signature validate fail:<sub>`. */
export const SUB_CODES = { bodyUnreadable: -1, expired: -2, wrong: -3 } as const;

/** Lifetime the sandbox gives tokens: the document's example expires 30 days after its request. */
export const TOKEN_LIFETIME_S = 30 * 24 * 3600;

/** Refuses bytes that are not UTF-8 (one decoder: `decode` without `stream` starts afresh each time). */
const UTF8 = new TextDecoder("utf-8", { fatal: true });

/** The request headers' names, as Node gives them (lower case). */
const NAMES = {
  accessId: HEADER.accessId.toLowerCase(),
  nonce: HEADER.nonce.toLowerCase(),
  timestamp: HEADER.timestamp.toLowerCase(),
  signature: HEADER.signature.toLowerCase(),
} as const;

type Json = { ok: true; value: unknown } | { ok: false };

/** A body as UTF-8 JSON, read once for the signature check and the answer. */
function readJson(raw: Buffer): Json {
  try {
    return { ok: true, value: JSON.parse(UTF8.decode(raw)) };
  } catch {
    return { ok: false };
  }
}

function envelope(code: number, msg: string, status = 200): SandboxReply {
  return { status, body: { code, msg, data: null, requestId: `iotdock-sandbox-${Date.now().toString(36)}` } };
}

function createHandler(context: VendorSandboxContext) {
  const appId = context.credentials[CREDENTIALS.appId.variable] as string;
  const appToken = context.credentials[CREDENTIALS.appToken.variable] as string;
  const appKey = context.credentials[CREDENTIALS.appKey.variable] as string;
  const nonces = createReplayGuard(TIMESTAMP_WINDOW_S * 1000);
  const codes = context.texts;
  /** 10007 with Gwell's sub-code, and what is wrong in a sandbox-only header (Gwell's message names only the sub-code). */
  const signatureFail = (sub: number, detail: string) => ({
    ...envelope(CODES.signatureFailed, `signature validate fail:${sub}`),
    headers: { [DETAIL_HEADER]: detail } as Record<string, string>,
  });
  const invalid = (detail: string) =>
    envelope(
      CODES.invalidRequest,
      `${codes.get(String(CODES.invalidRequest)) ?? "invalid request"}: ${detail}`,
    );

  function verify(request: SandboxRequest, json: Json | undefined): SandboxReply | undefined {
    const h = request.headers;
    const accessId = h[NAMES.accessId];
    const nonce = h[NAMES.nonce];
    const timestamp = h[NAMES.timestamp];
    const signature = h[NAMES.signature];
    if (!accessId || !nonce || !timestamp || !signature) {
      const missing = Object.values(HEADER).filter((name) => !h[name.toLowerCase()]);
      return signatureFail(SUB_CODES.wrong, `missing header ${missing.join(", ")}`);
    }
    if (json?.ok === false) return signatureFail(SUB_CODES.bodyUnreadable, "the body is not UTF-8 JSON");
    const nowMs = context.clock();
    if (!/^\d{1,12}$/.test(timestamp) || Math.abs(nowMs / 1000 - Number(timestamp)) > TIMESTAMP_WINDOW_S) {
      return signatureFail(
        SUB_CODES.expired,
        `${HEADER.timestamp} must be Unix seconds within ${TIMESTAMP_WINDOW_S} s of the server clock`,
      );
    }
    if (!/^[1-9]\d{0,18}$/.test(nonce))
      return signatureFail(
        SUB_CODES.wrong,
        `${HEADER.nonce} must be a positive integer (1 or more), not ${JSON.stringify(nonce.slice(0, 20))}`,
      );
    const signed = {
      method: request.method,
      host: h.host ?? "",
      body: request.rawBody,
      query: request.query,
      accessId,
      nonce,
      timestamp,
    };
    if (accessId !== appId || !signatureEqual(gwellSignature(signed, appKey), signature)) {
      // What the sandbox signed has no secret in it: showing it tells a developer at once what differs.
      const refusal = signatureFail(
        SUB_CODES.wrong,
        accessId !== appId ? `${HEADER.accessId} is not this app's` : "signature does not match",
      );
      refusal.headers[STRING_TO_SIGN_HEADER] = encodeURIComponent(gwellStringToSign(signed));
      return refusal;
    }
    if (!nonces.remember(`${accessId}\u0000${nonce}`, nowMs))
      return signatureFail(SUB_CODES.expired, `${HEADER.nonce} already used within the window`);
    return undefined;
  }

  const expected: Record<string, (received: string) => boolean> = {
    appId: constantTimeMatcher(appId),
    appToken: constantTimeMatcher(appToken),
  };

  return async (request: SandboxRequest): Promise<SandboxReply> => {
    const operation = context.find(request.method, request.path);
    const json =
      request.method !== "GET" && request.rawBody.length > 0 ? readJson(request.rawBody) : undefined;
    if (operation) {
      const failure = verify(request, json);
      if (failure) return failure;
    }
    // A broken body only gets here on an unknown route (verify() answered -1 for operations).
    const body = json?.ok ? json.value : parseBody(request.rawBody);
    for (const [field, key] of Object.entries(operation?.bodyCredentials ?? {})) {
      const b = (typeof body === "object" && body !== null ? body : {}) as Record<string, unknown>;
      const given = typeof b[field] === "string" ? (b[field] as string) : "";
      if (!(expected[key] ?? constantTimeMatcher(""))(given)) return invalid(`${field} in the body is wrong`);
    }
    // Read only: the one answer changed (an issued token's expiry) is copied where it changes.
    const mocked = await context.mock(
      { method: request.method, path: request.path, query: request.query, headers: request.headers, body },
      { readOnly: true },
    );
    if (operation && mocked.status >= 400) return invalid(prismDetail(mocked));
    let answer = mocked.body;
    const data = (answer as { data?: Record<string, unknown> | null } | null)?.data;
    if (operation?.state.includes("token.issue") && mocked.status === 200 && data) {
      // A token the sandbox issues expires like Gwell's: 30 days from now, absolute Unix seconds.
      const expireTime = Math.floor(context.clock() / 1000) + TOKEN_LIFETIME_S;
      answer = { ...(answer as object), data: { ...data, expireTime } };
    }
    return {
      status: mocked.status,
      body: answer,
      headers: { "content-type": mocked.headers["content-type"] ?? "application/json" },
    };
  };
}

export const sandbox: VendorSandbox = {
  states: ["token.issue"],
  createHandler,
  refusal: (status, reason) =>
    envelope(CODES.invalidRequest, `invalid request (iotdock sandbox): ${reason}`, status),
};
