import createClient, { type Client } from "openapi-fetch";
import type { CredentialVariable } from "../sandbox/types.js";
import type { Clock } from "./clock.js";
import { envelopeUnwrapper } from "./envelope.js";
import { ConfigError, TransportError } from "./errors.js";
import type { ApiFacts } from "./facts.js";
import type { Secret } from "./secret.js";
import { type Sign, signingMiddleware } from "./signing.js";
import { type RetryOptions, vendorTransport } from "./transport.js";

/** An API of a vendor: a spec root under specs/ and the name of its bundle in generated/. */
export interface ApiRef {
  name: string;
  root: string;
}

/**
 * Everything iotdock knows about a vendor that is not in its specs, exported as `vendor` from
 * src/vendors/<vendor>/vendor.ts. The package exports, redocly.yaml and the port table follow from
 * these (a test keeps them in step); operations come from the specs only.
 */
export interface VendorDefinition {
  name: string;
  /** Its sandbox listens on port-base + portOffset (the docs portal has offset 0). */
  portOffset: number;
  /** The APIs the vendor serves; its one sandbox port serves them all (one vendor host). */
  apis: ApiRef[];
  /** APIs the vendor calls on the customer's cloud (served by the customer, not the sandbox). */
  callbacks: ApiRef[];
  /** Credentials by the key the signer reads them with. */
  credentials: Record<string, CredentialVariable>;
  /** The vendor's signer, with time (and the vendor's default randomness) injected. */
  createSigner(env: { clock: Clock }): Sign;
  /**
   * For operations with `x-iotdock-password`: the plaintext password encrypted with `random`, and
   * how long `random` is.
   */
  password?: { encrypt(plaintext: string, random: string): string; randomLength: number };
}

export interface ClientTransportOptions {
  baseUrl: string;
  timeoutMs?: number | undefined;
  retry?: RetryOptions | undefined;
  fetch?: ((request: Request) => Promise<Response>) | undefined;
}

/**
 * A base URL must be an absolute http(s) URL: anything else would fail at the first call with an
 * error quoting the whole request URL (signatures and encrypted passwords included). The value is
 * not printed: it may carry a user and password.
 */
export function checkBaseUrl(baseUrl: unknown, vendor: string): void {
  const url = typeof baseUrl === "string" && URL.canParse(baseUrl) ? new URL(baseUrl) : undefined;
  if (!url || !["http:", "https:"].includes(url.protocol) || url.host === "")
    throw new ConfigError(
      "baseUrl must be an absolute http:// or https:// URL, e.g. https://iot-api.quectelcn.com or http://127.0.0.1:4014",
      { vendor, operation: "createClient" },
    );
}

const HTTP_METHODS = ["GET", "PUT", "POST", "DELETE", "OPTIONS", "HEAD", "PATCH", "TRACE"] as const;

/**
 * openapi-fetch parses a 2xx answer with `response.json()` and lets its SyntaxError through; a
 * vendor (or a proxy) answering broken JSON is a TransportError like any answer that is not the
 * vendor's envelope, so that everything iotdock throws is an IotdockError.
 */
function unparsableAsTransportError(client: Record<string, unknown>, api: ApiFacts, vendor: string) {
  for (const method of HTTP_METHODS) {
    const call = client[method] as (path: string, init?: unknown) => Promise<unknown>;
    client[method] = (path: string, init?: unknown) =>
      call(path, init).catch((error: unknown) => {
        if (!(error instanceof SyntaxError)) throw error;
        throw new TransportError("unexpected answer: the body is not valid JSON", {
          vendor,
          operation: api.find(method, path)?.operationId ?? `${method} ${path}`,
          request: { method, url: path },
          cause: error,
        });
      });
  }
}

/**
 * A typed openapi-fetch client for one API of a vendor, with the vendor's signing middleware, the
 * transport (timeouts, retries of idempotent operations signed afresh, errors that name the
 * operation) and an unwrapper of the vendor's envelope, all driven by the spec's facts.
 */
export function createApiClient<Paths extends {}>(
  api: ApiFacts,
  vendor: string,
  sign: Sign,
  credentials: Readonly<Record<string, string | Secret>>,
  options: ClientTransportOptions,
) {
  checkBaseUrl(options.baseUrl, vendor);
  const signing = signingMiddleware(api, sign, credentials);
  const { fetch, middleware } = vendorTransport(api, vendor, signing, options);
  const client: Client<Paths> = createClient<Paths>({ baseUrl: options.baseUrl, fetch });
  client.use(signing, middleware);
  unparsableAsTransportError(client as unknown as Record<string, unknown>, api, vendor);
  return { client, unwrap: envelopeUnwrapper(api, vendor), signing };
}
