import { createHmac } from "node:crypto";
import { inspect } from "node:util";
import type { Client } from "openapi-fetch";
import spec from "../../../generated/quectel-saas.facts.js";
import type { components, operations, paths } from "../../../generated/quectel-saas.js";
import { type Call, createCall } from "../../core/call.js";
import { type Clock, systemClock } from "../../core/clock.js";
import { ConfigError, InvalidTokenError } from "../../core/errors.js";
import { apiFacts } from "../../core/facts.js";
import { Secret } from "../../core/secret.js";
import { createTokenCache, type TokenStore } from "../../core/tokens.js";
import type { RetryOptions } from "../../core/transport.js";
import { createApiClient } from "../../core/vendor.js";
import { type QuectelSaasFlows, saasFlows } from "./saas-flows.js";
import { createQuectelSigner } from "./sign.js";

const VENDOR = "quectel";

/** The token lives 2 hours (the login page's note; its example's `expires_in` says a day: spec departure 2). */
export const SAAS_TOKEN_LIFETIME_S = 7200;

export interface QuectelSaasClientOptions {
  /** e.g. https://iot-api.quectelcn.com (China), https://iot-api.acceleronix.io (Europe), or a sandbox. */
  baseUrl: string;
  accessKey: string;
  accessSecret: string | Secret;
  /** Per-attempt timeout; default 10 s. */
  timeoutMs?: number;
  /** Retries of idempotent operations on network errors and 5xx; default 2, with backoff. */
  retry?: RetryOptions;
  fetch?: (request: Request) => Promise<Response>;
  /** Injected for tests; default Date.now. */
  clock?: Clock;
  /** Renew the token this long before it expires; default 3,600 s (the page advises a refresh every hour). */
  tokenMarginSeconds?: number;
  /** Where the token is kept; default in memory. createRedisTokenStore shares it between instances. */
  tokenStore?: TokenStore;
}

/** The access token and when iotdock considers it expired (Unix ms). */
export interface SaasToken {
  accessToken: string;
  expiresAtMs: number;
}

export type TokenAnswer = components["schemas"]["TokenAnswer"];
export type SaasCall = Call<operations>;

export type QuectelSaasClient = Client<paths> &
  QuectelSaasFlows & {
    /**
     * Any operation of the SaaS spec by its operationId, typed: `call("deviceDetail", { query: {
     * productKey, deviceKey } })` resolves to the answer's `data`. The token is the client's own.
     */
    call: SaasCall;
    /** The current access token (`QJWT …`): kept, refreshed, or obtained by logging in. */
    token(): Promise<string>;
  };

const API = apiFacts("quectel-saas", spec);

/**
 * A client of Quectel's SaaS OpenAPI (server to server): every operation typed, the AccessKey login
 * signed by the username/password rule, and the token obtained, kept (optionally in Redis), renewed
 * through `refreshToken` before it expires and renewed once more when the vendor calls it invalid.
 */
export function createQuectelSaasClient(options: QuectelSaasClientOptions): QuectelSaasClient {
  for (const name of ["baseUrl", "accessKey", "accessSecret"] as const)
    if (!options?.[name])
      throw new ConfigError(`${name} is required`, { vendor: VENDOR, operation: "createSaasClient" });
  const secret =
    options.accessSecret instanceof Secret ? options.accessSecret : new Secret(options.accessSecret);
  const clock = options.clock ?? systemClock;
  const credentials = { accessKey: options.accessKey, accessSecret: secret };
  const { client, unwrap, useOwn } = createApiClient<paths>(
    API,
    VENDOR,
    createQuectelSigner({ clock }),
    credentials,
    options,
  );

  /** The token of a login or refresh answer, valid for the shorter of 2 hours and `expires_in`. */
  const tokenOf = (operation: string, result: { data?: unknown; response: Response }): SaasToken => {
    unwrap(operation, result);
    const answer = result.data as TokenAnswer;
    const lifetimeS = Math.min(SAAS_TOKEN_LIFETIME_S, answer.expires_in ?? SAAS_TOKEN_LIFETIME_S);
    return { accessToken: answer.access_token ?? "", expiresAtMs: clock() + lifetimeS * 1000 };
  };
  const login = async () =>
    tokenOf(
      "accessKeyLogin",
      await client.GET("/v2/quecauth/accessKeyAuthrize/accessKeyLogin", {
        params: { query: { grant_type: "password" } },
      }),
    );
  const refresh = async (current: SaasToken) =>
    tokenOf(
      "refreshToken",
      await client.GET("/v2/quecauth/accessKeyAuthrize/refreshToken", {
        params: { query: { grant_type: "refresh_token", refresh_token: current.accessToken } },
      }),
    );

  const tokens = createTokenCache<string, SaasToken>({
    clock,
    marginMs: (options.tokenMarginSeconds ?? 3600) * 1000,
    namespace: `${VENDOR}-saas`,
    store: options.tokenStore,
    keyOf: (accessKey) => accessKey,
    // A stored token is used only by a client with the same secret (a keyed digest, never the secret).
    credentialCheck: () => createHmac("sha256", secret.reveal()).update("iotdock-saas-token").digest("hex"),
    obtain: login,
    renew: refresh,
    expiresAtMs: (token) => token.expiresAtMs,
  });
  const withToken = <R>(send: (token: string) => Promise<R>) =>
    tokens.withToken(
      options.accessKey,
      (token) => send(token.accessToken),
      (error) => error instanceof InvalidTokenError,
    );

  // Raw calls (`client.GET(path, …)`) of token operations get the token too, unless they bring one.
  useOwn({
    async onRequest({ request, schemaPath }) {
      const op = API.find(request.method, schemaPath);
      if (!op?.auth.token || request.headers.has(op.auth.token.name)) return undefined;
      request.headers.set(op.auth.token.name, (await tokens.get(options.accessKey)).accessToken);
      return request;
    },
  });

  const call = createCall<operations>(API, client, unwrap, {
    vendor: VENDOR,
    title: "Quectel SaaS",
    withToken,
  });
  return Object.assign(
    client,
    saasFlows(call),
    { call, token: async () => (await tokens.get(options.accessKey)).accessToken },
    {
      [inspect.custom]: () =>
        `QuectelSaasClient { baseUrl: ${JSON.stringify(options.baseUrl)}, accessKey: ${JSON.stringify(options.accessKey)} }`,
    },
  );
}
