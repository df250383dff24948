// Identity across installs, on the tarballs: a consumer project installs the
// packed packages with npm, next to an SDK that brings a second errors-core
// at another version (as when two versions end up installed). Guards and
// instanceof must agree across the copies and across ESM and CJS.
import { execFileSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PUBLISHED, type Published, packAll } from "./pack.js";
import { repositoryRoot } from "./seed.js";

let consumer: string;
let tarballs: Record<Published, string>;

// The SDK's own errors, built with its copy of errors-core's toolkit, the way a domain package is.
const sdkSource = `
const build = (core) => {
  const entry = core.defineCatalogEntry({ code: "RATE_LIMIT_EXCEEDED", status: 429, description: "x", category: "rate_limit", retryable: true });
  class SdkLlmError extends core.NovitaError { static domain = "llm"; }
  class SdkRateLimitExceededError extends SdkLlmError {
    static entry = entry;
    constructor(o) { super(o?.message ?? entry.description, o); core.initializeCodeError(this, o); }
  }
  const createSdkLlmError = (o) => core.createDomainBaseError(SdkLlmError, o);
  return { core, SdkLlmError, SdkRateLimitExceededError, createSdkLlmError };
};
`;

beforeAll(() => {
  tarballs = packAll();
  consumer = mkdtempSync(path.join(tmpdir(), "novita-consumer-"));
  // A second errors-core, at a bumped version, packed by npm from a copy of the built package.
  const next = path.join(consumer, "core-next");
  cpSync(path.join(repositoryRoot, "packages/errors-core"), next, {
    recursive: true,
    filter: (source) => !/node_modules|\.turbo|\/src\b/.test(source),
  });
  const manifest = JSON.parse(readFileSync(path.join(next, "package.json"), "utf8"));
  manifest.version = "9.9.9";
  writeFileSync(path.join(next, "package.json"), JSON.stringify(manifest));
  execFileSync("npm", ["pack", "--silent", "--pack-destination", consumer], { cwd: next, encoding: "utf8" });

  const sdk = path.join(consumer, "fake-sdk");
  mkdirSync(sdk);
  writeFileSync(
    path.join(sdk, "package.json"),
    JSON.stringify({
      name: "fake-sdk",
      version: "1.0.0",
      exports: { import: "./index.mjs", require: "./index.cjs" },
      dependencies: { "@novita/errors-core": "file:../novita-errors-core-9.9.9.tgz" },
    }),
  );
  writeFileSync(
    path.join(sdk, "index.mjs"),
    `import * as root from "@novita/errors-core";\nimport * as internal from "@novita/errors-core/internal";\n${sdkSource}\nexport default build({ ...root, ...internal });\n`,
  );
  writeFileSync(
    path.join(sdk, "index.cjs"),
    `${sdkSource}\nmodule.exports = build({ ...require("@novita/errors-core"), ...require("@novita/errors-core/internal") });\n`,
  );

  const dependencies: Record<string, string> = { "fake-sdk": "file:./fake-sdk" };
  for (const name of PUBLISHED) dependencies[`@novita/errors-${name}`] = `file:${tarballs[name]}`;
  writeFileSync(
    path.join(consumer, "package.json"),
    JSON.stringify({ name: "consumer", private: true, type: "module", dependencies }),
  );
  execFileSync("npm", ["install", "--no-audit", "--no-fund", "--offline", "--install-links", "--loglevel=error"], {
    cwd: consumer,
    encoding: "utf8",
  });
  writeFileSync(path.join(consumer, "check.mjs"), check);
}, 180_000);

afterAll(() => {
  if (consumer !== undefined) rmSync(consumer, { recursive: true, force: true });
  if (tarballs !== undefined) rmSync(path.dirname(tarballs.core), { recursive: true, force: true });
});

const check = `
import { createRequire } from "node:module";
import * as core from "@novita/errors-core";
import * as llm from "@novita/errors-llm";
import * as media from "@novita/errors-media";
import sdk from "fake-sdk";
const require = createRequire(import.meta.url);
const llmCjs = require("@novita/errors-llm");
const coreCjs = require("@novita/errors-core");
const sdkCjs = require("fake-sdk");
const version = (file) => JSON.parse(require("node:fs").readFileSync(file, "utf8")).version;
const results = {
  versions: [version(require.resolve("@novita/errors-core/package.json")), version(require.resolve("@novita/errors-core/package.json", { paths: [require.resolve("fake-sdk")] }))],
  distinct: sdk.core.NovitaError !== core.NovitaError && sdkCjs.core.NovitaError !== coreCjs.NovitaError && core.NovitaError !== coreCjs.NovitaError,
  checks: [],
};
const agree = (label, value, Class, guard, expected) => {
  results.checks.push([label + " instanceof", value instanceof Class, expected]);
  results.checks.push([label + " guard", guard(value), expected]);
};
for (const [side, lib] of [["esm", llm], ["cjs", llmCjs]]) {
  for (const [sdkSide, other] of [["sdk-esm", sdk], ["sdk-cjs", sdkCjs]]) {
    const ours = new lib.RateLimitExceededError();
    const theirs = new other.SdkRateLimitExceededError();
    const theirBase = other.createSdkLlmError({ code: "RATE_LIMIT_EXCEEDED", status: 429 });
    agree(side + " error, " + sdkSide + " core's NovitaError", ours, other.core.NovitaError, other.core.isNovitaError, true);
    agree(side + " error, " + sdkSide + " per-code class", ours, other.SdkRateLimitExceededError, (v) => other.core.isDomainError(v, "llm", "RATE_LIMIT_EXCEEDED"), true);
    agree(sdkSide + " error, " + side + " class", theirs, lib.RateLimitExceededError, (v) => lib.isLlmError(v, "RATE_LIMIT_EXCEEDED"), true);
    agree(sdkSide + " error, " + side + " base", theirs, lib.LlmError, lib.isLlmError, true);
    agree(sdkSide + " base error, " + side + " per-code class", theirBase, lib.RateLimitExceededError, (v) => lib.isLlmError(v, "RATE_LIMIT_EXCEEDED"), false);
    agree(sdkSide + " error, media class", theirs, media.RateLimitExceededError, (v) => media.isMediaError(v, "RATE_LIMIT_EXCEEDED"), false);
  }
  agree(side + " error, other entry's class", new lib.RateLimitExceededError(), (side === "esm" ? llmCjs : llm).RateLimitExceededError, (v) => (side === "esm" ? llmCjs : llm).isLlmError(v, "RATE_LIMIT_EXCEEDED"), true);
}
console.log(JSON.stringify(results));
`;

describe("packed packages installed next to a second errors-core", () => {
  it("should install the second version nested, as a distinct copy", () => {
    const results = JSON.parse(execFileSync(process.execPath, ["check.mjs"], { cwd: consumer, encoding: "utf8" }));
    expect(results.versions[0]).not.toBe(results.versions[1]);
    expect(results.versions[1]).toBe("9.9.9");
    expect(results.distinct).toBe(true);
  });

  it("should give the same answers from guards and instanceof across every copy", () => {
    const results = JSON.parse(execFileSync(process.execPath, ["check.mjs"], { cwd: consumer, encoding: "utf8" })) as {
      checks: [string, boolean, boolean][];
    };
    expect(results.checks.length).toBeGreaterThan(40);
    const wrong = results.checks.filter(([, actual, expected]) => actual !== expected);
    expect(wrong).toEqual([]);
  });
});
