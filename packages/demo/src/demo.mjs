// pnpm demo: a local server answers like the platform; a client calls it with
// fetch, turns each failure into a typed error, and prints what it got.
// Exits non-zero if any answer is misclassified.
import { billingErrorClasses, billingErrorFromResponse } from "@novita/errors-billing";
import { gpuErrorClasses, gpuErrorFromResponse } from "@novita/errors-gpu";
import { llmErrorClasses, llmErrorFromResponse } from "@novita/errors-llm";
import { mediaErrorClasses, mediaErrorFromResponse } from "@novita/errors-media";
import { startPlatformServer } from "./platform-server.mjs";
import { printTable } from "./print-table.mjs";

const domains = {
  media: { classes: mediaErrorClasses, fromResponse: mediaErrorFromResponse },
  llm: { classes: llmErrorClasses, fromResponse: llmErrorFromResponse },
  gpu: { classes: gpuErrorClasses, fromResponse: gpuErrorFromResponse },
  billing: { classes: billingErrorClasses, fromResponse: billingErrorFromResponse },
};

const classesByDomain = Object.fromEntries(
  Object.entries(domains).map(([domain, { classes }]) => [
    domain,
    Object.fromEntries(classes.map((Class) => [Class.entry.code, Class])),
  ]),
);

// What each answer must become. Documented codes: their own class, code and status.
const expectations = [];
for (const [domain, { classes }] of Object.entries(domains)) {
  for (const Class of classes) {
    const { code, status, category, retryable } = Class.entry;
    expectations.push({ domain, path: `/${domain}/${code}`, Class, code, status, category, retryable });
  }
}
const base = (domain) => ({ media: "MediaError", llm: "LlmError", gpu: "GpuError", billing: "BillingError" })[domain];
expectations.push(
  {
    domain: "llm",
    path: "/llm/gateway-html-502",
    className: base("llm"),
    code: "HTTP_502",
    status: 502,
    category: "unavailable",
    retryable: true,
  },
  {
    domain: "gpu",
    path: "/gpu/gateway-empty-503",
    className: base("gpu"),
    code: "HTTP_503",
    status: 503,
    category: "unavailable",
    retryable: true,
  },
  {
    domain: "media",
    path: "/media/truncated-json-500",
    className: base("media"),
    code: "HTTP_500",
    status: 500,
    category: "server",
    retryable: false,
  },
  {
    domain: "llm",
    path: "/llm/openai-shaped-429",
    className: "RateLimitExceededError",
    code: "RATE_LIMIT_EXCEEDED",
    status: 429,
    category: "rate_limit",
    retryable: true,
    retryAfterMs: 1500,
  },
  {
    domain: "billing",
    path: "/billing/future-code-400",
    className: base("billing"),
    code: "BILL_EXPORT_DISABLED",
    status: 400,
    category: "invalid_request",
    retryable: false,
  },
  {
    domain: "media",
    path: "/media/retry-after-429",
    className: "RateLimitExceededError",
    code: "RATE_LIMIT_EXCEEDED",
    status: 429,
    category: "rate_limit",
    retryable: true,
    retryAfterMs: 7000,
  },
  {
    domain: "gpu",
    path: "/gpu/grpc-transcoded-400",
    className: "CreateInstanceLimitError",
    code: "CREATE_INSTANCE_LIMIT",
    status: 400,
    category: "quota_exceeded",
    retryable: false,
  },
  {
    domain: "llm",
    path: "/llm/plain-text-500",
    className: base("llm"),
    code: "HTTP_500",
    status: 500,
    category: "server",
    retryable: false,
  },
);

const server = await startPlatformServer(classesByDomain);
const started = performance.now();
const rows = [];
let failures = 0;
try {
  for (const expected of expectations) {
    const response = await fetch(server.baseUrl + expected.path);
    const error = await domains[expected.domain].fromResponse(response);
    const className = expected.Class?.name ?? expected.className;
    const problems = [];
    if (expected.Class !== undefined && !(error instanceof expected.Class)) problems.push(`not a ${className}`);
    if (error.name !== className) problems.push(`class ${error.name}`);
    for (const field of ["code", "status", "category", "retryable"]) {
      if (error[field] !== expected[field]) problems.push(`${field} ${error[field]}`);
    }
    if (expected.retryAfterMs !== undefined && error.retryAfterMs !== expected.retryAfterMs)
      problems.push(`retry after ${error.retryAfterMs}`);
    if (problems.length > 0) failures++;
    rows.push([
      error.domain,
      error.code,
      error.name,
      String(error.status),
      error.category,
      error.retryable ? "yes" : "no",
      error.retryAfterMs === undefined ? "" : `${error.retryAfterMs / 1000}s`,
      problems.length === 0 ? "ok" : `WRONG: ${problems.join(", ")}`,
    ]);
  }
} finally {
  await server.close();
}

printTable(["domain", "code", "class", "status", "category", "retryable", "retry after", "check"], rows);
console.log(
  `\n${rows.length} answers from ${server.baseUrl} in ${Math.round(performance.now() - started)} ms: ` +
    `${rows.length - failures} classified as expected, ${failures} misclassified.`,
);
process.exitCode = failures === 0 ? 0 : 1;
