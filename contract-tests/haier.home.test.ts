import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { InvalidTokenError, VendorError } from "../src/core/errors.js";
import { sandboxCredentials } from "../src/core/sandbox-credentials.js";
import { type SandboxHandle, startSandbox } from "../src/sandbox/server.js";
import { EXAMPLE_CLIENT_KEY, EXAMPLE_CLIENT_SECRET } from "../src/vendors/haier/credentials.js";
import {
  createHaierCallbackHandler,
  createHaierClient,
  createHaierCommandResultHandler,
} from "../src/vendors/haier/index.js";
import { advanceClock } from "./support/clock.js";
import { specCheckingFetch } from "./support/spec.js";

/**
 * Haier's UWS device APIs against the sandbox, end to end over HTTP, with a customer cloud built
 * with iotdock's handlers (its login callback and its batch-command result endpoint): two users
 * log in, one binds a device, controls it with a batch command whose result arrives at the
 * customer's endpoint, reads the status back, shares it with the other, who reads it, then the
 * share ends and the device is unbound. Every answer is checked against the spec as it arrives.
 */

const AC = "DC330D01FBF1";
const USERS: Record<string, string> = { "alice-code": "alice-0001", "bob-code": "bob-0002" };

describe("Haier UWS devices: bind → batch command with its result called back → status → share → unbind", () => {
  let sandbox: SandboxHandle;
  let customer: Server;
  let customerUrl = "";
  const results = createHaierCommandResultHandler();
  const problems: unknown[] = [];
  const checkingFetch = specCheckingFetch("haier", problems);
  // The client's clock follows the sandbox's when a test moves it (signed timestamps stay fresh).
  let offsetMs = 0;
  const client = () =>
    createHaierClient({
      baseUrl: sandbox.sandboxes[0]?.url ?? "",
      ...sandboxCredentials.haier,
      fetch: checkingFetch,
      clock: () => Date.now() + offsetMs,
    });

  beforeAll(async () => {
    const login = createHaierCallbackHandler({
      clientKey: EXAMPLE_CLIENT_KEY,
      clientSecret: EXAMPLE_CLIENT_SECRET,
      verifyCode: (code) => USERS[code] ?? null,
    });
    customer = createServer((req, res) =>
      (req.url === "/haier/verify-code" ? login.node : results.node)(req, res),
    );
    await new Promise<void>((resolve) => customer.listen(0, "127.0.0.1", resolve));
    customerUrl = `http://127.0.0.1:${(customer.address() as AddressInfo).port}`;
    sandbox = await startSandbox({
      vendors: ["haier"],
      portBase: 0,
      env: { HAIER_CALLBACK_URL: `${customerUrl}/haier/verify-code` },
      log: () => {},
      clockControl: true,
    });
  });
  afterAll(async () => {
    await sandbox.close();
    await new Promise((resolve) => customer.close(resolve));
    expect(problems).toEqual([]);
  });

  it("refuses protected calls without a token (D00003) and with one it never issued", async () => {
    const c = client();
    for (const accessToken of ["", "TGT000000000000000000000000000"]) {
      const error = await c.call("getDeviceInfos", { accessToken }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(InvalidTokenError);
      expect(error).toMatchObject({ vendor: "haier", operation: "getDeviceInfos", code: "D00003" });
    }
  });

  it("runs the scenario for two users", async () => {
    const c = client();
    const alice = (await c.login("alice-code")).accessToken;
    const bob = (await c.login("bob-code")).accessToken;

    await c.bind(alice, { deviceId: AC, name: "Living room", data: "5f10bf4f5af08db934c8165c32140227" });
    expect((await c.devices(alice)).map((d) => d?.deviceId)).toEqual([AC]);
    expect(await c.devices(bob)).toEqual([]);
    expect(await c.isOnline(alice, AC)).toBe(true);
    // The name given at binding is the alias; the owner renames it, and every list shows the new one.
    const alias = (t: string) => c.call("getAliasName", { accessToken: t, path: { deviceId: AC } });
    expect((await alias(alice)).aliasName).toBe("Living room");
    await c.call("updateAliasName", {
      accessToken: alice,
      path: { deviceId: AC },
      body: { aliasName: "Lounge AC" },
    });
    expect((await alias(alice)).aliasName).toBe("Lounge AC");
    expect((await c.devices(alice))[0]?.deviceName).toBe("Lounge AC");
    const own = await c.call("getOwnDevices", { accessToken: alice });
    expect(own.devices?.map((d) => [d?.deviceId, d?.deviceName])).toEqual([[AC, "Lounge AC"]]);
    const info = await c.deviceInfo(alice, AC);
    expect(info.deviceVersion).toMatchObject({ deviceId: AC, baseProperty: { model: "KFR-72LW/08DBA22A" } });

    // A batch command: the sandbox runs it on the device, then POSTs the result to our endpoint.
    const result = await c.batchCommand(
      alice,
      {
        commands: [
          { deviceId: AC, name: "onOffStatus", value: "true" },
          { deviceId: AC, name: "targetTemperature", value: "22" },
        ],
        backUrl: `${customerUrl}/haier/command-result`,
      },
      results,
    );
    expect(result.batchResult).toBe(true);
    expect(result.detailInfo?.map((d) => [d?.deviceId, d?.execResult, d?.execResultCode])).toEqual([
      [AC, true, "A00000"],
      [AC, true, "A00000"],
    ]);
    expect(await c.batchResult(alice, String(result.cmdSn))).toMatchObject({
      cmdSn: result.cmdSn,
      batchResult: true,
    });
    expect(await c.lastStatus(alice, AC)).toMatchObject({ onOffStatus: "true", targetTemperature: "22" });
    const shadow = await c.call("getShadowInfo", { accessToken: alice, body: { deviceId: AC } });
    expect(shadow.detailInfo?.reported).toMatchObject({ onOffStatus: "true", targetTemperature: "22" });
    // The sandbox's own view: owner and values of the virtual device.
    const view = (await (await fetch(`${sandbox.sandboxes[0]?.url}/_iotdock/devices`)).json()) as {
      devices: {
        deviceId: string;
        typeId: string;
        owner: string | null;
        values: Record<string, string>;
        properties: { name: string; writable: boolean }[];
      }[];
    };
    const seen = view.devices.find((d) => d.deviceId === AC);
    expect(seen).toMatchObject({ owner: "alice-0001", values: { targetTemperature: "22" } });
    expect(seen?.properties.find((p) => p.name === "indoorTemperature")?.writable).toBe(false);

    // A read-only property is refused; the other user may not touch the device.
    await expect(
      c.writeProperty(alice, { deviceId: AC, property: "indoorTemperature", value: "20" }),
    ).rejects.toMatchObject({ code: "B00004" });
    await expect(c.lastStatus(bob, AC)).rejects.toMatchObject({ code: "G20202" });

    // Sharing shows the device to bob, who may control it; cancelling ends that.
    await c.share(alice, { targetId: "bob-0002", deviceId: AC, devName: "Living room" });
    expect((await c.devices(bob)).map((d) => d?.deviceId)).toEqual([AC]);
    expect((await c.sharedToMe(bob)).shareDevs?.map((s) => s?.devInfo?.deviceId)).toEqual([AC]);
    await c.writeProperty(bob, { deviceId: AC, property: "operationMode", value: "4" });
    await expect(
      c.call("updateAliasName", { accessToken: bob, path: { deviceId: AC }, body: { aliasName: "Mine" } }),
    ).rejects.toMatchObject({ code: "G20202" });
    expect(await c.lastStatus(alice, AC)).toMatchObject({ operationMode: "4" });
    await c.cancelShare(alice, { targetId: "bob-0002", deviceId: AC });
    expect(await c.devices(bob)).toEqual([]);

    // The device's events are in the owner's messages.
    const history = await c.messageHistory(alice, {
      msgTime: "2026-01-01 00:00:00.000",
      queryTag: 0,
      querySize: 20,
    });
    expect(Number(history.totalRecords)).toBeGreaterThan(0);
    const unread = await c.unreadCount(alice);
    expect(unread.retData?.[0]?.msgNums).toBe(history.totalRecords);

    await c.unbind(alice, AC);
    expect(await c.devices(alice)).toEqual([]);
    await expect(c.lastStatus(alice, AC)).rejects.toBeInstanceOf(VendorError);
  });

  it("expires a token after its 25 days (D00004, an InvalidTokenError: the client's withToken logs in again)", async () => {
    const c = client();
    const token = (await c.login("alice-code")).accessToken;
    await expect(c.devices(token)).resolves.toBeDefined();
    offsetMs = await advanceClock(sandbox.sandboxes[0]?.url ?? "", 2_160_001);
    const error = await c.devices(token).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidTokenError);
    expect(error).toMatchObject({ code: "D00004", operation: "getDeviceInfos" });
    const session = { key: "alice", code: async () => "alice-code" };
    await expect(c.withToken(session, (t) => c.devices(t))).resolves.toEqual([]);
  });
});
