/** Bundles `source` (resolving imports from `resolveDir`): its text and sizes in bytes. */
export function measureBundle(
  source: string,
  resolveDir: string,
): Promise<{ text: string; minified: number; gzip: number }>;
