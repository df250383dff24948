// `engineStrict` is off in pnpm-workspace.yaml: the interop tests drive
// clients at today's majors (openai 7, ai 7, ky 2, got 16, wretch 3, undici 8,
// Mastra, LangChain's openai package) that declare Node 22, and pnpm checks `engines` before any hook
// could relax them. This test keeps the promise engineStrict made: any other
// installed package whose `engines` exclude the Node running the tests (Node
// 20 on CI) fails here, naming it, so a Node-22-only major is never added by
// accident to what the published packages or their tooling need.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import semver from "semver";
import { describe, expect, it } from "vitest";

const STORE = fileURLToPath(new URL("../../../node_modules/.pnpm", import.meta.url));

/** Clients of the interop tests, and what they bring, that declare a newer Node: run there on purpose. */
const INTEROP_ONLY = new Set([
  "openai",
  "ai",
  "ky",
  "@langchain/openai",
  "@ai-sdk/openai-compatible",
  "@ai-sdk/provider",
  "@ai-sdk/provider-utils",
  "@ai-sdk/gateway",
  "@ai-sdk/openai",
  "@mastra/core",
  "@mastra/schema-compat",
  "got",
  // got 16's own dependency.
  "@sindresorhus/is",
  // Loaded only under Node 22 (packages/interop/src/node22).
  "undici",
  "wretch",
]);

/** Every installed package's manifest, once per version. */
function installedManifests(): { name: string; version: string; engines?: { node?: unknown } }[] {
  const manifests = [];
  for (const folder of readdirSync(STORE)) {
    const modules = join(STORE, folder, "node_modules");
    if (!existsSync(modules)) continue;
    for (const entry of readdirSync(modules)) {
      const names = entry.startsWith("@")
        ? readdirSync(join(modules, entry)).map((name) => `${entry}/${name}`)
        : [entry];
      for (const name of names) {
        const file = join(modules, name, "package.json");
        if (existsSync(file)) manifests.push(JSON.parse(readFileSync(file, "utf8")));
      }
    }
  }
  return manifests;
}

describe("Node engines of installed packages", () => {
  it(`should all admit this Node (${process.version}), but for the interop tests' clients`, () => {
    const refused = installedManifests()
      .filter(({ engines }) => typeof engines?.node === "string" && !semver.satisfies(process.version, engines.node))
      .map(({ name, version, engines }) => `${name}@${version} (node ${engines?.node})`);
    const unexpected = refused.filter((line) => !INTEROP_ONLY.has(line.slice(0, line.lastIndexOf("@"))));
    expect(unexpected).toEqual([]);
    // The interop tests do drive clients made for a newer Node: the list above is not stale.
    if (semver.lt(process.version, "22.0.0")) expect(refused.length).toBeGreaterThan(0);
  });
});
