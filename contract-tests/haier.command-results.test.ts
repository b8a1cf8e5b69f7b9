import { execFile } from "node:child_process";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TimeoutError } from "../src/core/errors.js";
import { checkHaierCommandCallback, sampleBatchResult } from "../src/vendors/haier/command-contract.js";
import { createHaierCommandResultHandler } from "../src/vendors/haier/index.js";
import { specValidator } from "./support/spec.js";

/**
 * The customer's endpoint for Haier's batch-command results (createHaierCommandResultHandler):
 * what it accepts and answers, its body limit, `wait`, and the contract check that tells a good
 * endpoint from a bad one (`iotdock contract haier-command-callback --server URL`).
 */

const spec = specValidator("haier-callback.yaml");
const run = promisify(execFile);
const BIN = new URL("../dist/cli/main.js", import.meta.url).pathname;

const post = (handler: (r: Request) => Promise<Response>, body: string, method = "POST") =>
  handler(
    new Request("http://customer.test/haier/command-result", {
      method,
      body: method === "GET" ? null : body,
    }),
  );

describe("Haier batch-command results: iotdock's handler and the contract check", () => {
  let good: Server;
  let bad: Server;
  const url = (s: Server) => `http://127.0.0.1:${(s.address() as AddressInfo).port}/haier/command-result`;
  const received: unknown[] = [];

  beforeAll(async () => {
    const handler = createHaierCommandResultHandler({ onResult: (r) => received.push(r) });
    good = createServer(handler.node);
    // A careless endpoint: acknowledges anything.
    bad = createServer((_req, res) => res.end(JSON.stringify({ retCode: "00000", retInfo: "ok" })));
    await Promise.all([good, bad].map((s) => new Promise<void>((r) => s.listen(0, "127.0.0.1", r))));
  });
  afterAll(async () => {
    await Promise.all([good, bad].map((s) => new Promise((r) => s.close(r))));
  });

  it("acknowledges a result, gives it to onResult and to wait(sn); refuses what is not one", async () => {
    const handler = createHaierCommandResultHandler();
    const result = sampleBatchResult(1_764_547_200_000);
    const waiting = handler.wait(result.cmdSn, 5000);
    const ok = await post(handler, JSON.stringify(result));
    expect(ok.status).toBe(200);
    const okBody = await ok.json();
    expect(okBody).toEqual({ retCode: "00000", retInfo: "成功" });
    expect(spec.responseErrors("commandResult", 200, okBody)).toEqual([]);
    await expect(waiting).resolves.toEqual(result);
    // Arrived before anyone waited: wait gives it at once.
    await expect(handler.wait(result.cmdSn)).resolves.toEqual(result);

    const notOne = await post(handler, JSON.stringify({ cmdSn: "x" }));
    expect(await notOne.json()).toMatchObject({ retCode: "B00001" });
    expect((await post(handler, "not json")).status).toBe(200);
    const get = await post(handler, "", "GET");
    expect(get.status).toBe(405);
    expect(get.headers.get("allow")).toBe("POST");
  });

  it("refuses a body over its limit with 413 (Fetch entry and node:http alike)", async () => {
    const handler = createHaierCommandResultHandler({ maxBodyBytes: 100 });
    const big = JSON.stringify({ ...sampleBatchResult(), pad: "x".repeat(200) });
    expect((await post(handler, big)).status).toBe(413);
    const server = createServer(handler.node);
    await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
    const answer = await fetch(url(server), { method: "POST", body: big });
    expect(answer.status).toBe(413);
    expect(await answer.json()).toMatchObject({ retCode: "B00001" });
    await new Promise((r) => server.close(r));
  });

  it("wait rejects with a TimeoutError naming vendor and operation when no result comes", async () => {
    const handler = createHaierCommandResultHandler();
    const error = await handler.wait("never", 10).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TimeoutError);
    expect(error).toMatchObject({ vendor: "haier", operation: "sendbatchCmd" });
  });

  it("the contract check passes iotdock's handler and fails an endpoint that acknowledges anything", async () => {
    const passed = await checkHaierCommandCallback({ server: url(good) });
    expect(passed.map((c) => c.pass)).toEqual([true, true]);
    expect(received).toHaveLength(1);
    const failed = await checkHaierCommandCallback({ server: url(bad) });
    expect(failed.map((c) => c.pass)).toEqual([true, false]);
    expect(failed[1]?.got).toMatch(/acknowledged a body that is not a batch result/);
  });

  it("iotdock contract haier-command-callback --server: exit 0 for a good endpoint, 1 for a bad one", async () => {
    const ok = await run(process.execPath, [
      BIN,
      "contract",
      "haier-command-callback",
      "--server",
      url(good),
    ]);
    expect(ok.stdout.trim().split("\n").at(-1)).toBe("2 passed, 0 failed");
    const error = (await run(process.execPath, [
      BIN,
      "contract",
      "haier-command-callback",
      "--server",
      url(bad),
    ]).catch((e: unknown) => e)) as { code?: number; stdout?: string };
    expect(error.code).toBe(1);
    expect(error.stdout).toMatch(/^FAIL {2}commandResult: a body that is not a batch result/m);
  });
});
