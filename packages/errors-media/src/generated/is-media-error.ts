// Generated from catalog.ts by pnpm generate (packages/dev-tools): do not edit.
import { isDocumentedError, isDomainError } from "@novita/errors-core/internal";
import type { MediaErrorByCode } from "./code-error-classes.js";
import type { MediaError } from "./media-error.js";

/** An error of any documented (or observed) media (image, video, audio) code: a union of the per-code classes, discriminated by `code`. @public */
export type KnownMediaError = MediaErrorByCode[keyof MediaErrorByCode];

/**
 * Tells whether `value` is a media (image, video, audio) error (from any copy of the
 * packages), or, with a code, an instance of that code's class, narrowing
 * to it. Reads fields only, so it pulls no class into a bundle.
 *
 * @example
 * ```ts
 * if (isMediaError(err, "RATE_LIMIT_EXCEEDED")) await sleep(err.retryAfterMs ?? 1000);
 * ```
 *
 * @public
 */
export function isMediaError(value: unknown): value is MediaError;
/** With a code: whether `value` is an instance of that code's class, narrowing to it. @public */
export function isMediaError<Code extends keyof MediaErrorByCode>(
  value: unknown,
  code: Code,
): value is MediaErrorByCode[Code];
export function isMediaError(value: unknown, code?: string): boolean {
  return isDomainError(value, "media", code);
}

/**
 * Tells whether `value` is an error of a documented media (image, video, audio) code, narrowing it
 * to `KnownMediaError`, so that a `switch` over its `code` can be checked exhaustively.
 * Errors of codes the platform adds later are not known: handle them after.
 *
 * @example
 * ```ts
 * if (isKnownMediaError(err)) {
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
export function isKnownMediaError(value: unknown): value is KnownMediaError {
  return isDomainError(value, "media") && isDocumentedError(value);
}
