import { inspect } from "node:util";
import createClient, { type Client, type Middleware } from "openapi-fetch";
import type { components, paths as generatedPaths } from "../../../generated/meari.js";
import { type Clock, systemClock } from "../../core/clock.js";
import { envelopeUnwrapper } from "../../core/envelope.js";
import { ConfigError, TransportError, VendorError } from "../../core/errors.js";
import { Secret } from "../../core/secret.js";
import { createTokenCache, type TokenStore } from "../../core/tokens.js";
import { type RetryOptions, rebuildRequest, vendorTransport } from "../../core/transport.js";
import { API, OPERATIONS } from "./operations.js";
import { type NonceSource, secureNonce, signMeariRequest } from "./sign.js";

export const VENDOR = API.vendor;

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

export type LoginInput = WithoutSourceApp<QueryOf<typeof OPERATIONS.login.path>>;
export type PasswordUpdateInput = WithoutSourceApp<QueryOf<typeof OPERATIONS.passwordUpdate.path>>;

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
  /** passwordUpdate on the region server of `countryCode` (or of `region`). */
  passwordUpdate(
    input: PasswordUpdateInput,
    where: { countryCode: string } | { region: MeariRegion },
  ): Promise<Record<string, never>>;
  /** The user's login (userToken, iot, …), kept until its lifetime minus the margin; concurrent callers share one. */
  token(input: LoginInput): Promise<LoginResult>;
  /** Runs `call` with the user's login; on `1023` (invalid user token) logs in once more and runs it again. */
  withToken<R>(input: LoginInput, call: (login: LoginResult) => Promise<R>): Promise<R>;
}

/** Meari's answer to a user token it does not accept. */
export const INVALID_TOKEN_CODE = "1023";

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

/**
 * Signs every Meari request: adds sourceApp (unless given) and the five signing parameters to the
 * query, signs the decoded values, and sends them all percent-encoded with `signature` last.
 */
export function meariSigningMiddleware(
  credentials: { partnerKey: string; partnerSecret: Secret; sourceApp: string },
  env: { clock: Clock; nonce: NonceSource },
): Middleware {
  return {
    onRequest({ request }) {
      const url = new URL(request.url);
      const params: [string, string][] = [...url.searchParams];
      if (!url.searchParams.has("sourceApp")) params.push(["sourceApp", credentials.sourceApp]);
      const signed = signMeariRequest(
        params,
        { partnerKey: credentials.partnerKey, partnerSecret: credentials.partnerSecret.reveal() },
        env,
      );
      url.search = signed.query;
      return rebuildRequest(request, url);
    },
  };
}

export function createMeariClient(options: MeariClientOptions): MeariClient {
  for (const name of ["baseUrl", "partnerKey", "partnerSecret", "sourceApp"] as const) {
    if (options?.[name] === undefined || options[name] === "")
      throw new ConfigError(`${name} is required`, { vendor: VENDOR, operation: "createClient" });
  }
  const partnerSecret =
    options.partnerSecret instanceof Secret ? options.partnerSecret : new Secret(options.partnerSecret);
  const signing = meariSigningMiddleware(
    { partnerKey: options.partnerKey, partnerSecret, sourceApp: String(options.sourceApp) },
    { clock: options.clock ?? systemClock, nonce: options.nonce ?? secureNonce },
  );
  const { fetch, middleware } = vendorTransport(API, signing, options);
  const client = createClient<MeariPaths>({ baseUrl: options.baseUrl, fetch });
  client.use(signing, middleware);
  const unwrap = envelopeUnwrapper(API);

  const regions = new Map<string, Promise<MeariRegion>>();
  const region = (countryCode: string): Promise<MeariRegion> => {
    let found = regions.get(countryCode);
    if (!found) {
      found = (async () => {
        const result = await client.GET(OPERATIONS.redirect.path, { params: { query: { countryCode } } });
        const redirect = unwrap<RedirectResult>("redirect", result);
        if (!redirect.apiServer) {
          throw new TransportError("redirect answered no apiServer", {
            vendor: VENDOR,
            operation: "redirect",
            request: { method: "GET", url: OPERATIONS.redirect.path },
          });
        }
        return { countryCode, apiServer: redirect.apiServer.replace(/\/+$/, ""), redirect };
      })();
      regions.set(countryCode, found);
      // A failed redirect is not cached: the next call asks again.
      found.catch(() => regions.delete(countryCode));
    }
    return found;
  };

  const calls: Omit<MeariFlows, "token" | "withToken"> = {
    region,
    async login(input, { region: given } = {}) {
      if (given && given.countryCode !== input.countryCode)
        throw new CountryMismatchError(given.countryCode, input.countryCode);
      const { apiServer } = given ?? (await region(input.countryCode));
      const result = await client.GET(OPERATIONS.login.path, {
        baseUrl: apiServer,
        params: { query: input },
      });
      return unwrap<LoginResult>("login", result);
    },
    async passwordUpdate(input, where) {
      const { apiServer } = "region" in where ? where.region : await region(where.countryCode);
      const result = await client.GET(OPERATIONS.passwordUpdate.path, {
        baseUrl: apiServer,
        params: { query: input },
      });
      unwrap("passwordUpdate", result);
      return {};
    },
  };
  const clock = options.clock ?? systemClock;
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
        (error) => error instanceof VendorError && error.code === INVALID_TOKEN_CODE,
      ),
  };
  return Object.assign(client, flows, {
    [inspect.custom]: () =>
      `MeariClient { baseUrl: ${JSON.stringify(options.baseUrl)}, partnerKey: ${JSON.stringify(options.partnerKey)}, sourceApp: ${JSON.stringify(String(options.sourceApp))} }`,
  });
}
