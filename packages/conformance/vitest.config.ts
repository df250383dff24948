import { defineConfig } from "vitest/config";
import { TEST_TIMEOUTS } from "../../vitest.base";

// The conformance tests load the built packages as consumers do (no `@novita/source` condition),
// with the repository's timeouts for a loaded machine.
export default defineConfig({ test: { ...TEST_TIMEOUTS } });
