import type {
  SandboxReply,
  SandboxRequest,
  VendorSandbox,
  VendorSandboxContext,
} from "../../sandbox/types.js";
import { CREDENTIALS } from "./credentials.js";
import { operationFor, type QuectelOperation } from "./operations.js";
import { decryptPassword, PasswordDecryptError } from "./password.js";
import { loginSignature, RANDOM_LENGTH, signatureMatches, smsSignature } from "./sign.js";

/** `ts` may differ from the server clock by at most this much (vendor: 10 minutes). */
export const TS_WINDOW_MS = 10 * 60 * 1000;

/** The codes the sandbox answers with; their `msg` comes from the spec's x-iotdock-error-codes. */
export const CODES = {
  phoneMissing: 5021,
  userDomainMissing: 5023,
  internationalCodeMissing: 5116,
  signatureFailed: 5420,
  tokenFailed: 5032,
  parameterInvalid: 4000,
} as const;

interface ErrorCodeEntry {
  code: number;
  msg: string;
}

function envelope(code: number, msg: string, status = 200): SandboxReply {
  return { status, body: { code, msg, data: null, extMsg: null } };
}

function createHandler(context: VendorSandboxContext) {
  const userDomain = context.credentials[CREDENTIALS.userDomain.variable] as string;
  const secret = context.credentials[CREDENTIALS.userDomainSecret.variable] as string;
  const codes = new Map(
    ((context.spec["x-iotdock-error-codes"] ?? []) as ErrorCodeEntry[]).map((e) => [e.code, e.msg] as const),
  );
  const fail = (code: number, detail?: string) => {
    const base = codes.get(code) ?? "error";
    return envelope(code, detail ? `${base}: ${detail}` : base);
  };

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
        if (q.get("userDomain") !== userDomain) return fail(CODES.signatureFailed, "unknown userDomain");
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
        if (!signatureMatches(expected, q.get("signature"))) return fail(CODES.signatureFailed);
        return undefined;
      }
      case "phonePwdLogin": {
        if (!q.get("userDomain")) return fail(CODES.userDomainMissing);
        if (!q.get("phone")) return fail(CODES.phoneMissing);
        if (q.get("userDomain") !== userDomain) return fail(CODES.signatureFailed, "unknown userDomain");
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
        if (!signatureMatches(expected, q.get("signature"))) return fail(CODES.signatureFailed);
        return passwordProblem(pwd, random ?? "");
      }
      case "phonePwdRegister": {
        const b = (typeof body === "object" && body !== null ? body : {}) as Record<string, unknown>;
        if (!b.userDomain) return fail(CODES.userDomainMissing);
        if (!b.phone) return fail(CODES.phoneMissing);
        if (b.userDomain !== userDomain) return fail(CODES.parameterInvalid, "unknown userDomain");
        return passwordProblem(
          typeof b.pwd === "string" ? b.pwd : "",
          typeof b.random === "string" ? b.random : "",
        );
      }
      case "userDeviceList":
      case "userLogout":
        if (!request.headers.authorization?.startsWith("Bearer ")) return fail(CODES.tokenFailed);
        return undefined;
      case "refreshToken":
        if (!q.get("refreshToken")?.startsWith("Bearer ")) return fail(CODES.tokenFailed);
        return undefined;
    }
  }

  function passwordProblem(pwd: string, random: string): SandboxReply | undefined {
    try {
      decryptPassword(pwd, random);
      return undefined;
    } catch (error) {
      if (error instanceof PasswordDecryptError) return fail(CODES.parameterInvalid, error.message);
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
        return fail(CODES.parameterInvalid, "body is not JSON");
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
    if (operation && (mocked.status === 422 || mocked.status === 400 || mocked.status === 401)) {
      // Prism found the request invalid against the spec (types, enums, required fields).
      return fail(CODES.parameterInvalid, "request does not match the API");
    }
    return {
      status: mocked.status,
      body: mocked.body,
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
  refusal: (status, reason) => envelope(CODES.parameterInvalid, reason, status),
  codeOf: (body) =>
    typeof body === "object" && body !== null && "code" in body ? (body as { code: number }).code : undefined,
};
