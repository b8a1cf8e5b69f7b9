import { execFile } from "node:child_process";
import { cp, mkdir, mkdtemp, readFile, rm, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { parse, stringify } from "yaml";
import { runDreddOnce } from "./support/dredd.js";

// Budget (table in vitest.config.ts): 6.5 s alone (9.5 s in suite: it imports the copy's sources afresh); about 3× that.
vi.setConfig({ testTimeout: 30_000, hookTimeout: 30_000 });

/**
 * The spec is the only place an operation is written: a copy of the repository gets one new
 * Gwell operation in specs/gwell.yaml (a path, a request and a response example, the signing and
 * body-credential facts), and with no code changed the generated types have it, the signed client
 * calls it, the sandbox verifies and answers it, the contract runner and Dredd cover it, and the
 * docs portal lists it.
 */

const run = promisify(execFile);
const ROOT = fileURLToPath(new URL("..", import.meta.url));
const PATH = "/openapi/custCloud/oss/iotdockProbe";

interface Spec {
  paths: Record<string, Record<string, Record<string, unknown>>>;
}

/**
 * The new operation: shaped like devList (same security), with its own body and answer, in a file
 * of its own under specs/gwell/ that the root references (the multi-file layout), bundled by
 * `npm run generate`.
 */
function addOperation(spec: Spec): Record<string, unknown> {
  const devList = spec.paths["/openapi/custCloud/oss/devList"]?.post as Record<string, unknown>;
  spec.paths[PATH] = { $ref: "./gwell/paths/iotdockProbe.yaml" } as never;
  return {
    post: {
      operationId: "iotdockProbe",
      "x-iotdock-body-credentials": { appId: "appId", appToken: "appToken" },
      "x-iotdock-idempotent": true,
      summary: "Probe a device (an operation no code has seen)",
      description: "Added by contract-tests/pipeline.test.ts to a copy of the spec.",
      tags: devList.tags,
      security: devList.security,
      requestBody: {
        required: true,
        content: {
          "application/json": {
            schema: {
              type: "object",
              required: ["appId", "appToken", "sn"],
              additionalProperties: false,
              properties: { appId: { type: "string" }, appToken: { type: "string" }, sn: { type: "string" } },
            },
            example: { appId: "masked", appToken: "masked", sn: "probe-sn-1" },
          },
        },
      },
      responses: {
        "200": {
          description: "The probe's answer.",
          content: {
            "application/json": {
              schema: {
                allOf: [
                  { $ref: "../../gwell.yaml#/components/schemas/Envelope" },
                  {
                    type: "object",
                    properties: {
                      data: {
                        type: "object",
                        nullable: true,
                        required: ["probed"],
                        properties: { probed: { type: "string" } },
                      },
                    },
                  },
                ],
              },
              example: { code: 0, msg: "success", data: { probed: "probe-sn-1" }, requestId: "probe-1" },
            },
          },
        },
      },
    },
  };
}

describe("one spec edit per operation: a new operation goes through the whole pipeline", () => {
  let dir: string;
  const at = (...parts: string[]) => join(dir, ...parts);
  const load = <T>(file: string): Promise<T> => import(pathToFileURL(at(file)).href) as Promise<T>;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "iotdock-pipeline-"));
    for (const entry of ["src", "specs", "scripts", "generated", "redocly.yaml", "package.json"])
      await cp(join(ROOT, entry), at(entry), { recursive: true });
    await cp(join(ROOT, "contract-tests", "vectors"), at("contract-tests", "vectors"), { recursive: true });
    await symlink(join(ROOT, "node_modules"), at("node_modules"), "dir");
    const spec = parse(await readFile(at("specs", "gwell.yaml"), "utf8")) as Spec;
    const pathItem = addOperation(spec);
    await mkdir(at("specs", "gwell", "paths"), { recursive: true });
    await writeFile(at("specs", "gwell", "paths", "iotdockProbe.yaml"), stringify(pathItem));
    await writeFile(at("specs", "gwell.yaml"), stringify(spec));
    await run(process.execPath, [at("scripts", "generate.mjs")], { cwd: dir });
  });
  afterAll(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it("the copy's spec lints (extensions included) and the generated types have the operation", async () => {
    await run(process.execPath, [at("scripts", "lint-extensions.mjs")], { cwd: dir });
    const types = await readFile(at("generated", "gwell.d.ts"), "utf8");
    expect(types).toContain(`"${PATH}": {`);
    expect(types).toMatch(/iotdockProbe: \{/);
    expect(await readFile(join(ROOT, "generated", "gwell.d.ts"), "utf8")).not.toContain(PATH);
  });

  it("the client signs it, the sandbox verifies and answers it; a forged signature is refused", async () => {
    const { startSandbox } = await load<typeof import("../src/sandbox/server.js")>("src/sandbox/server.ts");
    const { createGwellClient } = await load<typeof import("../src/vendors/gwell/client.js")>(
      "src/vendors/gwell/client.ts",
    );
    const { CREDENTIALS } = await load<typeof import("../src/vendors/gwell/credentials.js")>(
      "src/vendors/gwell/credentials.ts",
    );
    const sandbox = await startSandbox({ portBase: 0, vendors: ["gwell"], env: {}, log: () => {} });
    try {
      const baseUrl = sandbox.sandboxes[0]?.url as string;
      const client = (appKey: string) =>
        createGwellClient({
          baseUrl,
          appId: CREDENTIALS.appId.default,
          appToken: CREDENTIALS.appToken.default,
          appKey,
        });
      // Typed by the copy's generated types: the path is not in the repository's own.
      const good = await (
        client(CREDENTIALS.appKey.default) as never as {
          POST(path: string, init: { body: unknown }): Promise<{ data?: unknown }>;
        }
      ).POST(PATH, { body: { sn: "probe-sn-1" } });
      expect(good.data).toEqual({
        code: 0,
        msg: "success",
        data: { probed: "probe-sn-1" },
        requestId: "probe-1",
      });
      const forged = await (
        client("not-the-app-key") as never as {
          POST(path: string, init: { body: unknown }): Promise<{ data?: { code?: number; msg?: string } }>;
        }
      ).POST(PATH, { body: { sn: "probe-sn-1" } });
      expect(forged.data).toMatchObject({ code: 10007, msg: "signature validate fail:-3" });
    } finally {
      await sandbox.close();
    }
  });

  it("the contract runner and Dredd cover it against the sandbox", async () => {
    const { startSandbox } = await load<typeof import("../src/sandbox/server.js")>("src/sandbox/server.ts");
    const { runContract, targetValues } =
      await load<typeof import("../src/contract/run.js")>("src/contract/run.ts");
    const { contract } = await load<typeof import("../src/vendors/gwell/contract.js")>(
      "src/vendors/gwell/contract.ts",
    );
    const sandbox = await startSandbox({ portBase: 0, vendors: ["gwell"], env: {}, log: () => {} });
    try {
      const baseUrl = sandbox.sandboxes[0]?.url as string;
      const cases = await runContract(
        contract,
        { baseUrl, values: targetValues(contract, {}, true) },
        {
          strict: true,
        },
      );
      const probe = cases.filter((c) => c.name.startsWith("gwell iotdockProbe: "));
      expect(probe.map((c) => [c.name, c.pass, c.skipped ?? false])).toEqual([
        ["gwell iotdockProbe: the spec's example request (from the spec)", true, false],
        ["gwell iotdockProbe: signed with wrong secrets (from the spec)", true, false],
      ]);
      const dredd = await runDreddOnce([at("generated", "gwell.json")], baseUrl);
      expect(dredd.records.map((r) => [r.operationId, r.signed, r.valid])).toContainEqual([
        "iotdockProbe",
        true,
        true,
      ]);
      expect(dredd.stats, JSON.stringify(dredd.records)).toMatchObject({ failures: 0, errors: 0, tests: 4 });
    } finally {
      await sandbox.close();
    }
  });

  it("the docs portal lists it", async () => {
    const { buildPortal } = await load<typeof import("../src/portal/build.js")>("src/portal/build.ts");
    // Start from the repository's built portal (npm run build): its cache keeps every page whose
    // spec is unchanged, so only gwell's page is rendered again.
    const out = at("docs");
    await cp(join(ROOT, "dist", "docs"), out, { recursive: true });
    const result = await buildPortal({ outDir: out });
    expect(result.rendered).toEqual(["gwell.html"]);
    const page = await readFile(join(out, "gwell.html"), "utf8");
    expect(page).toContain('"operationId":"iotdockProbe"');
    const index = await readFile(join(out, "index.html"), "utf8");
    expect(index).toMatch(/<li class="card" data-spec="gwell">[\s\S]*?<dd class="operations">4<\/dd>/);
  });
});
