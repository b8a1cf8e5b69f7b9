#!/usr/bin/env node
// `npm run bench`: measured, never asserted. Every figure is measured in this run, side by side
// with what it is compared to, and printed in one table with its target and whether it holds.

import { mkdir, readFile, writeFile } from "node:fs/promises";
import { availableParallelism, cpus } from "node:os";
import { parseArgs } from "node:util";

const USAGE = `usage: npm run bench [-- --quick] [-- --save] [-- --only LIST]

Measures, in one run on this machine, and prints one table (figure, value, target, holds):
  signers   each vendor's signature function ÷ the raw node:crypto calls doing the same hashing from
            the same inputs (the string to sign built inline)
  clients   each signed client ÷ bare openapi-fetch, per call, same local server (median of rounds);
            for query-signed calls also the same call by hand: bare openapi-fetch with the signature
            computed inline and a timeout (one AbortController and timer), ÷ bare
  sandbox   each vendor's sandbox (startSandbox) ÷ Prism alone (createPrismMock behind node:http)
            on the same specs, requests/s with 10 in flight, each server in its own process
  scale     all sandboxes: start-up time (startSandbox, and \`iotdock sandbox\` with Ctrl-C → exit),
            memory (RSS), per-request cost against the number of operations (Quectel's
            124-operation spec; a generated 400-operation spec in the sandbox's spec mock)
  load      100,000 signed requests round-robin across all sandboxes, 50 in flight: throughput,
            p50/p99 latency, errors
  portal    each API page of the built portal in Chromium, offline: load (routed to its first
            operation) and search (to its last operation), best of 3 visits, under 2 s each; and
            the floor of a load: a page rendered the same way from a spec with no operations

options:
  --quick       smaller counts and shorter rounds: a smoke run, rougher figures
  --only LIST   comma-separated sections of the list above (default: all)
  --save        write bench/results.json, the committed figures compared between commits
  -h, --help    this text

Without --save, bench/results.json is left as it is: the table shows its figures next to this
run's, and this run is written to node_modules/.cache/iotdock-bench/results.json (outside git).`;

const SECTIONS = ["signers", "clients", "sandbox", "scale", "load", "portal"];
const { values } = parseArgs({
  options: {
    quick: { type: "boolean", default: false },
    save: { type: "boolean", default: false },
    only: { type: "string" },
    help: { type: "boolean", short: "h", default: false },
  },
});
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}
const only = values.only ? values.only.split(",").map((s) => s.trim()) : SECTIONS;
const unknown = only.filter((s) => !SECTIONS.includes(s));
if (unknown.length) {
  console.error(
    `bench: unknown section ${unknown.join(", ")} (sections: ${SECTIONS.join(", ")})\n\n${USAGE}`,
  );
  process.exit(2);
}
if (values.save && (values.quick || values.only)) {
  console.error("bench: --save records a full run: not with --quick or --only");
  process.exit(2);
}
const quick = values.quick;
const COUNTS = quick
  ? {
      signerRounds: 3,
      signerMs: 60,
      calls: 150,
      clientRounds: 3,
      seconds: 1,
      rounds: 2,
      starts: 1,
      requests: 10_000,
      mockCalls: 300,
      visits: 1,
    }
  : {
      signerRounds: 7,
      signerMs: 150,
      calls: 500,
      clientRounds: 7,
      seconds: 3,
      rounds: 3,
      starts: 3,
      requests: 100_000,
      mockCalls: 5000,
      visits: 3,
    };

/** One row of the table: a figure, its unit, the target (`min` or `max`) and a note. */
const rows = [];
const row = (key, label, value, { min, max, unit = "", digits = 2, note = "" } = {}) =>
  rows.push({ key, label, value, unit, digits, min, max, note });
const fmt = (n, digits) =>
  n.toLocaleString("en", { maximumFractionDigits: digits, minimumFractionDigits: digits });
const progress = (text) => process.stderr.write(`bench: ${text}\n`);

async function signers() {
  const { signerRatios } = await import("./signers.mjs");
  for (const [name, r] of Object.entries(
    signerRatios({ rounds: COUNTS.signerRounds, ms: COUNTS.signerMs }),
  )) {
    const note = `${fmt(r.signerPerSecond / 1000, 0)}k/s vs ${fmt(r.rawPerSecond / 1000, 0)}k/s; ÷ hashing alone: ${fmt(r.ratioToHashOnly, 2)}; ÷ createHash/createHmac: ${fmt(r.ratioToPlain, 2)}`;
    row(`signer.${name.split(" (")[0].replace(" ", ".")}`, `signer ÷ node:crypto, ${name}`, r.ratio, {
      min: 0.9,
      note,
    });
  }
}

async function clients() {
  const { clientRatios } = await import("./clients.mjs");
  const result = await clientRatios({ calls: COUNTS.calls, rounds: COUNTS.clientRounds });
  for (const [name, r] of Object.entries(result)) {
    const note = `bare ${fmt(r.bareUs, 0)} µs, signed ${fmt(r.signedUs, 0)} µs`;
    const key = `client.${name.split(" ")[0]}.${name.split(" ")[1]}`;
    row(key, `signed client ÷ bare openapi-fetch, ${name}`, r.ratio, { max: 1.05, digits: 3, note });
    if (r.byHandRatio === undefined) continue;
    // Not a target: the same call written by hand, to read the row above by.
    row(`${key}.byHand`, `  by hand: bare + inline signature + timeout ÷ bare, ${name}`, r.byHandRatio, {
      digits: 3,
      note: `${fmt(r.byHandUs, 0)} µs: signed inline with node:crypto, one AbortController and timer`,
    });
  }
}

async function sandbox() {
  const { sandboxVsPrism } = await import("./scale.mjs");
  for (const [vendor, r] of Object.entries(
    await sandboxVsPrism({ seconds: Math.min(2, COUNTS.seconds), rounds: COUNTS.rounds }),
  )) {
    const busy = (x) => `${fmt(x.perSecond, 0)}/s (server busy ${fmt(x.busy * 100, 0)} %)`;
    const note = `sandbox ${busy(r.sandbox)}, Prism alone ${busy(r.prism)}`;
    row(`sandbox.${vendor}`, `sandbox ÷ Prism alone, ${vendor}, req/s, 10 in flight`, r.ratio, {
      min: 3,
      note,
    });
  }
}

/** Rows of the scale section: start-up, memory at ready, per-request cost against operations. */
async function scaleRows(r, { cliStartStop, mockFlatness }) {
  const ms = (key, label, value, max) =>
    row(key, label, value, { max, unit: "ms", digits: 0, note: `median of ${COUNTS.starts}` });
  ms("scale.startMs", "all sandboxes: spawn → ready", r.readyMs, 3000);
  const cli = await cliStartStop({ starts: COUNTS.starts });
  ms("scale.cliReadyMs", "iotdock sandbox (4 vendors + docs): start → ready", cli.readyMs, 3000);
  ms("scale.cliStopMs", "iotdock sandbox: Ctrl-C → exit", cli.stopMs, 1000);
  row("scale.rssReadyMb", "all sandboxes: memory (RSS) at ready", r.rssAtReady, {
    max: 300,
    unit: "MB",
    digits: 0,
  });
  const f = r.flat;
  // Two different operations (their answers differ): shown, not judged; the spec mock's figure
  // below is the controlled one (the same operation among 9 and among 400).
  const note = `op ${f.earlyIndex}: ${fmt(f.earlyUs, 0)} µs, op ${f.lateIndex}: ${fmt(f.lateUs, 0)} µs per request (different answers)`;
  const label = `per-request cost, Quectel sandbox, op ${f.lateIndex} ÷ op ${f.earlyIndex} of ${f.operations}`;
  row("scale.flat.quectel", label, f.ratio, { note });
  const m = await mockFlatness({ calls: COUNTS.mockCalls, rounds: COUNTS.rounds * 2 + 1 });
  if (!m) return;
  const mockNote = `9 ops ${fmt(m.small, 1)} µs, 400 ops ${fmt(m.large, 1)} µs (last path ${fmt(m.largeLast, 1)} µs)`;
  const mockLabel = "per-request cost in the sandbox's spec mock, same request, 400 ÷ 9 operations";
  row("scale.flat.mock400", mockLabel, m.ratio, { max: 1.1, note: mockNote });
}

/** Rows of the load test. */
function loadRows(r) {
  const l = r.load;
  const label = `load: ${fmt(l.requests, 0)} signed requests, 4 sandboxes, 50 in flight`;
  row("load.perSecond", `${label}: throughput`, l.perSecond, {
    unit: "req/s",
    digits: 0,
    note: `${fmt(l.seconds, 1)} s`,
  });
  row("load.p50Ms", `${label}: p50 latency`, l.p50, { unit: "ms" });
  row("load.p99Ms", `${label}: p99 latency`, l.p99, { unit: "ms" });
  row("load.errors", `${label}: errors`, l.errors, { max: 0, digits: 0, note: l.firstError ?? "" });
  const rss = "all sandboxes: memory (RSS) after the load test";
  row("load.rssMb", rss, r.rssAfterLoad, { max: 300, unit: "MB", digits: 0 });
}

async function scaleAndLoad() {
  const scale = await import("./scale.mjs");
  const r = await scale.scaleAndLoad({
    starts: COUNTS.starts,
    requests: only.includes("load") ? COUNTS.requests : 0,
    seconds: COUNTS.seconds / 2,
    rounds: COUNTS.rounds,
  });
  if (only.includes("scale")) await scaleRows(r, scale);
  if (only.includes("load")) loadRows(r);
}

async function portal() {
  const { portalTimings } = await import("./portal.mjs");
  const { pages, floor } = await portalTimings({ visits: COUNTS.visits });
  for (const [api, t] of Object.entries(pages)) {
    const note = `${t.operations} operations, best of ${COUNTS.visits}`;
    for (const what of ["load", "search"])
      row(`portal.${api}.${what}`, `portal: ${api}.html ${what}`, t[what], {
        max: 2000,
        unit: "ms",
        digits: 0,
        note,
      });
  }
  // Not a target: Redoc's own start-up, under every page's load.
  row("portal.floor.load", "  floor: a portal page of a spec with no operations, load", floor, {
    unit: "ms",
    digits: 0,
    note: `rendered as the API pages are, best of ${COUNTS.visits}`,
  });
}

const holds = (r) =>
  r.failed
    ? "ERROR"
    : r.min === undefined && r.max === undefined
      ? "—"
      : (r.min === undefined || r.value >= r.min) && (r.max === undefined || r.value <= r.max)
        ? "yes"
        : "NO";
const target = (r) => (r.min !== undefined ? `≥ ${r.min}` : r.max !== undefined ? `≤ ${r.max}` : "—");

function printTable(committed) {
  const lines = rows.map((r) => {
    const before = committed?.figures?.[r.key];
    const value = Number.isNaN(r.value) ? "—" : `${fmt(r.value, r.digits)}${r.unit ? ` ${r.unit}` : ""}`;
    return [r.label, value, target(r), holds(r), before === undefined ? "" : fmt(before, r.digits), r.note];
  });
  const head = ["figure", "value", "target", "holds", "committed", "detail"];
  const widths = head.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i].length)));
  const line = (cells) =>
    cells
      .map((c, i) => (i === 1 || i === 4 ? c.padStart(widths[i]) : c.padEnd(widths[i])))
      .join("  ")
      .trimEnd();
  const cores = availableParallelism();
  console.log(
    `iotdock bench — ${new Date().toISOString()}, Node ${process.version}, ${cores} cores (${cpus()[0]?.model ?? "?"})${quick ? ", --quick" : ""}`,
  );
  console.log(line(head));
  console.log(line(widths.map((w) => "-".repeat(w))));
  for (const l of lines) console.log(line(l));
  const failing = rows.filter((r) => holds(r) === "NO" || holds(r) === "ERROR");
  console.log(
    `${rows.filter((r) => holds(r) === "yes").length} targets hold, ${failing.length} do not${failing.length ? `: ${failing.map((r) => r.key).join(", ")}` : ""}`,
  );
}

const committedUrl = new URL("./results.json", import.meta.url);
const committed = await readFile(committedUrl, "utf8").then(JSON.parse, () => undefined);
const steps = { signers, clients, sandbox, scale: scaleAndLoad, load: scaleAndLoad, portal };
const done = new Set();
for (const section of SECTIONS.filter((s) => only.includes(s))) {
  if (done.has(steps[section])) continue;
  done.add(steps[section]);
  progress(`${section}…`);
  try {
    await steps[section]();
  } catch (error) {
    // A section that cannot run is a row of the table too, not the end of the run.
    const reason = (error instanceof Error ? error.message : String(error)).split("\n")[0].slice(0, 160);
    rows.push({
      key: `${section}.error`,
      label: `${section}: not measured`,
      value: Number.NaN,
      unit: "",
      digits: 0,
      note: reason,
      failed: true,
    });
  }
}
printTable(committed);
const results = {
  date: new Date().toISOString(),
  node: process.version,
  cores: availableParallelism(),
  quick,
  figures: Object.fromEntries(rows.map((r) => [r.key, r.value])),
  rows,
};
const out = values.save
  ? committedUrl
  : new URL("../node_modules/.cache/iotdock-bench/results.json", import.meta.url);
await mkdir(new URL("./", out), { recursive: true });
await writeFile(out, `${JSON.stringify(results, null, 2)}\n`);
console.log(
  `bench: wrote ${values.save ? "bench/results.json" : "node_modules/.cache/iotdock-bench/results.json (not committed; --save writes bench/results.json)"}`,
);
