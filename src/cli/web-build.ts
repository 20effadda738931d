import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));
export const WEB_DIST = join(ROOT, 'web', 'dist');

function newest(dir: string): number {
  let t = 0;
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    const s = statSync(p);
    t = Math.max(t, s.isDirectory() ? newest(p) : s.mtimeMs);
  }
  return t;
}

/** Build the web UI with Vite when web/dist is missing or older than its sources. */
export async function ensureWebBuilt(log: (s: string) => void = () => {}): Promise<void> {
  const index = join(WEB_DIST, 'index.html');
  const src = join(ROOT, 'web', 'src');
  if (existsSync(index) && statSync(index).mtimeMs >= newest(src)) return;
  log('building the web UI (vite)…');
  const { build } = await import('vite');
  await build({ configFile: join(ROOT, 'web', 'vite.config.ts'), logLevel: 'warn' });
}
