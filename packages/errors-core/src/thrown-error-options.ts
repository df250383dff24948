/** What reading a thrown value takes besides it. @public */
export interface ThrownErrorOptions {
  /** The client's signal: once aborted, its reason tells `TIMEOUT` from `ABORTED`. */
  readonly signal?: AbortSignal | undefined;
}
