/** Which shape the error body had. @public */
export type WireFormat = "platform" | "openai" | "google-rpc" | "json" | "invalid-json" | "html" | "text" | "empty";

/** A failed response as errors-core reads it, before a domain turns it into a class. @public */
export interface WireErrorInfo {
  /** The response's status, or a well-defined error status when it had none. */
  readonly status: number;
  /** Whether `status` came from the response or the body, rather than the 500 default. */
  readonly statusKnown: boolean;
  /** The platform's reason, verbatim; `undefined` when the body carried none. */
  readonly code: string | undefined;
  /** The body's message; a short description of the body when it had no code. */
  readonly message: string | undefined;
  /** String values of the body's metadata. */
  readonly metadata: Readonly<Record<string, string>>;
  /** The delay the response asked for, in milliseconds. */
  readonly retryAfterMs: number | undefined;
  /** The request id from the headers or the body. */
  readonly requestId: string | undefined;
  /** The safe headers of the response. */
  readonly headers: Readonly<Record<string, string>>;
  /** Which shape the body had. */
  readonly format: WireFormat;
}

/**
 * A failed response in any of the forms callers have it.
 * `body` is the text received, its parsed JSON, or `undefined`.
 *
 * @public
 */
export interface WireErrorInput {
  /** The HTTP status of the response. */
  readonly status?: number | undefined;
  /** The body: a string, parsed JSON, or undefined. */
  readonly body?: unknown;
  /** The response headers: a `Headers` or a plain object, names in any case. */
  readonly headers?: unknown;
}

/**
 * An error body alone, as a parser takes it: the text received (a stream
 * event's `data:` line too), or its parsed JSON (`{ code, reason, message,
 * metadata }`, `{ error: {...} }`), or the JSON an error wrote of itself.
 *
 * @public
 */
export type WireErrorBody = string | { readonly [key: string]: unknown };
