import { createServer, type RequestListener, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { main } from "../src/cli/main.js";
import { CALLBACK_CODES, createHaierCallbackHandler } from "../src/vendors/haier/callback.js";
import { specValidator } from "./support/spec.js";

const spec = specValidator("haier-callback.yaml");
const CLIENT_KEY = "iot-client-project";
const SECRET = "SENTINEL-CLIENTSECRET-h1";
const CODE = "code-for-user-42";

const handler = createHaierCallbackHandler({
  clientKey: CLIENT_KEY,
  clientSecret: SECRET,
  verifyCode: async (code) =>
    code === CODE ? "user-42" : code === "boom" ? Promise.reject(new Error("db down")) : null,
  onError: () => {},
});

async function call(body: unknown, init: RequestInit = {}) {
  const response = await handler(
    new Request("http://callback.test/haier/verify-code", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: typeof body === "string" ? body : JSON.stringify(body),
      ...init,
    }),
  );
  const text = await response.text();
  return { status: response.status, text, body: JSON.parse(text) as Record<string, string> };
}

function listen(server: Server): Promise<string> {
  return new Promise((resolve) =>
    server.listen(0, "127.0.0.1", () =>
      resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}`),
    ),
  );
}

describe("createHaierCallbackHandler: answers exactly per haier-callback.yaml", () => {
  const answers: { status: number; body: unknown }[] = [];
  const checked = async (body: unknown, init?: RequestInit) => {
    const a = await call(body, init);
    answers.push(a);
    expect(a.text).not.toContain(SECRET);
    return a;
  };
  afterAll(() => {
    expect(answers.length).toBeGreaterThan(6);
    for (const a of answers.filter((x) => x.status === 200))
      expect(spec.responseErrors("verifyCode", 200, a.body)).toEqual([]);
  });

  it("answers 00000 with the openId for a code verifyCode knows", async () => {
    const a = await checked({ code: CODE, clientKey: CLIENT_KEY, clientSecret: SECRET });
    expect(a).toMatchObject({ status: 200, body: { retCode: "00000", retInfo: "成功", openId: "user-42" } });
  });

  it("accepts the vendor document's keys with stray spaces (' clientKey', ' clientSecret ')", async () => {
    const a = await checked(`{"code":"${CODE}"," clientKey":"${CLIENT_KEY}"," clientSecret ":"${SECRET}"}`);
    expect(a.body).toMatchObject({ retCode: "00000", openId: "user-42" });
  });

  it("refuses an unknown code with D00015 and an empty openId", async () => {
    const a = await checked({ code: "nope", clientKey: CLIENT_KEY, clientSecret: SECRET });
    expect(a.body).toEqual({ retCode: "D00015", retInfo: "验证码错误", openId: "" });
  });

  it("refuses a wrong clientSecret or clientKey with C00001, even for a valid code, without echoing it", async () => {
    const wrong = await checked({ code: CODE, clientKey: CLIENT_KEY, clientSecret: "guess" });
    expect(wrong.body).toMatchObject({ retCode: "C00001", openId: "" });
    expect(wrong.text).not.toContain("guess");
    expect(wrong.text).not.toContain(CODE);
    const key = await checked({ code: CODE, clientKey: "other", clientSecret: SECRET });
    expect(key.body).toMatchObject({ retCode: "C00001", openId: "" });
  });

  it("refuses a body that is not JSON, not an object, or lacks a field with B00001", async () => {
    for (const body of [
      "{",
      "[]",
      "null",
      { code: CODE, clientKey: CLIENT_KEY },
      { code: 1, clientKey: CLIENT_KEY, clientSecret: SECRET },
    ]) {
      expect((await checked(body)).body).toMatchObject({ retCode: "B00001", openId: "" });
    }
  });

  it("answers A00004 when verifyCode throws, and 405 for another method", async () => {
    expect((await checked({ code: "boom", clientKey: CLIENT_KEY, clientSecret: SECRET })).body).toMatchObject(
      {
        retCode: "A00004",
      },
    );
    const get = await handler(new Request("http://callback.test/haier/verify-code"));
    expect(get.status).toBe(405);
    expect(get.headers.get("allow")).toBe("POST");
    expect(await get.json()).toMatchObject({ retCode: "B00007", openId: "" });
  });

  it("its failure codes are the spec's x-iotdock-error-codes, with the spec's texts", () => {
    const documented = new Map(
      (spec.spec["x-iotdock-error-codes"] as { code: string; msg: string }[]).map((e) => [e.code, e.msg]),
    );
    for (const { retCode, retInfo } of Object.values(CALLBACK_CODES)) {
      if (retCode === "00000") continue;
      expect({ retCode, msg: documented.get(retCode) }).toEqual({ retCode, msg: retInfo });
    }
  });

  it("the Fetch entry reads the body chunk by chunk and stops at maxBodyBytes", async () => {
    const small = createHaierCallbackHandler({
      clientKey: CLIENT_KEY,
      clientSecret: SECRET,
      verifyCode: () => "user-1",
      maxBodyBytes: 1024,
    });
    // 16 MiB offered in 256-byte chunks: a reader that stops at the limit pulls a handful.
    let pulled = 0;
    let cancelled = false;
    const endless = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled++;
        controller.enqueue(new Uint8Array(256).fill(0x20));
        if (pulled === 65_536) controller.close();
      },
      cancel() {
        cancelled = true;
      },
    });
    const refused = await small(
      new Request("http://callback.test/haier/verify-code", {
        method: "POST",
        body: endless,
        duplex: "half",
      } as RequestInit),
    );
    expect(refused.status).toBe(413);
    expect(await refused.json()).toEqual({ openId: "", retCode: "B00001", retInfo: "缺少必填参数" });
    expect(cancelled).toBe(true);
    // 1024 bytes are 4 chunks; the fifth crosses the limit (plus the stream's read-ahead).
    expect(pulled).toBeLessThanOrEqual(7);

    // The limit is exact: a body of maxBodyBytes is read, one byte more is not.
    const body = (n: number) => {
      const base = JSON.stringify({ code: "c", clientKey: CLIENT_KEY, clientSecret: SECRET, pad: "" });
      return base.replace('"pad":""', `"pad":"${"x".repeat(n - base.length)}"`);
    };
    const post = (text: string) =>
      small(new Request("http://callback.test/haier/verify-code", { method: "POST", body: text }));
    expect(body(1024)).toHaveLength(1024);
    expect(await (await post(body(1024))).json()).toMatchObject({ retCode: "00000", openId: "user-1" });
    expect((await post(body(1025))).status).toBe(413);
    // A declared length over the limit is refused before any byte is read.
    let read = false;
    const declared = await small(
      new Request("http://callback.test/haier/verify-code", {
        method: "POST",
        headers: { "content-length": "1000000" },
        body: new ReadableStream<Uint8Array>({
          pull(controller) {
            read = true;
            controller.enqueue(new Uint8Array(1));
          },
        }),
        duplex: "half",
      } as RequestInit),
    );
    expect(declared.status).toBe(413);
    expect(read).toBe(false);
  });

  it("mounts in node:http through .node, refusing bodies over the limit", async () => {
    const small = createHaierCallbackHandler({
      clientKey: CLIENT_KEY,
      clientSecret: SECRET,
      verifyCode: () => "user-1",
      maxBodyBytes: 200,
    });
    const server = createServer(small.node);
    const url = await listen(server);
    try {
      const ok = await fetch(`${url}/any/path`, {
        method: "POST",
        body: JSON.stringify({ code: "c", clientKey: CLIENT_KEY, clientSecret: SECRET }),
      });
      expect(await ok.json()).toEqual({ openId: "user-1", retCode: "00000", retInfo: "成功" });
      const big = await fetch(url, { method: "POST", body: JSON.stringify({ code: "x".repeat(500) }) });
      expect(big.status).toBe(413);
    } finally {
      server.closeAllConnections();
      await new Promise((r) => server.close(r));
    }
  });
});

describe("iotdock contract haier-callback --server", () => {
  const servers: Server[] = [];
  const serve = (h: RequestListener) => {
    const server = createServer(h);
    servers.push(server);
    return listen(server);
  };
  let good: string;
  let lax: string;
  let echoing: string;
  beforeAll(async () => {
    good = await serve(
      createHaierCallbackHandler({
        clientKey: CLIENT_KEY,
        clientSecret: SECRET,
        verifyCode: (code) => (code === CODE ? "user-42" : null),
      }).node,
    );
    // Accepts any code from anyone: what the contract must catch.
    lax = await serve((_req, res) => {
      res.writeHead(200, { "content-type": "application/json" });
      res.end(JSON.stringify({ openId: "u", retCode: "00000", retInfo: "成功" }));
    });
    // Refuses everything, echoing what it got, with a number where the spec says string.
    echoing = await serve((req, res) => {
      let body = "";
      req.on("data", (c) => {
        body += c;
      });
      req.on("end", () => {
        res.writeHead(200, { "content-type": "application/json" });
        res.end(JSON.stringify({ openId: "", retCode: 1, retInfo: `bad request ${body}` }));
      });
    });
  });
  afterAll(async () => {
    for (const s of servers) {
      s.closeAllConnections();
      await new Promise((r) => s.close(r));
    }
  });

  async function contract(args: string[]) {
    let stdout = "";
    let stderr = "";
    const code = await main(["contract", "haier-callback", ...args], {
      stdout: (t) => {
        stdout += t;
      },
      stderr: (t) => {
        stderr += t;
      },
      env: { HAIER_CLIENT_KEY: CLIENT_KEY, HAIER_CLIENT_SECRET: SECRET },
    });
    return { code, stdout, stderr };
  }

  it("passes a callback built with createHaierCallbackHandler: one PASS line per case, then the summary", async () => {
    const r = await contract(["--server", `${good}/haier/verify-code`, "--code", CODE]);
    expect(r.stdout.trim().split("\n")).toEqual([
      expect.stringMatching(
        /^PASS {2}verifyCode: valid code: expected .*00000.*; got HTTP 200, retCode 00000, openId present$/,
      ),
      expect.stringMatching(
        /^PASS {2}verifyCode: unknown code: .*got HTTP 200, retCode D00015, openId empty$/,
      ),
      expect.stringMatching(/^PASS {2}verifyCode: wrong clientSecret: .*retCode C00001/),
      expect.stringMatching(/^PASS {2}verifyCode: wrong clientKey: .*retCode C00001/),
      expect.stringMatching(/^PASS {2}verifyCode: missing code: .*retCode B00001/),
      "5 passed, 0 failed",
    ]);
    expect(r.code).toBe(0);
    expect(r.stdout + r.stderr).not.toContain(SECRET);
  });

  it("fails a callback that accepts every code and secret, with exit 1", async () => {
    const r = await contract(["--server", lax, "--code", CODE]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^FAIL {2}verifyCode: unknown code: .*accepted/m);
    expect(r.stdout).toMatch(/^FAIL {2}verifyCode: wrong clientSecret: /m);
    expect(r.stdout).toContain("1 passed, 4 failed");
  });

  it("fails a callback that breaks the schema and echoes the secret, naming both problems", async () => {
    const r = await contract(["--server", echoing, "--code", CODE]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("schema: /retCode must be string");
    expect(r.stdout).toContain("echoes a secret");
    expect(r.stdout).toContain("0 passed, 5 failed");
    expect(r.stdout + r.stderr).not.toContain(SECRET);
  });

  it("never follows a redirect: the secret is not posted again to where Location points", async () => {
    // The target records every request it gets; a redirect must bring it none.
    const received: { method: string; body: string }[] = [];
    const target = await serve((req, res) => {
      let body = "";
      req.on("data", (c) => {
        body += c;
      });
      req.on("end", () => {
        received.push({ method: req.method ?? "", body });
        res.writeHead(200, { "content-type": "application/json" });
        res.end(JSON.stringify({ openId: "u", retCode: "00000", retInfo: "成功" }));
      });
    });
    for (const status of [301, 302, 303, 307, 308]) {
      const redirector = await serve((req, res) => {
        req.resume();
        req.on("end", () => {
          res.writeHead(status, { location: `${target}/stolen` });
          res.end();
        });
      });
      const r = await contract(["--server", redirector, "--code", CODE]);
      expect(received, String(status)).toEqual([]);
      expect(r.code, String(status)).toBe(1);
      expect(r.stdout).toContain(
        `FAIL  verifyCode: valid code: expected HTTP 200, retCode 00000 with an openId; got HTTP ${status}, retCode none, openId empty (HTTP ${status} redirect, not followed: the request carries clientSecret`,
      );
      expect(r.stdout).toContain("0 passed, 5 failed");
      expect(r.stdout + r.stderr).not.toContain(SECRET);
    }
  });

  it("reports an unreachable server as failures, not a crash", async () => {
    const r = await contract(["--server", "http://127.0.0.1:9/", "--code", CODE]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/FAIL {2}verifyCode: valid code: .*unreachable/);
  });
});
