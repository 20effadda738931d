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

/**
 * In the page (pass to `page.evaluate`; it must stay self-contained): the document's width, and visible text in the wrong script for its language (text marked with another `lang` or as data is not a label).
 */
export function inspect(): { scrollWidth: number; innerWidth: number; wrong: string[] } {
  const doc = document.documentElement;
  const lang = doc.lang.startsWith('zh') ? 'zh' : doc.lang.startsWith('ar') ? 'ar' : 'en';
  const wrong: string[] = [];
  // codes any language writes in Latin letters (the footer's "API", currencies)
  const allowed = new Set(['API', 'HS', 'SKU', 'CNY', 'USD', 'csv', 'xlsx']);
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const text = (n.nodeValue ?? '').trim();
    const el = n.parentElement;
    if (!text || !el || el.closest('script,style,select,option,[hidden],[data-content]')) continue;
    const tagged = el.closest('[lang]');
    if (tagged && tagged !== doc && !tagged.getAttribute('lang')!.startsWith(lang)) continue;
    if (!el.getClientRects().length) continue;
    if (lang !== 'zh' && /\p{Script=Han}/u.test(text)) wrong.push(text.slice(0, 80));
    else if (lang === 'zh' && text.split(/[^A-Za-z0-9_.-]+/).some((w) => /[A-Za-z]/.test(w) && !/\d/.test(w) && !allowed.has(w))) wrong.push(text.slice(0, 80));
  }
  return { scrollWidth: doc.scrollWidth, innerWidth: window.innerWidth, wrong };
}
