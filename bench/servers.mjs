// The servers the benchmark measures, each in a process of its own (as users run them, so that
// none shares a core with the load generator): `node bench/servers.mjs sandbox [vendors…]` runs
// `startSandbox` from dist/sandbox/server.js; `node bench/servers.mjs prism <vendor>` runs Prism
// alone (`createPrismMock` from dist/sandbox/prism.js on the vendor's specs) behind a plain
// node:http server. A child reports over IPC: `{ ready, urls }`, then `{ rss }` when asked.

import { fork } from "node:child_process";
import { createServer } from "node:http";
import { fileURLToPath } from "node:url";

const rssMb = () => process.memoryUsage().rss / 2 ** 20;

/** The vendor's specs as the sandbox loads them (its definition's APIs, bundled in generated/). */
async function specsOf(vendor) {
  const { loadApi } = await import("../dist/core/facts-files.js");
  const { vendor: definition } = await import(`../dist/vendors/${vendor}/vendor.js`);
  return definition.apis.map((ref) => loadApi(ref.name).spec);
}

/** Prism alone: the request as the sandbox gives it to its mock (parsed body), the answer as JSON. */
async function prismAlone(vendor) {
  const { createPrismMock } = await import("../dist/sandbox/prism.js");
  const mock = await createPrismMock(await specsOf(vendor));
  const server = createServer(async (req, res) => {
    const chunks = [];
    for await (const chunk of req) chunks.push(chunk);
    const raw = Buffer.concat(chunks).toString("utf8");
    let body;
    try {
      body = raw ? JSON.parse(raw) : undefined;
    } catch {
      body = raw;
    }
    const url = new URL(req.url ?? "/", "http://prism.invalid");
    const headers = {};
    for (const [name, value] of Object.entries(req.headers))
      if (value !== undefined) headers[name] = Array.isArray(value) ? value.join(", ") : value;
    const answer = await mock({
      method: req.method ?? "GET",
      path: url.pathname,
      query: url.searchParams,
      headers,
      body,
    });
    const text = JSON.stringify(answer.body ?? null);
    res.writeHead(answer.status, {
      ...answer.headers,
      "content-type": answer.headers["content-type"] ?? "application/json",
    });
    res.end(text);
  });
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { [vendor]: `http://127.0.0.1:${server.address().port}` };
}

/** The sandboxes, as `iotdock sandbox` starts them (its one log line per request goes to stdout). */
async function sandboxes(vendors) {
  const { startSandbox } = await import("../dist/sandbox/server.js");
  const handle = await startSandbox({ portBase: 0, vendors: vendors.length ? vendors : undefined });
  return Object.fromEntries(handle.sandboxes.map((s) => [s.vendor, s.url]));
}

if (process.argv[1] === fileURLToPath(import.meta.url) && process.send) {
  const [mode, ...rest] = process.argv.slice(2);
  const urls = mode === "prism" ? await prismAlone(rest[0]) : await sandboxes(rest);
  process.on("message", (message) => {
    if (message === "rss") process.send({ rss: rssMb() });
    if (message === "cpu") process.send({ cpu: process.cpuUsage() });
    if (message === "stop") process.exit(0);
  });
  process.send({ ready: true, urls, rss: rssMb() });
}

/**
 * Starts a server process; resolves once it is ready with its URLs, the time from spawn to ready,
 * and its memory then. `rss()` asks for its memory later; `stop()` ends it.
 */
export function startServer(args) {
  const started = performance.now();
  const child = fork(fileURLToPath(import.meta.url), args, {
    stdio: ["ignore", "ignore", "inherit", "ipc"],
    cwd: fileURLToPath(new URL("../", import.meta.url)),
  });
  const next = () =>
    new Promise((resolve, reject) => {
      const onExit = (code) => reject(new Error(`bench server ${args.join(" ")} exited ${code}`));
      child.once("exit", onExit);
      child.once("message", (message) => {
        child.off("exit", onExit);
        resolve(message);
      });
    });
  return next().then((ready) => ({
    urls: ready.urls,
    readyMs: performance.now() - started,
    rssAtReady: ready.rss,
    rss: async () => {
      const reply = next();
      child.send("rss");
      return (await reply).rss;
    },
    /** CPU seconds the server has used (user + system). */
    cpu: async () => {
      const reply = next();
      child.send("cpu");
      const { cpu } = await reply;
      return (cpu.user + cpu.system) / 1e6;
    },
    stop: () =>
      new Promise((resolve) => {
        child.once("exit", resolve);
        child.send("stop");
      }),
  }));
}
