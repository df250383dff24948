// A domain is a folder: `pnpm new-domain` makes a fifth one in a copy of the
// repository, a catalog is written, and without editing any other package it
// builds, is typed, has its API report, and passes the conformance tests that
// hold for every domain.
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { pnpm } from "./pack.js";
import { repositoryRoot } from "./seed.js";

const skipped = /(^|\/)(node_modules|dist|\.turbo|\.git|\.type-fixtures|\.api-extractor|docs-html)(\/|$)/;
let copy: string;

/** Every file of a tree, relative to it, without what installs and builds make. */
function filesOf(folder: string, prefix = ""): string[] {
  return readdirSync(path.join(folder, prefix)).flatMap((name) => {
    const relative = prefix === "" ? name : `${prefix}/${name}`;
    if (skipped.test(relative)) return [];
    return statSync(path.join(folder, relative)).isDirectory() ? filesOf(folder, relative) : [relative];
  });
}

const catalog = `import { defineCatalog } from "@novita/errors-core/internal";

/** How the docs name this domain's API: "the sandbox API". */
export const domainLabel = "sandbox";

/**
 * The sandbox domain's documented codes as data.
 *
 * @public
 */
export const sandboxErrorCatalog = /* @__PURE__ */ defineCatalog({
  SANDBOX_NOT_FOUND: {
    code: "SANDBOX_NOT_FOUND",
    status: 404,
    description: "Sandbox not found",
    category: "not_found",
    retryable: false,
  },
  RATE_LIMIT_EXCEEDED: {
    code: "RATE_LIMIT_EXCEEDED",
    status: 429,
    description: "Too many sandboxes started",
    category: "rate_limit",
    retryable: true,
  },
});

/** The documented sandbox codes. @public */
export type SandboxErrorCode = keyof typeof sandboxErrorCatalog;
`;

beforeAll(() => {
  copy = path.join(mkdtempSync(path.join(tmpdir(), "novita-new-domain-")), "repository");
  cpSync(repositoryRoot, copy, {
    recursive: true,
    filter: (source) => !skipped.test(path.relative(repositoryRoot, source).split(path.sep).join("/")),
  });
  // As a maintainer would: a clone with its dependencies, then the command, then the catalog.
  pnpm(["install", "--prefer-offline", "--frozen-lockfile"], copy);
  pnpm(["new-domain", "sandbox", "sandbox"], copy);
  writeFileSync(path.join(copy, "packages/errors-sandbox/src/catalog.ts"), catalog);
  pnpm(["install", "--prefer-offline", "--no-frozen-lockfile"], copy);
  pnpm(["generate"], copy);
  pnpm(["--filter", "./packages/errors-*", "run", "build"], copy);
}, 240_000);

afterAll(() => {
  if (copy !== undefined) rmSync(path.dirname(copy), { recursive: true, force: true });
});

describe("a fifth domain made by pnpm new-domain", () => {
  it("should touch no other package: only its folder, its changeset and the lockfile's entry for it", () => {
    const changed = filesOf(copy).filter((file) => {
      const original = path.join(repositoryRoot, file);
      try {
        return readFileSync(original, "utf8") !== readFileSync(path.join(copy, file), "utf8");
      } catch {
        return true;
      }
    });
    expect(changed.filter((file) => !file.startsWith("packages/errors-sandbox/")).sort()).toEqual([
      ".changeset/sandbox-first-release.md",
      "pnpm-lock.yaml",
    ]);
    expect(changed).toContain("packages/errors-sandbox/src/generated/code-error-classes.ts");
    expect(changed).toContain("packages/errors-sandbox/src/index.ts");
  });

  it("should build ESM and CJS with types, and be typed under strict settings", () => {
    for (const file of ["index.js", "index.cjs", "index.d.ts", "index.d.cts"]) {
      expect(statSync(path.join(copy, "packages/errors-sandbox/dist", file)).size).toBeGreaterThan(0);
    }
    expect(pnpm(["--filter", "@novita/errors-sandbox", "run", "typecheck"], copy)).not.toMatch(/error TS/);
    // Its domain name joins the union by declaration merging: NovitaError<Code, "sandbox"> is typed.
    // One set of declarations: index.d.ts re-exports index.d.cts (dev-tools' share-declarations).
    expect(readFileSync(path.join(copy, "packages/errors-sandbox/dist/index.d.ts"), "utf8")).toBe(
      'export * from "./index.cjs";\n',
    );
    const types = readFileSync(path.join(copy, "packages/errors-sandbox/dist/index.d.cts"), "utf8");
    expect(types).toMatch(/interface NovitaErrorDomains \{\s*sandbox: true;/);
    expect(types).toMatch(/declare class SandboxNotFoundError extends SandboxError<"SANDBOX_NOT_FOUND">/);
  });

  it("should get its API report from the shared configuration", () => {
    pnpm(["--filter", "@novita/errors-sandbox", "run", "api:update"], copy);
    expect(readFileSync(path.join(copy, "packages/errors-sandbox/etc/errors-sandbox.api.md"), "utf8")).toContain(
      'export class RateLimitExceededError extends SandboxError<"RATE_LIMIT_EXCEEDED">',
    );
    pnpm(["--filter", "@novita/errors-sandbox", "run", "api"], copy);
  });

  it("should pass the conformance tests that hold for every domain", () => {
    const output = pnpm(
      [
        "--filter",
        "@novita/errors-conformance",
        "exec",
        "vitest",
        "run",
        "src/class-chain.test.ts",
        "src/generated-files.test.ts",
        "src/linear-expressions.test.ts",
        "--reporter=verbose",
      ],
      copy,
    );
    expect(output).toMatch(/should put the sandbox base's prototype in the chain of every per-code class/);
    expect(output).toMatch(/should build a sandbox base error by hand with createSandboxError/);
    expect(output).not.toMatch(/FAIL|failed/);
  });
}, 240_000);
