/**
 * A copy of the repository as the release tooling sees it (root manifests, changesets, each public
 * package's manifest, README, changelog and license; with `shipped`, what it ships too), in a new
 * temporary folder, its packages linked as `pnpm install` links them. Gives the copy's root.
 */
export function copyWorkspace(root: string, options?: { shipped?: boolean }): string;
