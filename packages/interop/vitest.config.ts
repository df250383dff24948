import { defineConfig } from "vitest/config";

// The interop tests load the built packages, as users install them (no
// `@novita/source` condition), and drive real clients over sockets.
export default defineConfig({ test: { testTimeout: 20_000 } });
