import { execFile } from "node:child_process";
import { cp, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

/** `npm run lint` checks every x-iotdock-… extension against specs/x-iotdock.schema.json. */

const run = promisify(execFile);
const ROOT = fileURLToPath(new URL("..", import.meta.url));
const SCRIPT = join(ROOT, "scripts", "lint-extensions.mjs");

describe("x-iotdock extensions: documented once, checked by lint", () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "iotdock-ext-"));
    await cp(join(ROOT, "specs"), join(dir, "specs"), { recursive: true });
    await cp(join(ROOT, "redocly.yaml"), join(dir, "redocly.yaml"));
  });
  afterAll(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  const lintWith = async (from: string, to: string) => {
    const file = join(dir, "specs", "gwell.yaml");
    const original = await readFile(file, "utf8");
    expect(original).toContain(from);
    await writeFile(file, original.replace(from, to));
    try {
      return await run(process.execPath, [SCRIPT, "--root", dir]).then(
        (r) => ({ code: 0, stderr: r.stderr }),
        (e: { code: number; stderr: string }) => ({ code: e.code, stderr: e.stderr }),
      );
    } finally {
      await writeFile(file, original);
    }
  };

  it("the repository's specs pass", async () => {
    const { stdout } = await run(process.execPath, [SCRIPT]);
    expect(stdout).toMatch(/^lint-extensions: x-iotdock extensions valid in \d+ specs$/m);
  });

  it("a misspelt extension fails, named with where it is", async () => {
    const r = await lintWith("x-iotdock-idempotent: true", "x-iotdock-idempotnet: true");
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(
      "specs/gwell.yaml POST /openapi/custCloud/oss/devInfo: x-iotdock-idempotnet is not an extension of operation objects",
    );
  });

  it("a value of the wrong type fails", async () => {
    const r = await lintWith("x-iotdock-idempotent: true", 'x-iotdock-idempotent: "yes"');
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("/x-iotdock-idempotent: must be boolean");
  });

  it("an error code kind outside the list fails", async () => {
    const r = await lintWith("kind: authentication", "kind: signature-ish");
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/x-iotdock-error-codes\/\d+\/kind: must be equal to one of the allowed values/);
  });
});
