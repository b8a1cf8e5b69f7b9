// Sandboxes against Prism alone, and at scale: start-up time and memory of all sandboxes,
// per-request cost against the number of operations, and a load test across all sandboxes.

import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { closedLoop, presigned, signedSource } from "./load.mjs";
import { startServer } from "./servers.mjs";

const VENDORS = ["gwell", "haier", "meari", "quectel"];
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Requests per second with `inFlight` in flight, and how busy the server process was meanwhile. */
async function throughput(server, source, { inFlight, seconds }) {
  // Signed before the clock starts: up to 20,000 requests a second.
  const requests = presigned(source, Math.ceil(seconds * 20_000));
  const cpu0 = await server.cpu();
  // Every answer's status is checked, and every 4th answer's envelope (reading each costs the
  // generator enough to leave the server waiting).
  const r = await closedLoop({ sources: [requests], inFlight, seconds, checkEvery: 4 });
  const busy = (await server.cpu()) - cpu0;
  if (r.errors) throw new Error(`${r.errors} failed requests: ${r.firstError}`);
  return { perSecond: r.perSecond, busy: busy / r.seconds };
}

/**
 * Per vendor, the sandbox (`startSandbox`) and Prism alone on the same specs, each in its own
 * process, the same kind of signed requests, 10 in flight, a warm-up first. The two are measured in
 * alternation, `rounds` times (`seconds` each), and the ratio is the median of the rounds' ratios:
 * a machine that slows down for a while slows both.
 */
export async function sandboxVsPrism({ seconds, rounds = 3 }) {
  const out = {};
  const sandbox = await startServer(["sandbox"]);
  try {
    for (const vendor of VENDORS) {
      const prism = await startServer(["prism", vendor]);
      try {
        const sources = {
          sandbox: signedSource(vendor, sandbox.urls[vendor]),
          prism: signedSource(vendor, prism.urls[vendor]),
        };
        const servers = { sandbox, prism };
        const measure = (name, s) => throughput(servers[name], sources[name], { inFlight: 10, seconds: s });
        await measure("sandbox", Math.min(1, seconds));
        await measure("prism", Math.min(1, seconds));
        const runs = { sandbox: [], prism: [] };
        for (let r = 0; r < rounds; r++) {
          const order = r % 2 ? ["prism", "sandbox"] : ["sandbox", "prism"];
          for (const name of order) runs[name].push(await measure(name, seconds));
        }
        const ratios = runs.sandbox.map((x, i) => x.perSecond / runs.prism[i].perSecond);
        const middle = (list) => list.find((x) => x.perSecond === median(list.map((y) => y.perSecond)));
        out[vendor] = { sandbox: middle(runs.sandbox), prism: middle(runs.prism), ratio: median(ratios) };
      } finally {
        await prism.stop();
      }
    }
  } finally {
    await sandbox.stop();
  }
  return out;
}

/** A Quectel access token from the sandbox: SMS code (from its outbox), registration, login. */
async function quectelToken(baseUrl) {
  const { createQuectelClient } = await import("../dist/vendors/quectel/index.js");
  const { vendor } = await import("../dist/vendors/quectel/vendor.js");
  const c = vendor.credentials;
  const client = createQuectelClient({
    baseUrl,
    userDomain: c.userDomain.default,
    userDomainSecret: c.userDomainSecret.default,
  });
  const user = { phone: "17100000001", internationalCode: "86" };
  await client.sendSmsCode({ ...user, codeType: 3 });
  const outbox = await (await fetch(`${baseUrl}/_iotdock/outbox`)).json();
  const smsCode = outbox.findLast((e) => e.to === `86 ${user.phone}`)?.code ?? "";
  const agreementList = [{ protocolType: 1, privacyVersion: "1.0.0" }];
  await client.register({ ...user, password: "bench1234", smsCode, agreementList });
  return (await client.login({ ...user, password: "bench1234" })).accessToken.token;
}

/**
 * Per-request cost against the number of operations, in Quectel's sandbox (124 operations): an
 * operation declared late in the spec against one declared early, both answered from the spec with
 * a user token and no state; interleaved rounds, the median ratio of the times per request.
 */
async function quectelFlatness(sandbox, { seconds, rounds }) {
  const baseUrl = sandbox.urls.quectel;
  const token = { Authorization: await quectelToken(baseUrl) };
  const early = signedSource("quectel", baseUrl, { operationId: "getMsgPushSetting" }, token);
  const late = signedSource("quectel", baseUrl, { operationId: "automationLogList" }, token);
  const index = (source) => source.api.operations.indexOf(source.op) + 1;
  await throughput(sandbox, early, { inFlight: 10, seconds: 0.5 });
  await throughput(sandbox, late, { inFlight: 10, seconds: 0.5 });
  const ratios = [];
  const costs = { early: [], late: [] };
  for (let r = 0; r < rounds; r++) {
    const e = await throughput(sandbox, early, { inFlight: 10, seconds });
    const l = await throughput(sandbox, late, { inFlight: 10, seconds });
    costs.early.push(1e6 / e.perSecond);
    costs.late.push(1e6 / l.perSecond);
    ratios.push(e.perSecond / l.perSecond);
  }
  return {
    ratio: median(ratios),
    earlyUs: median(costs.early),
    lateUs: median(costs.late),
    earlyIndex: index(early),
    lateIndex: index(late),
    operations: early.api.operations.length,
  };
}

/**
 * All sandboxes in one process as `startSandbox` starts them: time from spawn to ready (the
 * median of `starts`), memory at ready, per-request cost against the number of operations, then the
 * load test (`requests` signed requests round-robin across the four sandboxes, 50 in flight) and
 * the memory after it.
 */
export async function scaleAndLoad({ starts, requests, seconds, rounds }) {
  const readyMs = [];
  for (let i = 0; i < starts - 1; i++) {
    const s = await startServer(["sandbox"]);
    readyMs.push(s.readyMs);
    await s.stop();
  }
  const sandbox = await startServer(["sandbox"]);
  readyMs.push(sandbox.readyMs);
  try {
    const rssAtReady = sandbox.rssAtReady;
    const flat = await quectelFlatness(sandbox, { seconds, rounds });
    const sources = VENDORS.map((v) => signedSource(v, sandbox.urls[v]));
    const load = await closedLoop({ sources, inFlight: 50, count: requests });
    return { readyMs: median(readyMs), rssAtReady, flat, load, rssAfterLoad: await sandbox.rss() };
  } finally {
    await sandbox.stop();
  }
}

/**
 * The spec with `path`'s item copied to paths of as many segments (its first replaced by `g<i>`),
 * operationIds made unique, up to `count` operations.
 */
const generatedPath = (path, i) => path.replace(/^\/[^/]+/, `/g${i}`);

function generatedSpec(spec, path, count) {
  const big = structuredClone(spec);
  let i = 0;
  for (let operations = Object.keys(spec.paths).length; operations < count; operations++, i++) {
    const copy = structuredClone(spec.paths[path]);
    for (const op of Object.values(copy)) if (op?.operationId) op.operationId = `${op.operationId}Gen${i}`;
    big.paths[generatedPath(path, i)] = copy;
  }
  return { spec: big, last: generatedPath(path, i - 1) };
}

/**
 * Per-request cost against the number of operations in the sandbox's own spec mock (dist/sandbox/
 * mock.js, in process): Meari's 9-operation spec against a generated 400-operation one, the same
 * request, and a request to the last generated path. Undefined when that mock is not there.
 */
export async function mockFlatness({ calls, rounds }) {
  const mod = await import("../dist/sandbox/mock.js").catch(() => ({}));
  if (typeof mod.createSpecMock !== "function") return undefined;
  const { loadApi } = await import("../dist/core/facts-files.js");
  const spec = loadApi("meari").spec;
  const path = "/v2/third/sdk/redirect";
  const generated = generatedSpec(spec, path, 400);
  const small = await mod.createSpecMock([spec]);
  const large = await mod.createSpecMock([generated.spec]);
  const parts = signedSource("meari", "http://127.0.0.1:9").next();
  const request = (path) => ({
    method: parts.method,
    path,
    query: parts.url.searchParams,
    headers: Object.fromEntries(parts.headers),
    body: undefined,
  });
  const first = request(path);
  const last = request(generated.last);
  const time = async (mock, req) => {
    const t = performance.now();
    for (let i = 0; i < calls; i++) await mock(req);
    return ((performance.now() - t) * 1000) / calls;
  };
  for (const [mock, req] of [
    [small, first],
    [large, first],
    [large, last],
  ])
    if ((await mock(req)).status !== 200) throw new Error(`mock refused ${req.path}`);
  const rows = { small: [], large: [], largeLast: [] };
  for (let r = 0; r < rounds; r++) {
    rows.small.push(await time(small, first));
    rows.large.push(await time(large, first));
    rows.largeLast.push(await time(large, last));
  }
  const us = Object.fromEntries(Object.entries(rows).map(([k, v]) => [k, median(v)]));
  return { ...us, ratio: Math.max(us.large, us.largeLast) / us.small };
}

/**
 * `iotdock sandbox` as `npm start` runs it (every vendor and the docs portal): time from spawn to
 * its `iotdock: ready` line, and from SIGINT (Ctrl-C) to exit; the median of `starts`.
 */
export async function cliStartStop({ starts }) {
  const bin = fileURLToPath(new URL("../dist/cli/main.js", import.meta.url));
  const ready = [];
  const stop = [];
  for (let i = 0; i < starts; i++) {
    const portBase = 20000 + Math.floor(Math.random() * 20000);
    const started = performance.now();
    const child = spawn(process.execPath, [bin, "sandbox", "--port-base", String(portBase)], {
      stdio: ["ignore", "pipe", "pipe"],
    });
    let seen = "";
    ready.push(
      await new Promise((resolve, reject) => {
        child.stdout.on("data", (chunk) => {
          seen += chunk;
          if (/^iotdock: ready$/m.test(seen)) resolve(performance.now() - started);
        });
        child.once("exit", (code) =>
          reject(new Error(`iotdock sandbox exited ${code} before ready: ${seen}`)),
        );
      }),
    );
    const stopping = performance.now();
    const exited = new Promise((resolve) => child.once("exit", resolve));
    child.kill("SIGINT");
    await exited;
    stop.push(performance.now() - stopping);
  }
  return { readyMs: median(ready), stopMs: median(stop) };
}
