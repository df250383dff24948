/** An object read member by member, whatever it is: what a caller caught or passed. */
export type Loose = Readonly<Record<string, unknown>>;

/** Any non-null object, arrays and functions' objects included: its members may be read. */
export function isObject(value: unknown): value is Loose {
  return typeof value === "object" && value !== null;
}
