import { defineConfig } from "vitest/config";

// One shared test setup for the published packages: imports of workspace
// packages read their sources through the `@novita/source` export condition,
// so unit tests never wait for a build. (The conformance package tests the
// built dist, as consumers load it, and does not use this.)
const conditions = ["@novita/source", "module", "node", "development|production"];

// A test's timeout catches a hang, it does not time the work: bounded work asserts its bound, and a
// loaded machine (2 cores, another build beside it) gets time. vitest's 5 s default failed there.
export const TEST_TIMEOUTS = { testTimeout: 60_000, hookTimeout: 120_000 } as const;

export default defineConfig({
  test: { ...TEST_TIMEOUTS },
  resolve: { conditions },
  ssr: { resolve: { conditions } },
});
