// The domain base is a real link of every per-code class's prototype chain,
// as the types say: what is on its prototype is on every instance, built by
// hand or parsed. And a base error is built by hand with `createXxxError`.
import { describe, expect, it } from "vitest";
import { cjs, DOMAINS, domainApi, esm } from "./packages.js";

for (const [format, modules] of Object.entries({ esm, cjs })) {
  describe(`the class chain (${format})`, () => {
    for (const domain of DOMAINS) {
      const module = modules[domain] as Record<string, unknown>;
      const api = domainApi(module, domain);
      const pascal = domain.charAt(0).toUpperCase() + domain.slice(1);
      const create = module[`create${pascal}Error`] as (options?: object) => Error & Record<string, unknown>;
      const classes = Object.values(module).filter(
        (value): value is new () => Error => typeof value === "function" && Object.hasOwn(value, "entry"),
      );

      it(`should put the ${domain} base's prototype in the chain of every per-code class`, () => {
        const marker = Symbol("added to the domain base");
        Object.defineProperty(api.Base.prototype, marker, { value: () => domain, configurable: true });
        try {
          for (const Class of classes) {
            expect(Object.getPrototypeOf(Class)).toBe(api.Base);
            const built = new Class() as unknown as Record<symbol, () => string>;
            expect(built[marker]?.()).toBe(domain);
            const entry = (Class as unknown as { entry: { code: string; status: number } }).entry;
            const parsed = api.parse({ status: entry.status, body: { reason: entry.code } }) as unknown as Record<
              symbol,
              () => string
            >;
            expect(parsed).toBeInstanceOf(Class);
            expect(parsed[marker]?.()).toBe(domain);
          }
        } finally {
          delete (api.Base.prototype as unknown as Record<symbol, unknown>)[marker];
        }
      });

      it(`should build a ${domain} base error by hand with create${pascal}Error`, () => {
        const error = create({ code: "A_CODE_ADDED_LATER", status: 409, message: "later", requestId: "r-1" });
        expect(error).toBeInstanceOf(api.Base);
        expect(Object.getPrototypeOf(error)).toBe(api.Base.prototype);
        expect(error).toMatchObject({ name: `${pascal}Error`, code: "A_CODE_ADDED_LATER", status: 409 });
        expect(error).toMatchObject({ message: "later", category: "conflict", domain, requestId: "r-1" });
        for (const Class of classes) expect(error).not.toBeInstanceOf(Class);
        expect(create()).toMatchObject({ code: "HTTP_500", status: 500, name: `${pascal}Error` });
      });
    }
  });
}
