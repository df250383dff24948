import { NovitaError } from "./novita-error.js";
import { maskCredentials } from "./text-safety.js";

const INSPECT = /* @__PURE__ */ Symbol.for("nodejs.util.inspect.custom");

/**
 * How Node prints an error (`util.inspect`, `console.error`): as it prints any error, stack,
 * fields and `[cause]` included (the cause read through its getter), with the credentials the
 * text holds masked.
 */
function inspectMasked(
  this: NovitaError,
  _depth: number,
  options: object,
  inspect?: (value: unknown, options: object) => string,
): string {
  // `customInspect: false`: Node's own print of this error, without calling back here.
  return maskCredentials(
    typeof inspect === "function"
      ? inspect(this, { ...options, customInspect: false, getters: true })
      : String(this.stack),
  );
}

/**
 * Makes `util.inspect` and `console.error` print an error's `cause` (kept behind a getter, which
 * other prints show as `[Getter]`) with credentials masked. Installed, once, by what builds an
 * error from a client's thrown value, whose cause may quote the caller's key: an application
 * that never reads a thrown value does not ship it.
 */
export function printCausesMasked(): void {
  if (!Object.hasOwn(NovitaError.prototype, INSPECT)) {
    Object.defineProperty(NovitaError.prototype, INSPECT, { value: inspectMasked, configurable: true, writable: true });
  }
}
