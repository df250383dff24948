#!/usr/bin/env node
// Writes (or with --check, verifies) the files of each domain package that
// derive from its catalog. Usage: pnpm generate [--check] [domain...]
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { discoverDomains, root } from "./domain/load-domain.mjs";
import { renderDomainFiles } from "./domain/render-domain-files.mjs";

const args = process.argv.slice(2);
const check = args.includes("--check");
const domains = args.filter((arg) => !arg.startsWith("--"));
const stale = [];
for (const domain of domains.length > 0 ? domains : discoverDomains()) {
  for (const [file, content] of Object.entries(await renderDomainFiles(domain))) {
    const target = path.join(root, file);
    const current = await readFile(target, "utf8").catch(() => undefined);
    if (current === content) continue;
    if (check) stale.push(file);
    else {
      await mkdir(path.dirname(target), { recursive: true });
      await writeFile(target, content);
    }
  }
}
if (stale.length > 0) {
  console.error(`Out of date (run pnpm generate):\n  ${stale.join("\n  ")}`);
  process.exit(1);
}
console.log(check ? "Generated files are up to date." : "Generated files written.");
