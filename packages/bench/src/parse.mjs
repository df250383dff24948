// Turning a 429 platform body with its headers into a typed error: what a
// client does on every failed request, from the JSON text it received.
import { parseLlmError } from "@novita/errors-llm";
import { APIError } from "openai/error";

export const body = JSON.stringify({
  code: 429,
  reason: "RATE_LIMIT_EXCEEDED",
  message: "Too many requests, please try again later",
  metadata: { limit: "60/min", window: "60s" },
});

export const headers = new Headers({
  "content-type": "application/json",
  "content-length": String(body.length),
  date: "Sat, 28 Nov 2026 10:00:00 GMT",
  "retry-after": "2",
  "x-request-id": "req-9f1c",
  "x-ratelimit-limit-requests": "60",
  "x-ratelimit-remaining-requests": "0",
  "set-cookie": "session=secret",
});

export const parsers = {
  // The openai client parses the text, then generates its error from the status, JSON and headers.
  openai: () => APIError.generate(429, JSON.parse(body), undefined, headers),
  novita: () => parseLlmError({ status: 429, body, headers }),
};
