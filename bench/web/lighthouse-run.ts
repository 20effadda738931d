import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type Category = (typeof CATEGORIES)[number];

/** One audit that did not pass, with what it points at (elements, URLs), for the report. */
export interface Finding {
  category: Category;
  id: string;
  title: string;
  score: number | null;
  displayValue?: string;
  /** Up to a few elements (selector and snippet) or URLs the audit names. */
  targets: string[];
}

export interface LighthousePage {
  page: string;
  url: string;
  scores: Record<Category, number>;
  metrics: { fcpMs: number; lcpMs: number; tbtMs: number; cls: number; speedIndexMs: number };
  /** Every script the page loaded: URL, bytes on the wire, bytes decoded. */
  scripts: { url: string; transferBytes: number; resourceBytes: number }[];
  findings: Finding[];
  /** Where the main-thread time goes: per script (bootup-time) and the long tasks, in milliseconds. */
  mainThread: { bootup: { url: string; totalMs: number; scriptingMs: number }[]; longTasks: { url: string; startMs: number; durationMs: number }[] };
}

/** A Chromium for Lighthouse: Debian's, headless, no sandbox (root in a container), the UI language given. */
export async function launchChrome(chromePath: string, lang: string): Promise<chromeLauncher.LaunchedChrome> {
  return chromeLauncher.launch({
    chromePath,
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', `--lang=${lang}`, `--accept-lang=${lang}`],
    logLevel: 'silent',
  });
}

function targetsOf(details: any): string[] {
  const items: any[] = Array.isArray(details?.items) ? details.items : [];
  const out: string[] = [];
  for (const it of items.slice(0, 6)) {
    const node = it.node ?? it.element;
    const score = typeof it.score === 'number' ? ` (shift ${it.score.toFixed(3)})` : '';
    if (node?.type === 'node') out.push(`${node.selector ?? ''} ${(node.snippet ?? '').slice(0, 140)}${score}`.trim());
    else if (typeof it.url === 'string') out.push(it.wastedBytes ? `${it.url} (${Math.round(it.wastedBytes / 1024)} KiB to save)` : it.url);
    else if (typeof it.source?.url === 'string') out.push(it.source.url);
  }
  if (items.length > 6) out.push(`… ${items.length - 6} more`);
  return out;
}

/**
 * Put a sign-in token into the launched Chrome's localStorage for the page's origin (through the DevTools
 * protocol, with playwright-core), so that Lighthouse, told not to reset storage, measures the signed-in page.
 * Then empty the browser's HTTP cache (`Network.clearBrowserCache`; localStorage stays): Lighthouse keeps the
 * cache too when it keeps storage, and a signed-in page would otherwise be measured with the app's scripts
 * already cached (by this sign-in visit or the pages measured before it), unlike the public pages.
 */
export async function storeToken(port: number, url: string, token: string): Promise<void> {
  const { chromium } = await import('playwright-core');
  const browser = await chromium.connectOverCDP(`http://127.0.0.1:${port}`);
  try {
    const context = browser.contexts()[0]!;
    const p = await context.newPage();
    await p.goto(new URL('/sign-in', url).href, { waitUntil: 'domcontentloaded' });
    await p.evaluate((t) => window.localStorage.setItem('yiwu.token', t), token);
    const cdp = await context.newCDPSession(p);
    await cdp.send('Network.clearBrowserCache');
    await cdp.detach();
    await p.close();
  } finally {
    await browser.close(); // connected over CDP: disconnects, the Chrome (and its storage) stays
  }
}

/**
 * Run Lighthouse (default config: the mobile preset, simulated slow 4G and 4× CPU slowdown) on one URL.
 * `keepStorage`: do not clear the origin's storage first (a signed-in page, after `storeToken`).
 */
export async function lighthousePage(port: number, page: string, url: string, keepStorage = false): Promise<LighthousePage> {
  const result = await lighthouse(url, {
    port,
    output: 'json',
    logLevel: 'error',
    onlyCategories: [...CATEGORIES],
    ...(keepStorage ? { disableStorageReset: true } : {}),
  });
  if (!result) throw new Error(`lighthouse returned nothing for ${url}`);
  const lhr = result.lhr;
  if (lhr.runtimeError) throw new Error(`lighthouse on ${url}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
  const scores = {} as Record<Category, number>;
  const findings: Finding[] = [];
  for (const c of CATEGORIES) {
    const cat = lhr.categories[c]!;
    scores[c] = Math.round((cat.score ?? 0) * 100);
    for (const ref of cat.auditRefs) {
      const a = lhr.audits[ref.id]!;
      if (a.scoreDisplayMode === 'notApplicable' || a.scoreDisplayMode === 'informative' || a.scoreDisplayMode === 'manual') continue;
      if (a.score === null || a.score >= 0.9) continue;
      // Performance metrics are weighted; opportunities and diagnostics carry weight 0 but say why.
      findings.push({ category: c, id: a.id, title: a.title, score: a.score, displayValue: a.displayValue, targets: targetsOf(a.details) });
    }
  }
  const num = (id: string) => Number(lhr.audits[id]?.numericValue ?? Number.NaN);
  const requests: any[] = (lhr.audits['network-requests']?.details as any)?.items ?? [];
  const scripts = requests
    .filter((r) => r.resourceType === 'Script')
    .map((r) => ({ url: String(r.url), transferBytes: Number(r.transferSize ?? 0), resourceBytes: Number(r.resourceSize ?? 0) }));
  const itemsOf = (id: string): any[] => (lhr.audits[id]?.details as any)?.items ?? [];
  const mainThread = {
    bootup: itemsOf('bootup-time').map((b) => ({ url: String(b.url), totalMs: Math.round(b.total ?? 0), scriptingMs: Math.round(b.scripting ?? 0) })),
    longTasks: itemsOf('long-tasks').map((t) => ({ url: String(t.url), startMs: Math.round(t.startTime ?? 0), durationMs: Math.round(t.duration ?? 0) })),
  };
  return {
    page,
    url,
    scores,
    mainThread,
    metrics: {
      fcpMs: num('first-contentful-paint'),
      lcpMs: num('largest-contentful-paint'),
      tbtMs: num('total-blocking-time'),
      cls: num('cumulative-layout-shift'),
      speedIndexMs: num('speed-index'),
    },
    scripts,
    findings,
  };
}
