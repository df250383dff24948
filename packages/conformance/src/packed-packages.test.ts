// The five packages as `pnpm pack` produces them: what users download.
import { execFileSync } from "node:child_process";
import { readFileSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { publint } from "publint";
import { formatMessage } from "publint/utils";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PUBLISHED, type Published, packAll, readManifest, tarballFiles, tarballManifest } from "./pack.js";
import { repositoryRoot } from "./seed.js";

let tarballs: Record<Published, string>;

beforeAll(() => {
  tarballs = packAll();
}, 120_000);

afterAll(() => {
  if (tarballs !== undefined) rmSync(path.dirname(tarballs.core), { recursive: true, force: true });
});

// The CLI's bin, found from its package.json (its exports map hides the file).
const attw = path.join(
  path.dirname(createRequire(import.meta.url).resolve("@arethetypeswrong/cli/package.json")),
  "dist/index.js",
);

describe.each(PUBLISHED)("the packed @novita/errors-%s", (name) => {
  it("should pass publint --strict", async () => {
    const tarball = readFileSync(tarballs[name]);
    const { messages, pkg } = await publint({
      pack: { tarball: tarball.buffer.slice(tarball.byteOffset, tarball.byteOffset + tarball.byteLength) },
      strict: true,
    });
    expect(messages.map((message) => formatMessage(message, pkg))).toEqual([]);
  });

  it("should pass arethetypeswrong in every resolution mode", () => {
    let report: string;
    try {
      report = execFileSync(process.execPath, [attw, tarballs[name], "--format", "json"], { encoding: "utf8" });
    } catch (error) {
      report = String((error as { stdout?: string }).stdout);
    }
    const analysis = JSON.parse(report) as { analysis: { problems: unknown[] }; problems?: unknown };
    expect(analysis.analysis.problems).toEqual([]);
  });

  // No source maps (the output is unminified and reads as it is) and no changelog (it grows with
  // every release; the README links it): what users install stays small.
  it("should hold the built code, types, README and license, and no tests, sources, maps or changelog", () => {
    const files = tarballFiles(tarballs[name]).map((file) => file.path);
    for (const required of [
      "package/package.json",
      "package/README.md",
      "package/LICENSE",
      "package/dist/index.js",
      "package/dist/index.cjs",
      "package/dist/index.d.ts",
      "package/dist/index.d.cts",
    ]) {
      expect(files).toContain(required);
    }
    expect(
      files.filter((file) =>
        /\.test\.|test-support|\/src\/|\/etc\/|tsconfig|tsup|api-extractor|\.map$|CHANGELOG/.test(file),
      ),
    ).toEqual([]);
  });

  it("should carry the repository's LICENSE, and say where its home, issues and folder are", () => {
    const license = execFileSync("tar", ["-xzOf", tarballs[name], "package/LICENSE"], { encoding: "utf8" });
    expect(license).toBe(readFileSync(path.join(repositoryRoot, "LICENSE"), "utf8"));
    expect(license).toMatch(/^MIT License\n\nCopyright \(c\) \d{4} \S/);
    const manifest = tarballManifest(tarballs[name]);
    expect(manifest.license).toBe("MIT");
    expect(manifest.homepage).toBe(
      `https://github.com/novitalabs/novita-errors/tree/main/packages/errors-${name}#readme`,
    );
    expect(manifest.bugs).toEqual({ url: "https://github.com/novitalabs/novita-errors/issues" });
    expect(manifest.repository).toMatchObject({ directory: `packages/errors-${name}` });
    // Provenance is the release command's to decide (it fails outside a CI that supports it).
    expect((manifest.publishConfig as { provenance?: unknown } | undefined)?.provenance).toBeUndefined();
  });

  it("should have a README whose links work on the registry: absolute, or anchors", () => {
    const readme = execFileSync("tar", ["-xzOf", tarballs[name], "package/README.md"], { encoding: "utf8" });
    const targets = [...readme.matchAll(/\]\(([^)\s]+)\)/g)].map((match) => match[1] ?? "");
    expect(targets.length).toBeGreaterThan(0);
    expect(targets.filter((target) => !/^(https:\/\/|#)/.test(target))).toEqual([]);
  });

  it("should declare no side effects and give import and require each their own types", () => {
    const manifest = tarballManifest(tarballs[name]);
    expect(manifest.sideEffects).toBe(false);
    // errors-core also has its toolkit entry, shaped the same way.
    const entries = name === "core" ? ["index", "internal"] : ["index"];
    expect(manifest.exports).toEqual({
      ...Object.fromEntries(
        entries.map((entry) => [
          entry === "index" ? "." : `./${entry}`,
          {
            import: { types: `./dist/${entry}.d.ts`, default: `./dist/${entry}.js` },
            require: { types: `./dist/${entry}.d.cts`, default: `./dist/${entry}.cjs` },
          },
        ]),
      ),
      "./package.json": "./package.json",
    });
  });

  it("should depend on nothing but errors-core, by a caret range", () => {
    const manifest = tarballManifest(tarballs[name]);
    if (name === "core") {
      expect(manifest.dependencies ?? {}).toEqual({});
      return;
    }
    expect(manifest.dependencies).toEqual({ "@novita/errors-core": `^${readManifest("core").version}` });
    expect(readManifest(name).dependencies).toEqual({ "@novita/errors-core": "workspace:^" });
  });
});

describe("the tarballs' sizes", () => {
  it("should be reported, unpacked", () => {
    const sizes = Object.fromEntries(
      PUBLISHED.map((name) => [name, tarballFiles(tarballs[name]).reduce((total, file) => total + file.size, 0)]),
    );
    console.log(`unpacked sizes (bytes): ${JSON.stringify(sizes)}`);
    for (const size of Object.values(sizes)) expect(size).toBeGreaterThan(0);
  });
});
