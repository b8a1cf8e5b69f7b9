import { constantTimeEqual } from "../../core/compare.js";
import { createReplayGuard, errorTexts, prismDetail, STRING_TO_SIGN_HEADER } from "../../sandbox/kit.js";
import type {
  SandboxReply,
  SandboxRequest,
  VendorSandbox,
  VendorSandboxContext,
} from "../../sandbox/types.js";
import { CREDENTIALS } from "./credentials.js";
import { operationFor, type QuectelOperation, readQuectelEnvelope } from "./operations.js";
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
  invalidRequest: 400,
} as const;

/** Quectel's error envelope. The sandbox's explanation goes in `extMsg`; `msg` stays the vendor's text. */
function envelope(code: number, msg: string, detail: string | undefined, status = 200): SandboxReply {
  return { status, body: { code, msg, data: null, extMsg: detail ? `iotdock sandbox: ${detail}` : null } };
}

function createHandler(context: VendorSandboxContext) {
  const userDomain = context.credentials[CREDENTIALS.userDomain.variable] as string;
  const secret = context.credentials[CREDENTIALS.userDomainSecret.variable] as string;
  const codes = errorTexts(context.spec);
  const fail = (code: number, detail?: string) => envelope(code, codes.get(String(code)) ?? "error", detail);
  /** 5420, with the string the sandbox signed (secret left out) in a sandbox-only header. */
  const signatureFailed = (stringToSign: string) => ({
    ...fail(CODES.signatureFailed, "signature does not match"),
    headers: { [STRING_TO_SIGN_HEADER]: encodeURIComponent(stringToSign) },
  });
  const tokens = createQuectelTokenStore();
  const randoms = createReplayGuard(TS_WINDOW_MS);

  /** Vendor checks in front of Prism. Returns a failure reply, or undefined when the request passes. */
  function verify(
    operation: QuectelOperation,
    request: SandboxRequest,
    body: unknown,
  ): SandboxReply | undefined {
    const q = request.query;
    switch (operation) {
      case "sendPhoneSmsCode": {
        if (!q.get("userDomain")) return fail(CODES.userDomainMissing);
        if (!q.get("phone")) return fail(CODES.phoneMissing);
        if (!q.get("internationalCode")) return fail(CODES.internationalCodeMissing);
        if (q.get("userDomain") !== userDomain) return fail(CODES.userDomainUnknown);
        const ts = q.get("ts") ?? "";
        const random = q.get("random") ?? "";
        if (!/^\d{1,16}$/.test(ts)) return fail(CODES.signatureFailed, "ts missing or not milliseconds");
        if (Math.abs(context.clock() - Number(ts)) > TS_WINDOW_MS) {
          return fail(CODES.signatureFailed, "ts more than 10 minutes from server time");
        }
        if (random.length !== RANDOM_LENGTH)
          return fail(CODES.signatureFailed, "random must be 16 characters");
        const expected = smsSignature(
          { phone: q.get("phone") ?? "", codeType: q.get("codeType") ?? "", random, ts },
          secret,
        );
        if (!constantTimeEqual(expected, q.get("signature"))) {
          return signatureFailed(
            `${q.get("phone") ?? ""}${q.get("codeType") ?? ""}${random}${ts}<userDomainSecret>`,
          );
        }
        if (!randoms.remember(random, context.clock()))
          return fail(CODES.signatureFailed, "random already used within the 10-minute window");
        return undefined;
      }
      case "phonePwdLogin": {
        if (!q.get("userDomain")) return fail(CODES.userDomainMissing);
        if (!q.get("phone")) return fail(CODES.phoneMissing);
        if (!q.get("pwd")) return fail(CODES.pwdMissing);
        if (!q.get("signature")) return fail(CODES.signatureMissing);
        if (q.get("userDomain") !== userDomain) return fail(CODES.userDomainUnknown);
        const pwd = q.get("pwd") ?? "";
        const random = q.get("random") ?? undefined;
        const expected = loginSignature(
          {
            internationalCode: q.get("internationalCode") ?? undefined,
            phone: q.get("phone") ?? "",
            pwd,
            random,
          },
          secret,
        );
        if (!constantTimeEqual(expected, q.get("signature"))) {
          return signatureFailed(
            `${q.get("internationalCode") ?? ""}${q.get("phone") ?? ""}${pwd}${random ?? ""}<userDomainSecret>`,
          );
        }
        return passwordProblem(pwd, random ?? "");
      }
      case "phonePwdRegister": {
        const b = (typeof body === "object" && body !== null ? body : {}) as Record<string, unknown>;
        if (!b.userDomain) return fail(CODES.userDomainMissing);
        if (!b.phone) return fail(CODES.phoneMissing);
        if (!b.pwd) return fail(CODES.pwdMissing);
        if (!b.smsCode) return fail(CODES.smsCodeMissing);
        if (b.userDomain !== userDomain) return fail(CODES.userDomainUnknown);
        return passwordProblem(
          typeof b.pwd === "string" ? b.pwd : "",
          typeof b.random === "string" ? b.random : "",
        );
      }
      case "userDeviceList":
      case "userLogout": {
        if (!request.headers.authorization) return fail(CODES.tokenMissing);
        const why = tokens.accessProblem(request.headers.authorization, context.clock());
        return why ? fail(CODES.tokenFailed, why) : undefined;
      }
      case "refreshToken":
        if (!q.get("refreshToken")) return fail(CODES.invalidRequest, "refreshToken missing");
        return undefined;
    }
  }

  function passwordProblem(pwd: string, random: string): SandboxReply | undefined {
    try {
      decryptPassword(pwd, random);
      return undefined;
    } catch (error) {
      if (error instanceof PasswordDecryptError) return fail(CODES.invalidRequest, error.message);
      throw error;
    }
  }

  return async (request: SandboxRequest): Promise<SandboxReply> => {
    const operation = operationFor(request.method, request.path);
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
    if (operation && mocked.status >= 400) {
      // Prism found the request invalid against the spec (types, enums, required fields).
      return fail(CODES.invalidRequest, prismDetail(mocked));
    }
    let answer = mocked.body;
    if (operation === "phonePwdLogin" || operation === "refreshToken") {
      const pair =
        operation === "phonePwdLogin"
          ? tokens.issue(EXAMPLE_UID, context.clock())
          : tokens.refresh(request.query.get("refreshToken") ?? "", context.clock());
      if (typeof pair === "string") return fail(CODES.tokenFailed, pair);
      answer = { ...(mocked.body as object), data: pair };
    }
    if (operation === "userLogout") tokens.logout(request.headers.authorization ?? "");
    return {
      status: mocked.status,
      body: answer,
      headers: { "content-type": mocked.headers["content-type"] ?? "application/json" },
    };
  };
}

export const sandbox: VendorSandbox = {
  vendor: "quectel",
  portOffset: 4,
  specFile: "quectel.yaml",
  credentials: Object.values(CREDENTIALS),
  createHandler,
  refusal: (status, reason) =>
    envelope(CODES.invalidRequest, "invalid request (iotdock sandbox)", reason, status),
  codeOf: (body) => readQuectelEnvelope(body)?.code,
};
