import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadApi } from "../src/core/facts-files.js";
import { type SandboxHandle, startSandbox } from "../src/sandbox/server.js";
import { createHaierCallbackHandler } from "../src/vendors/haier/callback.js";
import {
  EXAMPLE_APP_ID,
  EXAMPLE_APP_KEY,
  EXAMPLE_CODE,
  EXAMPLE_OPEN_ID,
} from "../src/vendors/haier/credentials.js";
import { createHaierClient } from "../src/vendors/haier/index.js";

const API = loadApi("haier");

import { uncovered } from "./support/coverage.js";
import { specValidator } from "./support/spec.js";

const spec = specValidator("haier.yaml");
const MINUTE = 60_000;
const PATH = "/uaccount/v1/security/thirdpartUserLogin";
const CLIENT_KEY = "customer-client-key";
const CLIENT_SECRET = "SENTINEL-CLIENTSECRET-h3";

interface Exchange {
  status: number;
  body: { retCode?: string; retInfo?: string; accessToken?: string };
  headers: Headers;
}

function listen(server: Server): Promise<string> {
  return new Promise((resolve) =>
    server.listen(0, "127.0.0.1", () =>
      resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}`),
    ),
  );
}

describe("Haier sandbox: the full round trip through a customer callback, every answer valid against the spec", () => {
  const exchanges: Exchange[] = [];
  const verified: string[] = [];
  const sandboxes: SandboxHandle[] = [];
  const servers: Server[] = [];
  let roundTrip: string; // sandbox whose HAIER_CALLBACK_URL is a callback built with the handler
  let demo: string; // sandbox with no HAIER_CALLBACK_URL: its own demo callback
  let down: string; // callback URL refuses connections
  let garbage: string; // callback answers HTML

  const recordingFetch = async (request: Request) => {
    const response = await fetch(request);
    exchanges.push({
      status: response.status,
      body: (await response.clone().json()) as Exchange["body"],
      headers: response.headers,
    });
    return response;
  };
  const client = (baseUrl: string, overrides: Partial<Parameters<typeof createHaierClient>[0]> = {}) =>
    createHaierClient({
      baseUrl,
      appId: EXAMPLE_APP_ID,
      appKey: EXAMPLE_APP_KEY,
      clientId: "123",
      fetch: recordingFetch,
      ...overrides,
    });
  const last = () => exchanges.at(-1) as Exchange;
  const start = async (env: Record<string, string>) => {
    const s = await startSandbox({ vendors: ["haier"], portBase: 0, env, log: () => {} });
    sandboxes.push(s);
    return s.sandboxes[0]?.url ?? "";
  };

  beforeAll(async () => {
    const callback = createServer(
      createHaierCallbackHandler({
        clientKey: CLIENT_KEY,
        clientSecret: CLIENT_SECRET,
        verifyCode: (code) => {
          verified.push(code);
          return code.startsWith("valid-") ? `open-${code.slice(6)}` : null;
        },
      }).node,
    );
    const html = createServer((_req, res) => {
      res.writeHead(200, { "content-type": "text/html" });
      res.end("<html>not json</html>");
    });
    servers.push(callback, html);
    const callbackUrl = `${await listen(callback)}/haier/verify-code`;
    const credentials = { HAIER_CLIENT_KEY: CLIENT_KEY, HAIER_CLIENT_SECRET: CLIENT_SECRET };
    roundTrip = await start({ ...credentials, HAIER_CALLBACK_URL: callbackUrl });
    demo = await start({});
    down = await start({ ...credentials, HAIER_CALLBACK_URL: "http://127.0.0.1:9/verify" });
    garbage = await start({ ...credentials, HAIER_CALLBACK_URL: await listen(html) });
  });
  afterAll(async () => {
    await Promise.all(sandboxes.map((s) => s.close()));
    for (const s of servers) {
      s.closeAllConnections();
      await new Promise((r) => s.close(r));
    }
    expect(exchanges.length).toBeGreaterThan(12);
    for (const e of exchanges)
      expect(spec.responseErrors("thirdpartUserLogin", e.status, e.body)).toEqual([]);
    const seen = exchanges.map((e) => ({
      operation: "thirdpartUserLogin",
      ok: API.read(e.body)?.ok ?? false,
    }));
    // The login; haier.home.test.ts, the contract runner and Dredd cover the device, account,
    // message and data operations.
    expect(uncovered("haier.yaml", seen, ["thirdpartUserLogin"])).toEqual([]);
  });

  it("logs in: the sandbox asks the customer's callback, which answers an openId; Haier answers a token", async () => {
    const login = await client(roundTrip).login("valid-7");
    expect(verified).toContain("valid-7");
    expect(login).toMatchObject({ retCode: "00000", scope: "auth_app", expire: "2160000" });
    expect(login.accessToken).toMatch(/^[A-Z0-9]{30}$/);
    const again = await client(roundTrip).login("valid-8");
    expect(again.accessToken).not.toBe(login.accessToken);
  });

  it("with no HAIER_CALLBACK_URL, uses its own demo callback, which knows the vendor document's example code", async () => {
    await expect(client(demo).login(EXAMPLE_CODE)).resolves.toMatchObject({ retCode: "00000" });
    const direct = await fetch(`${demo}/haier/verify-code`, {
      method: "POST",
      body: JSON.stringify({
        code: EXAMPLE_CODE,
        clientKey: "iot-client-project",
        clientSecret: "E3er4J88P=vb9",
      }),
    });
    expect(await direct.json()).toEqual({ openId: EXAMPLE_OPEN_ID, retCode: "00000", retInfo: "成功" });
  });

  it("answers D00013 when the callback refuses the code, is down, or answers something that is not JSON", async () => {
    for (const [url, why] of [
      [roundTrip, "retCode D00015"],
      [down, "unreachable"],
      [garbage, "not JSON"],
    ] as const) {
      await expect(client(url).login("unknown-code")).rejects.toMatchObject({ code: "D00013" });
      expect(last().body.retInfo).toMatch(new RegExp(`^登录失败 \\(iotdock sandbox: .*${why}`));
      expect(JSON.stringify(last().body)).not.toContain(CLIENT_SECRET);
    }
  });

  it("answers D00013 when the sandbox's client credentials are not the callback's", async () => {
    const wrong = await start({
      HAIER_CLIENT_KEY: CLIENT_KEY,
      HAIER_CLIENT_SECRET: "other",
      HAIER_CALLBACK_URL: `${roundTrip}/x`,
    });
    await expect(client(wrong).login("valid-1")).rejects.toMatchObject({ code: "D00013" });
  });

  it("rejects a body changed after signing with D00001 and shows its string to sign, without the appKey", async () => {
    const c = client(roundTrip);
    c.use({
      async onRequest({ request }) {
        const body = (await request.clone().text()).replace("valid-1", "valid-2");
        return new Request(request.url, { method: "POST", headers: request.headers, body });
      },
    });
    await expect(c.login("valid-1")).rejects.toMatchObject({ code: "D00001" });
    const shown = decodeURIComponent(last().headers.get("x-iotdock-string-to-sign") ?? "");
    expect(shown).toMatch(new RegExp(`^${PATH}\\{"code":"valid-2"\\}${EXAMPLE_APP_ID}<appKey>\\d{13}$`));
    expect(shown).not.toContain(EXAMPLE_APP_KEY);
  });

  it("like Haier, cannot see whitespace changed inside a string: the sign still matches, the changed code reaches the callback", async () => {
    const c = client(roundTrip);
    c.use({
      async onRequest({ request }) {
        const body = (await request.clone().text()).replace("valid-3", "val id-3");
        return new Request(request.url, { method: "POST", headers: request.headers, body });
      },
    });
    await expect(c.login("valid-3")).rejects.toMatchObject({ code: "D00013" });
    expect(verified).toContain("val id-3");
  });

  it("rejects a wrong appKey or a timestamp more than 10 minutes off with D00001, and accepts 9 minutes", async () => {
    await expect(client(roundTrip, { appKey: "not-the-key" }).login("valid-4")).rejects.toMatchObject({
      code: "D00001",
    });
    for (const skew of [-11 * MINUTE, 11 * MINUTE]) {
      await expect(
        client(roundTrip, { clock: () => Date.now() + skew }).login("valid-4"),
      ).rejects.toMatchObject({
        code: "D00001",
      });
      expect(last().body.retInfo).toContain("timestamp");
    }
    await expect(
      client(roundTrip, { clock: () => Date.now() - 9 * MINUTE }).login("valid-4"),
    ).resolves.toMatchObject({
      retCode: "00000",
    });
  });

  it("rejects a sequenceId used again with C00005, and one not of 20 digits with B00004", async () => {
    const c = client(roundTrip, { sequence: () => "20240101000000123456" });
    await c.login("valid-5");
    await expect(c.login("valid-6")).rejects.toMatchObject({ code: "C00005" });
    await expect(client(roundTrip, { sequence: () => "2024-01-01" }).login("valid-6")).rejects.toMatchObject({
      code: "B00004",
    });
  });

  it("rejects another appId with A00001, a missing header or code with B00001, a body off the spec with B00007", async () => {
    await expect(client(roundTrip, { appId: "MB-OTHER-0000" }).login("valid-7")).rejects.toMatchObject({
      code: "A00001",
    });
    const noLanguage = client(roundTrip);
    noLanguage.use({
      onRequest({ request }) {
        request.headers.delete("language");
        return request;
      },
    });
    await expect(noLanguage.login("valid-7")).rejects.toMatchObject({ code: "B00001" });
    expect(last().body.retInfo).toContain("language");
    const c = client(roundTrip);
    // biome-ignore lint/suspicious/noExplicitAny: deliberately off the spec
    const missing = await c.POST(PATH, { body: {} as any });
    expect(missing.data?.retCode).toBe("B00001");
    // biome-ignore lint/suspicious/noExplicitAny: deliberately off the spec
    const extra = await c.POST(PATH, { body: { code: "valid-9", extra: 1 } as any });
    expect(extra.data?.retCode).toBe("B00007");
  });
});
