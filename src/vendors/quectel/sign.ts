import { type Clock, type RandomString, secureRandomString } from "../../core/clock.js";
import { ConfigError } from "../../core/errors.js";
import { digest } from "../../core/sign-steps.js";
import { appendQuery, jsonObject, type Sign } from "../../core/signing.js";
import { saasLogin } from "./saas-sign.js";

/**
 * Quectel's two signatures (spec: "Signing"). Both are lower-case hex SHA-256 over a plain
 * concatenation that ends with the userDomainSecret. The `*StringToSign` functions return that
 * concatenation WITHOUT the secret, so it can be shown to a developer; an absent optional value
 * contributes the empty string.
 */

export interface QuectelSigningCredentials {
  userDomain: string;
  userDomainSecret: string;
}

export interface SmsSignatureInput {
  phone: string;
  codeType: string | number;
  random: string;
  ts: string | number;
}

export interface LoginSignatureInput {
  internationalCode?: string | undefined;
  phone: string;
  /** The ENCRYPTED Base64 password, exactly as sent. */
  pwd: string;
  random?: string | undefined;
}

/** Length of the SMS `random` and of the random the client uses to encrypt passwords. */
export const RANDOM_LENGTH = 16;

export function smsStringToSign(input: SmsSignatureInput): string {
  return `${input.phone}${input.codeType}${input.random}${input.ts}`;
}

export function loginStringToSign(input: LoginSignatureInput): string {
  return `${input.internationalCode ?? ""}${input.phone}${input.pwd}${input.random ?? ""}`;
}

export function sha256Hex(text: string): string {
  return digest("sha256", text, "hex");
}

export function smsSignature(input: SmsSignatureInput, userDomainSecret: string): string {
  return sha256Hex(smsStringToSign(input) + userDomainSecret);
}

export function loginSignature(input: LoginSignatureInput, userDomainSecret: string): string {
  return sha256Hex(loginStringToSign(input) + userDomainSecret);
}

/** The query parameters `sendPhoneSmsCode` needs on top of the caller's: credentials, ts, random, signature. */
export function signSmsCodeQuery(
  query: { phone: string; codeType: string | number },
  credentials: QuectelSigningCredentials,
  env: { clock: Clock; random: RandomString },
): { userDomain: string; ts: string; random: string; signature: string } {
  const ts = String(env.clock());
  const random = env.random(RANDOM_LENGTH);
  const signature = smsSignature({ ...query, ts, random }, credentials.userDomainSecret);
  return { userDomain: credentials.userDomain, ts, random, signature };
}

/** The query parameters `phonePwdLogin` needs on top of the caller's: userDomain and signature. */
export function signLoginQuery(
  query: LoginSignatureInput,
  credentials: QuectelSigningCredentials,
): { userDomain: string; signature: string } {
  return {
    userDomain: credentials.userDomain,
    signature: loginSignature(query, credentials.userDomainSecret),
  };
}

/** A request value by name: the query's, else the JSON body's (absent: undefined). */
function requestValue(query: URLSearchParams, body: Record<string, unknown> | undefined, name: string) {
  const fromQuery = query.get(name);
  if (fromQuery !== null) return fromQuery;
  const fromBody = body?.[name];
  return fromBody === undefined || fromBody === null ? undefined : String(fromBody);
}

/**
 * The string a `sha256` recipe hashes (before the secret): the named values in order; `a|b` takes
 * a when the request has it, else b; an absent value contributes the empty string.
 */
export function fieldsStringToSign(
  fields: readonly string[],
  query: URLSearchParams,
  body: Record<string, unknown> | undefined,
): string {
  return fields
    .map((field) => {
      for (const name of field.split("|")) {
        const value = requestValue(query, body, name);
        if (value !== undefined && value !== "") return value;
      }
      return "";
    })
    .join("");
}

/**
 * Quectel's signer, by the operation's recipe (`x-iotdock-signing`): `sms` appends userDomain, ts,
 * random and signature; `login` appends userDomain and signature over the query's own
 * internationalCode, phone, pwd and random; a `sha256` recipe hashes the values it names and puts
 * `signature` in the query (with userDomain) or the JSON body; `default` (an operation that only
 * names the user domain) appends userDomain; `saas-login` (the SaaS API's AccessKey login) appends
 * username and password (saas-sign.ts). Credentials: `userDomain`, `userDomainSecret`, `accessKey`,
 * `accessSecret`.
 */
export function createQuectelSigner(env: { clock: Clock; random?: RandomString | undefined }): Sign {
  const random = env.random ?? secureRandomString;
  return (parts, operation, credentials) => {
    const q = parts.url.searchParams;
    const signing = {
      userDomain: credentials.userDomain ?? "",
      userDomainSecret: credentials.userDomainSecret ?? "",
    };
    const recipe = operation.auth.sha256;
    if (recipe) {
      const body = jsonObject(parts.body);
      const signature = sha256Hex(fieldsStringToSign(recipe.fields, q, body) + signing.userDomainSecret);
      if (recipe.in === "body") {
        return { ...parts, body: JSON.stringify({ ...(body ?? {}), signature }) };
      }
      return { ...parts, url: appendQuery(parts.url, { userDomain: signing.userDomain, signature }) };
    }
    let added: Record<string, string>;
    if (operation.auth.recipe === "sms") {
      added = signSmsCodeQuery({ phone: q.get("phone") ?? "", codeType: q.get("codeType") ?? "" }, signing, {
        clock: env.clock,
        random,
      });
    } else if (operation.auth.recipe === "login") {
      added = signLoginQuery(
        {
          internationalCode: q.get("internationalCode") ?? undefined,
          phone: q.get("phone") ?? "",
          pwd: q.get("pwd") ?? "",
          random: q.get("random") ?? undefined,
        },
        signing,
      );
    } else if (operation.auth.recipe === "saas-login") {
      const keys = { accessKey: credentials.accessKey ?? "", accessSecret: credentials.accessSecret ?? "" };
      added = saasLogin(keys, env.clock());
    } else if (operation.auth.recipe === "default") {
      added = { userDomain: signing.userDomain };
    } else {
      throw new ConfigError(`no signing recipe ${JSON.stringify(operation.auth.recipe)}`, {
        vendor: "quectel",
        operation: operation.operationId,
      });
    }
    return { ...parts, url: appendQuery(parts.url, added) };
  };
}
