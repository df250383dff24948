// Turning what a client threw into a typed error, beside the cost of the
// client building its own error from the same 429 answer.
import { APICallError } from "@ai-sdk/provider";
import { llmErrorFromThrown } from "@novita/errors-llm";
import { APIError } from "openai-7/error";
import { body, headers } from "./parse.mjs";

const responseHeaders = Object.fromEntries(headers);

/** openai 7 builds its error from the parsed body (kept whole as `error`) and the headers. */
const openaiError = () => APIError.generate(429, JSON.parse(body), undefined, headers);

/** The AI SDK builds an APICallError with the body's text and the headers as a record. */
const aiSdkError = () =>
  new APICallError({
    message: "Too Many Requests",
    url: "https://api.novita.ai/v3/openai/chat/completions",
    requestBodyValues: {},
    statusCode: 429,
    responseHeaders,
    responseBody: body,
    isRetryable: true,
  });

const thrownByOpenai = openaiError();
const thrownByAiSdk = aiSdkError();

export const fromThrown = {
  openai: { sdk: openaiError, novita: () => llmErrorFromThrown(thrownByOpenai) },
  aiSdk: { sdk: aiSdkError, novita: () => llmErrorFromThrown(thrownByAiSdk) },
};
