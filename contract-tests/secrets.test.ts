import { type ChildProcessWithoutNullStreams, execFile, spawn } from "node:child_process";
import { createServer } from "node:net";
import { fileURLToPath } from "node:url";
import { inspect, promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createGwellClient } from "../src/vendors/gwell/index.js";
import { createHaierClient } from "../src/vendors/haier/index.js";
import { createMeariClient } from "../src/vendors/meari/index.js";
import { createQuectelClient } from "../src/vendors/quectel/index.js";

/**
 * Sentinel secrets everywhere: the CLI's sandbox, logins and contract suites, the clients (their
 * successes, their errors, util.inspect of both), the sandbox's log and the docs portal. Any
 * sentinel in any of that output fails the test.
 */
const BIN = fileURLToPath(new URL("../dist/cli/main.js", import.meta.url));
const SENTINELS = {
  QUECTEL_USER_DOMAIN_SECRET: "SENTINELqsecret0001",
  QUECTEL_TEST_PASSWORD: "SENTINELpw0002",
  GWELL_APP_TOKEN: "SENTINEL-gwell-apptoken-0003",
  GWELL_APP_KEY: "SENTINEL-gwell-appkey-0004",
  HAIER_APP_KEY: "SENTINEL-haier-appkey-0005",
  HAIER_CLIENT_SECRET: "SENTINEL-haier-clientsecret-0006",
  MEARI_PARTNER_SECRET: "SENTINEL-meari-partnersecret-0007",
} as const;
const env = () => {
  const base: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) if (!/^(QUECTEL|GWELL|HAIER|MEARI)_/.test(k)) base[k] = v;
  return { ...base, ...SENTINELS };
};

async function freePortBase(): Promise<number> {
  const server = createServer();
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const port = (server.address() as { port: number }).port;
  await new Promise((r) => server.close(r));
  return port > 60_000 ? port - 10 : port;
}

async function iotdock(args: string[]) {
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [BIN, ...args], { env: env() });
    return `${stdout}\n${stderr}`;
  } catch (e) {
    const err = e as { stdout: string; stderr: string; message: string };
    return `${err.stdout}\n${err.stderr}\n${err.message}`;
  }
}

describe("no sentinel secret ever reaches output", () => {
  let child: ChildProcessWithoutNullStreams;
  let portBase: number;
  const output: string[] = [];
  const collected: string[] = [];
  const base = (offset: number) => `http://127.0.0.1:${portBase + offset}`;

  beforeAll(async () => {
    portBase = await freePortBase();
    child = spawn(process.execPath, [BIN, "sandbox", "--port-base", String(portBase)], { env: env() });
    child.stdout.on("data", (c: Buffer) => output.push(c.toString()));
    child.stderr.on("data", (c: Buffer) => output.push(c.toString()));
    await new Promise<void>((resolve, reject) => {
      child.stdout.on("data", () => output.join("").includes("iotdock: ready") && resolve());
      child.once("exit", (code) => reject(new Error(`sandbox exited ${code}: ${output.join("")}`)));
    });
  });
  afterAll(async () => {
    const exited = new Promise((r) => child.once("exit", r));
    child.kill("SIGINT");
    await exited;
  });

  it("through the clients: successes, vendor errors, transport errors, util.inspect", async () => {
    const record = (value: unknown) =>
      collected.push(typeof value === "string" ? value : inspect(value, { depth: 10, showHidden: true }));
    const settle = async (p: Promise<unknown>) => record(await p.catch((e: unknown) => e));
    for (const secret of [SENTINELS.QUECTEL_USER_DOMAIN_SECRET, "wrong-secret"]) {
      const q = createQuectelClient({
        baseUrl: base(4),
        userDomain: "C.DM.10271.5",
        userDomainSecret: secret,
      });
      record(q);
      await settle(q.login({ phone: "17132136550", password: SENTINELS.QUECTEL_TEST_PASSWORD }));
      await settle(
        q.withToken({ phone: "17132136550", password: SENTINELS.QUECTEL_TEST_PASSWORD }, (t) =>
          q.userDeviceList(t),
        ),
      );
      await settle(q.userDeviceList(`Bearer ${SENTINELS.QUECTEL_USER_DOMAIN_SECRET}`));
    }
    for (const appKey of [SENTINELS.GWELL_APP_KEY, "wrong-key"]) {
      const g = createGwellClient({
        baseUrl: base(1),
        appId: "0000175a370efbbe852dc1cd1b0b877e",
        appToken: SENTINELS.GWELL_APP_TOKEN,
        appKey,
      });
      record(g);
      await settle(g.login({ unionId: "0001", uniqueId: "t", regRegion: "CN" }));
    }
    for (const appKey of [SENTINELS.HAIER_APP_KEY, "wrong-key"]) {
      const h = createHaierClient({ baseUrl: base(2), appId: "MB-TEST-0000", appKey, clientId: "123" });
      record(h);
      await settle(h.login("8d969eef6ecad3c29a3a629280e686cf0c3f5d5a86aff3ca12020c923adc6c92"));
    }
    for (const partnerSecret of [SENTINELS.MEARI_PARTNER_SECRET, "wrong-secret"]) {
      const m = createMeariClient({
        baseUrl: base(3),
        partnerKey: "example-partner-key",
        partnerSecret,
        sourceApp: "8",
      });
      record(m);
      await settle(
        m.login({ userAccount: "s", countryCode: "US", phoneCode: "1", lngType: "en", phoneType: "a" }),
      );
    }
    // Nothing listening: transport errors carry the request, never its secrets.
    const dead = createQuectelClient({
      baseUrl: "http://127.0.0.1:9",
      userDomain: "d",
      userDomainSecret: SENTINELS.QUECTEL_USER_DOMAIN_SECRET,
      retry: { retries: 0 },
    });
    await settle(dead.login({ phone: "1", password: SENTINELS.QUECTEL_TEST_PASSWORD }));
    // The successful login really used the sentinel credentials (so the check means something).
    expect(collected.join("\n")).toContain("accessToken");
  });

  it("through the CLI: logins, contract suites, the haier callback contract", async () => {
    collected.push(
      await iotdock([
        "login",
        "quectel",
        "--base-url",
        base(4),
        "--phone",
        "17132136550",
        "--password",
        SENTINELS.QUECTEL_TEST_PASSWORD,
      ]),
      await iotdock([
        "login",
        "gwell",
        "--base-url",
        base(1),
        "--union-id",
        "1",
        "--unique-id",
        "t",
        "--reg-region",
        "CN",
      ]),
      await iotdock([
        "login",
        "haier",
        "--base-url",
        base(2),
        "--code",
        "8d969eef6ecad3c29a3a629280e686cf0c3f5d5a86aff3ca12020c923adc6c92",
      ]),
      await iotdock([
        "login",
        "meari",
        "--base-url",
        base(3),
        "--user-account",
        "c",
        "--country-code",
        "US",
        "--phone-code",
        "1",
      ]),
      await iotdock(["contract", "quectel", "--server", base(4), "--allow-writes"]),
      await iotdock(["contract", "gwell", "--server", base(1)]),
      await iotdock(["contract", "meari", "--server", base(3), "--allow-writes"]),
      await iotdock(["contract", "haier-callback", "--server", `${base(2)}/haier/verify-code`]),
    );
    // The logins passed with the sentinel credentials.
    expect(collected.join("\n")).toMatch(/"userToken"/);
  });

  it("through the docs portal", async () => {
    const index = await (await fetch(`${base(0)}/`)).text();
    const pages = [...index.matchAll(/href="([^"#]+\.html)"/g)].map((m) => m[1] as string);
    expect(pages.length).toBeGreaterThan(5);
    for (const page of new Set(pages)) collected.push(await (await fetch(`${base(0)}/${page}`)).text());
    collected.push(index);
  });

  it("finds no sentinel, raw or URL-encoded, in anything collected or in the sandbox's own output", () => {
    const everything = [...collected, output.join("")].join("\n");
    expect(everything.length).toBeGreaterThan(100_000);
    for (const sentinel of Object.values(SENTINELS)) {
      expect(everything).not.toContain(sentinel);
      expect(everything).not.toContain(encodeURIComponent(sentinel));
    }
    expect(everything).not.toMatch(/SENTINEL/);
  });
});
