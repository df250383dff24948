// Every iteration over input is bounded in count: a `Headers` whose iterator never ends, headers
// whose `forEach` never stops, gRPC `details` with an endless iterator. Each runs in a child
// process with a deadline, since a loop that never ends cannot be interrupted in the test's own.
import { execFile } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { repositoryRoot } from "./seed.js";

const dist = (name: string) => path.join(repositoryRoot, `packages/errors-${name}/dist/index.js`);

/** Runs `body` as an ES module (with `core` and `llm` imported), giving what it printed, or why it did not end. */
function runBounded(body: string): Promise<string> {
  const source = `import * as core from ${JSON.stringify(dist("core"))};
import * as llm from ${JSON.stringify(dist("llm"))};
${body}`;
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ["--input-type=module", "-e", source],
      { timeout: 20_000, encoding: "utf8" },
      (error, stdout, stderr) =>
        resolve(error === null ? stdout.trim() : `did not end: ${error.signal ?? ""} ${stderr}`),
    );
  });
}

const ENDLESS_HEADERS = `
class EndlessHeaders extends Headers {
  *[Symbol.iterator]() { for (let i = 0; ; i++) yield ["x-unsafe-" + i, "v"]; }
}
const endlessForEach = { forEach(callback) { for (let i = 0; ; i++) callback("v", "x-other-" + i); } };
`;

describe("endless iteration over input", () => {
  it("should read a Headers whose iterator never ends only so far", async () => {
    const output = await runBounded(`${ENDLESS_HEADERS}
const headers = new EndlessHeaders({ "retry-after": "2" });
console.log(JSON.stringify(core.pickSafeHeaders(headers)));
const error = llm.parseLlmError({ status: 429, body: { code: 429, reason: "RATE_LIMIT_EXCEEDED", message: "m" }, headers });
console.log(error.code);`);
    expect(output).toBe("{}\nRATE_LIMIT_EXCEEDED");
  });

  it("should read headers whose forEach never stops only so far", async () => {
    const output = await runBounded(`${ENDLESS_HEADERS}
console.log(JSON.stringify(core.pickSafeHeaders(endlessForEach)));
const error = llm.parseLlmError({ status: 503, body: "", headers: endlessForEach });
console.log(error.status, error.code);`);
    expect(output).toBe("{}\n503 HTTP_503");
  });

  it("should read gRPC details with an endless iterator only so far, by index", async () => {
    const output = await runBounded(`
const details = [{ "@type": "type.googleapis.com/google.rpc.ErrorInfo", reason: "RATE_LIMIT_EXCEEDED", metadata: {} }];
details[Symbol.iterator] = function* () { for (;;) yield {}; };
const body = { error: { code: 429, status: "RESOURCE_EXHAUSTED", message: "slow down", details } };
console.log(core.readWireError({ status: 429, body }).code, llm.parseLlmError({ status: 429, body }).code);
const endless = new Array(1e6).fill({}); // a long array: looked at only so far
console.log(core.readWireError({ status: 429, body: { error: { code: 429, status: "RESOURCE_EXHAUSTED", message: "m", details: endless } } }).status);`);
    expect(output).toBe("RATE_LIMIT_EXCEEDED RATE_LIMIT_EXCEEDED\n429");
  });
});
