import { signatureEqual } from "../../core/compare.js";
import type { OperationFacts } from "../../core/facts.js";
import { createReplayGuard, STRING_TO_SIGN_HEADER } from "../../sandbox/kit.js";
import type { SandboxReply, SandboxRequest } from "../../sandbox/types.js";
import { decryptPassword, PasswordDecryptError } from "./password.js";
import { fieldsStringToSign, loginSignature, RANDOM_LENGTH, sha256Hex, smsSignature } from "./sign.js";

/**
 * The Quectel sandbox's checks of a request's signature and password, per recipe (spec: "Signing",
 * "Password encryption"). Each returns the refusal, or undefined when the request passes.
 */

/** `ts` may differ from the server clock by at most this much (vendor: 10 minutes). */
export const TS_WINDOW_MS = 10 * 60 * 1000;

export const CODES = {
  signatureFailed: 5420,
  invalidRequest: 400,
} as const;

export interface Checks {
  fail(code: number, detail?: string): SandboxReply;
  secret: string;
  clock: () => number;
}

export function createVerifier({ fail, secret, clock }: Checks) {
  const randoms = createReplayGuard(TS_WINDOW_MS);
  /** 5420, with the string the sandbox signed (secret left out) in a sandbox-only header. */
  const signatureFailed = (stringToSign: string) => ({
    ...fail(CODES.signatureFailed, "signature does not match"),
    headers: { [STRING_TO_SIGN_HEADER]: encodeURIComponent(stringToSign) },
  });

  function sms(q: URLSearchParams): SandboxReply | undefined {
    const ts = q.get("ts") ?? "";
    const random = q.get("random") ?? "";
    if (!/^\d{1,16}$/.test(ts)) return fail(CODES.signatureFailed, "ts missing or not milliseconds");
    if (Math.abs(clock() - Number(ts)) > TS_WINDOW_MS)
      return fail(CODES.signatureFailed, "ts more than 10 minutes from server time");
    if (random.length !== RANDOM_LENGTH) return fail(CODES.signatureFailed, "random must be 16 characters");
    const input = { phone: q.get("phone") ?? "", codeType: q.get("codeType") ?? "", random, ts };
    if (!signatureEqual(smsSignature(input, secret), q.get("signature")))
      return signatureFailed(`${input.phone}${input.codeType}${random}${ts}<userDomainSecret>`);
    if (!randoms.remember(random, clock()))
      return fail(CODES.signatureFailed, "random already used within the 10-minute window");
    return undefined;
  }

  function login(q: URLSearchParams): SandboxReply | undefined {
    const input = {
      internationalCode: q.get("internationalCode") ?? undefined,
      phone: q.get("phone") ?? "",
      pwd: q.get("pwd") ?? "",
      random: q.get("random") ?? undefined,
    };
    if (signatureEqual(loginSignature(input, secret), q.get("signature"))) return undefined;
    // The encrypted pwd stays out of the hint: with `random` it would give the password away.
    return signatureFailed(
      `${input.internationalCode ?? ""}${input.phone}<pwd>${input.random ?? ""}<userDomainSecret>`,
    );
  }

  function fields(op: OperationFacts, q: URLSearchParams, body: Record<string, unknown>) {
    const recipe = op.auth.sha256;
    if (!recipe) return undefined;
    const given = recipe.in === "body" ? body.signature : q.get("signature");
    const stringToSign = fieldsStringToSign(recipe.fields, q, body);
    if (signatureEqual(sha256Hex(stringToSign + secret), typeof given === "string" ? given : undefined))
      return undefined;
    const shown = recipe.fields.map((f) =>
      /pwd|secret|token/i.test(f) ? `<${f}>` : fieldsStringToSign([f], q, body),
    );
    return signatureFailed(`${shown.join("")}<userDomainSecret>`);
  }

  return {
    /** The signature check of the operation's recipe. */
    signature(op: OperationFacts, request: SandboxRequest, body: Record<string, unknown>) {
      if (op.auth.recipe === "sms") return sms(request.query);
      if (op.auth.recipe === "login") return login(request.query);
      return fields(op, request.query, body);
    },
    /** The decrypted password, or the refusal when it does not decrypt. */
    password(pwd: string, random: string): string | SandboxReply {
      try {
        return decryptPassword(pwd, random);
      } catch (error) {
        if (error instanceof PasswordDecryptError) return fail(CODES.invalidRequest, error.message);
        throw error;
      }
    },
  };
}
