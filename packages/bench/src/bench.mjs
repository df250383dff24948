// pnpm bench: one process, paired runs, medians with their spread.
// `pnpm bench --write` also records the table in this package's README.
import { readFileSync, writeFileSync } from "node:fs";
import { isLlmError, RateLimitExceededError } from "@novita/errors-llm";
import { bundleSize, bundles } from "./bundle-sizes.mjs";
import { builders } from "./construct.mjs";
import { groupRatios, pairedRatio, pairedRatioAsync } from "./paired.mjs";
import { parsers } from "./parse.mjs";
import { inMemory, requests, startServer } from "./response-overhead.mjs";
import { fromThrown } from "./thrown.mjs";

// `--only=parse` (or construct, guard, request, bundle) runs one group alone, in a fresh
// process: a measure then sees no JIT state left by the others.
const GROUPS = ["construct", "parse", "thrown", "guard", "request", "bundle"];
const only = process.argv.find((arg) => arg.startsWith("--only="))?.slice("--only=".length);
if (only !== undefined && !GROUPS.includes(only)) {
  console.error(`--only takes one of ${GROUPS.join(", ")}`);
  process.exit(2);
}
if (only !== undefined && process.argv.includes("--write")) {
  console.error("--write records the whole table: leave out --only");
  process.exit(2);
}
const runs = (group) => only === undefined || only === group;

const started = performance.now();
const rows = [];
const fmt = (value, digits = 2) => value.toFixed(digits);
const ns = (value) => (value >= 1000 ? `${fmt(value / 1000)} µs` : `${fmt(value, 0)} ns`);

function record(measure, against, result, floor = "") {
  rows.push([
    measure,
    against,
    fmt(result.ratio),
    `${fmt(result.q1)}–${fmt(result.q3)}`,
    ns(result.candidateNs),
    ns(result.baselineNs),
    floor,
  ]);
  process.stderr.write(".");
}

// 1. Building an error, against new Error(), at the default stack-trace limit and with stack capture off.
const defaultLimit = Error.stackTraceLimit;
for (const limit of runs("construct") ? [defaultLimit, 0] : []) {
  Error.stackTraceLimit = limit;
  const { "new Error()": baseline, ...candidates } = builders;
  // All libraries in the same rounds, against the same baseline: their ratios compare.
  for (const [name, result] of Object.entries(groupRatios(baseline, candidates))) {
    const floor = name.startsWith("@novita") && limit === defaultLimit ? "≤ 1.20 (aim 1.10)" : "";
    record(`construct, stack limit ${limit}: ${name}`, "new Error()", result, floor);
  }
}
Error.stackTraceLimit = defaultLimit;

// 2. Parsing a 429 platform body with headers, against the openai SDK on the same text and headers.
if (runs("parse")) {
  record(
    "parse a 429 body + headers: parseLlmError",
    "openai APIError.generate",
    pairedRatio(parsers.openai, parsers.novita),
    "≤ 1.05 (aim 0.80)",
  );
}

// 2b. What a client threw, turned into the typed error, beside the client building its own error.
if (runs("thrown")) {
  record(
    "from thrown: llmErrorFromThrown(openai 7 APIError)",
    "openai 7 APIError.generate",
    pairedRatio(fromThrown.openai.sdk, fromThrown.openai.novita),
  );
  record(
    "from thrown: llmErrorFromThrown(AI SDK APICallError)",
    "new APICallError",
    pairedRatio(fromThrown.aiSdk.sdk, fromThrown.aiSdk.novita),
  );
}

// 3. The guard against instanceof.
if (runs("guard")) {
  const error = new RateLimitExceededError();
  class PlainError extends Error {}
  const plain = new PlainError("x");
  record(
    "guard: isLlmError(e, code)",
    "e instanceof RateLimitExceededError",
    pairedRatio(
      () => error instanceof RateLimitExceededError,
      () => isLlmError(error, "RATE_LIMIT_EXCEEDED"),
    ),
  );
  record(
    "guard: e instanceof RateLimitExceededError",
    "plain e instanceof Class",
    pairedRatio(
      () => plain instanceof PlainError,
      () => error instanceof RateLimitExceededError,
    ),
  );
}

// 4. The per-request overhead of llmErrorFromResponse over a local server.
if (runs("request")) {
  const server = await startServer();
  try {
    const { text, typed } = requests(server.url);
    record(
      "request over 127.0.0.1: fetch + llmErrorFromResponse",
      "fetch + response.text()",
      await pairedRatioAsync(text, typed, { rounds: 31, count: 60 }),
    );
  } finally {
    await server.close();
  }
  record(
    "in-memory Response: llmErrorFromResponse",
    "response.text()",
    await pairedRatioAsync(inMemory.text, inMemory.typed, { rounds: 15, count: 2000 }),
  );
}

// 5. Bundle sizes, next to the same imports from the other SDKs.
const ours = {};
for (const [what, library, source] of runs("bundle") ? bundles : []) {
  const size = await bundleSize(source);
  if (library.startsWith("@novita")) ours[what] ??= size;
  const reference = ours[what];
  rows.push([
    `bundle, ${what}: ${library}`,
    library.startsWith("@novita") ? "" : "@novita/errors-llm",
    library.startsWith("@novita") ? "" : fmt(reference.gzip / size.gzip),
    "",
    `${size.gzip} B gz`,
    `${size.minified} B min`,
    "",
  ]);
  process.stderr.write(".");
}

const header = [
  "measure",
  "compared with",
  "ratio (median)",
  "spread (q1–q3)",
  "ours / size",
  "theirs / minified",
  "floor",
];
const table = [
  `| ${header.join(" | ")} |`,
  `| ${header.map(() => "---").join(" | ")} |`,
  ...rows.map((row) => `| ${row.join(" | ")} |`),
].join("\n");
const footer = `Node ${process.version}, ${new Date().toISOString().slice(0, 10)}, ${Math.round((performance.now() - started) / 1000)} s.`;
console.log(`\n${table}\n\n${footer}`);

if (process.argv.includes("--write")) {
  const readme = new URL("../README.md", import.meta.url);
  const text = readFileSync(readme, "utf8");
  const updated = text.replace(
    /<!-- bench:start -->[\s\S]*<!-- bench:end -->/,
    `<!-- bench:start -->\n${table}\n\n${footer}\n<!-- bench:end -->`,
  );
  writeFileSync(readme, updated);
}
