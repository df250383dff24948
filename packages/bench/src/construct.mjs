// What each library builds on a failed request: its error for a 429.
import { APICallError } from "@ai-sdk/provider";
import { RateLimitExceededError } from "@novita/errors-llm";
import { ServiceException } from "@smithy/smithy-client";
import { RateLimitError } from "openai/error";

export const MESSAGE = "Too many requests, please try again later";

/** An AWS SDK service exception, written as the SDK's generated code writes it. */
class ThrottlingException extends ServiceException {
  constructor(options) {
    super({ name: "ThrottlingException", $fault: "client", ...options });
    this.name = "ThrottlingException";
    this.$fault = /** @type {const} */ ("client");
    Object.setPrototypeOf(this, ThrottlingException.prototype);
  }
}

const metadata = { httpStatusCode: 429, requestId: "req-1", attempts: 1, totalRetryDelay: 0 };
const openaiHeaders = new Headers({ "x-request-id": "req-1" });

export const builders = {
  "new Error()": () => new Error(MESSAGE),
  "@novita/errors-llm RateLimitExceededError": () => new RateLimitExceededError(),
  "@smithy/smithy-client ServiceException": () =>
    new ServiceException({ name: "ThrottlingException", $fault: "client", $metadata: metadata, message: MESSAGE }),
  "AWS SDK exception (generated shape)": () => new ThrottlingException({ $metadata: metadata, message: MESSAGE }),
  "@ai-sdk/provider APICallError": () =>
    new APICallError({
      message: MESSAGE,
      url: "https://api.novita.ai/v3/openai",
      requestBodyValues: {},
      statusCode: 429,
    }),
  "openai RateLimitError": () => new RateLimitError(429, { message: MESSAGE }, undefined, openaiHeaders),
};
