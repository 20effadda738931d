import { existsSync } from 'node:fs';
import { delimiter, join } from 'node:path';

/** Debian's Chromium: $CHROMIUM_PATH, else the first `chromium` on PATH, else /usr/bin/chromium. */
function findChromium(): string {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    const p = join(dir, 'chromium');
    if (dir && existsSync(p)) return p;
  }
  return '/usr/bin/chromium';
}

/** The browser the web tests drive (playwright-core, launched with --no-sandbox). */
export const CHROMIUM = findChromium();

/**
 * In CI (.ci/run sets CI=true and installs the browser) a missing browser fails the suite;
 * a developer machine without it skips the browser tests (the value for `describe`'s `skip`).
 */
export const skipWithoutBrowser: string | false = !existsSync(CHROMIUM) && process.env.CI !== 'true' ? 'Debian chromium is not installed' : false;
