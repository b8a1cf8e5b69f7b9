import { request } from "node:http";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { CLOCK_PATH, type SandboxHandle, startSandbox } from "../src/sandbox/server.js";

/**
 * The test-only clock route (`--clock-control`): a page in the developer's browser must not be
 * able to move it (no simple cross-origin POST, no DNS-rebound Host), and it must never take the
 * clock somewhere it cannot come back from.
 */

interface Call {
  method?: string;
  host?: string;
  contentType?: string;
  body?: string;
}

let handle: SandboxHandle;
let port: number;

/** One request over 127.0.0.1 with exactly the given Host and content type (fetch would set its own). */
function call({ method = "GET", host, contentType, body }: Call = {}): Promise<{
  status: number;
  body: Record<string, unknown>;
}> {
  return new Promise((resolve, reject) => {
    const headers: Record<string, string> = { host: host ?? `127.0.0.1:${port}` };
    if (contentType !== undefined) headers["content-type"] = contentType;
    const req = request({ host: "127.0.0.1", port, path: CLOCK_PATH, method, headers }, (res) => {
      let text = "";
      res.setEncoding("utf8");
      res.on("data", (chunk: string) => {
        text += chunk;
      });
      res.on("end", () => resolve({ status: res.statusCode ?? 0, body: JSON.parse(text) }));
    });
    req.on("error", reject);
    req.end(body);
  });
}

const post = (command: unknown, extra: Call = {}) =>
  call({ method: "POST", contentType: "application/json", body: JSON.stringify(command), ...extra });
const offset = async () => (await call()).body.offsetMs;

const TEN_YEARS = 10 * 365 * 24 * 3600;

beforeAll(async () => {
  handle = await startSandbox({
    portBase: 0,
    clockControl: true,
    env: {},
    log: () => {},
    vendors: ["gwell"],
  });
  port = handle.sandboxes[0]?.port ?? 0;
});
afterAll(async () => {
  await handle?.close();
});
beforeEach(async () => {
  expect((await post({ reset: true })).status).toBe(200);
});

describe("clock control", () => {
  it("a JSON POST from loopback naming this sandbox moves and resets the clock", async () => {
    const moved = await post({ advanceSeconds: 60 });
    expect(moved).toMatchObject({ status: 200, body: { offsetMs: 60_000 } });
    const withCharset = await post({ advanceSeconds: 1 }, { contentType: "Application/JSON; charset=utf-8" });
    expect(withCharset.body.offsetMs).toBe(61_000);
    for (const host of [`localhost:${port}`, `LOCALHOST:${port}`, `[::1]:${port}`]) {
      expect((await call({ host })).status, host).toBe(200);
    }
    expect((await post({ reset: true })).body.offsetMs).toBe(0);
  });

  it("refuses a POST that is not application/json: what a web page can send without a preflight", async () => {
    const body = JSON.stringify({ advanceSeconds: 3600 });
    for (const contentType of [
      undefined,
      "text/plain",
      "text/plain;charset=UTF-8",
      "application/x-www-form-urlencoded",
      "multipart/form-data; boundary=x",
      "application/json-seq",
    ]) {
      const refused = await call({ method: "POST", contentType, body });
      expect(refused.status, String(contentType)).toBe(415);
    }
    expect(await offset()).toBe(0);
  });

  it("refuses a Host that is not a loopback name with this sandbox's port (DNS rebinding)", async () => {
    for (const host of [
      `evil.example:${port}`,
      `127.0.0.1.nip.io:${port}`,
      `127.0.0.1:${port + 1}`,
      "127.0.0.1",
      "localhost",
      `localhost.:${port}`,
      `0.0.0.0:${port}`,
    ]) {
      expect((await post({ advanceSeconds: 3600 }, { host })).status, host).toBe(403);
      expect((await call({ host })).status, host).toBe(403);
    }
    expect(await offset()).toBe(0);
  });

  it("refuses a value that is not a finite number >= 0, or takes the clock more than 10 years away", async () => {
    for (const body of [
      '{"advanceSeconds": 1e308}',
      '{"advanceSeconds": 1e400}',
      '{"advanceSeconds": -1}',
      '{"advanceSeconds": "60"}',
      '{"advanceSeconds": null}',
      `{"advanceSeconds": ${TEN_YEARS + 1}}`,
      "[]",
      "not json",
    ]) {
      const refused = await call({ method: "POST", contentType: "application/json", body });
      expect(refused.status, body).toBe(400);
      expect(await offset(), body).toBe(0);
    }
    // Ten years in steps: each step is small, the sum is what counts.
    expect((await post({ advanceSeconds: TEN_YEARS - 10 })).status).toBe(200);
    expect((await post({ advanceSeconds: 10 })).status).toBe(200);
    expect((await post({ advanceSeconds: 1 })).status).toBe(400);
    const { body } = await call();
    expect(body.offsetMs).toBe(TEN_YEARS * 1000);
    expect(Number.isFinite(body.now)).toBe(true);
  });
});
