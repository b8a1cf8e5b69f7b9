import { createHmac } from "node:crypto";
import { inspect } from "node:util";
import type { Client, Middleware } from "openapi-fetch";
import spec from "../../../generated/quectel.facts.js";
import type { operations, paths } from "../../../generated/quectel.js";
import { createCall } from "../../core/call.js";
import { type Clock, type RandomString, secureRandomString, systemClock } from "../../core/clock.js";
import { ConfigError, InvalidTokenError } from "../../core/errors.js";
import { apiFacts } from "../../core/facts.js";
import { Secret } from "../../core/secret.js";
import { signingMiddleware } from "../../core/signing.js";
import { createTokenCache, type TokenStore } from "../../core/tokens.js";
import type { RetryOptions } from "../../core/transport.js";
import { createApiClient } from "../../core/vendor.js";
import { appFlows, type Call, type QuectelAppFlows } from "./app-flows.js";
import { encryptPassword } from "./password.js";
import { createQuectelSigner, RANDOM_LENGTH } from "./sign.js";

export const VENDOR = "quectel";

export interface QuectelClientOptions {
  /** e.g. https://iot-api.quectelcn.com (China), https://iot-api.acceleronix.io (Europe), or a sandbox. */
  baseUrl: string;
  userDomain: string;
  userDomainSecret: string | Secret;
  /** Per-attempt timeout; default 10 s. */
  timeoutMs?: number;
  /** Retries of idempotent operations on network errors and 5xx; default 2, with backoff. */
  retry?: RetryOptions;
  fetch?: (request: Request) => Promise<Response>;
  /** Injected for tests; default Date.now. */
  clock?: Clock;
  /** Injected for tests; default crypto-random alphanumerics. */
  random?: RandomString;
  /** token()/withToken() renew this long before the access token expires; default 300 s. */
  tokenMarginSeconds?: number;
  /** Where token() keeps token pairs; default in memory. createRedisTokenStore shares them between instances. */
  tokenStore?: TokenStore;
}

/** A phone user, for the token helpers (the password is used to log in, never stored). */
export interface QuectelUser {
  phone: string;
  password: string;
  internationalCode?: string;
}

type Json<P extends keyof paths, M extends keyof paths[P]> = paths[P][M] extends {
  responses: { 200: { content: { "application/json": infer B } } };
}
  ? B
  : never;
type DataOf<P extends keyof paths, M extends keyof paths[P]> = NonNullable<
  Json<P, M> extends { data?: infer D } ? D : never
>;

export type TokenPair = DataOf<"/v2/enduser/enduserapi/phonePwdLogin", "post">;
export type DevicePage = DataOf<"/v2/binding/enduserapi/userDeviceList", "get">;
export type RegisterRequest = NonNullable<
  paths["/v2/enduser/enduserapi/v2/phonePwdRegister"]["post"]["requestBody"]
>["content"]["application/json"];
export type DeviceListQuery = NonNullable<
  paths["/v2/binding/enduserapi/userDeviceList"]["get"]["parameters"]["query"]
>;

/** `codeType` of sendPhoneSmsCode. */
export const SmsCodeType = {
  resetPassword: 1,
  login: 2,
  register: 3,
  deleteAccount: 4,
  addPushRecipient: 5,
} as const;

export interface QuectelFlows {
  /** Sends an SMS verification code (the last unused code of the last 5 minutes is valid). */
  sendSmsCode(input: {
    phone: string;
    internationalCode: string;
    codeType: (typeof SmsCodeType)[keyof typeof SmsCodeType];
  }): Promise<void>;
  /** Registers a phone user; `password` is plaintext and is encrypted here. */
  register(
    input: Omit<RegisterRequest, "pwd" | "random" | "userDomain"> & { password: string },
  ): Promise<{ uid: string }>;
  /** Logs in; `password` is plaintext and is encrypted here. */
  login(input: { phone: string; password: string; internationalCode?: string }): Promise<TokenPair>;
  /** The devices bound to the user of `accessToken` (login's `accessToken.token`). */
  userDeviceList(accessToken: string, query?: DeviceListQuery): Promise<DevicePage>;
  /** New token pair from login's `refreshToken.token`. */
  refreshToken(refreshToken: string): Promise<TokenPair>;
  /** Ends the session of `accessToken`. */
  logout(accessToken: string, query?: { deviceId?: string }): Promise<void>;
  /**
   * A token pair for the user whose access token is valid for at least the margin: kept,
   * refreshed with the refresh token, or obtained by logging in. Concurrent callers share one.
   */
  token(user: QuectelUser): Promise<TokenPair>;
  /**
   * Runs `call` with the user's access token; on `5032` (token invalid or expired) refreshes once
   * (or logs in) and runs it once more.
   */
  withToken<R>(user: QuectelUser, call: (accessToken: string) => Promise<R>): Promise<R>;
}

export type QuectelClient = Client<paths> &
  QuectelFlows &
  QuectelAppFlows & {
    /**
     * Any operation of the spec by its operationId, typed: `call("bindDeviceSn", { accessToken,
     * query: { pk, sn } })` resolves to the answer's `data` (a vendor code throws VendorError).
     */
    call: Call;
  };

const API = apiFacts("quectel", spec);

/**
 * The middleware that signs every Quectel request, by the recipe the spec names for the operation
 * (`x-iotdock-signing`): `sendPhoneSmsCode` gets userDomain, ts, random and signature;
 * `phonePwdLogin` gets userDomain and signature. Other operations carry no signature (register is
 * protected by the password encryption, the rest by the access token).
 */
export function quectelSigningMiddleware(
  credentials: { userDomain: string; userDomainSecret: Secret },
  env: { clock: Clock; random: RandomString },
): Middleware {
  return signingMiddleware(API, createQuectelSigner(env), credentials);
}

export function createQuectelClient(options: QuectelClientOptions): QuectelClient {
  if (!options?.baseUrl)
    throw new ConfigError("baseUrl is required", { vendor: VENDOR, operation: "createClient" });
  if (!options.userDomain)
    throw new ConfigError("userDomain is required", { vendor: VENDOR, operation: "createClient" });
  if (!options.userDomainSecret) {
    throw new ConfigError("userDomainSecret is required", { vendor: VENDOR, operation: "createClient" });
  }
  const secret =
    options.userDomainSecret instanceof Secret
      ? options.userDomainSecret
      : new Secret(options.userDomainSecret);
  const env = { clock: options.clock ?? systemClock, random: options.random ?? secureRandomString };
  const userDomain = options.userDomain;

  const sign = createQuectelSigner(env);
  const credentials = { userDomain, userDomainSecret: secret };
  const { client, unwrap } = createApiClient<paths>(API, VENDOR, sign, credentials, options);

  const encrypted = (password: string) => {
    const random = env.random(RANDOM_LENGTH);
    return { random, pwd: encryptPassword(password, random) };
  };

  const calls: Omit<QuectelFlows, "token" | "withToken"> = {
    async sendSmsCode(input) {
      unwrap(
        "sendPhoneSmsCode",
        await client.POST("/v2/sms/enduserapi/v2/sendPhoneSmsCode", { params: { query: input } }),
      );
    },
    async register({ password, ...rest }) {
      const body = { ...rest, ...encrypted(password), userDomain };
      return unwrap(
        "phonePwdRegister",
        await client.POST("/v2/enduser/enduserapi/v2/phonePwdRegister", { body }),
      );
    },
    async login({ password, ...rest }) {
      const query = { ...rest, ...encrypted(password) };
      return unwrap(
        "phonePwdLogin",
        await client.POST("/v2/enduser/enduserapi/phonePwdLogin", { params: { query } }),
      );
    },
    async userDeviceList(accessToken, query = {}) {
      return unwrap(
        "userDeviceList",
        await client.GET("/v2/binding/enduserapi/userDeviceList", {
          params: { query },
          headers: { Authorization: accessToken },
        }),
      );
    },
    async refreshToken(refreshToken) {
      return unwrap(
        "refreshToken",
        await client.PUT("/v2/enduser/enduserapi/refreshToken", { params: { query: { refreshToken } } }),
      );
    },
    async logout(accessToken, query = {}) {
      unwrap(
        "userLogout",
        await client.DELETE("/v2/enduser/enduserapi/userLogout", {
          params: { query },
          headers: { Authorization: accessToken },
        }),
      );
    },
  };

  const clock = env.clock;
  const tokens = createTokenCache<QuectelUser, TokenPair>({
    clock,
    marginMs: (options.tokenMarginSeconds ?? 300) * 1000,
    namespace: `${VENDOR}:${userDomain}`,
    store: options.tokenStore,
    keyOf: (user) => `${user.internationalCode ?? ""}:${user.phone}`,
    // A stored pair is given only for the password it was obtained with (keyed, never stored as is).
    credentialCheck: (user) =>
      createHmac("sha256", secret.reveal()).update(`iotdock-password\u0000${user.password}`).digest("hex"),
    obtain: (user) => calls.login(user),
    renew: (pair) => calls.refreshToken(pair.refreshToken.token),
    renewable: (pair) => pair.refreshToken.expirationTime * 1000 > clock() + 60_000,
    expiresAtMs: (pair) => pair.accessToken.expirationTime * 1000,
  });
  const flows: QuectelFlows = {
    ...calls,
    token: (user) => tokens.get(user),
    withToken: (user, call) =>
      tokens.withToken(
        user,
        (pair) => call(pair.accessToken.token),
        (error) => error instanceof InvalidTokenError,
      ),
  };

  const call = createCall<operations>(API, client, unwrap, {
    vendor: VENDOR,
    title: "Quectel App",
    encrypted,
  });
  return Object.assign(
    client,
    flows,
    appFlows(call),
    { call },
    {
      [inspect.custom]: () =>
        `QuectelClient { baseUrl: ${JSON.stringify(options.baseUrl)}, userDomain: ${JSON.stringify(userDomain)} }`,
    },
  );
}
