import { describe, expect, it } from "vitest";
import { cjs, DOMAINS, domainApi, esm, PLATFORM_DOMAINS } from "./packages.js";
import { classNameOf, readSeed } from "./seed.js";

const seed = readSeed();

describe("the platform's error table", () => {
  // Not a count of today's table: `pnpm catalog:sync` changes it (its test runs this file on a new one).
  it("should hold codes for every domain, none twice in one", () => {
    for (const domain of PLATFORM_DOMAINS) {
      const codes = seed.filter((row) => row.domain === domain).map((row) => row.code);
      expect(codes.length, domain).toBeGreaterThan(0);
      expect(new Set(codes).size, domain).toBe(codes.length);
    }
  });

  it("should have a package for each of its domains", () => {
    for (const domain of PLATFORM_DOMAINS) expect(DOMAINS).toContain(domain);
  });
});

for (const [entryName, modules] of Object.entries({ esm, cjs })) {
  describe(`the built packages through their ${entryName.toUpperCase()} entry points`, () => {
    for (const domain of PLATFORM_DOMAINS) {
      const api = domainApi(modules[domain] as Record<string, unknown>, domain);
      const rows = seed.filter((row) => row.domain === domain);

      it(`should have a ${domain} catalog with exactly the seed's codes`, () => {
        expect(Object.keys(api.catalog).sort()).toEqual(rows.map((row) => row.code).sort());
        expect(Object.isFrozen(api.catalog)).toBe(true);
      });

      for (const row of rows) {
        describe(`${domain} ${row.code}`, () => {
          const Class = api.classNamed(classNameOf(row.code));

          it("should have a catalog entry with the documented status and description", () => {
            const entry = api.catalog[row.code];
            expect(entry).toMatchObject({ code: row.code, status: row.status, description: row.description });
            expect(typeof entry?.category).toBe("string");
            expect(typeof entry?.retryable).toBe("boolean");
          });

          it("should have a class built by hand with the documented fields", () => {
            expect(Class).toBeTypeOf("function");
            if (Class === undefined) return;
            const error = new Class();
            const entry = api.catalog[row.code];
            expect(error).toBeInstanceOf(Error);
            expect(error).toBeInstanceOf(api.Base);
            expect(error).toBeInstanceOf(Class);
            expect({
              name: error.name,
              code: error.code,
              status: error.status,
              message: error.message,
              description: error.description,
              domain: error.domain,
              category: error.category,
              retryable: error.retryable,
            }).toEqual({
              name: classNameOf(row.code),
              code: row.code,
              status: row.status,
              message: row.description,
              description: row.description,
              domain,
              category: entry?.category,
              retryable: entry?.retryable,
            });
            expect(api.is(error, row.code)).toBe(true);
          });

          it("should parse the platform's wire body into the class", () => {
            const body = { code: row.status, reason: row.code, message: `msg ${row.code}`, metadata: { k: "v" } };
            const error = api.parse({
              status: row.status,
              body: JSON.stringify(body),
              headers: { "x-request-id": "r" },
            });
            expect(Class !== undefined && error instanceof Class).toBe(true);
            expect(error.constructor).toBe(Class);
            expect(error.code).toBe(row.code);
            expect(error.status).toBe(row.status);
            expect(error.message).toBe(`msg ${row.code}`);
            expect({ ...(error.metadata as object) }).toEqual({ k: "v" });
            expect(error.requestId).toBe("r");
          });

          it("should survive the JSON.stringify round trip", () => {
            if (Class === undefined) return;
            const original = new Class({ message: "round trip", metadata: { a: "1" } });
            const back = api.parse({ status: original.status, body: JSON.stringify(original) });
            expect(back.constructor).toBe(Class);
            expect([back.code, back.status, back.message, { ...(back.metadata as object) }]).toEqual([
              original.code,
              original.status,
              original.message,
              { ...(original.metadata as object) },
            ]);
          });
        });
      }
    }
  });
}

describe("ESM and CJS builds loaded together", () => {
  for (const domain of PLATFORM_DOMAINS) {
    it(`should agree on ${domain} errors in both directions`, () => {
      const fromEsm = domainApi(esm[domain] as Record<string, unknown>, domain);
      const fromCjs = domainApi(cjs[domain] as Record<string, unknown>, domain);
      for (const row of seed.filter((candidate) => candidate.domain === domain)) {
        const name = classNameOf(row.code);
        const EsmClass = fromEsm.classNamed(name);
        const CjsClass = fromCjs.classNamed(name);
        if (EsmClass === undefined || CjsClass === undefined) throw new Error(`missing ${name}`);
        expect(EsmClass).not.toBe(CjsClass);
        expect(new EsmClass()).toBeInstanceOf(CjsClass);
        expect(new CjsClass()).toBeInstanceOf(EsmClass);
        expect(new CjsClass()).toBeInstanceOf(fromEsm.Base);
        expect(fromCjs.is(new EsmClass(), row.code)).toBe(true);
        expect(fromEsm.is(new CjsClass(), row.code)).toBe(true);
      }
    });
  }
});
