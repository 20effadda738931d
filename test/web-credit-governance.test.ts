/**
 * Credit governance pages in a real browser (Chromium) over the tiny demo
 * market: a visitor reads the public blacklist in Chinese and English (every
 * label in the page's language, nothing wider than 390 px or 1366 px); a
 * regulator defines a random inspection campaign, draws it, verifies the draw
 * and records a result, then approves a pending credit repair, and the entity
 * leaves the public list.
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
import { CHROMIUM, inspect, skipWithoutBrowser } from './browser.ts';

describe('credit governance pages in a real browser (Chromium)', { skip: skipWithoutBrowser }, () => {
  let m: Market;
  let app: FastifyInstance;
  let browser: Browser;
  let base: string;
  let webDir: string;
  let regulatorToken = '';
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
    const r = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'regulator', password: 'regulator123' } });
    assert.equal(r.statusCode, 200, r.body);
    regulatorToken = r.json().token;
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'] });
  });
  after(async () => {
    await browser?.close();
    await app?.close();
    await m?.d.close();
    if (webDir) rmSync(webDir, { recursive: true, force: true });
  });

  async function open(token: string | null, lang: 'zh' | 'en' | 'ar', width: number): Promise<{ ctx: BrowserContext; page: Page }> {
    const ctx = await browser.newContext({ viewport: { width, height: 900 }, locale: lang === 'zh' ? 'zh-CN' : lang });
    await ctx.addInitScript(
      ([l, tok]) => {
        localStorage.setItem('yiwu.lang', l!);
        if (tok) localStorage.setItem('yiwu.token', tok);
      },
      [lang, token ?? ''],
    );
    ctx.setDefaultTimeout(60_000); // the machine may be busy; nothing here measures time
    const page = await ctx.newPage();
    page.on('response', (r) => {
      if (r.status() >= 500) serverErrors.push(`${r.status()} ${r.url()}`);
    });
    return { ctx, page };
  }

  test('a visitor reads the public blacklist in Chinese and English at 390 px and 1366 px', async () => {
    const api = (await app.inject('/api/credit/blacklist')).json();
    assert.ok(api.total >= 2, 'the demo lists entities');
    for (const [lang, title, rule] of [
      ['zh', '失信主体黑名单', '严重失信事件'],
      ['en', 'Blacklist of dishonest entities', 'Severe credit event'],
    ] as const) {
      for (const width of [390, 1366]) {
        const { ctx, page } = await open(null, lang, width);
        try {
          await page.goto(`${base}/credit/blacklist`);
          await page.waitForSelector('[data-testid=blacklist-entry]');
          assert.equal(await page.textContent('h1'), title);
          assert.equal(await page.locator('[data-testid=blacklist-entry]').count(), api.total);
          assert.equal(await page.locator('[data-testid=blacklist-manage]').count(), 0, 'a visitor manages nothing');
          assert.equal((await page.locator('[data-testid=entry-rule]').first().textContent())?.trim(), rule);
          const first = api.items[0];
          const card = page.locator(`[data-testid=blacklist-entry][data-entity="${first.entityId}"]`);
          assert.match((await card.textContent()) ?? '', new RegExp(first.evidenceRefs[0].replace(/[()[\]〔〕]/g, '.')));
          const r = await page.evaluate(inspect);
          assert.ok(r.scrollWidth <= r.innerWidth, `${lang} ${width}px: the page is ${r.scrollWidth}px wide`);
          assert.deepEqual(r.wrong, [], `${lang} ${width}px: text in the wrong script`);
          await page.click('[data-testid=toggle-ended]');
          await page.waitForSelector('[data-testid=blacklist-entry][data-active=false]');
        } finally {
          await ctx.close();
        }
      }
    }
  });

  test('a buyer sees the blacklist warning and the declared standards on product pages', async () => {
    const listed = (await app.inject('/api/credit/blacklist')).json().items[0].entityId;
    const ofListed = await m.d.db.selectFrom('products').select('id').where('merchant_id', '=', listed).orderBy('id').executeTakeFirstOrThrow();
    const declared = (await app.inject({ method: 'GET', url: '/api/credit/standards/products?code=GB%204806.9-2016' })).json().productIds[0];
    assert.ok(declared, 'the demo declares standards');
    const { ctx, page } = await open(null, 'zh', 390);
    try {
      await page.goto(`${base}/product/${ofListed.id}`);
      await page.waitForSelector('[data-testid=blacklist-warning]');
      assert.match((await page.textContent('[data-testid=blacklist-warning]')) ?? '', /警示：该商户已被列入失信黑名单/);
      await page.goto(`${base}/product/${declared}`);
      await page.waitForSelector('[data-testid=product-standards]');
      assert.match((await page.textContent('[data-testid=product-standards]')) ?? '', /强制性国家标准 GB 4806\.9-2016/);
      assert.equal(await page.locator('[data-testid=blacklist-warning]').count(), 0);
      const r = await page.evaluate(inspect);
      assert.ok(r.scrollWidth <= r.innerWidth, `the product page is ${r.scrollWidth}px wide`);
    } finally {
      await ctx.close();
    }
  });

  test('a regulator defines, draws and verifies a campaign, records a result, and approves a repair', async () => {
    const { ctx, page } = await open(regulatorToken, 'en', 1366);
    try {
      // the regulator finds its pages in the header (the links follow the signed-in role)
      await page.goto(`${base}/`);
      await page.click('[data-testid=nav-campaigns]');
      await page.waitForSelector('[data-testid=campaign-form]');
      await page.fill('[data-testid=campaign-name]', 'Browser test spot check');
      await page.fill('[data-testid=campaign-size]', '4');
      await page.fill('[data-testid=campaign-inspectors]', 'Wang Ming\nLi Hua\nZhang Wei');
      await page.fill('[data-testid=campaign-seed]', '31337');
      await page.click('[data-testid=campaign-create]');
      await page.waitForURL(/\/credit\/campaigns\/\d+$/);
      const id = Number(/(\d+)$/.exec(page.url())![1]);
      await page.waitForSelector('[data-testid=campaign-page][data-status=defined]');
      assert.equal(await page.textContent('[data-testid=campaign-seed-shown]'), '31337');
      await page.click('[data-testid=campaign-draw]');
      await page.waitForSelector('[data-testid=campaign-page][data-status=drawn]');
      assert.equal(await page.locator('[data-testid=drawn-row]').count(), 4);
      await page.click('[data-testid=campaign-verify]');
      await page.waitForSelector('[data-testid=verify-result][data-matches=true]');
      const firstRow = page.locator('[data-testid=drawn-row]').first();
      const entity = Number(await firstRow.getAttribute('data-entity'));
      await firstRow.locator('[data-testid=result-kind]').selectOption('minor_issues');
      await firstRow.locator('[data-testid=result-evidence]').fill('REC-2026-0001');
      await firstRow.locator('[data-testid=result-submit]').click();
      await page.waitForFunction(
        (e) => document.querySelector(`[data-testid=drawn-row][data-entity="${e}"] [data-testid=drawn-result]`)?.textContent === 'Minor issues',
        entity,
      );
      const c = (await app.inject({ method: 'GET', url: `/api/credit/campaigns/${id}`, headers: { authorization: `Bearer ${regulatorToken}` } })).json();
      assert.ok(c.drawn.find((d: { entityId: number }) => d.entityId === entity).eventId > 0, 'the result is a credit event');

      await page.goto(`${base}/credit/repairs`);
      await page.waitForSelector('[data-testid=repair][data-status=pending]');
      const pending = page.locator('[data-testid=repair][data-status=pending]').first();
      const listed = Number(await pending.getAttribute('data-entity'));
      await pending.locator('[data-testid=repair-reason]').fill('Judgment fulfilled, confirmed by the court');
      await pending.locator('[data-testid=repair-approve]').click();
      await page.waitForFunction((e) => !document.querySelector(`[data-testid=repair][data-entity="${e}"][data-status=pending]`), listed);
      const bl = (await app.inject(`/api/credit/blacklist?entityId=${listed}`)).json();
      assert.equal(bl.total, 0, 'the repaired entity left the public list');
      assert.deepEqual(serverErrors, []);
    } finally {
      await ctx.close();
    }
  });

  test('a drawn campaign, with its 64-digit digest, fits a phone in Chinese and Arabic', async () => {
    const list = (await app.inject({ method: 'GET', url: '/api/credit/campaigns', headers: { authorization: `Bearer ${regulatorToken}` } })).json();
    const drawn = (list as { id: number; drawSha: string | null }[]).find((c) => c.drawSha);
    assert.ok(drawn, 'the demo has a drawn campaign');
    for (const lang of ['zh', 'ar'] as const) {
      const { ctx, page } = await open(regulatorToken, lang, 390);
      try {
        await page.goto(`${base}/credit/campaigns/${drawn.id}`);
        await page.waitForSelector('[data-testid=drawn-row]');
        const r = await page.evaluate(inspect);
        assert.ok(r.scrollWidth <= r.innerWidth, `${lang}: the campaign page is ${r.scrollWidth}px wide`);
        assert.deepEqual(r.wrong, []);
      } finally {
        await ctx.close();
      }
    }
  });
});
