/**
 * The buyer's trade pages in a real browser (Chromium) over the tiny demo
 * market: a buyer adds products of two stalls (merchant and merchant2) to the
 * purchase list from their product pages, sees a shortfall worded and fixes
 * the quantity, checks out, each merchant confirms its own order (and cannot
 * open the other's), the buyer records both deposits, and one order is moved
 * on to delivered at the consolidation warehouse; the states and amounts shown
 * are the API's. The pages fit 390 px and 1366 px in Chinese, English and Arabic.
 * Set TRADE_SHOTS=<dir> to save screenshots of the pages.
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
import { tinyMarket, type Market } from './fixtures.ts';
import { CHROMIUM, skipWithoutBrowser } from './browser.ts';

const skip = skipWithoutBrowser;
const PASSWORDS: Record<string, string> = { buyer: 'buyer123', merchant: 'merchant123', merchant2: 'merchant123' };
const SHOTS = process.env.TRADE_SHOTS;

interface Tier {
  minQty: number;
  unitPrice: number;
}
interface Listed {
  id: number;
  moq: number;
  tiers: Tier[];
}

describe('buyer trade pages in a real browser (Chromium)', { skip }, () => {
  let m: Market;
  let app: FastifyInstance;
  let browser: Browser;
  let base: string;
  let webDir: string;
  const tokens: Record<string, string> = {};
  /** A product of merchant (bought at its MOQ) and one of merchant2 (first added below its MOQ). */
  let cup: Listed;
  let bag: Listed;
  const serverErrors: string[] = [];

  async function pickProduct(merchantId: number, minMoq: number): Promise<Listed> {
    const rows = await m.d.db
      .selectFrom('products')
      .select(['id', 'moq', 'stock', 'price_tiers'])
      .where('merchant_id', '=', merchantId)
      .where('status', '=', 'active')
      .where('stall_id', 'is not', null)
      .orderBy('id')
      .execute();
    const tiers = (v: unknown) => (typeof v === 'string' ? JSON.parse(v) : v) as Tier[];
    const r = rows.find((x) => x.moq >= minMoq && x.stock >= x.moq * 3);
    assert.ok(r, `merchant ${merchantId} has a product with stock for three MOQs`);
    return { id: r.id, moq: r.moq, tiers: tiers(r.price_tiers) };
  }

  before(async () => {
    await ensureWebBuilt();
    // a private copy: another test rebuilding web/dist meanwhile must not swap the files under this one
    webDir = mkdtempSync(join(tmpdir(), 'yiwu-web-trade-'));
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
    cup = await pickProduct(m.merchant.entityId!, 1);
    bag = await pickProduct(m.merchant2.entityId!, 2);
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'] });
    if (SHOTS) mkdirSync(SHOTS, { recursive: true });
  });
  after(async () => {
    await browser?.close();
    await app?.close();
    await m?.d.close();
    if (webDir) rmSync(webDir, { recursive: true, force: true });
  });

  /** A browser of the given width and UI language, signed in as `who` (or a visitor). */
  async function open(who: string | null, lang: 'zh' | 'en' | 'ar' = 'en', width = 1366): Promise<{ ctx: BrowserContext; page: Page }> {
    const ctx = await browser.newContext({ viewport: { width, height: 900 }, locale: lang === 'zh' ? 'zh-CN' : lang });
    await ctx.addInitScript(
      ([l, tok]) => {
        localStorage.setItem('yiwu.lang', l!);
        if (tok) localStorage.setItem('yiwu.token', tok);
      },
      [lang, who ? tokens[who]! : ''],
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
  const minorOf = async (page: Page, sel: string) => Number(await page.getAttribute(sel, 'data-minor'));
  const shot = async (page: Page, name: string) => {
    if (SHOTS) await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });
  };

  let purchaseId = 0;
  let cupOrder = 0;
  let bagOrder = 0;

  test('a visitor is invited to sign in; a merchant sees no buying actions', async () => {
    for (const who of [null, 'merchant']) {
      const { ctx, page } = await open(who);
      try {
        await page.goto(`${base}/product/${cup.id}`);
        await page.waitForSelector('[data-testid=buy-box]');
        if (who === null) assert.match((await page.textContent('[data-testid=buy-sign-in]')) ?? '', /Sign in with a buyer account/);
        else {
          await page.waitForLoadState('networkidle');
          assert.equal(await page.locator('[data-testid=add-to-list], [data-testid=buy-sign-in]').count(), 0);
        }
      } finally {
        await ctx.close();
      }
    }
  });

  test('the buyer fills the purchase list from two stalls; a shortfall is worded and fixed; checkout makes one order per merchant', async () => {
    const { ctx, page } = await open('buyer');
    try {
      // merchant's product at its MOQ: the box shows MOQ, stock, the tier and the line total as the buyer types
      await page.goto(`${base}/product/${cup.id}`);
      await page.waitForSelector('[data-testid=add-to-list]');
      assert.match((await page.textContent('[data-testid=buy-moq]')) ?? '', new RegExp(`MOQ ${cup.moq.toLocaleString('en')}`));
      await page.fill('[data-testid=quantity]', String(cup.moq));
      await page.click('[data-testid=add-to-list]');
      await page.waitForSelector('[data-testid=in-list]');
      assert.match((await page.textContent('[data-testid=in-list]')) ?? '', new RegExp(`In your purchase list: ${cup.moq.toLocaleString('en')}`));
      await shot(page, 'product-en-1366');
      // "ask the merchant" opens an inquiry about the product and goes to its thread
      await page.click('[data-testid=ask-merchant]');
      assert.match(await page.inputValue('[data-testid=ask-message]'), /I would like to buy/);
      await page.click('[data-testid=ask-send]');
      await page.waitForURL(/\/inquiries\/\d+$/);
      const threads = await api<{ items: { productId: number | null }[] }>('buyer', '/api/inquiries');
      assert.ok(threads.items.some((x) => x.productId === cup.id));

      // merchant2's product one below its MOQ
      await page.goto(`${base}/product/${bag.id}`);
      await page.waitForSelector('[data-testid=add-to-list]');
      await page.fill('[data-testid=quantity]', String(bag.moq - 1));
      await page.click('[data-testid=add-to-list]');
      await page.waitForSelector('[data-testid=in-list]');
      await page.click('[data-testid=view-list]');

      await page.waitForSelector('[data-testid=list-order]');
      assert.equal(await page.locator('[data-testid=list-order]').count(), 2);
      const short = page.locator(`[data-testid=list-line][data-product="${bag.id}"] [data-testid=shortfall][data-code=BELOW_MOQ]`);
      assert.match((await short.textContent()) ?? '', new RegExp(`^Add 1 more .+ to reach the MOQ of ${bag.moq.toLocaleString('en')} `));
      assert.equal(await page.isDisabled('[data-testid=checkout]'), true);
      await shot(page, 'list-shortfall-en-1366');

      // fix the quantity in place
      const qty = page.locator(`[data-testid=list-line][data-product="${bag.id}"] [data-testid=line-qty]`);
      await qty.fill(String(bag.moq));
      await qty.press('Enter');
      await page.waitForSelector('[data-testid=checkout]:not([disabled])');
      assert.equal(await page.locator('[data-testid=shortfall]').count(), 0);

      // what is shown is what the API computes
      const list = await api<{ orders: { merchantId: number; total: number; deposit: number; balance: number }[] }>('buyer', '/api/purchase-list');
      for (const o of list.orders) {
        const card = `[data-testid=list-order][data-merchant="${o.merchantId}"]`;
        assert.equal(await minorOf(page, `${card} [data-testid=order-total]`), o.total);
        assert.equal(await minorOf(page, `${card} [data-testid=order-deposit]`), o.deposit);
        assert.equal(await minorOf(page, `${card} [data-testid=order-balance]`), o.balance);
        assert.equal(o.deposit + o.balance, o.total);
      }

      // the first answer is lost on the way back (the server made the purchase): the page says so, and the
      // retry sends the same Idempotency-Key, so it gets that purchase instead of making a second one
      const keys: string[] = [];
      page.on('request', (r) => {
        if (r.method() === 'POST' && new URL(r.url()).pathname === '/api/purchases') keys.push(r.headers()['idempotency-key'] ?? '');
      });
      await page.route('**/api/purchases', async (route) => {
        await route.fetch();
        await route.abort('connectionreset');
      });
      await page.click('[data-testid=checkout]');
      await page.waitForSelector('[data-testid=checkout-refused][data-kind=retry]');
      assert.match((await page.textContent('[data-testid=checkout-refused]')) ?? '', /will not be ordered twice/);
      await page.unroute('**/api/purchases');
      await page.click('[data-testid=checkout]');
      await page.waitForURL(/\/purchases\/\d+\?placed=1$/);
      assert.equal(keys.length, 2);
      assert.equal(keys[0], keys[1]);
      assert.match(keys[0]!, /^[A-Za-z0-9._:-]{8,100}$/);
      const mine = await api<{ items: { purchaseId: number }[]; total: number }>('buyer', '/api/orders');
      assert.equal(mine.total, 2, 'one purchase of two orders, not two purchases');
      assert.equal(new Set(mine.items.map((o) => o.purchaseId)).size, 1);
      purchaseId = Number(/\/purchases\/(\d+)/.exec(page.url())![1]);
      await page.waitForSelector('[data-testid=purchase-placed]');
      const rows = page.locator('[data-testid=purchase-order]');
      await rows.first().waitFor();
      assert.equal(await rows.count(), 2);
      assert.deepEqual(await page.locator('[data-testid=purchase-order] [data-testid=order-status]').allTextContents(), [
        'Awaiting confirmation',
        'Awaiting confirmation',
      ]);
      const purchase = await api<{ orders: { id: number; merchantId: number; total: number }[] }>('buyer', `/api/purchases/${purchaseId}`);
      cupOrder = purchase.orders.find((o) => o.merchantId === m.merchant.entityId)!.id;
      bagOrder = purchase.orders.find((o) => o.merchantId === m.merchant2.entityId)!.id;
      for (const o of purchase.orders)
        assert.equal(await minorOf(page, `[data-testid=purchase-order][data-order="${o.id}"] [data-testid=purchase-order-total]`), o.total);
      await shot(page, 'purchase-en-1366');

      // the list is empty now, and the purchases page lists the purchase with both orders
      await page.goto(`${base}/list`);
      await page.waitForSelector('[data-testid=list-empty]');
      await page.goto(`${base}/purchases`);
      await page.waitForSelector(`[data-testid=purchase-card][data-purchase="${purchaseId}"]`);
      assert.equal(await page.locator(`[data-testid=purchase-card][data-purchase="${purchaseId}"] [data-testid=purchase-order]`).count(), 2);
    } finally {
      await ctx.close();
    }
  });

  test('each merchant confirms its own order (and cannot open the other’s); the buyer records both deposits', async () => {
    assert.ok(cupOrder && bagOrder, 'the checkout test made the orders');
    for (const [who, own, other, lead] of [
      ['merchant', cupOrder, bagOrder, '15'],
      ['merchant2', bagOrder, cupOrder, ''],
    ] as const) {
      const { ctx, page } = await open(who);
      try {
        await page.goto(`${base}/orders/${other}`);
        await page.waitForSelector('main [role=alert]');
        assert.match((await page.textContent('main [role=alert]')) ?? '', /Not found/);
        await page.goto(`${base}/orders/${own}`);
        await page.waitForSelector('[data-testid=move-confirm]');
        if (who === 'merchant') {
          await page.click('[data-testid=open-propose]');
          await page.waitForSelector('[data-testid=propose-form]');
          await shot(page, 'order-merchant-placed-en-1366');
        }
        if (lead) await page.fill('[data-testid=confirm-lead]', lead);
        await page.click('[data-testid=move-confirm]');
        await page.waitForSelector('[data-testid=order] > .trade-head [data-testid=order-status][data-status=confirmed]');
        assert.equal(await page.textContent('[data-testid=order] > .trade-head [data-testid=order-status]'), 'Confirmed');
        if (lead) assert.equal(await page.textContent('[data-testid=lead-time]'), `${lead} days`);
        // a merchant records no payments
        assert.equal(await page.locator('[data-testid=payment-form]').count(), 0);
      } finally {
        await ctx.close();
      }
    }

    const { ctx, page } = await open('buyer');
    try {
      for (const id of [cupOrder, bagOrder]) {
        await page.goto(`${base}/orders/${id}`);
        await page.waitForSelector('[data-testid=payment-form]');
        const o = await api<{ deposit: number; total: number }>('buyer', `/api/orders/${id}`);
        assert.equal(await minorOf(page, '[data-testid=amount-deposit]'), o.deposit);
        assert.equal(await page.inputValue('[data-testid=pay-kind]'), 'deposit');
        assert.equal(Math.round(Number(await page.inputValue('[data-testid=pay-amount]')) * 100), o.deposit, 'the amount is prefilled with the deposit');
        await page.selectOption('[data-testid=pay-method]', 'bank_transfer');
        await page.fill('[data-testid=pay-reference]', `TT-${id}-0001`);
        await page.click('[data-testid=pay-submit]');
        await page.waitForSelector('[data-testid=order] > .trade-head [data-testid=order-status][data-status=deposit_paid]');
        assert.equal(await minorOf(page, '[data-testid=amount-paid]'), o.deposit);
        assert.equal(await minorOf(page, '[data-testid=amount-due]'), o.total - o.deposit);
        assert.equal(await page.locator('[data-testid=payment]').count(), 1);
        assert.match((await page.textContent('[data-testid=payment]')) ?? '', new RegExp(`Deposit.*Bank transfer.*TT-${id}-0001`));
      }
      await shot(page, 'order-deposit-en-1366');
    } finally {
      await ctx.close();
    }
  });

  test('merchant moves its order through production to the consolidation warehouse; both parties see the timeline', async () => {
    assert.ok(cupOrder, 'the earlier tests made the order');
    const { ctx, page } = await open('merchant');
    try {
      await page.goto(`${base}/orders/${cupOrder}`);
      for (const [action, status] of [
        ['start_production', 'in_production'],
        ['mark_ready', 'ready'],
        ['deliver', 'delivered'],
      ] as const) {
        await page.click(`[data-testid=move-${action}]`);
        await page.waitForSelector(`[data-testid=order] > .trade-head [data-testid=order-status][data-status=${status}]`);
      }
      assert.equal(await page.textContent('[data-testid=order] > .trade-head [data-testid=order-status]'), 'At the consolidation warehouse');
      // nothing more for the merchant: completing is the buyer's
      assert.equal(await page.locator('[data-testid^=move-]').count(), 0);
    } finally {
      await ctx.close();
    }
    const buyer = await open('buyer', 'zh');
    try {
      const p = buyer.page;
      await p.goto(`${base}/orders/${cupOrder}`);
      await p.waitForSelector('[data-testid=timeline-event]');
      assert.deepEqual(await p.$$eval('[data-testid=timeline-event]', (els) => els.map((e) => e.getAttribute('data-to'))), [
        'placed',
        'confirmed',
        'deposit_paid',
        'in_production',
        'ready',
        'delivered',
      ]);
      assert.equal(await p.textContent('[data-testid=order] > .trade-head [data-testid=order-status]'), '已送达集货仓');
      const timeline = (await p.textContent('[data-testid=timeline]')) ?? '';
      assert.match(timeline, /商家：待确认 → 已确认/);
      assert.match(timeline, /采购商：已确认 → 已付定金/);
      assert.match(timeline, /交期改为|累计已付/);
      assert.ok(await p.isVisible('[data-testid=move-complete]'), 'the buyer may complete it');
      await shot(p, 'order-delivered-zh-1366');
      // the other order waits at deposit paid
      await p.goto(`${base}/purchases/${purchaseId}`);
      await p.waitForSelector('[data-testid=purchase-order]');
      assert.deepEqual(
        await p.$$eval('[data-testid=purchase-order] [data-testid=order-status]', (els) => els.map((e) => e.getAttribute('data-status'))),
        [cupOrder, bagOrder].sort((a, b) => a - b).map((id) => (id === cupOrder ? 'delivered' : 'deposit_paid')),
      );
    } finally {
      await buyer.ctx.close();
    }
  });

  test('the trade pages do not scroll sideways at 390 px or 1366 px, in Chinese, English and Arabic', async () => {
    assert.ok(cupOrder, 'the earlier tests made the orders');
    // something in the list again, with a shortfall, so the list page shows its lines
    await app.inject({
      method: 'PUT',
      url: `/api/purchase-list/lines/${bag.id}`,
      headers: { authorization: `Bearer ${tokens.buyer}` },
      payload: { qty: bag.moq - 1 },
    });
    const pages: [string, string][] = [
      [`/product/${bag.id}`, '[data-testid=in-list]'],
      ['/list', '[data-testid=list-line]'],
      ['/purchases', '[data-testid=purchase-card]'],
      [`/purchases/${purchaseId}`, '[data-testid=purchase-order]'],
      [`/orders/${cupOrder}`, '[data-testid=timeline-event]'],
      [`/orders/${bagOrder}`, '[data-testid=payment-form]'],
    ];
    const problems: string[] = [];
    for (const width of [390, 1366]) {
      for (const lang of ['zh', 'en', 'ar'] as const) {
        const { ctx, page } = await open('buyer', lang, width);
        try {
          for (const [path, ready] of pages) {
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
            await shot(page, `${path.replace(/\W+/g, '_')}-${lang}-${width}`);
          }
        } finally {
          await ctx.close();
        }
      }
    }
    assert.deepEqual(problems, []);
    assert.deepEqual(serverErrors, []);
  });

  test('checkout refused for stock another buyer took meanwhile: the page names the product and what is left', async () => {
    const put = await app.inject({
      method: 'PUT',
      url: `/api/purchase-list/lines/${bag.id}`,
      headers: { authorization: `Bearer ${tokens.buyer}` },
      payload: { qty: bag.moq },
    });
    assert.equal(put.statusCode, 200, put.body);
    const { ctx, page } = await open('buyer');
    try {
      await page.goto(`${base}/list`);
      await page.waitForSelector('[data-testid=checkout]:not([disabled])');
      // the merchant's stock drops below the quantity while the page is open
      const patch = await app.inject({
        method: 'PATCH',
        url: `/api/products/${bag.id}`,
        headers: { authorization: `Bearer ${tokens.merchant2}` },
        payload: { stock: bag.moq - 1 },
      });
      assert.equal(patch.statusCode, 200, patch.body);
      await page.click('[data-testid=checkout]');
      await page.waitForSelector('[data-testid=checkout-refused][data-kind=stock]');
      const text = (await page.textContent('[data-testid=checkout-refused]')) ?? '';
      assert.match(text, /Not enough stock/);
      assert.match(text, new RegExp(`you want ${bag.moq.toLocaleString('en')} .+, only ${(bag.moq - 1).toLocaleString('en')} .+ left`));
      // the list, read again, says what to do
      await page.waitForSelector(`[data-testid=list-line][data-product="${bag.id}"] [data-testid=shortfall][data-code=OVER_STOCK]`);
      assert.equal(await page.isDisabled('[data-testid=checkout]'), true);
      await shot(page, 'list-out-of-stock-en-1366');
    } finally {
      await ctx.close();
    }
  });
});
