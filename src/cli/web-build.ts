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

/** What the built UI is made from: its sources, the page shell, the build config and the public files. */
const INPUTS = [join('web', 'src'), join('web', 'index.html'), join('web', 'vite.config.ts'), join('web', 'public')];

/** Newest modification time of a file or of every file under a directory (0 when it does not exist). */
function newestOf(path: string): number {
  if (!existsSync(path)) return 0;
  const s = statSync(path);
  return s.isDirectory() ? newest(path) : s.mtimeMs;
}

/** Build the web UI with Vite when web/dist is missing or older than anything it is built from. */
export async function ensureWebBuilt(log: (s: string) => void = () => {}): Promise<void> {
  const index = join(WEB_DIST, 'index.html');
  if (existsSync(index) && statSync(index).mtimeMs >= Math.max(...INPUTS.map((p) => newestOf(join(ROOT, p))))) return;
  log('building the web UI (vite)…');
  const { build } = await import('vite');
  await build({ configFile: join(ROOT, 'web', 'vite.config.ts'), logLevel: 'warn' });
}
