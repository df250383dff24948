import { defineConfig } from "vitest/config";

// One rehearsal, in order, in one file: every step waits on real installs and a real registry, so
// the bounds are those of a busy machine, not of the work.
export default defineConfig({
  test: { testTimeout: 300_000, hookTimeout: 600_000, fileParallelism: false },
});
