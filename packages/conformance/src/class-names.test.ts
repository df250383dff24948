// The one code → class-name rule, held to the names DESIGN fixes.
import { describe, expect, it } from "vitest";
import { classNameOf } from "./seed.js";

describe("the class-name rule", () => {
  it("should give the names DESIGN fixes", () => {
    expect(classNameOf("IMAGE_NO_FACE_DETECTED")).toBe("ImageNoFaceDetectedError");
    expect(classNameOf("API_NOT_FOUND")).toBe("ApiNotFoundError");
    expect(classNameOf("UNKNOWN")).toBe("UnknownError");
    expect(classNameOf("llm")).toBe("LlmError");
  });

  it("should drop empty words, so that no name holds an underscore", () => {
    expect(classNameOf("A__B")).toBe("ABError");
    expect(classNameOf("_LEADING_AND_TRAILING_")).toBe("LeadingAndTrailingError");
  });
});
