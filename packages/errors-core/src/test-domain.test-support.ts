// A small domain built with errors-core's toolkit, the way a domain package
// is, so that core's tests exercise the machinery without a domain package.
// Takes the core module as a parameter so that several copies can be compared.
import type * as Core from "./index.js";

export function defineTestDomain(core: typeof Core) {
  const RATE_LIMIT_EXCEEDED = core.defineCatalogEntry({
    code: "RATE_LIMIT_EXCEEDED",
    status: 429,
    description: "Rate limit exceeded",
    category: "rate_limit",
    retryable: true,
  });
  const MODEL_NOT_FOUND = core.defineCatalogEntry({
    code: "MODEL_NOT_FOUND",
    status: 404,
    description: "Model not found",
    category: "not_found",
    retryable: false,
  });

  class TestError<Code extends string = string> extends core.NovitaError<Code, "llm"> {
    static readonly domain = "llm";
    constructor(options?: Core.DomainErrorOptions) {
      super(options?.message ?? core.describeDomainError("llm", options), options);
      core.initializeDomainError(this, options);
    }
  }
  abstract class TestCodeBase extends core.NovitaError {
    static readonly domain = "llm";
  }
  class RateLimitExceededError extends (TestCodeBase as unknown as Core.CodeErrorBase<
    TestError<"RATE_LIMIT_EXCEEDED">
  >) {
    static readonly entry = RATE_LIMIT_EXCEEDED;
    constructor(options?: Core.NovitaErrorOptions) {
      super(options?.message ?? new.target.entry.description, options);
      core.initializeCodeError(this, options);
    }
  }
  class ModelNotFoundError extends (TestCodeBase as unknown as Core.CodeErrorBase<TestError<"MODEL_NOT_FOUND">>) {
    static readonly entry = MODEL_NOT_FOUND;
    constructor(options?: Core.NovitaErrorOptions) {
      super(options?.message ?? new.target.entry.description, options);
      core.initializeCodeError(this, options);
    }
  }
  const definition: Core.ErrorDomainDefinition<TestError> = {
    domain: "llm",
    Base: TestError,
    classes: [RateLimitExceededError, ModelNotFoundError],
  };
  return { TestError, RateLimitExceededError, ModelNotFoundError, definition };
}

/** Another domain, to check that classes of the same code never cross domains. */
export function defineOtherDomain(core: typeof Core) {
  const RATE_LIMIT_EXCEEDED = core.defineCatalogEntry({
    code: "RATE_LIMIT_EXCEEDED",
    status: 429,
    description: "Rate limit exceeded (media)",
    category: "rate_limit",
    retryable: true,
  });
  abstract class MediaCodeBase extends core.NovitaError {
    static readonly domain = "media";
  }
  class MediaRateLimitExceededError extends (MediaCodeBase as unknown as Core.CodeErrorBase<Core.NovitaError>) {
    static readonly entry = RATE_LIMIT_EXCEEDED;
    constructor(options?: Core.NovitaErrorOptions) {
      super(options?.message ?? new.target.entry.description, options);
      core.initializeCodeError(this, options);
    }
  }
  return { MediaRateLimitExceededError };
}
