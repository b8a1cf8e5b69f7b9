#!/usr/bin/env node
// `npm test`'s checks before the tests, on two lanes (this machine has two cores): the type check
// and the CommonJS build beside lint → generated-files freshness → the ESM build and the portal
// (together `npm run build`). Each step's output is printed whole when it ends; the first failure
// fails the run (after both lanes stop), with that step named.
import { spawn } from "node:child_process";

const LANES = [
  [["typecheck"], ["build", "--", "--cjs-only"]],
  [["lint"], ["check:generated"], ["build", "--", "--no-cjs"]],
];

function step([script, ...args]) {
  return new Promise((resolve) => {
    const child = spawn("npm", ["run", script, "--silent", ...args], { stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    child.stdout.on("data", (chunk) => {
      output += chunk;
    });
    child.stderr.on("data", (chunk) => {
      output += chunk;
    });
    child.on("close", (code) => {
      process.stdout.write(
        `> npm run ${[script, ...args].join(" ")}${code === 0 ? "" : ` (exit ${code})`}\n${output}`,
      );
      resolve(code === 0);
    });
  });
}

const results = await Promise.all(
  LANES.map(async (lane) => {
    for (const command of lane) if (!(await step(command))) return command.join(" ");
    return undefined;
  }),
);
const failed = results.filter(Boolean);
if (failed.length) {
  console.error(`pretest: failed: ${failed.join(", ")}`);
  process.exit(1);
}
