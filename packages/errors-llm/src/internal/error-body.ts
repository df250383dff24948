// Not exported: what tells an error frame of a stream from a chunk, for throwLlmStreamErrors and
// adaptFetchForOpenAI alike.

/** A record read field by field, any of which may be missing. */
export type Loose = { readonly [key: string]: unknown };

export function isObject(value: unknown): value is Loose {
  return typeof value === "object" && value !== null;
}

/**
 * Whether a parsed frame of a stream is an error body rather than a chunk: no `choices`, and the
 * platform's `reason` or an OpenAI-shaped `error` object.
 */
export function isErrorBody(value: unknown): value is Loose {
  return isObject(value) && !("choices" in value) && (typeof value.reason === "string" || isObject(value.error));
}
