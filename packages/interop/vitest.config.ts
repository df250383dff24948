import { defineConfig } from "vitest/config";
import { TEST_TIMEOUTS } from "../../vitest.base";

// The interop tests load the built packages, as users install them (no
// `@novita/source` condition), and drive real clients over sockets.
export default defineConfig({ test: { ...TEST_TIMEOUTS } });
