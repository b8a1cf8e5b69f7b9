/**
 * What openapi-fetch builds (its `Request` option) for a call iotdock has signed already: the
 * request's parts, the URL, method, headers and the properties a caller can set, with the defaults
 * a Request has. The transport sends it from these parts (see `initFrom`), so that the call costs
 * one Request and one AbortSignal instead of two of each: openapi-fetch's Request would only be
 * copied by fetch (`npm run bench`, clients section). Its body is known to the transport
 * (`rememberBody`), never read from here.
 *
 * Only iotdock's own middlewares see it (they read `method`, `url` and `headers`, and may change the
 * headers): a client given a middleware of the caller's, or a call given `middleware` or `Request`,
 * gets real Requests (see `createApiClient`).
 */
/** The RequestInit openapi-fetch builds, its headers merged into one Headers (what is read of it). */
interface Init {
  method?: string;
  headers: Headers;
  redirect?: string;
  cache?: string;
  credentials?: string;
  mode?: string;
  integrity?: string;
  keepalive?: boolean;
  referrer?: string;
  referrerPolicy?: string;
}

export class CallRequest {
  readonly url: string;
  readonly method: string;
  readonly headers: Headers;
  readonly bodyUsed = false;
  readonly redirect: string;
  readonly cache: string;
  readonly credentials: string;
  readonly mode: string;
  readonly integrity: string;
  readonly keepalive: boolean;
  readonly referrer: string;
  readonly referrerPolicy: string;

  constructor(url: string, init: Init) {
    this.url = url;
    this.method = init.method ?? "GET";
    this.headers = init.headers;
    this.redirect = init.redirect ?? "follow";
    this.cache = init.cache ?? "default";
    this.credentials = init.credentials ?? "same-origin";
    this.mode = init.mode ?? "cors";
    this.integrity = init.integrity ?? "";
    this.keepalive = init.keepalive ?? false;
    this.referrer = init.referrer ?? "about:client";
    this.referrerPolicy = init.referrerPolicy ?? "";
  }

  /**
   * openapi-fetch accepts what a middleware returns when it is an instance of its `Request`
   * option: a stand-in handed back, or a real Request.
   */
  static [Symbol.hasInstance](value: unknown): boolean {
    return value instanceof Request || (typeof value === "object" && value?.constructor === CallRequest);
  }
}
