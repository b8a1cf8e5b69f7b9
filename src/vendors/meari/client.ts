import { inspect } from "node:util";
import type { Client, Middleware } from "openapi-fetch";
import spec from "../../../generated/meari.facts.js";
import type { components, paths as generatedPaths } from "../../../generated/meari.js";
import { type Clock, systemClock } from "../../core/clock.js";
import { ConfigError, InvalidTokenError, TransportError } from "../../core/errors.js";
import { apiFacts } from "../../core/facts.js";
import { Secret } from "../../core/secret.js";
import { signingMiddleware } from "../../core/signing.js";
import { createTokenCache, type TokenStore } from "../../core/tokens.js";
import type { RetryOptions } from "../../core/transport.js";
import { createApiClient } from "../../core/vendor.js";
import { type IotCommands, iotItems } from "./commands.js";
import { createMeariSigner, type NonceSource, secureNonce } from "./sign.js";

export const VENDOR = "meari";

export interface MeariClientOptions {
  /** The global entry point (redirect): `https://apis.cloudedge360.com`, or a sandbox. */
  baseUrl: string;
  partnerKey: string;
  partnerSecret: string | Secret;
  /** Your customer number; added to every request that does not carry one. */
  sourceApp: string | number;
  /** Per-attempt timeout; default 10 s. */
  timeoutMs?: number;
  /** Retries of idempotent operations on network errors and 5xx; default 2, with backoff. */
  retry?: RetryOptions;
  fetch?: (request: Request) => Promise<Response>;
  clock?: Clock;
  nonce?: NonceSource;
  /** Meari documents no lifetime for userToken: token() logs in again after this long; default 24 h. */
  tokenLifetimeSeconds?: number;
  /** token() renews this long before that; default 300 s. */
  tokenMarginSeconds?: number;
  /** Where token() keeps logins; default in memory. createRedisTokenStore shares them between instances. */
  tokenStore?: TokenStore;
  /** How long a country's region server (from redirect) is kept before asking again; default 1 h. */
  regionTtlSeconds?: number;
}

type Schemas = components["schemas"];
export type RedirectResult = Schemas["RedirectResult"];
export type LoginResult = Schemas["LoginResult"];

type Get<P extends keyof generatedPaths> = generatedPaths[P]["get"];
type QueryOf<P extends keyof generatedPaths> = Get<P> extends { parameters: { query: infer Q } } ? Q : never;
/** A query with `sourceApp` optional: the client fills it in. */
type WithoutSourceApp<Q> = Omit<Q, "sourceApp"> & { sourceApp?: string };

/** The generated paths with `sourceApp` optional in every query (the client adds it). */
export type MeariPaths = {
  [P in keyof generatedPaths]: Omit<generatedPaths[P], "get"> & {
    get: Omit<Get<P>, "parameters"> & {
      parameters: Omit<Get<P>["parameters"], "query"> & { query: WithoutSourceApp<QueryOf<P>> };
    };
  };
};

export type LoginInput = WithoutSourceApp<QueryOf<"/v2/third/sdk/login">>;
export type IotSetInput = WithoutSourceApp<QueryOf<"/v1/third/customer/iot/set">>;
export type PasswordUpdateInput = WithoutSourceApp<QueryOf<"/v2/third/sdk/password/update">>;

/** Where a country's users live: the region server `redirect` named for that country. */
export interface MeariRegion {
  countryCode: string;
  apiServer: string;
  redirect: RedirectResult;
}

export interface MeariFlows {
  /** redirect for a country; cached per country (concurrent callers share one request). */
  region(countryCode: string): Promise<MeariRegion>;
  /**
   * The documented flow: redirect (cached) → login on the returned apiServer, with the same
   * countryCode in both. Passing a `region` of another country is refused before any request.
   */
  login(input: LoginInput, options?: { region?: MeariRegion }): Promise<LoginResult>;
  /**
   * iotSet on the region server: typed IoT commands (`IotCommand`, `SleepMode`, …) for a device of
   * the user, sent as Meari's `items` JSON string in the signed query.
   */
  iotSet(
    input: Omit<IotSetInput, "items"> & { commands: IotCommands },
    where?: { region: MeariRegion },
  ): Promise<Record<string, never>>;
  /** passwordUpdate on the region server of `countryCode` (or of `region`). */
  passwordUpdate(
    input: PasswordUpdateInput,
    where: { countryCode: string } | { region: MeariRegion },
  ): Promise<Record<string, never>>;
  /** The user's login (userToken, iot, …), kept until its lifetime minus the margin; concurrent callers share one. */
  token(input: LoginInput): Promise<LoginResult>;
  /**
   * Runs `call` with the user's login; when it fails with an InvalidTokenError (an `invalid-token`
   * code of the spec) logs in once more and runs it again. Meari's server API has no such code:
   * `1023` also means "invalid signature" there (Meari's code list), so it never causes a login.
   */
  withToken<R>(input: LoginInput, call: (login: LoginResult) => Promise<R>): Promise<R>;
}

export type MeariClient = Client<MeariPaths> & MeariFlows;

/** redirect and login were given different countries: Meari would fail the login. */
export class CountryMismatchError extends ConfigError {
  constructor(regionCountry: string, loginCountry: string) {
    super(
      `${VENDOR} login refused before sending: countryCode ${JSON.stringify(loginCountry)} differs from the region's ${JSON.stringify(regionCountry)} (redirect and login must use the same countryCode)`,
      { vendor: VENDOR, operation: "login" },
    );
  }
}

const API = apiFacts("meari", spec);

/**
 * Signs every Meari request: adds sourceApp (unless given) and the five signing parameters to the
 * query, signs the decoded values, and sends them all percent-encoded with `signature` last.
 */
export function meariSigningMiddleware(
  credentials: { partnerKey: string; partnerSecret: Secret; sourceApp: string },
  env: { clock: Clock; nonce: NonceSource },
): Middleware {
  return signingMiddleware(API, createMeariSigner(env), credentials);
}

const LOOPBACK = new Set(["127.0.0.1", "localhost", "[::1]"]);

/**
 * The region server a redirect named, where signed logins go: https only (a sandbox on loopback
 * may be http), no user or password in it, no trailing slash.
 */
function checkedApiServer(apiServer: unknown): string {
  const text = typeof apiServer === "string" ? apiServer.replace(/\/+$/, "") : "";
  const url = URL.canParse(text) ? new URL(text) : undefined;
  const https = url?.protocol === "https:";
  const loopback = url?.protocol === "http:" && LOOPBACK.has(url.hostname);
  if (!url || !(https || loopback) || url.username || url.password) {
    throw new TransportError(
      text
        ? "redirect named an apiServer that is not an https URL: signed requests are not sent there"
        : "redirect answered no apiServer",
      { vendor: VENDOR, operation: "redirect", request: { method: "GET", url: "/v2/third/sdk/redirect" } },
    );
  }
  return text;
}

export function createMeariClient(options: MeariClientOptions): MeariClient {
  for (const name of ["baseUrl", "partnerKey", "partnerSecret", "sourceApp"] as const) {
    if (options?.[name] === undefined || options[name] === "")
      throw new ConfigError(`${name} is required`, { vendor: VENDOR, operation: "createClient" });
  }
  const partnerSecret =
    options.partnerSecret instanceof Secret ? options.partnerSecret : new Secret(options.partnerSecret);
  const clock = options.clock ?? systemClock;
  const sign = createMeariSigner({ clock, nonce: options.nonce ?? secureNonce });
  const credentials = { partnerKey: options.partnerKey, partnerSecret, sourceApp: String(options.sourceApp) };
  const { client, unwrap } = createApiClient<MeariPaths>(API, VENDOR, sign, credentials, options);

  const regionTtlMs = (options.regionTtlSeconds ?? 3600) * 1000;
  const regions = new Map<string, { region: Promise<MeariRegion>; until: number }>();
  const region = (countryCode: string): Promise<MeariRegion> => {
    const cached = regions.get(countryCode);
    if (cached && cached.until > clock()) return cached.region;
    const found = (async () => {
      const result = await client.GET("/v2/third/sdk/redirect", { params: { query: { countryCode } } });
      const redirect = unwrap<RedirectResult>("redirect", result);
      return { countryCode, apiServer: checkedApiServer(redirect.apiServer), redirect };
    })();
    regions.set(countryCode, { region: found, until: clock() + regionTtlMs });
    // A failed redirect is not cached: the next call asks again.
    found.catch(() => regions.delete(countryCode));
    return found;
  };

  const calls: Omit<MeariFlows, "token" | "withToken"> = {
    region,
    async login(input, { region: given } = {}) {
      if (given && given.countryCode !== input.countryCode)
        throw new CountryMismatchError(given.countryCode, input.countryCode);
      const { apiServer } = given ?? (await region(input.countryCode));
      const result = await client.GET("/v2/third/sdk/login", {
        baseUrl: apiServer,
        params: { query: input },
      });
      return unwrap<LoginResult>("login", result);
    },
    async iotSet({ commands, ...input }, where) {
      const { apiServer } = where?.region ?? (await region(input.countryCode));
      const result = await client.GET("/v1/third/customer/iot/set", {
        baseUrl: apiServer,
        params: { query: { ...input, items: iotItems(commands) } },
      });
      unwrap("iotSet", result);
      return {};
    },
    async passwordUpdate(input, where) {
      const { apiServer } = "region" in where ? where.region : await region(where.countryCode);
      const result = await client.GET("/v2/third/sdk/password/update", {
        baseUrl: apiServer,
        params: { query: input },
      });
      unwrap("passwordUpdate", result);
      return {};
    },
  };
  const lifetimeMs = (options.tokenLifetimeSeconds ?? 24 * 3600) * 1000;
  const tokens = createTokenCache<LoginInput, { login: LoginResult; expiresAtMs: number }>({
    clock,
    marginMs: (options.tokenMarginSeconds ?? 300) * 1000,
    namespace: `${VENDOR}:${options.partnerKey}`,
    store: options.tokenStore,
    keyOf: (input) => `${input.countryCode}:${input.userAccount}`,
    obtain: async (input) => ({ login: await calls.login(input), expiresAtMs: clock() + lifetimeMs }),
    expiresAtMs: (entry) => entry.expiresAtMs,
  });
  const flows: MeariFlows = {
    ...calls,
    token: async (input) => (await tokens.get(input)).login,
    withToken: (input, call) =>
      tokens.withToken(
        input,
        (entry) => call(entry.login),
        (error) => error instanceof InvalidTokenError,
      ),
  };
  return Object.assign(client, flows, {
    [inspect.custom]: () =>
      `MeariClient { baseUrl: ${JSON.stringify(options.baseUrl)}, partnerKey: ${JSON.stringify(options.partnerKey)}, sourceApp: ${JSON.stringify(String(options.sourceApp))} }`,
  });
}
