// The build's last step strips the comments of dist's JavaScript: the code, the strings, the
// templates and the regular expressions that look like comments, and the annotations bundlers
// act on, must come out as they went in.
import { stripComments } from "@novita/errors-dev-tools/strip-comments";
import { describe, expect, it } from "vitest";

const source = [
  "// src/index.ts",
  "/** The doc of a class. */",
  "var Example = class {",
  "  /** A member's doc. */",
  '  static url = "https://example.test/*not a comment*/";',
  "  static pattern = /\\/\\/ not a comment/;",
  "  static text = `line // kept",
  "// kept too, inside the template",
  // biome-ignore lint/suspicious/noTemplateCurlyInString: JavaScript source, as text
  "${1 /* an inner note */ + 1}`;",
  "};",
  "var catalog = /* @__PURE__ */ Object.freeze({ a: 1 }); // a trailing note",
  "/*! legal text */",
  "export { Example, catalog };",
  "",
].join("\n");

describe("stripComments", () => {
  it("should drop every comment but bundler annotations and legal ones, and nothing else", () => {
    expect(stripComments(source, "example.js")).toBe(
      [
        "var Example = class {",
        '  static url = "https://example.test/*not a comment*/";',
        "  static pattern = /\\/\\/ not a comment/;",
        "  static text = `line // kept",
        "// kept too, inside the template",
        // biome-ignore lint/suspicious/noTemplateCurlyInString: JavaScript source, as text
        "${1  + 1}`;",
        "};",
        "var catalog = /* @__PURE__ */ Object.freeze({ a: 1 });",
        "/*! legal text */",
        "export { Example, catalog };",
        "",
      ].join("\n"),
    );
  });

  it("should leave code that has no comment as it is", () => {
    // biome-ignore lint/suspicious/noTemplateCurlyInString: JavaScript source, as text
    const code = 'export const a = "//";\nexport const b = `/*${a}*/`;\n';
    expect(stripComments(code, "plain.js")).toBe(code);
  });
});
