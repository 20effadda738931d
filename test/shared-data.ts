import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository's root (this file is in test/). */
export const REPO_ROOT = fileURLToPath(new URL('..', import.meta.url));

/**
 * A path in `../shared` (the public benchmark data and the domain brief that sit beside the
 * repository), found relative to the repository, never by an absolute path. Throws a clear
 * error when the folder is missing, so a test that needs it fails rather than skips.
 */
export function sharedPath(...parts: string[]): string {
  const p = join(REPO_ROOT, '..', 'shared', ...parts);
  if (!existsSync(p)) throw new Error(`${p} is missing: the tests and benchmarks expect the shared folder beside the repository (../shared)`);
  return p;
}

/** The OR-Library container-loading instances BR1–BR15 ($BR_DIR overrides). */
export const brDir = (): string => process.env.BR_DIR ?? sharedPath('benchmarks', 'container-loading');
