/**
 * The merchant's "my stall's evaluation" page in a real browser (Chromium) over
 * the tiny demo market (which has a year of evaluations): the breakdown shows
 * the API's indicators and contributions, which add up to the score shown; the
 * history chart is drawn; the holder sends an objection; the page fits 390 px
 * and 1366 px in Chinese, English and Arabic.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { chromium, type Browser } from 'playwright-core';
import { buildApp } from '../src/http/app.ts';
import { ensureWebBuilt, WEB_DIST } from '../src/cli/web-build.ts';
import { tinyMarket, type Market } from './fixtures.ts';
import { CHROMIUM, skipWithoutBrowser } from './browser.ts';

describe('merchant stall evaluation page in a real browser (Chromium)', { skip: skipWithoutBrowser }, () => {
  let m: Market;
  let app: FastifyInstance;
  let browser: Browser;
  let base: string;
  let webDir: string;
  let token = '';
  const serverErrors: string[] = [];

  before(async () => {
    await ensureWebBuilt();
    webDir = mkdtempSync(join(tmpdir(), 'yiwu-web-eval-'));
    cpSync(WEB_DIST, webDir, { recursive: true });
    m = await tinyMarket('pglite');
    app = await buildApp({ database: m.d, webDir });
    await app.listen({ port: 0, host: '127.0.0.1' });
    const addr = app.server.address();
    base = `http://127.0.0.1:${typeof addr === 'object' && addr ? addr.port : 0}`;
    const r = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'merchant', password: 'merchant123' } });
    assert.equal(r.statusCode, 200, r.body);
    token = r.json().token;
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'] });
  });
  after(async () => {
    await browser?.close();
    await app?.close();
    await m?.d.close();
    if (webDir) rmSync(webDir, { recursive: true, force: true });
  });

  async function open(lang: 'zh' | 'en' | 'ar', width: number) {
    const ctx = await browser.newContext({ viewport: { width, height: 900 }, locale: lang === 'zh' ? 'zh-CN' : lang });
    await ctx.addInitScript(
      ([l, tok]) => {
        localStorage.setItem('yiwu.lang', l!);
        localStorage.setItem('yiwu.token', tok!);
      },
      [lang, token],
    );
    ctx.setDefaultTimeout(60_000);
    const page = await ctx.newPage();
    page.on('response', (r) => {
      if (r.status() >= 500) serverErrors.push(`${r.status()} ${r.url()}`);
    });
    await page.goto(`${base}/stalls/evaluation`);
    await page.waitForSelector('[data-testid=breakdown]');
    return { ctx, page };
  }

  test('the breakdown is the API’s, its contributions add up to the score, the history is charted, and an objection is sent', async () => {
    const mine = (await app.inject({ method: 'GET', url: '/api/stall-evaluation/mine', headers: { authorization: `Bearer ${token}` } })).json();
    const stallId = mine.stalls[0].stallId;
    const b = (await app.inject({ method: 'GET', url: `/api/stall-evaluation/stalls/${stallId}`, headers: { authorization: `Bearer ${token}` } })).json();
    const { ctx, page } = await open('en', 1366);
    try {
      assert.equal(await page.locator('[data-testid^=line-]').count(), b.lines.length);
      const shown = (await page.locator('[data-testid=contribution]').allTextContents()).map(Number);
      assert.deepEqual(
        shown,
        b.lines.map((l: { contribution: number }) => Number((l.contribution / 1000).toFixed(1))),
      );
      assert.equal(
        await page.textContent('[data-testid=score]'),
        (b.score / 1000).toLocaleString('en', { minimumFractionDigits: 1, maximumFractionDigits: 1 }),
      );
      assert.equal(await page.textContent('[data-testid=total]'), await page.textContent('[data-testid=score]'));
      assert.equal(await page.getAttribute('[data-testid=grade]', 'data-grade'), String(b.grade));
      assert.match((await page.textContent('[data-testid=peer]')) ?? '', new RegExp(`${b.peer.size} stalls`));
      await page.locator('[data-testid=history-chart]').scrollIntoViewIfNeeded(); // a chart is drawn as it comes into view
      await page.waitForSelector('[data-testid=history-chart] canvas');
      await page.fill('[data-testid=objection-text]', 'Our orders at the autumn fair are missing.');
      await page.click('[data-testid=objection-send]');
      await page.waitForSelector('[data-testid=objection-sent]');
      await page.waitForSelector('[data-testid=my-objections]');
      assert.match((await page.textContent('[data-testid=my-objections]')) ?? '', /autumn fair/);
      const stored = (await app.inject({ method: 'GET', url: '/api/stall-evaluation/objections', headers: { authorization: `Bearer ${token}` } })).json();
      assert.equal(stored[0].stallId, stallId);
    } finally {
      await ctx.close();
    }
  });

  test('the page fits 390 px and 1366 px in Chinese, English and Arabic, with its labels translated', async () => {
    for (const lang of ['zh', 'en', 'ar'] as const) {
      for (const width of [390, 1366]) {
        const { ctx, page } = await open(lang, width);
        try {
          const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
          assert.ok(overflow <= 0, `${lang} at ${width}px overflows by ${overflow}px`);
          const head = (await page.locator('[data-testid=breakdown] thead').textContent()) ?? '';
          if (lang === 'zh') assert.match(head, /指标.*贡献/);
          if (lang === 'ar') assert.match(head, /المؤشر.*المساهمة/);
          if (lang === 'en') assert.match(head, /Indicator.*Contribution/);
          if (lang !== 'en') assert.doesNotMatch(head, /[A-Za-z]{3,}/, `${lang}: no English word in the table head`);
        } finally {
          await ctx.close();
        }
      }
    }
    assert.deepEqual(serverErrors, []);
  });
});
