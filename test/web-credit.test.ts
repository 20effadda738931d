/**
 * The credit pages in a real browser (Chromium) over the tiny demo market:
 * the demo merchant sees its score and class, a breakdown whose rows add up to
 * the score shown (the API's), the history chart; it appeals an event with the
 * appeal button and the appeal reaches the regulator's queue, where the
 * regulator upholds it and the merchant's score rises by the event's
 * contribution. The pages fit 390 px and 1366 px in Chinese, English and Arabic.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { buildApp } from '../src/http/app.ts';
import { ensureWebBuilt, WEB_DIST } from '../src/cli/web-build.ts';
import { tinyMarket, type Market } from './fixtures.ts';
import { CHROMIUM, skipWithoutBrowser } from './browser.ts';

const PASSWORDS: Record<string, string> = { merchant: 'merchant123', regulator: 'regulator123' };

interface Breakdown {
  score: number;
  base: number;
  contributions: { eventId: number; amount: number }[];
  events: { id: number; severity: string; voided: boolean; appeal: { status: string } | null }[];
}

describe('credit pages in a real browser (Chromium)', { skip: skipWithoutBrowser }, () => {
  let m: Market;
  let app: FastifyInstance;
  let browser: Browser;
  let base: string;
  let webDir: string;
  const tokens: Record<string, string> = {};
  const serverErrors: string[] = [];

  before(async () => {
    await ensureWebBuilt();
    webDir = mkdtempSync(join(tmpdir(), 'yiwu-web-credit-'));
    cpSync(WEB_DIST, webDir, { recursive: true });
    m = await tinyMarket('pglite');
    app = await buildApp({ database: m.d, webDir });
    await app.listen({ port: 0, host: '127.0.0.1' });
    const addr = app.server.address();
    base = `http://127.0.0.1:${typeof addr === 'object' && addr ? addr.port : 0}`;
    for (const [u, p] of Object.entries(PASSWORDS)) {
      const r = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: u, password: p } });
      assert.equal(r.statusCode, 200, r.body);
      tokens[u] = r.json().token;
    }
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'] });
  });
  after(async () => {
    await browser?.close();
    await app?.close();
    await m?.d.close();
    if (webDir) rmSync(webDir, { recursive: true, force: true });
  });

  async function open(who: string, lang: 'zh' | 'en' | 'ar' = 'en', width = 1366): Promise<{ ctx: BrowserContext; page: Page }> {
    const ctx = await browser.newContext({ viewport: { width, height: 900 }, locale: lang === 'zh' ? 'zh-CN' : lang });
    await ctx.addInitScript(
      ([l, tok]) => {
        localStorage.setItem('yiwu.lang', l!);
        localStorage.setItem('yiwu.token', tok!);
      },
      [lang, tokens[who]!],
    );
    ctx.setDefaultTimeout(60_000);
    const page = await ctx.newPage();
    page.on('response', (r) => {
      if (r.status() >= 500) serverErrors.push(`${r.status()} ${r.url()}`);
    });
    return { ctx, page };
  }
  const breakdown = async (): Promise<Breakdown> => {
    const r = await app.inject({ method: 'GET', url: `/api/credit/entities/${m.merchant.entityId}`, headers: { authorization: `Bearer ${tokens.merchant}` } });
    assert.equal(r.statusCode, 200, r.body);
    return r.json();
  };

  test('the merchant sees its score explained, appeals an event; the regulator upholds it and the score rises', async () => {
    const before = await breakdown();
    const target = before.events.find((e) => e.severity !== 'positive' && !e.voided && e.appeal === null)!;
    assert.ok(target, 'the demo merchant has a negative event without an appeal');
    const amount = before.contributions.find((c) => c.eventId === target.id)?.amount ?? 0;
    assert.ok(amount < 0);
    const { ctx, page } = await open('merchant');
    try {
      await page.goto(`${base}/credit/score`);
      await page.waitForSelector('[data-testid=credit-breakdown]');
      await page.locator('[data-testid=credit-history-chart]').scrollIntoViewIfNeeded(); // a chart is drawn as it comes into view
      await page.waitForSelector('[data-testid=credit-history-chart] canvas');
      assert.equal(await page.textContent('[data-testid=credit-score]'), (before.score / 100).toFixed(2));
      const amounts = await page.$$eval('[data-testid=credit-contribution] [data-amount]', (cells) => cells.map((c) => Number(c.getAttribute('data-amount'))));
      assert.equal(before.base + amounts.reduce((s, a) => s + a, 0), before.score, 'the rows shown add up to the score');
      await page.click(`[data-testid=appeal-${target.id}]`);
      await page.fill('[data-testid=appeal-reason]', 'The complaint was about another stall');
      await page.click('[data-testid=appeal-send]');
      await page.waitForSelector('[data-testid=appeal-sent]');
      assert.match((await page.textContent(`[data-testid=appeal-status-${target.id}]`)) ?? '', /appeal under review/);
    } finally {
      await ctx.close();
    }
    const reg = await open('regulator');
    try {
      await reg.page.goto(`${base}/credit/oversight`);
      await reg.page.locator('[data-testid=credit-distribution-chart]').scrollIntoViewIfNeeded();
      await reg.page.waitForSelector('[data-testid=credit-distribution-chart] canvas');
      await reg.page.locator('[data-testid=credit-index-chart]').scrollIntoViewIfNeeded();
      await reg.page.waitForSelector('[data-testid=credit-index-chart] canvas');
      const row = reg.page.locator('[data-testid^=appeal-row-]', { hasText: 'The complaint was about another stall' });
      await row.locator('input').fill('Checked: wrong stall number');
      await row.getByRole('button', { name: 'Uphold (void the event)' }).click();
      await row.waitFor({ state: 'detached' });
    } finally {
      await reg.ctx.close();
    }
    const after = await breakdown();
    assert.equal(after.score, before.score - amount);
    assert.equal(after.events.find((e) => e.id === target.id)?.voided, true);
  });

  test('the credit pages do not scroll sideways at 390 px or 1366 px, in Chinese, English and Arabic', async () => {
    const problems: string[] = [];
    const pages: [string, string, string][] = [
      ['merchant', '/credit/score', '[data-testid=credit-breakdown]'],
      ['regulator', '/credit/oversight', '[data-testid=credit-index-chart]'],
      ['merchant', '/credit/index', '[data-testid=credit-index-chart]'],
    ];
    for (const width of [390, 1366]) {
      for (const lang of ['zh', 'en', 'ar'] as const) {
        for (const [who, path, ready] of pages) {
          const { ctx, page } = await open(who, lang, width);
          try {
            await page.goto(base + path);
            await page.waitForSelector(ready);
            await page.waitForLoadState('networkidle');
            const r = await page.evaluate(() => ({
              scroll: document.documentElement.scrollWidth,
              inner: window.innerWidth,
              dir: document.documentElement.dir,
            }));
            assert.equal(r.dir, lang === 'ar' ? 'rtl' : 'ltr');
            if (r.scroll > r.inner) problems.push(`${path} ${lang} ${width}: ${r.scroll} px wide in ${r.inner}`);
          } finally {
            await ctx.close();
          }
        }
      }
    }
    assert.deepEqual(problems, []);
    assert.deepEqual(serverErrors, []);
  });
});
