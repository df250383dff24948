// Bundle sizes of the same imports from each library, bundled alike:
// esbuild, minified ESM for the browser, then gzip level 9.
import { measureBundle } from "@novita/errors-dev-tools/measure-bundle";

export const bundles = [
  [
    "one class",
    "@novita/errors-llm",
    'import { RateLimitExceededError as X } from "@novita/errors-llm"; console.log(new X());',
  ],
  ["one class", "openai", 'import { RateLimitError as X } from "openai/error"; console.log(new X());'],
  ["one class", "@ai-sdk/provider", 'import { APICallError as X } from "@ai-sdk/provider"; console.log(new X({}));'],
  [
    "one class",
    "@smithy/smithy-client",
    'import { ServiceException as X } from "@smithy/smithy-client"; console.log(new X({}));',
  ],
  [
    "one guard",
    "@novita/errors-llm",
    'import { isLlmError } from "@novita/errors-llm"; console.log(isLlmError(globalThis.e, "RATE_LIMIT_EXCEEDED"));',
  ],
  [
    "one guard",
    "openai",
    'import { RateLimitError } from "openai/error"; console.log(globalThis.e instanceof RateLimitError);',
  ],
  [
    "one guard",
    "@ai-sdk/provider",
    'import { APICallError } from "@ai-sdk/provider"; console.log(APICallError.isInstance(globalThis.e));',
  ],
  [
    "one guard",
    "@smithy/smithy-client",
    'import { ServiceException } from "@smithy/smithy-client"; console.log(ServiceException.isInstance(globalThis.e));',
  ],
  [
    "whole domain",
    "@novita/errors-llm (9 codes)",
    'import { parseLlmError } from "@novita/errors-llm"; console.log(parseLlmError(globalThis.e));',
  ],
  [
    "whole domain",
    "@novita/errors-gpu (58 codes)",
    'import { parseGpuError } from "@novita/errors-gpu"; console.log(parseGpuError(globalThis.e));',
  ],
  [
    "whole domain",
    "openai (error module)",
    'import * as errors from "openai/error"; console.log(errors, errors.APIError.generate(429, {}, "", new Headers()));',
  ],
  ["whole domain", "@ai-sdk/provider (all exports)", 'import * as all from "@ai-sdk/provider"; console.log(all);'],
  [
    "whole domain",
    "@smithy/smithy-client (error handling)",
    'import { ServiceException, decorateServiceException, withBaseException } from "@smithy/smithy-client"; console.log(ServiceException, decorateServiceException, withBaseException);',
  ],
];

export async function bundleSize(source) {
  const { minified, gzip } = await measureBundle(source, import.meta.dirname);
  return { minified, gzip };
}
