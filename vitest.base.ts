import { defineConfig } from "vitest/config";

// One shared test setup for the published packages: imports of workspace
// packages read their sources through the `@novita/source` export condition,
// so unit tests never wait for a build. (The conformance package tests the
// built dist, as consumers load it, and does not use this.)
const conditions = ["@novita/source", "module", "node", "development|production"];

export default defineConfig({
  resolve: { conditions },
  ssr: { resolve: { conditions } },
});
