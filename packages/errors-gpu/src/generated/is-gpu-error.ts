// Generated from catalog.ts by pnpm generate (packages/dev-tools): do not edit.
import { isDocumentedError, isDomainError } from "@novita/errors-core/internal";
import type { GpuErrorByCode } from "./code-error-classes.js";
import type { GpuError } from "./gpu-error.js";

/** An error of any documented (or observed) GPU instance code: a union of the per-code classes, discriminated by `code`. @public */
export type KnownGpuError = GpuErrorByCode[keyof GpuErrorByCode];

/**
 * Tells whether `value` is a GPU instance error (from any copy of the
 * packages), or, with a code, an instance of that code's class, narrowing
 * to it. Reads fields only, so it pulls no class into a bundle.
 *
 * @example
 * ```ts
 * if (isGpuError(err, "SEND_CODE_TOO_FAST")) await sleep(err.retryAfterMs ?? 1000);
 * ```
 *
 * @public
 */
export function isGpuError(value: unknown): value is GpuError;
/** With a code: whether `value` is an instance of that code's class, narrowing to it. @public */
export function isGpuError<Code extends keyof GpuErrorByCode>(
  value: unknown,
  code: Code,
): value is GpuErrorByCode[Code];
export function isGpuError(value: unknown, code?: string): boolean {
  return isDomainError(value, "gpu", code);
}

/**
 * Tells whether `value` is an error of a documented GPU instance code, narrowing it
 * to `KnownGpuError`, so that a `switch` over its `code` can be checked exhaustively.
 * Errors of codes the platform adds later are not known: handle them after.
 *
 * @example
 * ```ts
 * if (isKnownGpuError(err)) {
 *   switch (err.code) {
 *     case "SEND_CODE_TOO_FAST": …; break;
 *     // … one case per code …
 *     default: { const unhandled: never = err; }
 *   }
 * }
 * ```
 *
 * @public
 */
export function isKnownGpuError(value: unknown): value is KnownGpuError {
  return isDomainError(value, "gpu") && isDocumentedError(value);
}
