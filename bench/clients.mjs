// The signed clients against bare openapi-fetch: each vendor's signed call and the same request
// (method, path, query, headers, body) sent by a bare openapi-fetch client with no middleware,
// against one local server in this process; median time per call over interleaved rounds. For the
// query-signed calls, a third variant (`byHand`) is the same call written by hand: bare openapi-fetch
// with the signature computed inline (clock, random, sort, one node:crypto hash) and a per-call
// timeout (one AbortController and a timer): the floor a signed client with a timeout is read by.

import { createHash, createHmac, randomBytes } from "node:crypto";
import { createServer } from "node:http";
import createClient from "openapi-fetch";
import { createGwellClient } from "../dist/vendors/gwell/index.js";
import { createHaierClient } from "../dist/vendors/haier/index.js";
import { createMeariClient } from "../dist/vendors/meari/index.js";
import { createQuectelClient } from "../dist/vendors/quectel/index.js";

const SECRET = "57Fk69oYgbs2aWWN362NtZwYB2RqKNqQ7yZESnF5VM22";
const ANSWER = JSON.stringify({ code: 200, msg: "", data: null, extMsg: null });

/** A server answering every request with one small JSON body after reading the request's. */
export async function fixedServer() {
  const server = createServer((req, res) => {
    req.resume();
    req.on("end", () => {
      res.writeHead(200, { "content-type": "application/json" });
      res.end(ANSWER);
    });
  });
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { url: `http://127.0.0.1:${server.address().port}`, close: () => server.close() };
}

/** A bare call given a timeout as a signed client gives one: an AbortController and a timer, cleared. */
function withTimeout(call) {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), 10_000);
  return call(controller.signal).finally(() => clearTimeout(timer));
}

let handNonce = 1e13;
/** Meari's query signed inline: parameters sorted by name, Base64(HMAC-SHA1(partnerSecret)). */
function meariQueryByHand() {
  const query = {
    countryCode: "US",
    partnerKey: "pk",
    signatureMethod: "HMAC-SHA1",
    signatureNonce: String(handNonce++),
    signatureVersion: "1.0",
    sourceApp: "8",
    timestamp: String(Date.now()),
  };
  const text = Object.keys(query)
    .sort()
    .map((name) => `${name}=${query[name]}`)
    .join("&");
  return { ...query, signature: createHmac("sha1", "ps").update(text).digest("base64") };
}

/** Quectel's SMS query signed inline: SHA-256 hex of phone, codeType, random, ts and the secret. */
function quectelQueryByHand() {
  const query = { phone: "17132136550", internationalCode: "86", codeType: 3 };
  const ts = Date.now();
  const random = randomBytes(12).toString("base64url");
  const text = `${query.phone}${query.codeType}${random}${ts}${SECRET}`;
  const signature = createHash("sha256").update(text).digest("hex");
  return { ...query, userDomain: "C.DM.10271.5", ts, random, signature };
}

/** Per vendor: the signed client's call and bare openapi-fetch's call of the same request. */
export function clientCases(baseUrl) {
  const bare = createClient({ baseUrl });
  const gwell = createGwellClient({
    baseUrl,
    appId: "0000175a370efbbe852dc1cd1b0b877e",
    appToken: "t",
    appKey: "k",
  });
  const haier = createHaierClient({
    baseUrl,
    appId: "MB-TEST-0000",
    appKey: "example-app-key",
    clientId: "123",
  });
  const meari = createMeariClient({ baseUrl, partnerKey: "pk", partnerSecret: "ps", sourceApp: "8" });
  const quectel = createQuectelClient({ baseUrl, userDomain: "C.DM.10271.5", userDomainSecret: SECRET });
  const gwellHeaders = {
    "X-IotVideo-AccessID": "0000175a370efbbe852dc1cd1b0b877e",
    "X-IotVideo-Nonce": "123456",
    "X-IotVideo-Timestamp": "1696757960",
    "X-IotVideo-Signature": "0DJ5ZqFrV9qJUYk2p9+VkUUtNXo=",
  };
  const haierHeaders = {
    appId: "MB-TEST-0000",
    appVersion: "1.0.0",
    clientId: "123",
    sequenceId: "20240101000000123456",
    timestamp: "1533882163013",
    sign: "a".repeat(64),
    language: "zh-cn",
    timezone: "Asia/Shanghai",
    accessToken: "",
  };
  const bt = {
    pk: "p0001",
    dk: "AABBCCDDEEFF",
    bindingCode: "1234",
    random: "r",
    encryptedNewBindingSecret: "s",
  };
  return {
    "gwell devInfo (body)": {
      signed: () => gwell.POST("/openapi/custCloud/oss/devInfo", { body: { devId: "1" } }),
      bare: () =>
        bare.POST("/openapi/custCloud/oss/devInfo", {
          body: { devId: "1", appId: "0000175a370efbbe852dc1cd1b0b877e", appToken: "t" },
          headers: gwellHeaders,
        }),
    },
    "haier login (body)": {
      signed: () => haier.POST("/uaccount/v1/security/thirdpartUserLogin", { body: { code: "c-1" } }),
      bare: () =>
        bare.POST("/uaccount/v1/security/thirdpartUserLogin", {
          body: { code: "c-1" },
          headers: haierHeaders,
        }),
    },
    "meari redirect (query)": {
      signed: () => meari.GET("/v2/third/sdk/redirect", { params: { query: { countryCode: "US" } } }),
      bare: () =>
        bare.GET("/v2/third/sdk/redirect", {
          params: {
            query: {
              countryCode: "US",
              partnerKey: "pk",
              signatureMethod: "HMAC-SHA1",
              signatureNonce: "12345678901234",
              signatureVersion: "1.0",
              sourceApp: "8",
              timestamp: "1700000000000",
              signature: "AAAAAAAAAAAAAAAAAAAAAAAAAAA=",
            },
          },
        }),
      byHand: () =>
        withTimeout((signal) =>
          bare.GET("/v2/third/sdk/redirect", { params: { query: meariQueryByHand() }, signal }),
        ),
    },
    "quectel sms (query)": {
      signed: () =>
        quectel.POST("/v2/sms/enduserapi/v2/sendPhoneSmsCode", {
          params: { query: { phone: "17132136550", internationalCode: "86", codeType: 3 } },
        }),
      bare: () =>
        bare.POST("/v2/sms/enduserapi/v2/sendPhoneSmsCode", {
          params: {
            query: {
              phone: "17132136550",
              internationalCode: "86",
              codeType: 3,
              userDomain: "C.DM.10271.5",
              ts: 1744773894369,
              random: "76a6L647F02CAoN9",
              signature: "a".repeat(64),
            },
          },
        }),
      byHand: () =>
        withTimeout((signal) =>
          bare.POST("/v2/sms/enduserapi/v2/sendPhoneSmsCode", {
            params: { query: quectelQueryByHand() },
            signal,
          }),
        ),
    },
    "quectel bind (body-signed)": {
      signed: () =>
        quectel.POST("/v2/binding/enduserapi/deviceBindingByPureBt", {
          body: bt,
          headers: { Authorization: "token" },
        }),
      bare: () =>
        bare.POST("/v2/binding/enduserapi/deviceBindingByPureBt", {
          body: { ...bt, signature: "a".repeat(64) },
          headers: { Authorization: "token" },
        }),
    },
  };
}

async function medianMs(fn, n) {
  const times = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const t = performance.now();
    await fn();
    times[i] = performance.now() - t;
  }
  times.sort();
  return times[n >> 1];
}

export const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/**
 * Signed/bare per vendor (and byHand/bare where a case has one): warm-up, then `rounds` rounds,
 * each timing `calls` calls of every variant in turn (the order rotating between rounds), medians
 * per round, the median round.
 */
export async function clientRatios({ calls = 600, rounds = 7 } = {}) {
  const server = await fixedServer();
  try {
    const out = {};
    for (const [name, c] of Object.entries(clientCases(server.url))) {
      const first = await c.signed();
      if (first.response.status !== 200) throw new Error(`${name}: HTTP ${first.response.status}`);
      const variants = Object.keys(c);
      for (const v of variants) await medianMs(c[v], 300);
      const times = Object.fromEntries(variants.map((v) => [v, []]));
      for (let r = 0; r < rounds; r++) {
        for (let i = 0; i < variants.length; i++) {
          const v = variants[(r + i) % variants.length];
          times[v].push(await medianMs(c[v], calls));
        }
      }
      const ratio = (v) => median(times[v].map((t, i) => t / times.bare[i]));
      out[name] = {
        bareUs: median(times.bare) * 1000,
        signedUs: median(times.signed) * 1000,
        ratio: ratio("signed"),
        ...(c.byHand ? { byHandUs: median(times.byHand) * 1000, byHandRatio: ratio("byHand") } : {}),
      };
    }
    return out;
  } finally {
    server.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const result = await clientRatios({ calls: Number(process.argv[2] ?? 600) });
  for (const [name, r] of Object.entries(result))
    console.log(
      name.padEnd(28),
      r.bareUs.toFixed(0),
      r.signedUs.toFixed(0),
      r.ratio.toFixed(3),
      r.byHandRatio === undefined ? "" : `by hand ${r.byHandRatio.toFixed(3)}`,
    );
}
