/** Bundles `source` (resolving imports from `resolveDir`): its text and sizes in bytes. */
export function measureBundle(
  source: string,
  resolveDir: string,
): Promise<{ text: string; minified: number; gzip: number }>;

/** The gzip size of `text` in bytes, as every bundle figure is given (level 9). */
export function gzipSize(text: string): number;
