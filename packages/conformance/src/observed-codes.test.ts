// The codes seen from the platform's APIs that its published table does not list: kept apart from
// the documented ones (which seed-conformance checks against the table exactly), each checked
// against its own list, through the ESM and CJS entries: a source, not in the table, its class
// built from its own entry, read from the wire into that class, and narrowed by the guard.
import { describe, expect, it } from "vitest";
import { cjs, DOMAINS, esm } from "./packages.js";
import { classNameOf, readSeed } from "./seed.js";

type Entry = {
  code: string;
  status: number;
  description: string;
  category: string;
  retryable: boolean;
  source: string;
};
type ErrorClass = (new (options?: object) => Error & Record<string, unknown>) & { entry: Record<string, unknown> };

const seedCodes = new Set(readSeed().map((row) => `${row.domain} ${row.code}`));
const observed = DOMAINS.flatMap((domain) =>
  Object.values((esm[domain]?.[`${domain}ObservedCatalog`] ?? {}) as Record<string, Entry>).map(
    (entry) => [domain, entry.code, entry] as const,
  ),
);

describe("observed codes", () => {
  it("should be listed (media's ANONYMOUS_ACCESS_QUOTA_EXCEEDS among them)", () => {
    expect(observed.map(([domain, code]) => `${domain} ${code}`)).toContain("media ANONYMOUS_ACCESS_QUOTA_EXCEEDS");
  });

  describe.each(observed)("%s %s", (domain, code, entry) => {
    const Pascal = domain.charAt(0).toUpperCase() + domain.slice(1);

    it("should say where it was seen, and be in no domain of the published table", () => {
      expect(entry.source.length).toBeGreaterThan(20);
      for (const other of DOMAINS) expect(seedCodes.has(`${other} ${code}`)).toBe(false);
      expect(Object.keys(esm[domain]?.[`${domain}ErrorCatalog`] as object)).not.toContain(code);
    });

    it.each([
      ["ESM", esm],
      ["CJS", cjs],
    ])("should have its class in %s, built from its own entry, read from the wire and narrowed", (_, entries) => {
      const module = entries[domain] as Record<string, unknown>;
      const Class = module[classNameOf(code)] as ErrorClass;
      const { source: _source, ...fields } = entry;
      expect(Class.entry).toEqual(fields);
      const byHand = new Class();
      expect([byHand.code, byHand.status, byHand.category, byHand.retryable, byHand.message]).toEqual([
        code,
        entry.status,
        entry.category,
        entry.retryable,
        entry.description,
      ]);
      const parse = module[`parse${Pascal}Error`] as (input: object) => Error;
      const read = parse({ status: entry.status, body: { code: entry.status, reason: code, message: "seen" } });
      expect(read).toBeInstanceOf(Class);
      const guard = module[`is${Pascal}Error`] as (value: unknown, code?: string) => boolean;
      const known = module[`isKnown${Pascal}Error`] as (value: unknown) => boolean;
      expect([guard(read, code), known(read), guard(read, "SOMETHING_ELSE")]).toEqual([true, true, false]);
    });
  });
});
