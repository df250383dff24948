// A small domain built with errors-core's toolkit, the way a domain package
// is, so that core's tests exercise the machinery without a domain package.
// Takes the core module as a parameter so that several copies can be compared.
import type * as Root from "./index.js";
import type * as Internal from "./internal.js";

/** Both entry points of errors-core, as one module. */
type Core = typeof Root & typeof Internal;

export function defineTestDomain(core: Core) {
  // The domain base: abstract and constructor-less, a real link of every per-code class's chain.
  abstract class TestError<Code extends string = string> extends core.NovitaError<Code, "llm"> {
    static override readonly domain = "llm";
  }
  class RateLimitExceededError extends TestError<"RATE_LIMIT_EXCEEDED"> {
    static override readonly entry = core.defineCatalogEntry({
      code: "RATE_LIMIT_EXCEEDED",
      status: 429,
      description: "Rate limit exceeded",
      category: "rate_limit",
      retryable: true,
    });
    constructor(options?: Root.NovitaErrorOptions) {
      super(options?.message, options);
      core.initializeCodeError(this, options);
    }
  }
  class ModelNotFoundError extends TestError<"MODEL_NOT_FOUND"> {
    static override readonly entry = core.defineCatalogEntry({
      code: "MODEL_NOT_FOUND",
      status: 404,
      description: "Model not found",
      category: "not_found",
      retryable: false,
    });
    constructor(options?: Root.NovitaErrorOptions) {
      super(options?.message, options);
      core.initializeCodeError(this, options);
    }
  }
  /** A domain base error by hand, as a domain package's `createXxxError` builds it. */
  function createTestError(options?: Root.DomainErrorOptions): TestError {
    return core.createDomainBaseError(TestError, options);
  }
  const definition: Internal.ErrorDomainDefinition<TestError> = {
    domain: "llm",
    Base: TestError,
    classes: [RateLimitExceededError, ModelNotFoundError],
  };
  /** What a catch caught, as a domain package's `xxxErrorFromThrown` reads it. */
  function testErrorFromThrown(thrown: unknown, options?: Root.ThrownErrorOptions): TestError | undefined {
    const prepared = core.prepareThrownDomainError(thrown, definition, options);
    if (prepared === undefined || prepared[0] === undefined) return prepared?.[1];
    const [Class, fields] = prepared;
    return core.adoptDomainError(new Error(fields.message, fields), Class, fields);
  }
  return { TestError, RateLimitExceededError, ModelNotFoundError, createTestError, testErrorFromThrown, definition };
}

/** Another domain, to check that classes of the same code never cross domains. */
export function defineOtherDomain(core: Core) {
  abstract class MediaError extends core.NovitaError<string, "media"> {
    static override readonly domain = "media";
  }
  class MediaRateLimitExceededError extends MediaError {
    static override readonly entry = core.defineCatalogEntry({
      code: "RATE_LIMIT_EXCEEDED",
      status: 429,
      description: "Rate limit exceeded (media)",
      category: "rate_limit",
      retryable: true,
    });
    constructor(options?: Root.NovitaErrorOptions) {
      super(options?.message, options);
      core.initializeCodeError(this, options);
    }
  }
  return { MediaRateLimitExceededError };
}
