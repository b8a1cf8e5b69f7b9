#!/usr/bin/env node
// `npm start`: compiles dist/ when the sources changed since the last build (a second start skips
// it), then runs `iotdock sandbox` with the arguments given. The docs portal is not built here: the
// sandbox command builds it in the background when dist/docs is missing, so the sandboxes answer
// first.
import { execFileSync, spawn } from "node:child_process";
import { existsSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("../", import.meta.url));
const stamp = join(root, "dist", ".build-stamp");

/** The newest modification time under the build's inputs. */
function newest(path) {
  const info = statSync(path);
  if (!info.isDirectory()) return info.mtimeMs;
  return readdirSync(path).reduce((max, name) => Math.max(max, newest(join(path, name))), info.mtimeMs);
}

const inputs = ["src", "generated", "tsconfig.json", "tsconfig.build.json", "package.json"].map((p) =>
  join(root, p),
);
const stale = !existsSync(stamp) || Math.max(...inputs.map(newest)) > statSync(stamp).mtimeMs;
if (stale) {
  const started = performance.now();
  execFileSync(
    process.execPath,
    [join(root, "node_modules", "typescript", "bin", "tsc"), "-p", "tsconfig.build.json"],
    {
      cwd: root,
      stdio: "inherit",
    },
  );
  writeFileSync(stamp, new Date().toISOString());
  console.log(`iotdock: compiled dist/ in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}
const child = spawn(
  process.execPath,
  [join(root, "dist", "cli", "main.js"), "sandbox", ...process.argv.slice(2)],
  {
    stdio: "inherit",
  },
);
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => child.kill(signal));
child.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
