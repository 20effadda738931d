/**
 * The export agent's market procurement (1039) pages in a real browser
 * (Chromium) over the tiny demo market: the agent registers a foreign buyer
 * and a merchant, is refused a trade record for prohibited goods with the
 * reason worded, records the qualifying line, records the buyer's payment into
 * its registered account and allocates it to the order; the merchant's "my
 * payments" shows what it is owed and was paid, as the API says. The pages fit
 * 390 px in Chinese and Arabic. Set PROCUREMENT_SHOTS=<dir> to save screenshots.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { buildApp } from '../src/http/app.ts';
import { ensureWebBuilt, WEB_DIST } from '../src/cli/web-build.ts';
import { addAccount, register } from '../src/modules/procurement/index.ts';
import { tinyMarket, type Market } from './fixtures.ts';
import { procurementMarket, type ProcurementMarket } from './procurement-fixtures.ts';
import { CHROMIUM, skipWithoutBrowser } from './browser.ts';

const skip = skipWithoutBrowser;
const PASSWORDS: Record<string, string> = { agent: 'agent123', merchant: 'merchant123' };
const SHOTS = process.env.PROCUREMENT_SHOTS;

describe('the export agent’s 1039 pages in a real browser (Chromium)', { skip }, () => {
  let m: Market;
  let p: ProcurementMarket;
  let app: FastifyInstance;
  let browser: Browser;
  let base: string;
  let webDir: string;
  const tokens: Record<string, string> = {};
  const serverErrors: string[] = [];

  before(async () => {
    await ensureWebBuilt();
    webDir = mkdtempSync(join(tmpdir(), 'yiwu-web-proc-'));
    cpSync(WEB_DIST, webDir, { recursive: true });
    m = await tinyMarket('pglite');
    p = await procurementMarket(m);
    // the operator has registered the agent, with a CNY settlement account; the order's buyer is the agent's
    await register(m.d.db, m.operator, { kind: 'agent', entityId: p.agent.entityId!, customsCode: '3318960001' });
    await addAccount(m.d.db, p.agent, { ownerId: p.agent.entityId!, bank: 'Bank of China Yiwu', accountNumber: '356873920018', currency: 'CNY' });
    await register(m.d.db, p.agent, { kind: 'buyer', entityId: m.buyer.entityId!, nationality: 'KZ', documentType: 'passport', documentNumber: 'N12638450' });
    app = await buildApp({ database: m.d, webDir });
    await app.listen({ port: 0, host: '127.0.0.1' });
    const addr = app.server.address();
    base = `http://127.0.0.1:${typeof addr === 'object' && addr ? addr.port : 0}`;
    for (const [u, pw] of Object.entries(PASSWORDS)) {
      const r = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: u, password: pw } });
      assert.equal(r.statusCode, 200, r.body);
      tokens[u] = r.json().token;
    }
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'] });
    if (SHOTS) mkdirSync(SHOTS, { recursive: true });
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
    ctx.setDefaultTimeout(60_000); // the machine may be busy; nothing here measures time
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
  const shot = async (page: Page, name: string) => {
    if (SHOTS) await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });
  };

  test('the agent registers a buyer and a merchant, records a qualifying trade (a prohibited one refused), a payment and its allocation', async () => {
    const { ctx, page } = await open('agent');
    try {
      await page.goto(`${base}/procurement`);
      await page.waitForSelector('[data-testid=buyer-form]');
      await page.fill('[data-testid=buyer-name]', 'Ahmed Al-Mansouri');
      await page.fill('[data-testid=buyer-nationality]', 'ae');
      await page.fill('[data-testid=buyer-doc-number]', 'A73920184');
      await page.click('[data-testid=buyer-submit]');
      await page.waitForSelector('[data-testid=buyer-done]');
      await page.waitForSelector('[data-testid=registration][data-kind=buyer] >> text=Ahmed Al-Mansouri');
      assert.equal(await page.locator('[data-testid=registration][data-kind=buyer] [data-testid=document-number]', { hasText: 'A73920184' }).count(), 1);
      await page.fill('[data-testid=merchant-id]', String(m.merchant.entityId));
      await page.click('[data-testid=merchant-submit]');
      await page.waitForSelector(`[data-testid=registration][data-kind=merchant][data-entity="${m.merchant.entityId}"]`);
      await shot(page, 'registrations-en-1366');

      await page.click('[data-testid=tab-records]');
      await page.waitForSelector('[data-testid=record-form]');
      await page.fill('[data-testid=record-order]', String(p.order));
      await page.fill('[data-testid=record-lines]', '2');
      await page.click('[data-testid=record-submit]');
      const refusal = page.locator('[data-testid=proc-refusal]');
      await refusal.waitFor();
      assert.equal(await refusal.getAttribute('data-reason'), 'HS_PROHIBITED');
      assert.match((await refusal.textContent()) ?? '', /^The goods are on the prohibited list/);
      await page.fill('[data-testid=record-lines]', '1');
      await page.click('[data-testid=record-submit]');
      await page.waitForSelector(`[data-testid=trade-record][data-order="${p.order}"]`);
      await shot(page, 'records-en-1366');

      await page.click('[data-testid=tab-payments]');
      await page.waitForSelector('[data-testid=payment-form] [data-testid=payment-buyer] option[value]:not([value=""])', { state: 'attached' });
      await page.selectOption('[data-testid=payment-buyer]', String(m.buyer.entityId));
      const accounts = await api<{ id: number }[]>('agent', '/api/procurement/accounts');
      await page.selectOption('[data-testid=payment-account]', String(accounts[0]!.id));
      await page.fill('[data-testid=payment-reference]', 'TT-2026-001');
      await page.fill('[data-testid=payment-amount]', '1000.00');
      await page.click('[data-testid=payment-submit]');
      await page.waitForSelector('[data-testid=payment] >> text=TT-2026-001');
      await page.fill('[data-testid=allocate-order]', String(p.order));
      await page.fill('[data-testid=allocate-amount]', '1000');
      await page.click('[data-testid=allocate-submit]');
      await page.waitForSelector('[data-testid=allocated][data-minor="100000"]');
      await shot(page, 'payments-en-1366');
    } finally {
      await ctx.close();
    }
  });

  test('the merchant’s payments page shows what it is owed and was paid, as the API says', async () => {
    const [bal] = await api<{ owedMinor: number; paidMinor: number; outstandingMinor: number }[]>('merchant', '/api/procurement/balances');
    assert.deepEqual(bal, { ...bal!, owedMinor: 125_000, paidMinor: 100_000, outstandingMinor: 25_000 });
    const { ctx, page } = await open('merchant');
    try {
      await page.goto(`${base}/procurement/my-payments`);
      await page.waitForSelector('[data-testid=balance]');
      assert.equal(await page.getAttribute('[data-testid=owed]', 'data-minor'), '125000');
      assert.equal(await page.getAttribute('[data-testid=paid]', 'data-minor'), '100000');
      assert.equal(await page.getAttribute('[data-testid=outstanding]', 'data-minor'), '25000');
      await page.goto(`${base}/procurement`);
      await page.waitForSelector('[data-testid=proc-not-for-role]');
    } finally {
      await ctx.close();
    }
  });

  test('the pages fit 390 px in Chinese and Arabic', async () => {
    for (const lang of ['zh', 'ar'] as const) {
      const { ctx, page } = await open('agent', lang, 390);
      try {
        for (const tab of ['registrations', 'records', 'payments']) {
          await page.goto(`${base}/procurement?tab=${tab}`);
          await page.waitForSelector('[data-testid=procurement-page] .gov-card');
          const over = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
          assert.ok(over <= 0, `${lang} ${tab}: ${over}px wider than the screen`);
          await shot(page, `${tab}-${lang}-390`);
        }
        assert.equal(await page.getAttribute('html', 'dir'), lang === 'ar' ? 'rtl' : 'ltr');
      } finally {
        await ctx.close();
      }
    }
    assert.deepEqual(serverErrors, []);
  });
});
