// The signed clients against bare openapi-fetch: each vendor's signed call and the same request
// (method, path, query, headers, body) sent by a bare openapi-fetch client with no middleware,
// against one local server in this process; median time per call over interleaved rounds.

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
 * Signed/bare per vendor: warm-up, then `rounds` rounds, each timing `calls` bare calls then
 * `calls` signed ones (alternating which goes first), medians per round, the median round.
 */
export async function clientRatios({ calls = 600, rounds = 7 } = {}) {
  const server = await fixedServer();
  try {
    const out = {};
    for (const [name, c] of Object.entries(clientCases(server.url))) {
      const first = await c.signed();
      if (first.response.status !== 200) throw new Error(`${name}: HTTP ${first.response.status}`);
      await medianMs(c.bare, 300);
      await medianMs(c.signed, 300);
      const bare = [];
      const signed = [];
      for (let r = 0; r < rounds; r++) {
        const pair = r % 2 ? [c.signed, c.bare] : [c.bare, c.signed];
        const a = await medianMs(pair[0], calls);
        const b = await medianMs(pair[1], calls);
        bare.push(r % 2 ? b : a);
        signed.push(r % 2 ? a : b);
      }
      const ratios = bare.map((b, i) => signed[i] / b);
      out[name] = { bareUs: median(bare) * 1000, signedUs: median(signed) * 1000, ratio: median(ratios) };
    }
    return out;
  } finally {
    server.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const result = await clientRatios({ calls: Number(process.argv[2] ?? 600) });
  for (const [name, r] of Object.entries(result))
    console.log(name.padEnd(28), r.bareUs.toFixed(0), r.signedUs.toFixed(0), r.ratio.toFixed(3));
}
