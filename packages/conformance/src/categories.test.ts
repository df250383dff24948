// Every code's category and retryable flag are chosen by meaning: the same
// meaning gets the same answer in every domain, whatever the status.
import { describe, expect, it } from "vitest";
import { domainApi, esm, PLATFORM_DOMAINS } from "./packages.js";

const entries = PLATFORM_DOMAINS.flatMap((domain) =>
  Object.values(domainApi(esm[domain] as Record<string, unknown>, domain).catalog).map((entry) => ({
    domain,
    code: entry.code as string,
    status: entry.status as number,
    category: entry.category as string,
    retryable: entry.retryable as boolean,
  })),
);

function matching(pattern: RegExp) {
  return entries.filter((entry) => pattern.test(entry.code));
}

describe("categories by meaning", () => {
  it("should give every code a category of the closed set", () => {
    const closed = [
      "invalid_request",
      "authentication",
      "permission",
      "not_found",
      "conflict",
      "rate_limit",
      "quota_exceeded",
      "insufficient_balance",
      "content_policy",
      "failed_precondition",
      "capacity",
      "server",
      "unavailable",
      "unknown",
    ];
    for (const entry of entries) expect(closed).toContain(entry.category);
    expect(entries).toHaveLength(96);
  });

  it("should classify every rate limit as rate_limit and retryable, in every domain", () => {
    const limits = matching(/RATE_LIMIT|TOO_FAST|TOKEN_LIMIT/);
    expect(limits.map((entry) => `${entry.domain}:${entry.code}`).sort()).toEqual([
      "billing:LIST_BILL_TOO_FAST",
      "gpu:RATE_LIMIT_EXCEEDED",
      "gpu:SEND_CODE_TOO_FAST",
      "llm:RATE_LIMIT_EXCEEDED",
      "llm:TOKEN_LIMIT_EXCEEDED",
      "media:RATE_LIMIT_EXCEEDED",
    ]);
    for (const entry of limits) expect([entry.category, entry.retryable]).toEqual(["rate_limit", true]);
  });

  it("should classify every insufficient balance alike, though llm answers it with 403 and gpu with 400", () => {
    const balances = matching(/BALANCE/);
    expect(balances).toHaveLength(4);
    for (const entry of balances) expect([entry.category, entry.retryable]).toEqual(["insufficient_balance", false]);
    expect(new Set(balances.map((entry) => entry.status))).toEqual(new Set([400, 403]));
  });

  it("should classify every not-found as not_found, though gpu answers them with 400", () => {
    const notFound = matching(/NOT_FOUND$/);
    expect(notFound.length).toBeGreaterThan(15);
    for (const entry of notFound) expect(entry.category).toBe("not_found");
    expect(notFound.some((entry) => entry.status === 400)).toBe(true);
  });

  it("should classify the API key and authentication codes as authentication, media's 400 included", () => {
    for (const entry of matching(/API_KEY|AUTH_FAILED|FAILED_TO_AUTH|UNAUTHORIZED/)) {
      expect(entry.category).toBe("authentication");
    }
    expect(entries.find((entry) => entry.domain === "media" && entry.code === "MISSING_API_KEY")?.status).toBe(400);
  });

  it("should classify the same code name alike across domains", () => {
    for (const code of ["INVALID_API_KEY", "RATE_LIMIT_EXCEEDED", "INVALID_REQUEST_BODY", "UNKNOWN"]) {
      const categories = new Set(matching(new RegExp(`^${code}$`)).map((entry) => entry.category));
      expect(categories.size).toBe(1);
    }
  });

  it("should not make a task that ran and failed retryable", () => {
    expect(matching(/^TASK_FAILED$/)[0]?.retryable).toBe(false);
  });

  it("should only make rate limits and transient failures retryable", () => {
    for (const entry of entries.filter((candidate) => candidate.retryable)) {
      expect(["rate_limit", "server", "unavailable", "capacity"]).toContain(entry.category);
    }
  });
});
