// What each behaviour of one error class costs in a user's bundle: the real
// bundle of `new RateLimitExceededError()` (esbuild, min, browser ESM, gzip 9),
// with each behaviour cut out of its minified text, alone and then together.
// Figures for issue 10's 600 B floor; `node src/class-bytes.mjs` after a build.
// A cut whose pattern no longer matches the bundle says so instead of a figure.
import { classNameOf } from "@novita/errors-core/internal";
import { gzipSize as gzip, measureBundle } from "@novita/errors-dev-tools/measure-bundle";

const SOURCE =
  'import { RateLimitExceededError } from "@novita/errors-llm"; console.log(new RateLimitExceededError());';
const id = "[\\w$]+";

/**
 * Each cut: what DESIGN or an issue asks of it, and the replacements that take
 * it out of the minified bundle (every one must match once).
 */
const cuts = [
  {
    name: "toString (issue 12: String(err) shows code, status, request id)",
    required: "issue 12",
    edits: [[/toString\(\)\{.*?\}\]`\}/, ""]],
  },
  {
    name: "toJSON and its field list (DESIGN: JSON.stringify gives the in-memory view)",
    required: "DESIGN",
    design: true,
    edits: [
      [
        new RegExp(
          `toJSON\\(\\)\\{let ${id}=\\{\\};for\\(let ${id} of ${id}\\)${id}\\[${id}\\]=this\\[${id}\\];return ${id}\\}`,
        ),
        "",
      ],
      [new RegExp(`var ${id}=\\["name",[^\\]]*\\],`), "var "],
    ],
  },
  {
    name: "instanceof's prototype check for users' own subclasses",
    required: "correct answers for a user's subclass",
    edits: [
      [
        new RegExp(
          `this===${id}\\|\\|Object\\.hasOwn\\(this,"domain"\\)\\|\\|Object\\.hasOwn\\(this,"entry"\\)\\?([^:]*):super\\[Symbol\\.hasInstance\\]\\(${id}\\)`,
        ),
        "$1",
      ],
    ],
  },
  {
    name: "class name derived from the code at run time (vs the name written in each class)",
    required: "the parser's budget (written names cost it about 390 B: see below)",
    budget: true,
    edits: [
      [new RegExp(`function ${id}\\(${id}\\)\\{let ${id}="";for.*?Error\`\\}`), ""],
      [new RegExp(`name:${id}\\(${id}\\.code\\)`), 'name:"RateLimitExceededError"'],
    ],
  },
  {
    name: "status check of a hand-built error (400 to 599, else the documented one)",
    required: "bad input gets a clear result",
    edits: [
      [new RegExp(`function ${id}\\(${id}\\)\\{return Number\\.isInteger\\(${id}\\)[^}]*\\}`), ""],
      [new RegExp(`(${id}\\.status=)${id}\\((${id})\\)\\?${id}:(${id})\\.status`), "$1$2??$3.status"],
    ],
  },
  {
    name: "delay check of a hand-built error (finite, not negative)",
    required: "bad input gets a clear result",
    edits: [
      [
        new RegExp(`let (${id})=(${id})\\?\\.retryAfterMs\\?\\?-1;(${id})\\.retryAfterMs=\\1>=0&&\\1<1/0\\?\\1:void 0`),
        "$3.retryAfterMs=$2?.retryAfterMs",
      ],
    ],
  },
  {
    name: "own code (issue 12: the uncaught print shows it)",
    required: "issue 12",
    edits: [[new RegExp(`,${id}\\.code=${id}\\.code(?=;)`), ""]],
  },
];

/** The text with a cut's edits applied, or undefined when one of them no longer matches. */
function apply(text, cut) {
  let result = text;
  for (const [pattern, replacement] of cut.edits) {
    if (!pattern.test(result)) return undefined;
    result = result.replace(pattern, replacement);
  }
  return result;
}

const { text } = await measureBundle(SOURCE, import.meta.dirname);
const whole = gzip(text);
console.log(`one class (llm RateLimitExceededError): ${text.length} B minified, ${whole} B gzip\n`);
console.log("| behaviour cut out | what asks for it | gzip without it | saves |");
console.log("| --- | --- | --- | --- |");
// Together: every cut; then keeping what DESIGN fixes; then also what the parser's budget needs.
/** @type {[string, (cut: (typeof cuts)[number]) => boolean][]} */
const totals = [
  ["all of the above", () => true],
  ["all but what DESIGN fixes (toJSON)", (cut) => !cut.design],
  ["all but toJSON and the derived name", (cut) => !cut.design && !cut.budget],
];
const sums = totals.map(() => text);
for (const cut of cuts) {
  const alone = apply(text, cut);
  if (alone === undefined) {
    console.log(`| ${cut.name} | ${cut.required} | pattern not found: update this script | |`);
    continue;
  }
  console.log(`| ${cut.name} | ${cut.required} | ${gzip(alone)} B | ${whole - gzip(alone)} B |`);
  totals.forEach(([, takes], index) => {
    if (!takes(cut)) return;
    const cutToo = apply(sums[index], cut);
    if (cutToo === undefined) throw new Error(`"${cut.name}" no longer matches once the others are cut`);
    sums[index] = cutToo;
  });
}
totals.forEach(([name], index) => {
  const size = gzip(sums[index]);
  console.log(`| ${name} | | ${size} B | ${whole - size} B |`);
});

// The parser of the largest domain, split the same way: its 58 classes (each
// `class extends GpuError { static entry = {…}; constructor … }`) against the
// reader they share, and the codes and descriptions alone as bare text.
const parser = await measureBundle(
  'import { parseGpuError } from "@novita/errors-gpu"; console.log(parseGpuError(globalThis.e));',
  import.meta.dirname,
);
const classPattern = new RegExp(
  `${id}=class extends ${id}\\{static entry=\\{code:"([^"]*)",status:\\d+,description:"([^"]*)",[^}]*\\};constructor\\(${id}\\)\\{[^}]*\\}\\}[,;]`,
  "g",
);
const classes = [...parser.text.matchAll(classPattern)];
const reader = parser.text.replace(classPattern, "");
console.log(`\nparseGpuError: ${parser.gzip} B gzip, ${classes.length} classes found`);
console.log(`- without its classes (the reader, the base classes, identity): ${gzip(reader)} B`);
console.log(`- the classes' share: ${parser.gzip - gzip(reader)} B`);
console.log(`- their codes and descriptions alone, as bare text: ${gzip(classes.map((c) => c[1] + c[2]).join(""))} B`);

// The class names written in the classes (and in the domain base) instead of derived at run time.
const written = {
  name: "",
  required: "",
  edits: [
    [new RegExp(`function ${id}\\(${id}\\)\\{let ${id}="";for.*?Error\`\\}`), ""],
    [new RegExp(`,name:${id}\\(${id}\\.code\\)`), ""],
    [new RegExp(`name:${id}\\(\`\\$\\{${id}\\.domain\\}\`\\)`), 'name:"GpuError"'],
    [/static entry=\{code:"([^"]*)"/g, (_, code) => `static entry={name:"${classNameOf(code)}",code:"${code}"`],
  ],
};
const named = apply(parser.text, written);
console.log(
  `- with the class names written in the classes: ${named === undefined ? "pattern not found" : `${gzip(named)} B`}`,
);
