import { after } from 'node:test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * A maker of fresh directories under the system temp directory; every one it
 * made is removed after the calling test file's tests. Call it once, at the top
 * level of a test file.
 */
export function tempRoots(prefix = 'yiwu-dirlock-'): () => string {
  const roots: string[] = [];
  after(() => {
    for (const r of roots) rmSync(r, { recursive: true, force: true });
  });
  return () => {
    const r = mkdtempSync(join(tmpdir(), prefix));
    roots.push(r);
    return r;
  };
}
