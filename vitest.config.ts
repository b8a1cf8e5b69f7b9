import { availableParallelism } from "node:os";
import { defineConfig } from "vitest/config";
import { BaseSequencer, type TestSpecification } from "vitest/node";

/**
 * The slow files of the table below, slowest first: started first, they run beside the many short
 * files instead of after them (a fresh clone has no timing cache for vitest to sort by). The rest
 * keep vitest's own order.
 */
const SLOWEST_FIRST = [
  "portal.browser.test.ts",
  "quectel.amqp.test.ts",
  "sandboxes.fuzz.test.ts",
  "readme.test.ts",
  "dredd.test.ts",
  "cli.test.ts",
  "pipeline.test.ts",
  "package.install.test.ts",
  "portal.test.ts",
];

class SlowestFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const rank = (f: TestSpecification) => {
      const i = SLOWEST_FIRST.findIndex((name) => f.moduleId.endsWith(`/${name}`));
      return i < 0 ? SLOWEST_FIRST.length : i;
    };
    return sorted
      .map((f, i) => ({ f, i }))
      .sort((a, b) => rank(a.f) - rank(b.f) || a.i - b.i)
      .map(({ f }) => f);
  }
}

/*
 * Budgets of the slow files, measured on the 2-core machine this suite is made for, each file
 * alone (`npx vitest run <file>` after `npm run build`), three runs each, while other work shared
 * the machine. Each file sets its own `testTimeout`/`hookTimeout` with `vi.setConfig` at about 3×
 * its whole time alone: no single test or hook comes near it, even with two files side by side
 * (the "in suite" column: `npm test`, maxWorkers 2). None asserts on time: speed targets (the
 * portal's 2 s page load and search among them) are rows of `npm run bench`.
 *
 *   file                       alone      in suite   budget   where its time goes
 *   portal.browser.test.ts     35–65 s    40–85 s    180 s    Chromium rendering and searching 7 Redoc
 *                                                             pages, 3.5–5.5 s each whatever its size
 *                                                             (two searches with Redoc's 500 ms wait,
 *                                                             8 operations navigated to, the errata)
 *   quectel.amqp.test.ts       15–16 s    13–16 s    180 s    RabbitMQ started twice (about 5 s each, Erlang
 *                                                             boot; hooks get 180 s: a first start on a busy
 *                                                             machine can be far slower), 60 s a test
 *   cli.test.ts                7–8 s      8–10 s     25 s     3 sandbox processes (one serves, two must
 *                                                             fail on taken ports) and ~20 CLI processes,
 *                                                             side by side
 *   portal.test.ts             11–12 s    12–15 s    35 s     the cold build renders every spec with
 *                                                             redocly (that is what it tests): 6 s alone,
 *                                                             10–15 s in suite since Haier's 230 operations
 *   secrets.test.ts            11 s       12–14 s    35 s     one sandbox process, 8 CLI runs side by side,
 *                                                             ports chosen by the system (7–10 s one test)
 *   package.test.ts            7 s        10–12 s    25 s     2 generator runs side by side; `npm run docs`
 *                                                             starts from dist/docs' cache
 *
 *   sandboxes.fuzz.test.ts     18 s       32 s       45 s     150 unsigned requests a vendor (fixed), then
 *                                                             10–15 signed mutations an operation: about
 *                                                             30 ms an operation (Haier's 230: 7–12 s, the
 *                                                             longest test)
 *   dredd.test.ts              45 s       75 s       150 s    one Dredd per vendor (Quectel's 124+44, Haier's 230
 *                                                             operations: 10 s) and five teeth runs (a
 *                                                             spec over 12 operations cut to 12, with
 *                                                             the components they reach), in
 *                                                             beforeAll; about 40 ms an operation
 *   package.install.test.ts    8 s        8–16 s     60 s     npm pack, npm install of the tarball into a
 *                                                             fresh project, 2 tsc runs, the CLI and a
 *                                                             sandbox from the installed package
 *   readme.test.ts             17 s       32–45 s    60 s     every README block against in-process
 *                                                             sandboxes; CLI lines in a clone and an
 *                                                             installed project; the blocks' type check
 *                                                             (one tsc, 100 s limit) runs beside them
 *   pipeline.test.ts           6.5 s      6–10 s     30 s     a copy of the repository: generate, import
 *                                                             its sources, one Redoc page
 *
 * The generic checks of one operation (three contract cases, a Dredd transaction, the signed
 * mutations) cost about 65 ms of CPU, most of it Dredd's; Quectel's 124 operations are in the
 * figures above. Every other file takes under 5 s alone and keeps the defaults below.
 */
export default defineConfig({
  test: {
    include: ["src/**/*.test.ts", "contract-tests/**/*.test.ts"],
    testTimeout: 20_000,
    hookTimeout: 30_000,
    // One file per core. The slow files are CPU-bound in the child processes they start (Chromium,
    // sandboxes, CLI runs, redocly), which no worker count limits. Measured on 2 cores, `npm test`
    // took 56–61 s wall with 2, 3 or 4 workers alike, but the sum of the files' own times grew from
    // 97 s (2 workers) to 145 s (3) and 193 s (4): more workers only stretch each file towards its
    // timeout.
    maxWorkers: Math.max(2, availableParallelism()),
    sequence: { sequencer: SlowestFirst },
  },
});
