import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { runPnpm } from "@novita/errors-dev-tools/run-pnpm";
import { repositoryRoot } from "./seed.js";

export const PUBLISHED = ["core", "media", "llm", "gpu", "billing"] as const;
export type Published = (typeof PUBLISHED)[number];

/** pnpm as the test runs under it (turbo runs the tests through pnpm), else the version the repository pins. */
export function pnpm(args: string[], cwd: string): string {
  return runPnpm(args, cwd, repositoryRoot);
}

/** Packs every published package as `pnpm publish` would, into a fresh folder: name → tarball path. */
export function packAll(): Record<Published, string> {
  const destination = mkdtempSync(path.join(tmpdir(), "novita-packed-"));
  const tarballs = {} as Record<Published, string>;
  for (const name of PUBLISHED) {
    pnpm(["pack", "--pack-destination", destination], path.join(repositoryRoot, `packages/errors-${name}`));
    const file = readdirSync(destination).find((entry) => entry.startsWith(`novita-errors-${name}-`));
    if (file === undefined) throw new Error(`pnpm pack wrote no tarball for errors-${name}`);
    tarballs[name] = path.join(destination, file);
  }
  return tarballs;
}

/** The files of a tarball with their sizes, as `tar` lists them. */
export function tarballFiles(tarball: string): { path: string; size: number }[] {
  return execFileSync("tar", ["-tvzf", tarball], { encoding: "utf8" })
    .trim()
    .split("\n")
    .map((line) => {
      const parts = line.trim().split(/\s+/);
      return { path: parts.slice(5).join(" "), size: Number(parts[2]) };
    });
}

/** The package.json inside a tarball. */
export function tarballManifest(tarball: string): Record<string, unknown> {
  return JSON.parse(execFileSync("tar", ["-xzOf", tarball, "package/package.json"], { encoding: "utf8" }));
}

export function readManifest(name: Published): Record<string, unknown> {
  return JSON.parse(readFileSync(path.join(repositoryRoot, `packages/errors-${name}/package.json`), "utf8"));
}
