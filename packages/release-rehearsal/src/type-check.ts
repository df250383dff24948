// A strict consumer of `@novita/errors-llm` alone, type-checked where it was installed, in each
// resolution mode users compile with, against the installed declarations (skipLibCheck off).
import { execFileSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";

const tsc = createRequire(import.meta.url).resolve("typescript/bin/tsc");

const CONSUMER = `import {
  createRetryBudget,
  ErrorCategory,
  isLlmError,
  type LlmErrorCode,
  llmErrorFromThrown,
  NovitaError,
  RateLimitExceededError,
  retry,
  retryDelay,
  toProblemDetails,
} from "@novita/errors-llm";

const budget = createRetryBudget();
export function call(fn: () => Promise<string>): Promise<string> {
  return retry(fn, { classify: llmErrorFromThrown, budget, attempts: 3 });
}
export function describe(thrown: unknown): string {
  const error = llmErrorFromThrown(thrown);
  if (error === undefined) throw thrown;
  if (isLlmError(error, "RATE_LIMIT_EXCEEDED")) {
    const narrowed: RateLimitExceededError = error;
    return \`\${narrowed.code} in \${retryDelay(narrowed, 1) ?? 0} ms\`;
  }
  const base: NovitaError = error;
  const word: string = base.category === ErrorCategory.RateLimit ? "slow down" : base.code;
  return word + JSON.stringify(toProblemDetails(base));
}
export const documented: LlmErrorCode = "MODEL_NOT_FOUND";
// @ts-expect-error an undocumented code is not an LlmErrorCode
export const undocumented: LlmErrorCode = "NOT_A_CODE";
`;

const MODES = {
  bundler: { file: "consumer.ts", options: { module: "esnext", moduleResolution: "bundler" } },
  "node16-esm": { file: "consumer.mts", options: { module: "node16", moduleResolution: "node16" } },
  "node16-cjs": { file: "consumer.cts", options: { module: "node16", moduleResolution: "node16" } },
} as const;

/** tsc's diagnostics for the consumer in `mode`, empty when it compiles. */
export function typeCheck(folder: string, mode: keyof typeof MODES): string {
  const { file, options } = MODES[mode];
  writeFileSync(path.join(folder, file), CONSUMER);
  const config = `tsconfig.${mode}.json`;
  writeFileSync(
    path.join(folder, config),
    JSON.stringify({
      compilerOptions: {
        ...options,
        target: "es2022",
        lib: ["es2022", "dom"],
        types: [],
        strict: true,
        exactOptionalPropertyTypes: true,
        skipLibCheck: false,
        noEmit: true,
      },
      files: [file],
    }),
  );
  try {
    execFileSync(process.execPath, [tsc, "-p", config], { cwd: folder, encoding: "utf8", stdio: "pipe" });
    return "";
  } catch (error) {
    return String((error as { stdout?: string }).stdout ?? error);
  }
}
