// Generated from catalog.ts by pnpm generate (packages/dev-tools): do not edit.
import { isDocumentedError, isDomainError } from "@novita/errors-core/internal";
import type { LlmErrorByCode } from "./code-error-classes.js";
import type { LlmError } from "./llm-error.js";

/** An error of any documented (or observed) LLM code: a union of the per-code classes, discriminated by `code`. @public */
export type KnownLlmError = LlmErrorByCode[keyof LlmErrorByCode];

/**
 * Tells whether `value` is an LLM error (from any copy of the
 * packages), or, with a code, an instance of that code's class, narrowing
 * to it. Reads fields only, so it pulls no class into a bundle.
 *
 * @example
 * ```ts
 * if (isLlmError(err, "RATE_LIMIT_EXCEEDED")) await sleep(err.retryAfterMs ?? 1000);
 * ```
 *
 * @public
 */
export function isLlmError(value: unknown): value is LlmError;
/** With a code: whether `value` is an instance of that code's class, narrowing to it. @public */
export function isLlmError<Code extends keyof LlmErrorByCode>(
  value: unknown,
  code: Code,
): value is LlmErrorByCode[Code];
export function isLlmError(value: unknown, code?: string): boolean {
  return isDomainError(value, "llm", code);
}

/**
 * Tells whether `value` is an error of a documented LLM code, narrowing it
 * to `KnownLlmError`, so that a `switch` over its `code` can be checked exhaustively.
 * Errors of codes the platform adds later are not known: handle them after.
 *
 * @example
 * ```ts
 * if (isKnownLlmError(err)) {
 *   switch (err.code) {
 *     case "RATE_LIMIT_EXCEEDED": …; break;
 *     // … one case per code …
 *     default: { const unhandled: never = err; }
 *   }
 * }
 * ```
 *
 * @public
 */
export function isKnownLlmError(value: unknown): value is KnownLlmError {
  return isDomainError(value, "llm") && isDocumentedError(value);
}
