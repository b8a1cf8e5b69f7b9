import { inspect } from "node:util";
import type { Client, Middleware } from "openapi-fetch";
import spec from "../../../generated/haier.facts.js";
import type { components, operations, paths } from "../../../generated/haier.js";
import { createCall } from "../../core/call.js";
import { type Clock, systemClock } from "../../core/clock.js";
import { ConfigError, InvalidTokenError } from "../../core/errors.js";
import { apiFacts } from "../../core/facts.js";
import { Secret } from "../../core/secret.js";
import { signingMiddleware } from "../../core/signing.js";
import { createTokenCache, type TokenStore } from "../../core/tokens.js";
import type { RetryOptions } from "../../core/transport.js";
import { createApiClient } from "../../core/vendor.js";
import { type HaierFamilyFlows, haierFamilyFlows } from "./family-flows.js";
import { type HaierCall, type HaierDeviceFlows, haierFlows } from "./flows.js";
import { createHaierSigner, DEFAULT_HEADERS, type SequenceSource } from "./sign.js";

export const VENDOR = "haier";
export { DEFAULT_HEADERS };

export interface HaierClientOptions {
  baseUrl: string;
  appId: string;
  appKey: string | Secret;
  /** The `clientId` header: your server's client identifier. */
  clientId: string;
  appVersion?: string;
  /** Default `zh-cn` (Parameters.md asks for it for the China service). */
  language?: string;
  /** Default `Asia/Shanghai`. */
  timezone?: string;
  /** Per-attempt timeout; default 10 s. */
  timeoutMs?: number;
  /** Retries of idempotent operations on network errors and 5xx; default 2, with backoff. */
  retry?: RetryOptions;
  fetch?: (request: Request) => Promise<Response>;
  clock?: Clock;
  /** The `sequenceId` source; default: UTC time + a per-process counter starting at a random point. */
  sequence?: SequenceSource;
  /** token() logs in again this long before `expire` runs out; default 300 s. */
  tokenMarginSeconds?: number;
  /** Where token() keeps tokens; default in memory. createRedisTokenStore shares them between instances. */
  tokenStore?: TokenStore;
}

/**
 * A user's session for the token helpers: a stable key (your user id) and how to get a fresh
 * one-time code when a login is needed (Haier logs in only with a code your cloud issues).
 */
export interface HaierSession {
  key: string;
  code: () => Promise<string>;
}

type Schemas = components["schemas"];
export type ThirdpartUserLoginResponse = Schemas["ThirdpartUserLoginResponse"];
/** A successful login: the token, its scope and its lifetime in seconds (a decimal string). */
export type HaierLogin = Required<Pick<ThirdpartUserLoginResponse, "accessToken" | "scope" | "expire">> &
  ThirdpartUserLoginResponse;

export interface HaierFlows {
  /** thirdpartUserLogin with a one-time code; Haier verifies it with your callback before answering. */
  login(code: string): Promise<HaierLogin>;
  /** The session's token, valid for at least the margin (a new code and login when not); concurrent callers share one. */
  token(session: HaierSession): Promise<HaierLogin>;
  /** Runs `call` with the session's accessToken; on D00003/D00004/D00005 logs in once more and runs it again. */
  withToken<R>(session: HaierSession, call: (accessToken: string) => Promise<R>): Promise<R>;
}

export type HaierClient = Client<paths> &
  HaierFlows &
  HaierDeviceFlows &
  HaierFamilyFlows & {
    /**
     * Any operation of the spec by its operationId, typed: `call("getDeviceInfo", { accessToken,
     * path: { deviceId } })` resolves to the answer (a retCode other than 00000 throws VendorError).
     */
    call: HaierCall;
  };

const API = apiFacts("haier", spec);

/**
 * Fills and signs Haier's common headers on every request: appId, appVersion, clientId,
 * sequenceId, timestamp, sign, language, timezone, and accessToken (empty unless the caller gave one).
 */
export function haierSigningMiddleware(
  credentials: { appId: string; appKey: Secret },
  headers: { clientId: string; appVersion: string; language: string; timezone: string },
  env: { clock: Clock; sequence?: SequenceSource },
): Middleware {
  return signingMiddleware(API, createHaierSigner(env), { ...credentials, ...headers });
}

export function createHaierClient(options: HaierClientOptions): HaierClient {
  for (const name of ["baseUrl", "appId", "appKey", "clientId"] as const) {
    if (!options?.[name])
      throw new ConfigError(`${name} is required`, { vendor: VENDOR, operation: "createClient" });
  }
  const appKey = options.appKey instanceof Secret ? options.appKey : new Secret(options.appKey);
  const clock = options.clock ?? systemClock;
  const sign = createHaierSigner({ clock, sequence: options.sequence });
  const credentials = {
    appId: options.appId,
    appKey,
    clientId: options.clientId,
    appVersion: options.appVersion ?? DEFAULT_HEADERS.appVersion,
    language: options.language ?? DEFAULT_HEADERS.language,
    timezone: options.timezone ?? DEFAULT_HEADERS.timezone,
  };
  const { client, unwrap } = createApiClient<paths>(API, VENDOR, sign, credentials, options);
  const login = async (code: string) =>
    unwrap<HaierLogin>(
      "thirdpartUserLogin",
      await client.POST("/uaccount/v1/security/thirdpartUserLogin", { body: { code } }),
    );
  const tokens = createTokenCache<HaierSession, { login: HaierLogin; expiresAtMs: number }>({
    clock,
    marginMs: (options.tokenMarginSeconds ?? 300) * 1000,
    namespace: `${VENDOR}:${options.appId}`,
    store: options.tokenStore,
    keyOf: (session) => session.key,
    obtain: async (session) => {
      const result = await login(await session.code());
      return { login: result, expiresAtMs: clock() + Number(result.expire) * 1000 };
    },
    expiresAtMs: (entry) => entry.expiresAtMs,
  });
  const flows: HaierFlows = {
    login,
    token: async (session) => (await tokens.get(session)).login,
    withToken: (session, call) =>
      tokens.withToken(
        session,
        (entry) => call(entry.login.accessToken),
        (error) => error instanceof InvalidTokenError,
      ),
  };
  const call = createCall<operations>(API, client, unwrap, { vendor: VENDOR, title: "Haier UWS" });
  return Object.assign(
    client,
    flows,
    haierFlows(call),
    haierFamilyFlows(call),
    { call },
    {
      [inspect.custom]: () =>
        `HaierClient { baseUrl: ${JSON.stringify(options.baseUrl)}, appId: ${JSON.stringify(options.appId)}, clientId: ${JSON.stringify(options.clientId)} }`,
    },
  );
}
