// What every row of the interop tests checks: the typed error a domain's
// `xxxErrorFromThrown` gave for what a real client threw.
import * as billing from "@novita/errors-billing";
import type { ErrorCatalogEntry, NovitaError, ThrownErrorOptions, WireErrorInput } from "@novita/errors-core";
import { classNameOf } from "@novita/errors-core/internal";
import * as gpu from "@novita/errors-gpu";
import * as llm from "@novita/errors-llm";
import * as media from "@novita/errors-media";
import { expect } from "vitest";
import { catalogs, type Domain, requestIdOf } from "./platform-server.js";

const modules = { media, llm, gpu, billing } as const;

/** The domain's `xxxErrorFromThrown`. */
export const fromThrown: Record<Domain, (thrown: unknown, options?: ThrownErrorOptions) => NovitaError | undefined> = {
  media: media.mediaErrorFromThrown,
  llm: llm.llmErrorFromThrown,
  gpu: gpu.gpuErrorFromThrown,
  billing: billing.billingErrorFromThrown,
};

/** The domain's `parseXxxError`. */
export const parse: Record<Domain, (input: WireErrorInput) => NovitaError> = {
  media: media.parseMediaError,
  llm: llm.parseLlmError,
  gpu: gpu.parseGpuError,
  billing: billing.parseBillingError,
};

/** Every documented code of a domain, from its catalog. */
export function codesOf(domain: Domain): string[] {
  return Object.keys(catalogs[domain]);
}

function entryOf(domain: Domain, code: string): ErrorCatalogEntry {
  const entry = (catalogs[domain] as Record<string, ErrorCatalogEntry>)[code];
  if (entry === undefined) throw new Error(`${code} is no ${domain} code`);
  return entry;
}

export interface Carried {
  /** Whether the client kept the response's headers (Retry-After, the request id). Default true. */
  readonly headers?: boolean;
  /** The message the client kept, when not the server's. */
  readonly message?: string;
}

/**
 * The error the server's answer for a documented `code` must give: its own
 * class, code, documented status, category and retryable, the server's
 * message, Retry-After and request id where the client kept the headers, and
 * the thrown value as `cause`.
 */
export function expectDocumented(
  error: NovitaError | undefined,
  domain: Domain,
  code: string,
  thrown: unknown,
  carried: Carried = {},
): void {
  const entry = entryOf(domain, code);
  const Class = (modules[domain] as unknown as Record<string, abstract new (...args: never[]) => NovitaError>)[
    classNameOf(code)
  ];
  expect(Class, `class of ${code}`).toBeDefined();
  expect(error).toBeInstanceOf(Class as abstract new (...args: never[]) => NovitaError);
  expect({
    name: error?.name,
    code: error?.code,
    status: error?.status,
    domain: error?.domain,
    category: error?.category,
    retryable: error?.retryable,
    message: error?.message,
    metadata: { ...error?.metadata },
  }).toEqual({
    name: classNameOf(code),
    code,
    status: entry.status,
    domain,
    category: entry.category,
    retryable: entry.retryable,
    message: carried.message ?? `${entry.description} (local server)`,
    metadata: carried.message === undefined ? { scenario: code } : expect.any(Object),
  });
  if (carried.headers !== false) {
    expect(error?.retryAfterMs).toBe(2000);
    expect(error?.requestId).toBe(requestIdOf(`code~${domain}~${code}`));
  }
  expect(error?.cause).toBe(thrown);
}

/** A failure without an answer: its client-side code, status 0, what it says, the thrown value as `cause`. */
export function expectNoAnswer(
  error: NovitaError | undefined,
  code: "CONNECTION_ERROR" | "TIMEOUT" | "ABORTED",
  thrown: unknown,
): void {
  expect({
    code: error?.code,
    status: error?.status,
    category: error?.category,
    retryable: error?.retryable,
  }).toEqual({
    code,
    status: 0,
    category: { CONNECTION_ERROR: "network", TIMEOUT: "timeout", ABORTED: "cancelled" }[code],
    retryable: code !== "ABORTED",
  });
  expect(error?.message).not.toMatch(/HTTP/);
  expect(error?.cause).toBe(thrown);
}
