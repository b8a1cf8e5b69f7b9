import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadApi } from "../src/core/facts-files.js";
import { AuthenticationError, InvalidTokenError, type VendorError } from "../src/index.js";
import { type SandboxHandle, startSandbox } from "../src/sandbox/server.js";
import { createGwellClient } from "../src/vendors/gwell/index.js";
import { createHaierClient } from "../src/vendors/haier/index.js";
import { createMeariClient } from "../src/vendors/meari/index.js";
import { createQuectelClient } from "../src/vendors/quectel/index.js";
import { sandboxDefault } from "./support/defaults.js";

const d = sandboxDefault;

describe("token lifecycle, one mechanism for every vendor, against the sandboxes", () => {
  let sandbox: SandboxHandle;
  let skewMs = 0;
  const calls: string[] = [];
  const url = (v: string) => sandbox.sandboxes.find((s) => s.vendor === v)?.url ?? "";
  const counting = async (request: Request) => {
    calls.push(new URL(request.url).pathname.split("/").at(-1) ?? "");
    return fetch(request);
  };
  const count = (name: string) => calls.filter((c) => c === name).length;

  beforeAll(async () => {
    sandbox = await startSandbox({ portBase: 0, env: {}, log: () => {}, clock: () => Date.now() + skewMs });
  });
  afterAll(() => sandbox.close());

  it("Quectel: 100 concurrent askers → one login; an access token the vendor expired → 5032 → one refresh, one retry", async () => {
    const c = createQuectelClient({
      baseUrl: url("quectel"),
      userDomain: d("QUECTEL_USER_DOMAIN"),
      userDomainSecret: d("QUECTEL_USER_DOMAIN_SECRET"),
      fetch: counting,
    });
    const user = { phone: "17132136550", password: "china1234", internationalCode: "86" };
    calls.length = 0;
    const pages = await Promise.all(
      Array.from({ length: 100 }, () => c.withToken(user, (token) => c.userDeviceList(token, { page: 1 }))),
    );
    expect(pages).toHaveLength(100);
    expect([count("phonePwdLogin"), count("refreshToken"), count("userDeviceList")]).toEqual([1, 0, 100]);

    // The sandbox's clock passes the 2 hours; the client's does not, so it still trusts its token.
    skewMs = 7201 * 1000;
    try {
      calls.length = 0;
      const page = await c.withToken(user, (token) => c.userDeviceList(token, { page: 1 }));
      expect(page).toMatchObject({ total: 0, list: [] }); // the sandbox's user has bound nothing
      expect(calls).toEqual(["userDeviceList", "refreshToken", "userDeviceList"]);
      // Once refreshed, later calls use the new token directly.
      calls.length = 0;
      await c.withToken(user, (token) => c.userDeviceList(token, { page: 1 }));
      expect(calls).toEqual(["userDeviceList"]);
    } finally {
      skewMs = 0;
    }
  });

  it("Gwell, Haier and Meari: 100 concurrent askers for one user → exactly one login each", async () => {
    calls.length = 0;
    const gwell = createGwellClient({
      baseUrl: url("gwell"),
      appId: d("GWELL_APP_ID"),
      appToken: d("GWELL_APP_TOKEN"),
      appKey: d("GWELL_APP_KEY"),
      fetch: counting,
    });
    const haier = createHaierClient({
      baseUrl: url("haier"),
      appId: d("HAIER_APP_ID"),
      appKey: d("HAIER_APP_KEY"),
      clientId: d("HAIER_CLIENT_ID"),
      fetch: counting,
    });
    const meari = createMeariClient({
      baseUrl: url("meari"),
      partnerKey: d("MEARI_PARTNER_KEY"),
      partnerSecret: d("MEARI_PARTNER_SECRET"),
      sourceApp: d("MEARI_SOURCE_APP"),
      fetch: counting,
    });
    let codes = 0;
    const session = {
      key: "user-1",
      code: async () => {
        codes++;
        return "8d969eef6ecad3c29a3a629280e686cf0c3f5d5a86aff3ca12020c923adc6c92";
      },
    };
    const meariUser = {
      userAccount: "tokens-1",
      countryCode: "US",
      phoneCode: "1",
      lngType: "en",
      phoneType: "a" as const,
    };
    const many = <T>(f: () => Promise<T>) => Promise.all(Array.from({ length: 100 }, f));
    const [g, h, m] = await Promise.all([
      many(() => gwell.token({ unionId: "0001", uniqueId: "t-1", regRegion: "CN" })),
      many(() => haier.token(session)),
      many(() => meari.token(meariUser)),
    ]);
    expect(new Set(g.map((t) => t.accessToken)).size).toBe(1);
    expect(new Set(h.map((t) => t.accessToken)).size).toBe(1);
    expect(new Set(m.map((t) => t.userToken)).size).toBe(1);
    expect([count("thirdCustLogin"), count("thirdpartUserLogin"), count("login"), codes]).toEqual([
      1, 1, 1, 1,
    ]);
  });

  it("Meari: 1023 means a wrong signature too (Meari's code list): withToken never logs in again because of it", async () => {
    const client = (partnerSecret: string) =>
      createMeariClient({
        baseUrl: url("meari"),
        partnerKey: d("MEARI_PARTNER_KEY"),
        partnerSecret,
        sourceApp: d("MEARI_SOURCE_APP"),
        fetch: counting,
      });
    const meari = client(d("MEARI_PARTNER_SECRET"));
    const forged = client("not-the-partner-secret");
    const user = {
      userAccount: "tokens-2",
      countryCode: "US",
      phoneCode: "1",
      lngType: "en",
      phoneType: "a" as const,
    };
    await meari.token(user);
    calls.length = 0;
    const runs: string[] = [];
    const error = await meari
      .withToken(user, async (login) => {
        runs.push(login.userToken);
        // A call signed wrongly: the Meari sandbox answers 1023, like Meari.
        return forged.passwordUpdate(user, { countryCode: "US" });
      })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AuthenticationError);
    expect(error).not.toBeInstanceOf(InvalidTokenError);
    expect((error as VendorError).code).toBe("1023");
    expect(runs).toHaveLength(1);
    expect(count("login")).toBe(0);
  });

  it("Haier: an invalid-token code of the spec (D00004) logs in once more and runs once more", async () => {
    // ErrorCodes.md: D00003 no such token, D00004 token expired, D00005 token not created by this app,
    // D00006 session no longer valid, D00016 logged out or not logged in, D00025 refresh token gone:
    // each is cured by a new login.
    expect([...loadApi("haier").codesOf("invalid-token")].sort()).toEqual([
      "D00003",
      "D00004",
      "D00005",
      "D00006",
      "D00016",
      "D00025",
    ]);
    const haier = createHaierClient({
      baseUrl: url("haier"),
      appId: d("HAIER_APP_ID"),
      appKey: d("HAIER_APP_KEY"),
      clientId: d("HAIER_CLIENT_ID"),
    });
    const session = {
      key: "user-2",
      code: async () => "8d969eef6ecad3c29a3a629280e686cf0c3f5d5a86aff3ca12020c923adc6c92",
    };
    const tokens: string[] = [];
    await haier.withToken(session, async (token) => {
      tokens.push(token);
      if (tokens.length === 1)
        throw new InvalidTokenError({
          vendor: "haier",
          operation: "someCall",
          status: 200,
          code: "D00004",
          vendorMessage: "",
        });
    });
    expect(tokens).toHaveLength(2);
    expect(tokens[0]).not.toBe(tokens[1]);
  });
});
