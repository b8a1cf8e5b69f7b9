import { inspect } from "node:util";
import type { Client, Middleware } from "openapi-fetch";
import spec from "../../../generated/gwell.facts.js";
import type { components, paths as generatedPaths } from "../../../generated/gwell.js";
import { type Clock, systemClock } from "../../core/clock.js";
import { ConfigError } from "../../core/errors.js";
import { apiFacts } from "../../core/facts.js";
import { Secret } from "../../core/secret.js";
import { signingMiddleware } from "../../core/signing.js";
import { createTokenCache, type TokenStore } from "../../core/tokens.js";
import type { RetryOptions } from "../../core/transport.js";
import { createApiClient } from "../../core/vendor.js";
import { createGwellSigner, type NonceSource, secureNonce } from "./sign.js";

export const VENDOR = "gwell";

export interface GwellClientOptions {
  baseUrl: string;
  appId: string;
  appToken: string | Secret;
  appKey: string | Secret;
  /** Per-attempt timeout; default 10 s. */
  timeoutMs?: number;
  /** Retries of idempotent operations on network errors and 5xx; default 2, with backoff. */
  retry?: RetryOptions;
  fetch?: (request: Request) => Promise<Response>;
  clock?: Clock;
  nonce?: NonceSource;
  /** The token helper logs in again this long before `expireTime`; default 300 s. */
  tokenMarginSeconds?: number;
  /** Where token() keeps tokens; default in memory. Use createRedisTokenStore to share them between instances. */
  tokenStore?: TokenStore;
}

type Schemas = components["schemas"];
export type GwellExpand = Schemas["GwellExpand"];
/** `thirdCustLogin`'s data, with `expand` also parsed (null when it is not valid JSON). */
export type ThirdCustLoginData = Schemas["ThirdCustLoginData"] & { expandParsed: GwellExpand | null };
type LoginPath = "/openapi/custCloud/app/user/thirdCustLogin";
type DevInfoPath = "/openapi/custCloud/oss/devInfo";
type DevListPath = "/openapi/custCloud/oss/devList";
type CredentialKeys = "appId" | "appToken";
/** A body type with appId/appToken optional: the client fills them in unless given. */
type WithoutCredentials<B> = Omit<B, CredentialKeys> & Partial<Pick<B, Extract<keyof B, CredentialKeys>>>;
export type ThirdCustLoginInput = WithoutCredentials<Schemas["ThirdCustLoginRequest"]>;

type FilledPost<Op> = Op extends { requestBody: { content: { "application/json": infer B } } }
  ? Omit<Op, "requestBody"> & { requestBody: { content: { "application/json": WithoutCredentials<B> } } }
  : Op;
type LoginPost = Omit<FilledPost<generatedPaths[LoginPath]["post"]>, "responses"> & {
  responses: {
    200: {
      headers: { [name: string]: unknown };
      content: {
        "application/json": Omit<Schemas["ThirdCustLoginResponse"], "data"> & {
          data?: ThirdCustLoginData | null;
        };
      };
    };
  };
};

/**
 * The generated paths with what the client adds: appId/appToken optional in every body that
 * carries them, and `data.expandParsed` in thirdCustLogin's answer.
 */
export type GwellPaths = {
  [P in keyof generatedPaths]: Omit<generatedPaths[P], "post"> & {
    post: P extends LoginPath ? LoginPost : FilledPost<generatedPaths[P]["post"]>;
  };
};

type BodyOf<P extends keyof generatedPaths> = generatedPaths[P] extends {
  post: { requestBody?: { content: { "application/json": infer B } } };
}
  ? WithoutCredentials<B>
  : never;
type DataOf<P extends keyof generatedPaths> = generatedPaths[P] extends {
  post: { responses: { 200: { content: { "application/json": infer R } } } };
}
  ? NonNullable<R extends { data?: infer D } ? D : never>
  : never;

export interface GwellFlows {
  /** thirdCustLogin; appId/appToken are filled in. Returns data with `expand` parsed too. */
  login(input: ThirdCustLoginInput): Promise<ThirdCustLoginData>;
  /** A token for (unionId, uniqueId) valid for at least the margin; concurrent callers share one login. */
  token(input: ThirdCustLoginInput): Promise<ThirdCustLoginData>;
  devInfo(body: BodyOf<DevInfoPath>): Promise<DataOf<DevInfoPath>>;
  devList(body: BodyOf<DevListPath>): Promise<DataOf<DevListPath>>;
}

export type GwellClient = Client<GwellPaths> & GwellFlows;

/** Parses `expand` (a JSON string); null when it is not valid JSON (the Chinese document's example is not). */
export function parseExpand(expand: unknown): GwellExpand | null {
  if (typeof expand !== "string") return null;
  try {
    const parsed: unknown = JSON.parse(expand);
    return typeof parsed === "object" && parsed !== null ? (parsed as GwellExpand) : null;
  } catch {
    return null;
  }
}

const API = apiFacts("gwell", spec);
const LOGIN = API.byId.get("thirdCustLogin");

/** Adds `data.expandParsed` to thirdCustLogin answers. */
const expandMiddleware: Middleware = {
  async onResponse({ request, response, schemaPath }) {
    if (API.find(request.method, schemaPath) !== LOGIN) return undefined;
    if (!response.headers.get("content-type")?.includes("json")) return undefined;
    // Not JSON after all: left as it is, for the envelope unwrapper to report as such.
    const envelope = (await response
      .clone()
      .json()
      .catch(() => undefined)) as { data?: { expand?: unknown } | null } | undefined;
    if (!envelope) return undefined;
    if (!envelope.data || typeof envelope.data !== "object") return undefined;
    (envelope.data as Record<string, unknown>).expandParsed = parseExpand(envelope.data.expand);
    const headers = new Headers(response.headers);
    headers.delete("content-length");
    return new Response(JSON.stringify(envelope), {
      status: response.status,
      statusText: response.statusText,
      headers,
    });
  },
};

/**
 * Signs every Gwell request: fills appId/appToken into bodies that carry them (the spec's
 * `x-iotdock-body-credentials`), then adds the four X-IotVideo-* headers over the exact body sent
 * and the Host as sent.
 */
export function gwellSigningMiddleware(
  credentials: { appId: string; appToken: Secret; appKey: Secret },
  env: { clock: Clock; nonce: NonceSource },
): Middleware {
  return signingMiddleware(API, createGwellSigner(env), credentials);
}

export function createGwellClient(options: GwellClientOptions): GwellClient {
  for (const name of ["baseUrl", "appId", "appToken", "appKey"] as const) {
    if (!options?.[name])
      throw new ConfigError(`${name} is required`, { vendor: VENDOR, operation: "createClient" });
  }
  const asSecret = (v: string | Secret) => (v instanceof Secret ? v : new Secret(v));
  const credentials = {
    appId: options.appId,
    appToken: asSecret(options.appToken),
    appKey: asSecret(options.appKey),
  };
  const clock = options.clock ?? systemClock;
  const sign = createGwellSigner({ clock, nonce: options.nonce ?? secureNonce });
  const { client, unwrap, useOwn } = createApiClient<GwellPaths>(API, VENDOR, sign, credentials, options);
  useOwn(expandMiddleware);

  const login = async (input: ThirdCustLoginInput) =>
    unwrap<ThirdCustLoginData>(
      "thirdCustLogin",
      await client.POST("/openapi/custCloud/app/user/thirdCustLogin", { body: input }),
    );
  const tokens = createTokenCache<ThirdCustLoginInput, ThirdCustLoginData>({
    clock,
    marginMs: (options.tokenMarginSeconds ?? 300) * 1000,
    namespace: `${VENDOR}:${options.appId}`,
    store: options.tokenStore,
    keyOf: (r) => JSON.stringify([r.unionId, r.uniqueId]),
    obtain: login,
    expiresAtMs: (t) => Number(t.expireTime) * 1000,
  });

  const flows: GwellFlows = {
    login,
    token: (input) => tokens.get(input),
    devInfo: async (body) => unwrap("devInfo", await client.POST("/openapi/custCloud/oss/devInfo", { body })),
    devList: async (body) => unwrap("devList", await client.POST("/openapi/custCloud/oss/devList", { body })),
  };
  return Object.assign(client, flows, {
    [inspect.custom]: () =>
      `GwellClient { baseUrl: ${JSON.stringify(options.baseUrl)}, appId: ${JSON.stringify(options.appId)} }`,
  });
}
