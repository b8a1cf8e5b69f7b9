import { type ChildProcessWithoutNullStreams, execFile, spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { inspect, promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createGwellClient } from "../src/vendors/gwell/index.js";
import { createHaierClient } from "../src/vendors/haier/index.js";
import { createMeariClient } from "../src/vendors/meari/index.js";
import { createQuectelClient } from "../src/vendors/quectel/index.js";

// Budget (table in vitest.config.ts): 5 s alone on 2 cores; 3× that for any one test or hook.
vi.setConfig({ testTimeout: 35_000, hookTimeout: 35_000 });

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
  const output: string[] = [];
  const collected: string[] = [];
  /** Each URL from the table after `iotdock: ready`: docs and every vendor, on ports the system chose. */
  const urls: Record<string, string> = {};
  const NAMES = ["docs", "gwell", "haier", "meari", "quectel"];

  beforeAll(async () => {
    // --port-base 0: the portal and every sandbox on a free port of the system's choosing.
    child = spawn(process.execPath, [BIN, "sandbox", "--port-base", "0"], { env: env() });
    child.stdout.on("data", (c: Buffer) => output.push(c.toString()));
    child.stderr.on("data", (c: Buffer) => output.push(c.toString()));
    await new Promise<void>((resolve, reject) => {
      child.stdout.on("data", () => {
        const all = output.join("");
        const table = all.slice(all.indexOf("iotdock: ready\n"));
        for (const m of table.matchAll(/^ {2}(\S+) +(http:\/\/127\.0\.0\.1:\d+) /gm))
          urls[m[1] as string] = m[2] as string;
        if (all.includes("iotdock: ready\n") && NAMES.every((n) => urls[n])) resolve();
      });
      child.once("exit", (code) => reject(new Error(`sandbox exited ${code}: ${output.join("")}`)));
    });
  });
  afterAll(async () => {
    // Already gone when it failed to start: beforeAll said why, nothing to wait for.
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
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
        baseUrl: urls.quectel as string,
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
        baseUrl: urls.gwell as string,
        appId: "0000175a370efbbe852dc1cd1b0b877e",
        appToken: SENTINELS.GWELL_APP_TOKEN,
        appKey,
      });
      record(g);
      await settle(g.login({ unionId: "0001", uniqueId: "t", regRegion: "CN" }));
    }
    for (const appKey of [SENTINELS.HAIER_APP_KEY, "wrong-key"]) {
      const h = createHaierClient({
        baseUrl: urls.haier as string,
        appId: "MB-TEST-0000",
        appKey,
        clientId: "123",
      });
      record(h);
      await settle(h.login("8d969eef6ecad3c29a3a629280e686cf0c3f5d5a86aff3ca12020c923adc6c92"));
    }
    for (const partnerSecret of [SENTINELS.MEARI_PARTNER_SECRET, "wrong-secret"]) {
      const m = createMeariClient({
        baseUrl: urls.meari as string,
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
    // A mistyped base URL: refused when the client is made, before anything is encrypted or sent.
    await settle(
      Promise.resolve().then(() =>
        createQuectelClient({
          baseUrl: `127.0.0.1:9/${SENTINELS.QUECTEL_USER_DOMAIN_SECRET}`,
          userDomain: "d",
          userDomainSecret: SENTINELS.QUECTEL_USER_DOMAIN_SECRET,
        }),
      ),
    );
    // The caller's own abort: the error names the request, its sensitive query values redacted.
    const live = createQuectelClient({
      baseUrl: urls.quectel as string,
      userDomain: "C.DM.10271.5",
      userDomainSecret: SENTINELS.QUECTEL_USER_DOMAIN_SECRET,
    });
    await settle(
      live.POST("/v2/enduser/enduserapi/phonePwdLogin", {
        params: { query: { phone: "1", pwd: SENTINELS.QUECTEL_TEST_PASSWORD, random: "r" } },
        signal: AbortSignal.abort(),
      }),
    );
    // The successful login really used the sentinel credentials (so the check means something).
    expect(collected.join("\n")).toContain("accessToken");
  });

  it("through the CLI: logins, contract suites, the haier callback contract", async () => {
    const base = (name: string) => urls[name] as string;
    // Independent CLI processes: run them side by side.
    const runs = await Promise.all([
      iotdock([
        "login",
        "quectel",
        "--base-url",
        base("quectel"),
        "--phone",
        "17132136550",
        "--password",
        SENTINELS.QUECTEL_TEST_PASSWORD,
      ]),
      iotdock([
        "login",
        "gwell",
        "--base-url",
        base("gwell"),
        "--union-id",
        "1",
        "--unique-id",
        "t",
        "--reg-region",
        "CN",
      ]),
      iotdock([
        "login",
        "haier",
        "--base-url",
        base("haier"),
        "--code",
        "8d969eef6ecad3c29a3a629280e686cf0c3f5d5a86aff3ca12020c923adc6c92",
      ]),
      iotdock([
        "login",
        "meari",
        "--base-url",
        base("meari"),
        "--user-account",
        "c",
        "--country-code",
        "US",
        "--phone-code",
        "1",
      ]),
      iotdock(["contract", "quectel", "--server", base("quectel"), "--allow-writes"]),
      iotdock(["contract", "gwell", "--server", base("gwell")]),
      iotdock(["contract", "meari", "--server", base("meari"), "--allow-writes"]),
      iotdock(["contract", "haier-callback", "--server", `${base("haier")}/haier/verify-code`]),
    ]);
    collected.push(...runs);
    // The logins passed with the sentinel credentials.
    expect(collected.join("\n")).toMatch(/"userToken"/);
  });

  it("through the docs portal", async () => {
    const index = await (await fetch(`${urls.docs}/`)).text();
    const pages = [...new Set([...index.matchAll(/href="([^"#]+\.html)"/g)].map((m) => m[1] as string))];
    // Every spec page and every signing page (5 specs, 4 vendors today).
    expect(pages.length).toBeGreaterThanOrEqual(9);
    collected.push(
      ...(await Promise.all(pages.map(async (page) => (await fetch(`${urls.docs}/${page}`)).text()))),
    );
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
