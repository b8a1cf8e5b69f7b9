#!/usr/bin/env node
// Runs the project's Redocly CLI with telemetry off: `node scripts/redocly.mjs lint` is
// `redocly lint`. Under Node 20, Redocly CLI 2.x prints a boxed "Node.js 20 support is ending"
// notice on stderr at every start, with no flag or variable to turn it off (node_modules/@redocly/
// cli/lib/index.js). This drops that one box (and the blank line on either side of it) and passes
// everything else through unchanged, as it comes: other boxes, warnings, errors, and the exit code.
import { spawn } from "node:child_process";
import { readFileSync, realpathSync } from "node:fs";
import { createRequire } from "node:module";
import { constants } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/** The text that marks Redocly's Node 20 end-of-life box (its title line). */
export const BANNER_MARK = "Node.js 20 support is ending";

// biome-ignore lint/suspicious/noControlCharactersInRegex: ANSI colour codes, matched to ignore them
const plain = (line) => line.replace(/\u001b\[[0-9;]*m/g, "");
const isTop = (line) => /^\s*╔═+╗\s*$/.test(plain(line));
const isBottom = (line) => /^\s*╚═+╝\s*$/.test(plain(line));
const isBlank = (line) => plain(line).trim() === "";

/**
 * A streaming filter of a program's output: `push(chunk)` returns the text to print now, `end()`
 * the rest. Whole lines only: blank lines and a box are held until it is known whether they are
 * the banner; only a box (╔═…╗ to ╚═…╝) containing BANNER_MARK is dropped, with the blank line just
 * before it and the one just after.
 */
export function bannerFilter() {
  let partial = "";
  let held = []; // blank lines, then (inBox) a box's lines so far
  let boxStart = -1;
  let dropBlank = false;
  const flush = () => {
    const text = held.join("");
    held = [];
    boxStart = -1;
    return text;
  };
  const line = (text) => {
    if (boxStart >= 0) {
      held.push(text);
      if (!isBottom(text)) return "";
      const box = held.slice(boxStart);
      if (!box.some((l) => plain(l).includes(BANNER_MARK))) return flush();
      const before = held.slice(0, boxStart);
      if (before.length) before.pop();
      held = [];
      boxStart = -1;
      dropBlank = true;
      return before.join("");
    }
    if (isBlank(text)) {
      if (dropBlank) {
        dropBlank = false;
        return "";
      }
      held.push(text);
      return "";
    }
    dropBlank = false;
    if (isTop(text)) {
      boxStart = held.length;
      held.push(text);
      return "";
    }
    return flush() + text;
  };
  return {
    push(chunk) {
      const lines = (partial + chunk).split(/(?<=\n)/);
      partial = lines.at(-1)?.endsWith("\n") ? "" : (lines.pop() ?? "");
      return lines.map(line).join("");
    },
    end() {
      const rest = flush() + partial;
      partial = "";
      return rest;
    },
  };
}

function run(args) {
  const require = createRequire(import.meta.url);
  const pkgFile = require.resolve("@redocly/cli/package.json");
  const bin = join(dirname(pkgFile), JSON.parse(readFileSync(pkgFile, "utf8")).bin.redocly);
  const env = { ...process.env, REDOCLY_TELEMETRY: "off" };
  // Its stderr is a pipe now: keep colours where the terminal would have shown them.
  if (process.stderr.isTTY && env.FORCE_COLOR === undefined && env.NO_COLOR === undefined)
    env.FORCE_COLOR = "1";
  const child = spawn(process.execPath, [bin, ...args], { env, stdio: ["inherit", "inherit", "pipe"] });
  const filter = bannerFilter();
  child.stderr.setEncoding("utf8");
  child.stderr.on("data", (chunk) => process.stderr.write(filter.push(chunk)));
  child.on("error", (error) => {
    console.error(`redocly: ${error.message}`);
    process.exitCode = 1;
  });
  child.on("close", (code, signal) => {
    process.stderr.write(filter.end());
    process.exitCode = code ?? 128 + (constants.signals[signal] ?? 0);
  });
}

if (process.argv[1] && realpathSync(process.argv[1]) === fileURLToPath(import.meta.url)) {
  run(process.argv.slice(2));
}
