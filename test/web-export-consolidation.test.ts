/**
 * Consolidation in a real browser (Chromium) over the tiny demo market: the
 * agent opens a consignment and receives three lots from trade records; customs
 * releases them in bulk and holds one with a reason; the merchant sees its
 * lot and its status; the agent computes the load plan over the released lots
 * (the held one is not in it), numbers and seals the containers and downloads
 * the goods list, the declarations and the packing lists. Pages at 390 px and
 * 1366 px, in English, Chinese and Arabic (RTL).
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { buildApp } from '../src/http/app.ts';
import { ensureWebBuilt, WEB_DIST } from '../src/cli/web-build.ts';
import { tinyMarket, type Market } from './fixtures.ts';
import { CHROMIUM, skipWithoutBrowser } from './browser.ts';
import { consolidationMarket, type ConsolidationMarket } from './export-consolidation-fixtures.ts';

const PASSWORDS: Record<string, string> = { agent: 'agent123', customs: 'customs123', merchant: 'merchant123', merchant2: 'merchant123' };

describe('consolidation pages in a real browser (Chromium)', { skip: skipWithoutBrowser }, () => {
  let m: Market;
  let f: ConsolidationMarket;
  let app: FastifyInstance;
  let browser: Browser;
  let base: string;
  let webDir: string;
  let dl: string;
  const tokens: Record<string, string> = {};
  const serverErrors: string[] = [];
  let id = 0;

  before(async () => {
    await ensureWebBuilt();
    webDir = mkdtempSync(join(tmpdir(), 'yiwu-web-export-'));
    dl = mkdtempSync(join(tmpdir(), 'yiwu-web-export-dl-'));
    cpSync(WEB_DIST, webDir, { recursive: true });
    m = await tinyMarket('pglite');
    f = await consolidationMarket(m);
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
    for (const d of [webDir, dl]) if (d) rmSync(d, { recursive: true, force: true });
  });

  async function open(who: string, lang: 'zh' | 'en' | 'ar' = 'en', width = 1366): Promise<{ ctx: BrowserContext; page: Page }> {
    const ctx = await browser.newContext({ viewport: { width, height: 900 }, locale: lang === 'zh' ? 'zh-CN' : lang, acceptDownloads: true });
    await ctx.addInitScript(
      ([l, tok]) => {
        localStorage.setItem('yiwu.lang', l!);
        localStorage.setItem('yiwu.token', tok!);
      },
      [lang, tokens[who]!],
    );
    ctx.setDefaultTimeout(60_000); // a busy machine; nothing here measures time
    const page = await ctx.newPage();
    page.on('response', (r) => {
      if (r.status() >= 500) serverErrors.push(`${r.status()} ${r.url()}`);
    });
    return { ctx, page };
  }
  const api = async <T>(who: string, path: string): Promise<T> => {
    const r = await app.inject({ method: 'GET', url: path, headers: { authorization: `Bearer ${tokens[who]}` } });
    assert.equal(r.statusCode, 200, r.body);
    return r.json() as T;
  };
  /** The page is no wider than the window (nothing scrolls sideways but the tables' own wrappers). */
  const fits = async (page: Page) =>
    assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1), 'the page fits its width');

  test('the agent opens a consignment and receives three lots from trade records', async () => {
    const { ctx, page } = await open('agent');
    try {
      await page.goto(`${base}/export/consignments`);
      await page.waitForSelector('[data-testid=consignments-empty]');
      await page.fill('[data-testid=open-buyer]', String(m.buyer.entityId));
      await page.fill('[data-testid=open-destination]', 'aejea');
      await page.selectOption('[data-testid=open-incoterm]', 'CIF');
      await page.click('[data-testid=open-submit]');
      await page.waitForURL(/\/export\/consignments\/\d+$/);
      id = Number(page.url().split('/').pop());
      await page.waitForSelector('[data-testid=consignment-page][data-status=open]');
      for (const [rec, line, up] of [
        [f.record, 1, true],
        [f.record, 2, false],
        [f.record2, 1, false],
      ] as const) {
        const before = await page.locator('[data-testid=lot]').count();
        const vals: Record<string, string> = {
          tradeRecordId: String(rec),
          orderLineId: String(line),
          cartons: '12',
          lengthMm: '520',
          widthMm: '380',
          heightMm: '305',
          netKg: '168',
          grossKg: '186',
        };
        for (const [k, v] of Object.entries(vals)) await page.fill(`[data-testid=receive-${k}]`, v);
        if (up) await page.check('[data-testid=receive-thisSideUp]');
        await page.click('[data-testid=receive-submit]');
        await page.waitForFunction((n) => document.querySelectorAll('[data-testid=lot]').length === n, before + 1);
      }
      assert.equal(await page.locator('[data-testid=lot][data-inspection=pending]').count(), 3);
      // another buyer's trade record is refused, worded
      const other: Record<string, string> = {
        tradeRecordId: String(f.otherBuyerRecord),
        orderLineId: '2',
        cartons: '1',
        lengthMm: '520',
        widthMm: '380',
        heightMm: '305',
        netKg: '14',
        grossKg: '15.5',
      };
      for (const [k, v] of Object.entries(other)) await page.fill(`[data-testid=receive-${k}]`, v);
      await page.click('[data-testid=receive-submit]');
      await page.waitForSelector('[data-testid=export-refusal][data-code=CONFLICT]');
      await fits(page);
    } finally {
      await ctx.close();
    }
  });

  test('customs releases the lots in bulk and holds one with a reason (390 px, Chinese)', async () => {
    const { ctx, page } = await open('customs', 'zh', 390);
    try {
      // customs finds its page from the header's menu (the menu's links follow the signed-in role)
      await page.goto(`${base}/`);
      await page.click('[data-testid=menu-button]');
      await page.click('[data-testid=nav-inspection]');
      await page.waitForSelector('[data-testid=lot]');
      await page.check('[data-testid=pick-all]');
      await page.click('[data-testid=inspect-release]');
      await page.waitForFunction(() => document.querySelectorAll('[data-testid=lot][data-inspection=released]').length === 3);
      await page.locator('[data-testid=lot-pick]').nth(1).check();
      await page.click('[data-testid=inspect-hold]'); // no reason: refused
      await page.waitForSelector('[data-testid=export-refusal][data-code=VALIDATION]');
      await page.fill('[data-testid=inspect-reason]', '标签缺失');
      await page.click('[data-testid=inspect-hold]');
      await page.waitForSelector('[data-testid=lot][data-inspection=held]');
      assert.match((await page.textContent('[data-testid=lot][data-inspection=held] [data-testid=inspection]')) ?? '', /已扣留/);
      await fits(page);
    } finally {
      await ctx.close();
    }
  });

  test('each merchant sees only its own lots and their inspection status (Arabic)', async () => {
    const { ctx, page } = await open('merchant2', 'ar', 390);
    try {
      await page.goto(`${base}/export/my-lots`);
      await page.waitForSelector('[data-testid=my-lots-page] [data-testid=lot]');
      assert.equal(await page.locator('[data-testid=lot]').count(), 1);
      assert.equal(await page.getAttribute('html', 'dir'), 'rtl');
      await fits(page);
    } finally {
      await ctx.close();
    }
    const own = await api<{ merchantId: number }[]>('merchant', '/api/export/my-lots');
    assert.equal(own.length, 2);
  });

  test('the agent plans over the released lots in 3D, numbers and seals the containers, and downloads the documents', async () => {
    const { ctx, page } = await open('agent');
    try {
      await page.goto(`${base}/export/consignments/${id}`);
      await page.click('[data-testid=plan-compute]');
      await page.waitForSelector('[data-testid=load-plan][data-status=final]');
      await page.waitForSelector('[data-testid=container-canvas]');
      const plan = await api<{ lotIds: number[]; containers: { seq: number }[] }>('agent', `/api/export/consignments/${id}/load-plan`);
      const held = await api<{ id: number }[]>('agent', `/api/export/consignments/${id}/lots?inspection=held`);
      assert.equal(held.length, 1);
      assert.ok(!plan.lotIds.includes(held[0]!.id), 'the held lot is not in the final plan');
      assert.equal(plan.lotIds.length, 2);
      const forms = page.locator('[data-testid=container-number]');
      for (let i = 0; i < plan.containers.length; i++) {
        const form = forms.nth(i);
        await form.locator('[data-testid=container-iso]').fill('CSQU3054384'); // a wrong check digit, refused
        await form.locator('[data-testid=container-save]').click();
        await form.locator('[data-testid=export-refusal][data-code=VALIDATION]').waitFor();
        await form.locator('[data-testid=container-iso]').fill(i === 0 ? 'CSQU3054383' : 'MSCU1234566');
        await form.locator('[data-testid=container-seal]').fill(`SEAL-${i + 1}`);
        await form.locator('[data-testid=container-save]').click();
        await page.locator('[data-testid=container-iso-shown]').nth(i).waitFor();
      }
      await page.fill('[data-testid=docs-document-no]', 'E12345678');
      for (const [k, fmt] of [
        ['goods-list', 'xlsx'],
        ['declarations', 'pdf'],
        ['packing-list', 'xlsx'],
        ['packing-list', 'json'],
      ] as const) {
        const [download] = await Promise.all([page.waitForEvent('download'), page.click(`[data-testid=doc-${k}-${fmt}]`)]);
        const file = join(dl, download.suggestedFilename());
        await download.saveAs(file);
        const head = readFileSync(file).subarray(0, 5).toString('latin1');
        if (fmt === 'pdf') assert.equal(head, '%PDF-');
        else if (fmt === 'xlsx') assert.equal(head.slice(0, 2), 'PK');
        else {
          const docs = JSON.parse(readFileSync(file, 'utf8'));
          assert.match(docs.remarks, /P7654321/); // from the buyer's registration
          assert.equal(docs.goodsList.lots.length, 2);
        }
      }
      await page.click('[data-testid=consignment-move]'); // open → loading
      await page.waitForSelector('[data-testid=consignment-page][data-status=loading]');
      await page.click('[data-testid=consignment-move]'); // loading → declared
      await page.waitForSelector('[data-testid=consignment-page][data-status=declared]');
      await page.setViewportSize({ width: 390, height: 900 });
      await fits(page);
    } finally {
      await ctx.close();
    }
    assert.deepEqual(serverErrors, []);
  });
});
