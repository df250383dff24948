// Compiles a strict consumer (exactOptionalPropertyTypes) against the built
// .d.ts files, with bundler resolution and with node16 resolution as ESM and as
// CJS. The consumer is written from the catalogs, so every code is exercised.
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { compileFixture } from "@novita/errors-dev-tools/compile-fixture";
import { describe, expect, it } from "vitest";
import { domainApi, esm, PLATFORM_DOMAINS } from "./packages.js";

const here = path.dirname(fileURLToPath(import.meta.url));
const fixtures = path.resolve(here, "../.type-fixtures");

const pascal = (domain: string) => domain.charAt(0).toUpperCase() + domain.slice(1);

function consumerSource(): string {
  const lines = [
    'import { isNovitaError, type NovitaError, ErrorCategory } from "@novita/errors-core";',
    'import { adaptFetchForOpenAI, RateLimitExceededError } from "@novita/errors-llm";',
    'import { ImageNoFaceDetectedError, taskFailedErrorFromResult } from "@novita/errors-media";',
    ...PLATFORM_DOMAINS.map(
      (domain) =>
        `import { is${pascal(domain)}Error, isKnown${pascal(domain)}Error, parse${pascal(domain)}Error, ${domain}ErrorCatalog, ${domain}ErrorFromThrown, type ${pascal(domain)}Error, type ${pascal(domain)}ErrorCode } from "@novita/errors-${domain}";`,
    ),
    "declare const thrown: unknown;",
    "export const results: unknown[] = [];",
  ];
  for (const domain of PLATFORM_DOMAINS) {
    const P = pascal(domain);
    const codes = Object.keys(domainApi(esm[domain] as Record<string, unknown>, domain).catalog);
    // The codes seen in the wild have their classes too: a known error may be one of them.
    const observed = Object.keys((esm[domain]?.[`${domain}ObservedCatalog`] ?? {}) as object);
    // An exhaustive switch over the known codes, ending in a never check.
    lines.push(
      `export function describe${P}(code: ${P}ErrorCode): number {`,
      "  switch (code) {",
      ...codes.map((code) => `    case "${code}": return ${domain}ErrorCatalog.${code}.status;`),
      "    default: { const unreachable: never = code; return unreachable; }",
      "  }",
      "}",
      // The same over an error narrowed to the known classes: each case narrows to its class.
      `if (isKnown${P}Error(thrown)) {`,
      "  switch (thrown.code) {",
      ...[...codes, ...observed].map(
        (code) => `    case "${code}": { const exact: "${code}" = thrown.code; results.push(exact); break; }`,
      ),
      "    default: { const unreachable: never = thrown; results.push(unreachable); }",
      "  }",
      "}",
      // A value typed as the domain base still admits an unknown code.
      `if (is${P}Error(thrown)) { const open: string = thrown.code; const domain: "${domain}" = thrown.domain; results.push(open, domain); }`,
      `const parsed${P} = parse${P}Error({ status: 409, body: '{"reason":"SOME_FUTURE_CODE"}' });`,
      `results.push(parsed${P}.code === "SOME_FUTURE_CODE");`,
      // What a client threw goes to xxxErrorFromThrown, which may say it was no failed call.
      `const caught${P}: ${P}Error | undefined = ${domain}ErrorFromThrown(thrown);`,
      `if (caught${P}?.code === "TIMEOUT") results.push(caught${P}.status);`,
      "// @ts-expect-error a parser takes wire input, not whatever was thrown",
      `parse${P}Error(thrown);`,
    );
    for (const code of codes) {
      lines.push(
        `if (is${P}Error(thrown, "${code}")) { const exact: "${code}" = thrown.code; results.push(exact, thrown.status); }`,
      );
    }
  }
  lines.push(
    'if (isLlmError(thrown, "RATE_LIMIT_EXCEEDED")) { const exact: RateLimitExceededError = thrown; const wait: number | undefined = thrown.retryAfterMs; results.push(exact, wait); }',
    'if (thrown instanceof ImageNoFaceDetectedError) { const code: "IMAGE_NO_FACE_DETECTED" = thrown.code; const status: number = thrown.status; results.push(code, status); }',
    "if (isNovitaError(thrown)) { const error: NovitaError = thrown; const meta: Readonly<Record<string, string>> = error.metadata; results.push(meta, error.category === ErrorCategory.RateLimit); }",
    "// @ts-expect-error a misspelled code is rejected",
    'isLlmError(thrown, "RATE_LIMIT_EXCEDED");',
    "// @ts-expect-error a code of another domain is rejected",
    'isMediaError(thrown, "MODEL_NOT_FOUND");',
    'new RateLimitExceededError({ message: "x", metadata: { a: "b" }, requestId: undefined, cause: new Error("c") });',
    "// @ts-expect-error metadata values are strings",
    "new RateLimitExceededError({ metadata: { a: 1 } });",
    "// @ts-expect-error the catalog is read-only",
    "llmErrorCatalog.RATE_LIMIT_EXCEEDED.status = 500;",
    "const literal: 429 = llmErrorCatalog.RATE_LIMIT_EXCEEDED.status;",
    "const base: LlmError = new RateLimitExceededError();",
    "results.push(literal, base, adaptFetchForOpenAI(fetch), taskFailedErrorFromResult({}));",
  );
  return `${lines.join("\n")}\n`;
}

// A browser or bundler project has the DOM lib; a Node-only one has Node's types and no DOM.
const dom = { lib: ["es2022", "dom"], types: [] };
const nodeOnly = { lib: ["es2022"], types: ["node"] };
const modes = {
  bundler: { type: "module", file: "consumer.ts", options: { module: "esnext", moduleResolution: "bundler", ...dom } },
  "node16-esm": {
    type: "module",
    file: "consumer.ts",
    options: { module: "node16", moduleResolution: "node16", ...dom },
  },
  "node16-cjs": {
    type: "commonjs",
    file: "consumer.cts",
    options: { module: "node16", moduleResolution: "node16", ...dom },
  },
  "node-only (no DOM lib, Node's types)": {
    type: "module",
    file: "consumer.ts",
    options: { module: "node16", moduleResolution: "node16", ...nodeOnly },
  },
} as const;

describe("the built type declarations, compiled by a strict consumer", () => {
  const source = consumerSource();
  for (const [mode, setup] of Object.entries(modes)) {
    it(`should compile with ${mode} resolution`, () => {
      const folder = path.join(fixtures, mode.replace(/\W+/g, "-"));
      rmSync(folder, { recursive: true, force: true });
      mkdirSync(folder, { recursive: true });
      writeFileSync(path.join(folder, "package.json"), JSON.stringify({ type: setup.type }));
      writeFileSync(path.join(folder, setup.file), source);
      const output = compileFixture(folder, [setup.file], {
        ...setup.options,
        noUncheckedIndexedAccess: true,
        skipLibCheck: false,
      });
      expect(output).toBe("");
    }, 60_000);
  }
});
