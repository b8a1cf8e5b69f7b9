#!/usr/bin/env node
// `npm run bench`: measured, never asserted. Prints signer throughput and the signed client's
// median time per call divided by bare openapi-fetch's, same local server, same run; writes the
// same figures to bench/results.json for comparison between commits.

import { spawn } from "node:child_process";
import { writeFile } from "node:fs/promises";
import { createServer } from "node:http";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import createClient from "openapi-fetch";
import { gwellSignature } from "../dist/vendors/gwell/index.js";
import { haierSign } from "../dist/vendors/haier/index.js";
import { createMeariClient, meariSignature } from "../dist/vendors/meari/index.js";
import {
  createQuectelClient,
  encryptPassword,
  loginSignature,
  smsSignature,
} from "../dist/vendors/quectel/index.js";

const { values } = parseArgs({
  options: { calls: { type: "string", default: "3000" }, help: { type: "boolean", short: "h" } },
});
if (values.help) {
  console.log(
    "usage: npm run bench [-- --calls N]\n  prints signer throughput and signed/bare client latency; writes bench/results.json",
  );
  process.exit(0);
}
const CALLS = Number(values.calls);

function perSecond(fn, ms = 1000) {
  let n = 0;
  const end = performance.now() + ms;
  while (performance.now() < end) {
    for (let i = 0; i < 100; i++) fn(i);
    n += 100;
  }
  return Math.round((n * 1000) / ms);
}

const secret = "57Fk69oYgbs2aWWN362NtZwYB2RqKNqQ7yZESnF5VM22";
const signers = {
  "quectel sms signature": perSecond((i) =>
    smsSignature(
      { phone: "17132136550", codeType: 3, random: "76a6L647F02CAoN9", ts: 1744773894369 + i },
      secret,
    ),
  ),
  "quectel login signature": perSecond((i) =>
    loginSignature(
      { internationalCode: "86", phone: `1713213${i}`, pwd: "KbbO5AsWloh9gulLei6NhQ==", random: "abcdef" },
      secret,
    ),
  ),
  "quectel password encryption": perSecond((i) => encryptPassword(`china${i}`, "j1acpdj2bmtqZXVb")),
  "gwell signature": perSecond((i) =>
    gwellSignature(
      {
        method: "POST",
        host: "localhost:12042",
        body: `{"uniqueId":"t-${i}","unionId":"0001","regRegion":"CN","appId":"a","appToken":"t"}`,
        accessId: "0000175a370efbbe852dc1cd1b0b877e",
        nonce: i + 1,
        timestamp: 1696757960,
      },
      "example-app-key",
    ),
  ),
  "haier sign": perSecond((i) =>
    haierSign(
      {
        path: "/uaccount/v1/security/thirdpartUserLogin",
        body: `{"code": "code-${i}"}`,
        appId: "MB-TEST-0000",
        timestamp: 1533882163013 + i,
      },
      "example-app-key",
    ),
  ),
  "meari signature": perSecond((i) =>
    meariSignature(
      {
        countryCode: "US",
        partnerKey: "example-partner-key",
        signatureMethod: "HMAC-SHA1",
        signatureNonce: String(i),
        signatureVersion: "1.0",
        sourceApp: "8",
        timestamp: "1700000000000",
        userAccount: `user-${i}`,
      },
      "example-partner-secret",
    ),
  ),
};
for (const [name, rate] of Object.entries(signers))
  console.log(`bench: ${name}: ${rate.toLocaleString("en")} /s`);

const body = JSON.stringify({ code: 200, msg: "", data: null, extMsg: null });
const server = createServer((req, res) => {
  req.resume();
  req.on("end", () => {
    res.writeHead(200, { "content-type": "application/json" });
    res.end(body);
  });
});
await new Promise((r) => server.listen(0, "127.0.0.1", r));
const baseUrl = `http://127.0.0.1:${server.address().port}`;
const path = "/v2/sms/enduserapi/v2/sendPhoneSmsCode";
const query = { phone: "17132136550", internationalCode: "86", codeType: 3 };
const bare = createClient({ baseUrl });
const signed = createQuectelClient({ baseUrl, userDomain: "C.DM.10271.5", userDomainSecret: secret });
const calls = {
  bare: () =>
    bare.POST(path, {
      params: { query: { ...query, userDomain: "C.DM.10271.5", ts: 1, random: "x", signature: "y" } },
    }),
  signed: () => signed.POST(path, { params: { query } }),
};

async function medianMs(fn, n) {
  const times = [];
  for (let i = 0; i < n; i++) {
    const t = performance.now();
    await fn();
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}
// Warm up both, then interleave rounds so neither side gets a warmer machine.
await medianMs(calls.bare, 300);
await medianMs(calls.signed, 300);
const rounds = { bare: [], signed: [] };
for (let r = 0; r < 5; r++) {
  rounds.bare.push(await medianMs(calls.bare, CALLS / 5));
  rounds.signed.push(await medianMs(calls.signed, CALLS / 5));
}
server.close();
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const bareMs = median(rounds.bare);
const signedMs = median(rounds.signed);
const ratio = signedMs / bareMs;
console.log(`bench: bare openapi-fetch median ${(bareMs * 1000).toFixed(0)} µs/call`);
console.log(`bench: signed quectel client median ${(signedMs * 1000).toFixed(0)} µs/call`);
console.log(`bench: signed/bare ratio ${ratio.toFixed(3)} (target ≤ 1.10)`);

/**
 * `iotdock sandbox` (what `npm start` runs after its build): time from spawn to the `iotdock: ready`
 * line with every vendor and the docs portal, and from SIGINT to exit.
 */
async function startToReady() {
  const bin = fileURLToPath(new URL("../dist/cli/main.js", import.meta.url));
  const portBase = 20000 + Math.floor(Math.random() * 20000);
  const started = performance.now();
  const child = spawn(process.execPath, [bin, "sandbox", "--port-base", String(portBase)], {
    stdio: ["ignore", "pipe", "pipe"],
  });
  let seen = "";
  const readyMs = await new Promise((resolve, reject) => {
    child.stdout.on("data", (chunk) => {
      seen += chunk;
      if (/^iotdock: ready$/m.test(seen)) resolve(performance.now() - started);
    });
    child.once("exit", (code) => reject(new Error(`sandbox exited ${code} before ready: ${seen}`)));
  });
  const stopping = performance.now();
  const exited = new Promise((resolve) => child.once("exit", resolve));
  child.kill("SIGINT");
  await exited;
  return { readyMs, stopMs: performance.now() - stopping };
}
const starts = [];
for (let i = 0; i < 3; i++) starts.push(await startToReady());
const readyMs = median(starts.map((s) => s.readyMs));
const stopMs = median(starts.map((s) => s.stopMs));
console.log(
  `bench: iotdock sandbox (4 vendors + docs) start → ready median ${readyMs.toFixed(0)} ms (target < 3000)`,
);
console.log(`bench: Ctrl-C → exit median ${stopMs.toFixed(0)} ms (target < 1000)`);

/**
 * Sandbox throughput against Prism alone on the same spec: the same signed Meari redirects (the
 * signing is done by the same client for both), 8 in flight, for a fixed time each.
 */
async function requestsPerSecond(baseUrl, seconds = 3, inFlight = 8) {
  const client = createMeariClient({
    baseUrl,
    partnerKey: "example-partner-key",
    partnerSecret: "example-partner-secret",
    sourceApp: "8",
    retry: { retries: 0 },
  });
  const end = performance.now() + seconds * 1000;
  let done = 0;
  let failed = 0;
  const worker = async () => {
    while (performance.now() < end) {
      const { response } = await client.GET("/v2/third/sdk/redirect", {
        params: { query: { countryCode: "US" } },
      });
      if (response.status === 200) done++;
      else failed++;
    }
  };
  await Promise.all(Array.from({ length: inFlight }, worker));
  if (failed) throw new Error(`${failed} requests failed against ${baseUrl}`);
  return done / seconds;
}
/** Starts a server process and resolves once `ready(url)` answers. */
async function serverProcess(args, url) {
  const child = spawn(process.execPath, args, {
    stdio: "ignore",
    cwd: fileURLToPath(new URL("../", import.meta.url)),
  });
  for (let i = 0; i < 200; i++) {
    if (
      await fetch(url).then(
        () => true,
        () => false,
      )
    )
      return child;
    await new Promise((r) => setTimeout(r, 50));
  }
  child.kill();
  throw new Error(`${args.join(" ")} did not start`);
}
// Both in their own process, as users run them, so neither shares a core with the load generator.
const sandboxBase = 30000 + Math.floor(Math.random() * 10000);
const sandboxUrl = `http://127.0.0.1:${sandboxBase + 3}`;
const sandboxChild = await serverProcess(
  [
    fileURLToPath(new URL("../dist/cli/main.js", import.meta.url)),
    "sandbox",
    "--vendors",
    "meari",
    "--no-docs",
    "--port-base",
    String(sandboxBase),
  ],
  `${sandboxUrl}/`,
);
await requestsPerSecond(sandboxUrl, 1); // warm-up
const sandboxRps = await requestsPerSecond(sandboxUrl);
sandboxChild.kill();
const prismPort = 40000 + Math.floor(Math.random() * 10000);
const prism = await serverProcess(
  [
    fileURLToPath(new URL("../node_modules/.bin/prism", import.meta.url)),
    "mock",
    "specs/meari.yaml",
    "-p",
    String(prismPort),
    "-h",
    "127.0.0.1",
    "-v",
    "error",
  ],
  `http://127.0.0.1:${prismPort}/`,
);
await requestsPerSecond(`http://127.0.0.1:${prismPort}`, 1);
const prismRps = await requestsPerSecond(`http://127.0.0.1:${prismPort}`);
prism.kill();
const sandboxRatio = sandboxRps / prismRps;
console.log(
  `bench: meari sandbox ${sandboxRps.toFixed(0)} req/s, Prism alone ${prismRps.toFixed(0)} req/s: ratio ${sandboxRatio.toFixed(2)} (target ≥ 0.9)`,
);

const results = {
  date: new Date().toISOString(),
  node: process.version,
  signsPerSecond: signers,
  client: { calls: CALLS, bareMedianMs: bareMs, signedMedianMs: signedMs, ratio },
  sandbox: {
    startToReadyMs: readyMs,
    stopMs,
    requestsPerSecond: sandboxRps,
    prismRequestsPerSecond: prismRps,
    ratioToPrism: sandboxRatio,
  },
};
await writeFile(new URL("./results.json", import.meta.url), `${JSON.stringify(results, null, 2)}\n`);
console.log("bench: wrote bench/results.json");
