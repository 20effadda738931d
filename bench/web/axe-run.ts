import { AxeBuilder } from '@axe-core/playwright';
import { chromium, type Browser } from 'playwright-core';

export const IMPACTS = ['critical', 'serious', 'moderate', 'minor'] as const;
export type Impact = (typeof IMPACTS)[number];

export interface AxeViolation {
  rule: string;
  impact: Impact;
  help: string;
  /** Up to a few offending elements (CSS selector and the start of their HTML). */
  nodes: string[];
  nodeCount: number;
}

export interface AxePage {
  page: string;
  lang: 'zh' | 'en';
  url: string;
  counts: Record<Impact, number>;
  violations: AxeViolation[];
  /** Unthrottled, cold cache, on loopback: first contentful paint and the load event, in ms from navigation start. */
  timing: { fcpMs: number; loadMs: number };
}

export function launchBrowser(chromePath: string): Promise<Browser> {
  return chromium.launch({ executablePath: chromePath, args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'] });
}

/**
 * axe-core (all rules of the installed version except the experimental ones) on one page in one UI language,
 * at a phone's viewport (412×823, as Lighthouse's mobile preset), after the page's API calls have settled.
 */
export async function axePage(browser: Browser, page: string, url: string, lang: 'zh' | 'en', token?: string): Promise<AxePage> {
  const context = await browser.newContext({
    locale: lang === 'zh' ? 'zh-CN' : 'en-US',
    viewport: { width: 412, height: 823 },
    deviceScaleFactor: 1.75,
    isMobile: true,
    hasTouch: true,
  });
  try {
    // The UI keeps the chosen language in localStorage; set it before the app reads it.
    await context.addInitScript((l) => window.localStorage.setItem('yiwu.lang', l), lang);
    // a page that needs sign-in is measured in the session of a demo account (the UI keeps its token in localStorage)
    if (token) await context.addInitScript((t) => window.localStorage.setItem('yiwu.token', t), token);
    const p = await context.newPage();
    await p.goto(url, { waitUntil: 'networkidle', timeout: 60_000 });
    await p.waitForTimeout(300);
    const timing = await p.evaluate(() => {
      const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
      const fcp = performance.getEntriesByName('first-contentful-paint')[0];
      return { fcpMs: Math.round(fcp?.startTime ?? Number.NaN), loadMs: Math.round(nav?.loadEventEnd ?? Number.NaN) };
    });
    const result = await new AxeBuilder({ page: p }).analyze();
    const counts: Record<Impact, number> = { critical: 0, serious: 0, moderate: 0, minor: 0 };
    const violations: AxeViolation[] = result.violations.map((v) => {
      const impact = (v.impact ?? 'minor') as Impact;
      counts[impact] += 1;
      return {
        rule: v.id,
        impact,
        help: v.help,
        nodeCount: v.nodes.length,
        nodes: v.nodes.slice(0, 4).map((n) => `${n.target.join(' ')} ${n.html.slice(0, 120)}`),
      };
    });
    return { page, lang, url, counts, violations, timing };
  } finally {
    await context.close();
  }
}
