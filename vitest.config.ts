import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["src/**/*.test.ts", "contract-tests/**/*.test.ts"],
    testTimeout: 20_000,
    // Most suites wait on local servers and child processes, not the CPU: run three files at a
    // time even on this 2-core machine (the default would be one).
    maxWorkers: 3,
    hookTimeout: 30_000,
  },
});
