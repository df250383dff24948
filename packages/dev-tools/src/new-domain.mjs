#!/usr/bin/env node
// Creates a domain package: `pnpm new-domain <name> [label]`. A domain is a
// folder; its src/catalog.ts is the one file a maintainer writes, and
// everything else of it is made here or generated from that catalog.
import { existsSync } from "node:fs";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { loadDomain, root } from "./domain/load-domain.mjs";
import { renderDomainFiles } from "./domain/render-domain-files.mjs";
import { newReadme } from "./domain/render-readme.mjs";

const [name, label = name] = process.argv.slice(2);
if (name === undefined || !/^[a-z][a-z0-9]*$/.test(name)) {
  console.error("Usage: pnpm new-domain <name> [label]   (name: lower-case letters and digits, e.g. sandbox)");
  process.exit(2);
}
const folder = path.join(root, "packages", `errors-${name}`);
if (existsSync(folder)) {
  console.error(`packages/errors-${name} exists already.`);
  process.exit(2);
}
const core = JSON.parse(await readFile(path.join(root, "packages/errors-core/package.json"), "utf8"));
const entry = (/** @type {string} */ file) => ({
  import: { types: `./dist/${file}.d.ts`, default: `./dist/${file}.js` },
  require: { types: `./dist/${file}.d.cts`, default: `./dist/${file}.cjs` },
});
const manifest = {
  name: `@novita/errors-${name}`,
  version: "0.0.0",
  description: `Typed errors for the Novita AI ${label} APIs: one class per documented code`,
  license: core.license,
  homepage: core.homepage.replace("packages/errors-core", `packages/errors-${name}`),
  bugs: core.bugs,
  type: "module",
  sideEffects: false,
  repository: { ...core.repository, directory: `packages/errors-${name}` },
  keywords: ["novita", "errors", name, "api", "typescript"],
  engines: core.engines,
  main: "./dist/index.cjs",
  module: "./dist/index.js",
  types: "./dist/index.d.cts",
  exports: { ".": entry("index"), "./package.json": "./package.json" },
  files: ["dist"],
  publishConfig: { access: "public" },
  scripts: {
    build: "tsup && node ../dev-tools/src/share-declarations.mjs",
    typecheck: "tsc -p tsconfig.json",
    test: "vitest run --passWithNoTests",
    api: "api-extractor run",
    "api:update": "api-extractor run --local",
  },
  dependencies: { "@novita/errors-core": "workspace:^" },
};
const catalog = `import { defineCatalog } from "@novita/errors-core/internal";

// The one source of truth for the ${label} codes: status and description as the
// platform documents them; category and retryable chosen by meaning, not status.
// Classes, the README sections and the tests derive from this file (pnpm generate).

/** How the docs name this domain's API: "the ${label} API". */
export const domainLabel = ${JSON.stringify(label)};

/**
 * The ${label} domain's documented codes as data: a read-only record from
 * code to \`{ code, status, description, category, retryable }\`, for docs,
 * tooling and tests.
 *
 * @public
 */
export const ${name}ErrorCatalog = /* @__PURE__ */ defineCatalog({
  // CODE: { code: "CODE", status: 400, description: "…", category: "invalid_request", retryable: false },
});

/** The documented ${label} codes. @public */
export type ${name.charAt(0).toUpperCase()}${name.slice(1)}ErrorCode = keyof typeof ${name}ErrorCatalog;
`;
const files = {
  "package.json": `${JSON.stringify(manifest, null, 2)}\n`,
  "tsconfig.json": `${JSON.stringify({ extends: "../../tsconfig.base.json", compilerOptions: { types: ["node"] }, include: ["src", "tsup.config.ts"] }, null, 2)}\n`,
  "tsup.config.ts": 'export { default } from "../../tsup.base";\n',
  "api-extractor.json": '{ "extends": "../../api-extractor.base.json", "projectFolder": "." }\n',
  "CHANGELOG.md": `# @novita/errors-${name}\n`,
  // Every tarball carries the license; the root's is the one written by hand.
  LICENSE: await readFile(path.join(root, "LICENSE"), "utf8"),
  "src/catalog.ts": catalog,
  "etc/.gitkeep": "",
};
for (const [file, content] of Object.entries(files)) {
  await mkdir(path.dirname(path.join(folder, file)), { recursive: true });
  await writeFile(path.join(folder, file), content);
}
await writeFile(path.join(folder, "README.md"), newReadme(await loadDomain(name)));
for (const [file, content] of Object.entries(await renderDomainFiles(name))) {
  await mkdir(path.dirname(path.join(root, file)), { recursive: true });
  await writeFile(path.join(root, file), content);
}
await writeFile(
  path.join(root, ".changeset", `${name}-first-release.md`),
  `---\n"@novita/errors-${name}": major\n---\n\nFirst release of \`@novita/errors-${name}\`: typed errors for the Novita AI ${label} APIs.\n`,
);
console.log(`Created packages/errors-${name}. Next: write its codes in src/catalog.ts, then
  pnpm install && pnpm generate && pnpm build && pnpm api:update && pnpm test`);
