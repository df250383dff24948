import { configDefaults, defineConfig } from "vitest/config";
import { TEST_TIMEOUTS } from "../../vitest.base";

// The interop tests load the built packages, as users install them (no
// `@novita/source` condition), and drive real clients over sockets. The
// clients in `src/node22` do not load on an older Node (undici 8): they run
// when interop-node22 runs the tests again under Node 22.
const node22 = Number(process.versions.node.split(".")[0]) >= 22;

export default defineConfig({
  test: {
    ...TEST_TIMEOUTS,
    exclude: [...configDefaults.exclude, ...(node22 ? [] : ["src/node22/**"])],
    // Mastra sends telemetry by default, read when it loads: off before any test file loads it.
    env: { MASTRA_TELEMETRY_DISABLED: "1" },
  },
});
