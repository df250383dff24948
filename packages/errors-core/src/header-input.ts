/**
 * Response headers as callers have them: a Fetch `Headers`, or a plain object
 * whose names may be in any letter case and whose values may be strings,
 * numbers or arrays of strings (as Node's `IncomingHttpHeaders`).
 *
 * @public
 */
export type HeaderInput =
  | { forEach(callback: (value: string, name: string) => void): void }
  | Readonly<Record<string, string | number | readonly string[] | null | undefined>>;
