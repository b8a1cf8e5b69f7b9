import { request as httpRequest } from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadApi } from "../src/core/facts-files.js";
import { type SandboxHandle, startSandbox } from "../src/sandbox/server.js";
import { EXAMPLE_APP_ID, EXAMPLE_APP_KEY, EXAMPLE_APP_TOKEN } from "../src/vendors/gwell/credentials.js";
import { createGwellClient, signGwellRequest } from "../src/vendors/gwell/index.js";

const API = loadApi("gwell");

import { uncovered } from "./support/coverage.js";
import { specValidator } from "./support/spec.js";

const spec = specValidator("gwell.yaml");
const MINUTE = 60_000;
const LOGIN = "/openapi/custCloud/app/user/thirdCustLogin";

interface Exchange {
  operation: string;
  status: number;
  body: { code?: number; msg?: string; data?: Record<string, unknown> | null };
}

/** The first request example the spec gives for an operation's JSON body. */
function requestExample(path: string): Record<string, unknown> {
  const media = spec.spec.paths[path].post.requestBody.content["application/json"];
  const first = media.example ?? Object.values(media.examples ?? {})[0];
  return structuredClone((first as { value?: unknown })?.value ?? first) as Record<string, unknown>;
}

describe("Gwell sandbox: the client against it, every answer valid against the spec", () => {
  let sandbox: SandboxHandle;
  let baseUrl: string;
  const exchanges: Exchange[] = [];

  const recordingFetch = async (request: Request) => {
    const response = await fetch(request);
    const path = new URL(request.url).pathname;
    exchanges.push({
      operation: API.find(request.method, path)?.operationId ?? path,
      status: response.status,
      body: (await response.clone().json()) as Exchange["body"],
    });
    return response;
  };
  const client = (overrides: Partial<Parameters<typeof createGwellClient>[0]> = {}) =>
    createGwellClient({
      baseUrl,
      appId: EXAMPLE_APP_ID,
      appToken: EXAMPLE_APP_TOKEN,
      appKey: EXAMPLE_APP_KEY,
      fetch: recordingFetch,
      ...overrides,
    });
  const last = () => exchanges.at(-1)?.body ?? {};

  beforeAll(async () => {
    sandbox = await startSandbox({ vendors: ["gwell"], portBase: 0, env: {}, log: () => {} });
    baseUrl = sandbox.sandboxes[0]?.url ?? "";
  });
  afterAll(async () => {
    await sandbox.close();
    expect(exchanges.length).toBeGreaterThan(8);
    for (const e of exchanges) {
      expect({ ...e, errors: spec.responseErrors(e.operation, e.status, e.body) }).toMatchObject({
        errors: [],
      });
      expect(spec.schemaErrors("Envelope", e.body)).toEqual([]);
    }
    const seen = exchanges.map((e) => ({
      operation: e.operation,
      ok: API.read(e.body)?.ok ?? false,
    }));
    expect(uncovered("gwell.yaml", seen)).toEqual([]);
  });

  it("logs in; the token expires 30 days from now like Gwell's", async () => {
    const data = await client().login({ uniqueId: "t-1", unionId: "0001", regRegion: "CN" });
    // Prism answers the spec's example (specs/gwell.yaml, thirdCustLogin); only expireTime is the sandbox's.
    expect(data).toMatchObject({
      accessToken:
        "0181E107E47822653B267A000900000064A7A9BF1E9B9CE9EE50512B7C9C455E597E9AFFB155AB04073F80FDA18C6E9A74E1446BCBACA29E3C04FAF0CA15EE52",
      accessId: "-9223371996052586423",
      terminalId: "-9223371996052586423",
    });
    const nowS = Date.now() / 1000;
    expect(Number(data.expireTime)).toBeGreaterThan(nowS + 30 * 24 * 3600 - 60);
    expect(Number(data.expireTime)).toBeLessThanOrEqual(nowS + 30 * 24 * 3600 + 1);
    expect(data.expandParsed).toEqual({ area: "cn", regRegion: "CN" });
  });

  it("answers devInfo and devList for the spec's own request examples", async () => {
    const c = client();
    for (const op of ["devInfo", "devList"] as const) {
      const path = op === "devInfo" ? "/openapi/custCloud/oss/devInfo" : "/openapi/custCloud/oss/devList";
      // The examples' appId/appToken are masked: drop them so the client fills in this app's.
      const { appId: _id, appToken: _token, ...example } = requestExample(path);
      // biome-ignore lint/suspicious/noExplicitAny: the example comes from the spec at run time.
      const res = await c.POST(path, { body: example as any });
      expect(res.data?.code).toBe(0);
    }
  });

  it("rejects a body changed after signing with 10007 -3, showing the string it signed (no appKey)", async () => {
    let shown = "";
    const c = client({
      fetch: async (request) => {
        const response = await recordingFetch(request);
        shown = decodeURIComponent(response.headers.get("x-iotdock-string-to-sign") ?? "");
        return response;
      },
    });
    c.use({
      async onRequest({ request }) {
        const body = (await request.clone().text()).replace('"CN"', '"DE"');
        return new Request(request.url, { method: request.method, headers: request.headers, body });
      },
    });
    await expect(c.login({ uniqueId: "t", unionId: "u", regRegion: "CN" })).rejects.toMatchObject({
      code: 10007,
      vendorMessage: "signature validate fail:-3",
    });
    const lines = shown.split("\n");
    expect(lines.map((l) => l.split(":")[0])).toEqual([
      "Host",
      "Payload",
      "X-IotVideo-AccessID",
      "X-IotVideo-Nonce",
      "X-IotVideo-Timestamp",
    ]);
    expect(lines[0]).toBe(`Host:${new URL(baseUrl).host}`);
    expect(shown).not.toContain(EXAMPLE_APP_KEY);
  }, 10_000);

  it("rejects a wrong appKey with -3, on every operation", async () => {
    const wrong = client({ appKey: "not-the-key" });
    await expect(wrong.login({ uniqueId: "t", unionId: "u", regRegion: "CN" })).rejects.toMatchObject({
      code: 10007,
      vendorMessage: "signature validate fail:-3",
    });
    await expect(
      wrong.devInfo({ accessId: "-9223371996052586423", sn: "SN1" } as never),
    ).rejects.toMatchObject({
      code: 10007,
    });
    await expect(wrong.devList({ accessId: "-9223371996052586423" } as never)).rejects.toMatchObject({
      code: 10007,
    });
  });

  it("rejects a timestamp more than 5 minutes off with -2, and accepts 4 minutes", async () => {
    const input = { uniqueId: "t", unionId: "u", regRegion: "CN" };
    await expect(client({ clock: () => Date.now() - 6 * MINUTE }).login(input)).rejects.toMatchObject({
      vendorMessage: "signature validate fail:-2",
    });
    await expect(client({ clock: () => Date.now() + 6 * MINUTE }).login(input)).rejects.toMatchObject({
      vendorMessage: "signature validate fail:-2",
    });
    await client({ clock: () => Date.now() - 4 * MINUTE }).login(input);
    expect(last().code).toBe(0);
  });

  it("says what is wrong with a nonce of 0 (Gwell's message only says -3)", async () => {
    const res = await client({ nonce: () => 0 }).POST("/openapi/custCloud/oss/devList", {
      body: { accessId: "-1" } as never,
    });
    expect(res.data).toMatchObject({ code: 10007, msg: "signature validate fail:-3" });
    expect(res.response.headers.get("x-iotdock-detail")).toBe(
      'X-IotVideo-Nonce must be a positive integer (1 or more), not "0"',
    );
  });

  it("rejects a nonce used again within the window with -2", async () => {
    const nonce = 1_000_000 + Math.floor(Math.random() * 1_000_000);
    const c = client({ nonce: () => nonce });
    await c.login({ uniqueId: "t", unionId: "u", regRegion: "CN" });
    expect(last().code).toBe(0);
    await expect(c.login({ uniqueId: "t", unionId: "u", regRegion: "CN" })).rejects.toMatchObject({
      vendorMessage: "signature validate fail:-2",
    });
  });

  it("rejects a request signed for another Host with -3, and an unreadable body with -1", async () => {
    const url = new URL(LOGIN, baseUrl);
    const send = (host: string, body: string) => {
      const headers = signGwellRequest(
        { method: "POST", host, body },
        { accessId: EXAMPLE_APP_ID, appKey: EXAMPLE_APP_KEY },
        { clock: Date.now, nonce: () => Math.floor(Math.random() * 1e12) + 1 },
      );
      return new Promise<Exchange>((resolve, reject) => {
        const req = httpRequest(
          url,
          { method: "POST", headers: { ...headers, "content-type": "application/json" } },
          (res) => {
            let text = "";
            res.on("data", (c) => (text += c));
            res.on("end", () => {
              const e: Exchange = {
                operation: "thirdCustLogin",
                status: res.statusCode ?? 0,
                body: JSON.parse(text),
              };
              exchanges.push(e);
              resolve(e);
            });
          },
        );
        req.on("error", reject);
        req.end(body);
      });
    };
    const body = JSON.stringify({
      appId: EXAMPLE_APP_ID,
      appToken: EXAMPLE_APP_TOKEN,
      uniqueId: "t",
      unionId: "u",
      regRegion: "CN",
    });
    expect((await send(url.host, body)).body.code).toBe(0);
    expect((await send("gwell.example.com", body)).body.msg).toBe("signature validate fail:-3");
    expect((await send(url.host, "{not json")).body.msg).toBe("signature validate fail:-1");
  });

  it("checks appId and appToken in the body", async () => {
    const c = client();
    const res = await c.POST(LOGIN, {
      body: { uniqueId: "t", unionId: "u", regRegion: "CN", appToken: "wrong-token" },
    });
    expect(res.data?.code).toBe(400);
    expect(res.data?.msg).toContain("appToken");
    const other = await c.POST(LOGIN, {
      body: { uniqueId: "t", unionId: "u", regRegion: "CN", appId: "other" },
    });
    expect(other.data?.code).toBe(400);
  });
});
