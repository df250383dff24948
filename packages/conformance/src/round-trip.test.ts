// JSON.stringify(error) (the error as it is in memory) and the platform's
// wire response (toWireResponse) both read back, by the same domain's parser,
// into an equal error: for every documented code, HTTP_<status> codes and the
// client-side codes, with arbitrary messages, metadata, request ids and delays.
import * as core from "@novita/errors-core";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DOMAINS, domainApi, esm } from "./packages.js";

type AnyError = Error & Record<string, unknown>;

/** The fields an equal error has. */
function fieldsOf(error: AnyError) {
  return {
    name: error.name,
    constructor: error.constructor,
    code: error.code,
    status: error.status,
    category: error.category,
    retryable: error.retryable,
    message: error.message,
    metadata: { ...(error.metadata as Record<string, string>) },
    retryAfterMs: error.retryAfterMs,
    requestId: error.requestId,
  };
}

const printable = fc.string({ unit: fc.constantFrom(..."abcXYZ019-_.:/ ~!@"), minLength: 1, maxLength: 40 });
const options = fc.record(
  {
    message: fc.string({ minLength: 1, maxLength: 200 }).filter((text) => text.trim() !== ""),
    metadata: fc.dictionary(fc.string({ minLength: 1, maxLength: 20 }), fc.string({ maxLength: 60 }), {
      maxKeys: 8,
    }),
    requestId: printable.filter((id) => id.trim() === id),
    retryAfterMs: fc.integer({ min: 0, max: 86_400_000 }),
    status: fc.integer({ min: 400, max: 599 }),
  },
  { requiredKeys: [] },
);

describe("round trips", () => {
  for (const domain of DOMAINS) {
    const module = esm[domain] as Record<string, unknown>;
    const api = domainApi(module, domain);
    const pascal = domain.charAt(0).toUpperCase() + domain.slice(1);
    const create = module[`create${pascal}Error`] as (options?: object) => AnyError;
    const classes = Object.values(module).filter(
      (value): value is new (options?: object) => AnyError =>
        typeof value === "function" && Object.hasOwn(value, "entry"),
    );
    // Every documented code's class, the domain base without a code (HTTP_<status>), and the client-side codes.
    const makers = [
      ...classes.map((Class) => (o: object) => new Class(o)),
      (o: object) => create(o),
      ...Object.keys(core.clientErrorCatalog).map((code) => (o: object) => create({ ...o, code })),
    ];

    it(`should read ${domain}'s JSON.stringify and toWireResponse back into an equal error`, () => {
      fc.assert(
        fc.property(fc.constantFrom(...makers), options, (make, given) => {
          const error = make(given);
          const fromJson = api.parse(JSON.parse(JSON.stringify(error)));
          expect(fieldsOf(fromJson)).toEqual(fieldsOf(error));
          const wire = core.toWireResponse(error as unknown as core.NovitaError);
          const fromWire = api.parse({ status: wire.status, headers: wire.headers, body: wire.body });
          expect(fieldsOf(fromWire)).toEqual(fieldsOf(error));
          // As a server writes it and a client receives it.
          expect(() => new Response(wire.body, wire)).not.toThrow();
        }),
        { numRuns: 300 },
      );
    }, 60_000);
  }
});
