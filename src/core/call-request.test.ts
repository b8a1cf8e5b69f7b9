import { createServer } from "node:http";
import type { Middleware } from "openapi-fetch";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { createMeariClient } from "../vendors/meari/index.js";
import { CallRequest } from "./call-request.js";

/**
 * A signed call of a vendor client is built by openapi-fetch as a `CallRequest` (no Request of its
 * own; fetch builds the one that is sent), unless a middleware of the caller's would see it: then
 * real Requests, as openapi-fetch makes them.
 */

const received: { url: string; headers: Record<string, unknown> }[] = [];
const server = createServer((req, res) => {
  received.push({ url: req.url ?? "", headers: req.headers });
  req.resume().on("end", () => {
    res.writeHead(200, { "content-type": "application/json" });
    res.end('{"resultCode":"1001","result":{"apiServer":"http://127.0.0.1:9"}}');
  });
});
let baseUrl = "";
beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
});
afterAll(() => new Promise((resolve) => server.close(resolve)));

/** Counts the Requests built through the global `Request` (openapi-fetch's default). */
const RealRequest = globalThis.Request;
let built = 0;
class CountedRequest extends RealRequest {
  constructor(input: ConstructorParameters<typeof Request>[0], init?: RequestInit) {
    super(input, init);
    built++;
  }
}
afterEach(() => {
  globalThis.Request = RealRequest;
  received.length = 0;
});

function meari() {
  globalThis.Request = CountedRequest as typeof Request;
  built = 0;
  return createMeariClient({ baseUrl, partnerKey: "pk", partnerSecret: "ps", sourceApp: "8" });
}
const redirect = (client: ReturnType<typeof meari>) =>
  client.GET("/v2/third/sdk/redirect", { params: { query: { countryCode: "US" } } });

const PROPERTIES = [
  "method",
  "bodyUsed",
  "redirect",
  "cache",
  "credentials",
  "mode",
  "integrity",
  "keepalive",
  "referrer",
  "referrerPolicy",
] as const;

describe("CallRequest: a signed call without a Request of openapi-fetch's", () => {
  it("is sent signed with no Request built before fetch", async () => {
    const client = meari();
    const { response } = await redirect(client);
    expect(response.status).toBe(200);
    expect(built).toBe(0);
    const query = new URLSearchParams(received[0]?.url.split("?")[1]);
    expect(query.get("countryCode")).toBe("US");
    expect(query.get("signature")).toMatch(/^[A-Za-z0-9+/]{27}=$/);
  });

  it("a middleware of the caller's gets real Requests it can copy, and its changes are sent", async () => {
    const client = meari();
    const seen: unknown[] = [];
    const mine: Middleware = {
      onRequest({ request }) {
        seen.push(request);
        const headers = new Headers(request.headers);
        headers.set("x-mine", "1");
        return new Request(request, { headers });
      },
    };
    client.use(mine);
    await redirect(client);
    expect(seen[0]).toBeInstanceOf(RealRequest);
    expect(received[0]?.headers["x-mine"]).toBe("1");
    expect(new URLSearchParams(received[0]?.url.split("?")[1]).get("signature")).toBeTruthy();

    // Ejected: the stand-in again.
    client.eject(mine);
    built = 0;
    await redirect(client);
    expect(built).toBe(0);
    expect(seen).toHaveLength(1);
  });

  it("a call's own middleware or Request class is honoured", async () => {
    const client = meari();
    const seen: unknown[] = [];
    await client.GET("/v2/third/sdk/redirect", {
      params: { query: { countryCode: "US" } },
      middleware: [{ onRequest: ({ request }: { request: Request }) => void seen.push(request) }],
    } as never);
    expect(seen[0]).toBeInstanceOf(RealRequest);
  });

  it("openapi-fetch takes a stand-in or a Request back from a middleware", () => {
    const stand = new CallRequest("http://127.0.0.1:9/a", { method: "GET", headers: new Headers() });
    expect(stand instanceof CallRequest).toBe(true);
    expect(new RealRequest("http://127.0.0.1:9/a") instanceof CallRequest).toBe(true);
    expect({ url: "http://127.0.0.1:9/a" } instanceof CallRequest).toBe(false);
  });

  it("has a Request's defaults, so the transport sends it as openapi-fetch's Request would be", () => {
    const stand = new CallRequest("http://127.0.0.1:9/a", { method: "GET", headers: new Headers() });
    const real = new RealRequest("http://127.0.0.1:9/a");
    for (const name of PROPERTIES) expect([name, stand[name]]).toEqual([name, real[name]]);
    const given = {
      redirect: "manual",
      cache: "no-store",
      keepalive: true,
      referrerPolicy: "no-referrer",
    } as const;
    const stand2 = new CallRequest("http://127.0.0.1:9/a", {
      method: "GET",
      headers: new Headers(),
      ...given,
    });
    const real2 = new RealRequest("http://127.0.0.1:9/a", given);
    for (const name of PROPERTIES) expect([name, stand2[name]]).toEqual([name, real2[name]]);
  });
});
