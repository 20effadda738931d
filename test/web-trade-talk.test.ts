/**
 * The messaging and merchant trade pages in a real browser (Chromium) over the
 * tiny demo: a buyer asks a merchant about a product, the merchant sees the
 * unread badge, answers, and the buyer sees the answer and "read"; a buyer
 * posts an RFQ, the matched merchant quotes, the buyer compares and accepts
 * (and lands on the purchase it became); a merchant bulk-confirms two orders;
 * the operator resolves a dispute. Every page fits 390 px and 1366 px in zh,
 * en and ar without sideways scrolling.
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
import { createProduct } from '../src/modules/catalog/index.ts';
import { LiveSearch } from '../src/modules/search/index.ts';
import { sampleProduct, tinyMarket, type Market } from './fixtures.ts';
import { CHROMIUM, skipWithoutBrowser } from './browser.ts';

const skip = skipWithoutBrowser;
const PASSWORDS: Record<string, string> = { buyer: 'buyer123', merchant: 'merchant123', merchant2: 'merchant123', operator: 'operator123' };

describe('inquiries, RFQs, incoming orders and disputes in a real browser (Chromium)', { skip }, () => {
  let m: Market;
  let app: FastifyInstance;
  let search: LiveSearch;
  let browser: Browser;
  let base: string;
  let webDir: string;
  let cup: number;
  const tokens: Record<string, string> = {};
  const contexts: BrowserContext[] = [];
  const refused: string[] = [];

  before(async () => {
    await ensureWebBuilt();
    // a private copy: another test rebuilding web/dist meanwhile must not swap the files under this one
    webDir = mkdtempSync(join(tmpdir(), 'yiwu-web-talk-'));
    cpSync(WEB_DIST, webDir, { recursive: true });
    m = await tinyMarket('pglite');
    // a product only the first merchant sells, so that the RFQ below is matched to it
    cup = (
      await createProduct(m.d.db, m.merchant, {
        ...sampleProduct(m.categoryLeaf, 'TALK-ZQXV'),
        titleZh: 'ZQXV 真空保温杯',
        titleEn: 'ZQXV vacuum flask',
      })
    ).id;
    search = await LiveSearch.start(m.d, { pollMs: 100 });
    app = await buildApp({ database: m.d, webDir, search });
    await app.listen({ port: 0, host: '127.0.0.1' });
    const addr = app.server.address();
    base = `http://127.0.0.1:${typeof addr === 'object' && addr ? addr.port : 0}`;
    for (const [u, p] of Object.entries(PASSWORDS)) {
      const r = await fetch(`${base}/api/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username: u, password: p }),
      });
      assert.equal(r.status, 200);
      tokens[u] = ((await r.json()) as { token: string }).token;
    }
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'] });
  });
  after(async () => {
    for (const c of contexts) await c.close().catch(() => {});
    await browser?.close();
    await app?.close();
    await search?.close();
    await m?.d.close();
    if (webDir) rmSync(webDir, { recursive: true, force: true });
  });

  /** A signed-in browser of `who` at `width` px in `lang`. */
  async function as(who: string, lang: 'zh' | 'en' | 'ar' = 'zh', width = 1366): Promise<Page> {
    const ctx = await browser.newContext({ viewport: { width, height: 900 }, locale: lang === 'zh' ? 'zh-CN' : lang });
    await ctx.addInitScript(
      ([token, l]) => {
        localStorage.setItem('yiwu.token', token!);
        localStorage.setItem('yiwu.lang', l!);
      },
      [tokens[who]!, lang],
    );
    ctx.setDefaultTimeout(60_000); // the machine may be busy; nothing here measures time
    contexts.push(ctx);
    const page = await ctx.newPage();
    page.on('response', (r) => {
      const path = new URL(r.url()).pathname;
      if (path.startsWith('/api/') && r.status() >= 500) refused.push(`${r.status()} ${path}`);
    });
    return page;
  }

  /** Call the API as `who` (setting up what a test needs but does not exercise). */
  async function call<T>(who: string, method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<T> {
    const r = await fetch(base + path, {
      method,
      headers: { authorization: `Bearer ${tokens[who]}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...headers },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await r.text();
    assert.ok(r.ok, `${method} ${path}: ${r.status} ${text}`);
    return (text ? JSON.parse(text) : undefined) as T;
  }

  const badge = (page: Page, name: string) => page.locator(`[data-testid=badge-${name}]`);

  test('a buyer asks about a product; the merchant sees the badge and answers; the buyer sees the answer and "read"', async () => {
    const buyer = await as('buyer');
    await buyer.goto(`${base}/product/${cup}`);
    await buyer.click('[data-testid=ask-merchant]');
    await buyer.fill('[data-testid=ask-message]', '请问有蓝色吗？要 500 个，发迪拜。');
    await buyer.click('[data-testid=ask-send]');
    await buyer.waitForSelector('[data-testid=thread] [data-testid=message]');
    assert.equal(await buyer.getAttribute('[data-testid=receipt]', 'data-read'), 'false');

    const merchant = await as('merchant');
    await merchant.goto(`${base}/`);
    await badge(merchant, 'inquiries').waitFor();
    assert.equal(await badge(merchant, 'inquiries').getAttribute('data-count'), '1');
    await merchant.click('[data-testid=nav-inquiries]');
    await merchant.waitForSelector('[data-testid=inbox-row] [data-testid=row-unread]');
    await merchant.click('[data-testid=inbox-row]');
    await merchant.waitForSelector('[data-testid=reply-form]');
    // opening the thread read it: the header's badge goes away
    await badge(merchant, 'inquiries').waitFor({ state: 'detached' });
    assert.match((await merchant.textContent('[data-testid=message-lang]')) ?? '', /中文/);
    await merchant.fill('[data-testid=reply-body]', 'Yes, blue is in stock: 500 pcs at ¥11.80, FOB Ningbo.');
    await merchant.click('[data-testid=reply-send]');
    await merchant.waitForFunction(() => document.querySelectorAll('[data-testid=message]').length === 2);

    await buyer.goto(`${base}/`);
    await badge(buyer, 'inquiries').waitFor();
    await buyer.click('[data-testid=nav-inquiries]');
    await buyer.click('[data-testid=inbox-row]');
    await buyer.waitForFunction(() => document.querySelectorAll('[data-testid=message]').length === 2);
    const texts = await buyer.$$eval('[data-testid=message]', (els) => els.map((e) => e.textContent ?? ''));
    assert.match(texts[1]!, /blue is in stock/);
    assert.match(texts[0]!, /语言：中文/, "each message's language is noted");
    assert.equal(await buyer.getAttribute('[data-testid=message][data-sender=buyer] [data-testid=receipt]', 'data-read'), 'true');
    assert.match((await buyer.textContent('[data-testid=message][data-sender=buyer] [data-testid=receipt]')) ?? '', /已读/);
    assert.match((await buyer.textContent('[data-testid=first-response]')) ?? '', /商家首次回复用时/);
    await badge(buyer, 'inquiries').waitFor({ state: 'detached' });

    // report the thread: from then on the operator can read it
    await buyer.click('[data-testid=report]');
    await buyer.fill('[data-testid=report-form] textarea', '对方要求私下转账');
    await buyer.click('[data-testid=report-send]');
    await buyer.waitForSelector('[data-testid=reported]');
    const operator = await as('operator', 'en');
    await operator.goto(`${base}/inquiries`);
    await operator.click('[data-testid=inbox-row]');
    await operator.waitForFunction(() => document.querySelectorAll('[data-testid=message]').length === 2);
    assert.equal(await operator.locator('[data-testid=reply-form]').count(), 0, 'the operator reads, never replies');
  });

  test('a buyer posts an RFQ; the matched merchant quotes; the buyer compares and accepts', async () => {
    const buyer = await as('buyer');
    await buyer.goto(`${base}/rfqs`);
    await buyer.click('[data-testid=post-rfq]');
    await buyer.fill('[data-testid=rfq-text]', 'ZQXV 保温杯');
    await buyer.fill('[data-testid=rfq-qty]', '1000');
    await buyer.fill('[data-testid=rfq-target]', '12.00');
    await buyer.fill('[data-testid=rfq-destination]', 'aejea');
    await buyer.click('[data-testid=rfq-submit]');
    await buyer.waitForSelector('[data-testid=match]');
    const rfqUrl = buyer.url();
    assert.match(rfqUrl, /\/rfqs\/\d+$/);
    const reason = (await buyer.textContent('[data-testid=match-reason]')) ?? '';
    assert.match(reason, /有 1 件相符的商品/);
    assert.match(reason, /起订量合适（100 起）/);
    assert.match(reason, /按您的数量最低单价 ¥11\.80/);
    await buyer.waitForSelector('[data-testid=no-quotes]');

    const merchant = await as('merchant');
    await merchant.goto(`${base}/`);
    await badge(merchant, 'rfqs').waitFor();
    await merchant.click('[data-testid=nav-rfqs]');
    await merchant.click('[data-testid=rfq-row]');
    await merchant.waitForSelector('[data-testid=quote-form]');
    await badge(merchant, 'rfqs').waitFor({ state: 'detached' });
    await merchant.fill('[data-testid=tier-price]', '11.50');
    await merchant.click('[data-testid=quote-submit]');
    await merchant.waitForSelector('[data-testid=quote-sent]');

    await buyer.goto(rfqUrl);
    await buyer.waitForSelector('[data-testid=compare] [data-testid=quote-col]');
    assert.match((await buyer.textContent('[data-testid=row-unit-price]')) ?? '', /¥11\.50/);
    assert.match((await buyer.textContent('[data-testid=row-total]')) ?? '', /¥11,500\.00/);
    await buyer.click('[data-testid=accept-quote]');
    await buyer.waitForURL(/\/purchases\/\d+$/);
    const purchase = Number(/\/purchases\/(\d+)$/.exec(buyer.url())![1]);
    const p = await call<{ orders: { merchantId: number; total: number; status: string }[] }>('buyer', 'GET', `/api/purchases/${purchase}`);
    assert.deepEqual(
      p.orders.map((o) => [o.merchantId, o.total, o.status]),
      [[m.merchant.entityId, 1_150_000, 'placed']],
    );
  });

  test('a merchant selects two incoming orders and confirms both at once; each result is shown', async () => {
    const ids: number[] = [];
    for (const key of ['talk-bulk-0001', 'talk-bulk-0002']) {
      await call('buyer', 'PUT', `/api/purchase-list/lines/${cup}`, { qty: 100 });
      const made = await call<{ orders: { id: number }[] }>('buyer', 'POST', '/api/purchases', {}, { 'idempotency-key': key });
      ids.push(made.orders[0]!.id);
    }
    const merchant = await as('merchant');
    await merchant.goto(`${base}/merchant/orders`);
    // the RFQ's order and these two wait for confirmation
    await badge(merchant, 'orders').waitFor();
    assert.equal(await badge(merchant, 'orders').getAttribute('data-count'), '3');
    await merchant.click('[data-testid=filter-placed]');
    for (const id of ids) await merchant.check(`[data-testid=order-row][data-id="${id}"] [data-testid=select-order]`);
    assert.match((await merchant.textContent('[data-testid=selected-count]')) ?? '', /已选 2 个/);
    await merchant.click('[data-testid=bulk-confirm]');
    await merchant.waitForSelector('[data-testid=bulk-results]');
    const results = await merchant.$$eval('[data-testid=bulk-result]', (els) => els.map((e) => [e.getAttribute('data-ok'), e.textContent ?? '']));
    assert.equal(results.length, 2);
    for (const [ok, text] of results) {
      assert.equal(ok, 'true');
      assert.match(text!, /已确认/);
    }
    for (const id of ids) assert.equal((await call<{ status: string }>('merchant', 'GET', `/api/orders/${id}`)).status, 'confirmed');
    await merchant.waitForFunction(() => document.querySelector('[data-testid=badge-orders]')?.getAttribute('data-count') === '1');
    // a step the orders cannot take is refused per order, and said so
    await merchant.click('[data-testid=filter-confirmed]');
    await merchant.check('[data-testid=select-all]');
    await merchant.click('[data-testid=bulk-deliver]');
    await merchant.waitForSelector('[data-testid=bulk-result][data-ok=false]');
    assert.match((await merchant.textContent('[data-testid=bulk-result][data-ok=false]')) ?? '', /当前状态“已确认”不能这样操作/);
  });

  test('the operator resolves a dispute a buyer opened', async () => {
    const orders = await call<{ items: { id: number; status: string }[] }>('buyer', 'GET', '/api/orders?status=confirmed');
    const order = orders.items[0]!;
    await call('buyer', 'POST', `/api/orders/${order.id}/disputes`, { reason: '颜色与样品不符', evidence: [{ url: 'https://example.com/photo-1.jpg' }] });
    const operator = await as('operator');
    await operator.goto(`${base}/`);
    await badge(operator, 'disputes').waitFor();
    await operator.click('[data-testid=nav-disputes]');
    await operator.waitForSelector('[data-testid=dispute][data-status=open] [data-testid=resolve-form]');
    await operator.check('[data-testid=outcome-rejected]');
    await operator.fill('[data-testid=resolve-note]', '证据不足，照片与订单无关');
    await operator.click('[data-testid=resolve-submit]');
    await operator.waitForSelector('[data-testid=dispute][data-status=resolved] [data-testid=dispute-outcome]');
    assert.match((await operator.textContent('[data-testid=dispute-outcome]')) ?? '', /驳回/);
    await badge(operator, 'disputes').waitFor({ state: 'detached' });
  });

  for (const lang of ['zh', 'en', 'ar'] as const) {
    test(`the trade pages fit 390 px and 1366 px in ${lang} without sideways scrolling`, async () => {
      const rfq = (await call<{ items: { id: number }[] }>('buyer', 'GET', '/api/rfqs')).items[0]!.id;
      const thread = (await call<{ items: { id: number }[] }>('buyer', 'GET', '/api/inquiries')).items[0]!.id;
      const pages: [string, string, string][] = [
        ['buyer', '/inquiries', '[data-testid=inbox-row]'],
        ['buyer', `/inquiries/${thread}`, '[data-testid=message]'],
        ['buyer', `/inquiries?product=${cup}`, '[data-testid=compose] [data-testid=product-mini]'],
        ['buyer', '/rfqs', '[data-testid=rfq-row]'],
        ['buyer', '/rfqs/new', '[data-testid=rfq-form]'],
        ['buyer', `/rfqs/${rfq}`, '[data-testid=compare]'],
        ['merchant', `/rfqs/${rfq}`, '[data-testid=compare]'],
        ['merchant', '/merchant/orders', '[data-testid=order-row]'],
        ['operator', '/disputes', '[data-testid=dispute]'],
      ];
      const problems: string[] = [];
      for (const width of [390, 1366]) {
        const byWho: Record<string, Page> = {};
        for (const [who, path, ready] of pages) {
          byWho[who] ??= await as(who, lang, width);
          const page = byWho[who]!;
          await page.goto(base + path);
          await page.waitForSelector(ready);
          const r = await page.evaluate(() => ({ sw: document.documentElement.scrollWidth, w: window.innerWidth, dir: document.documentElement.dir }));
          assert.equal(r.dir, lang === 'ar' ? 'rtl' : 'ltr');
          if (r.sw > r.w) problems.push(`${who} ${path} at ${width}: ${r.sw} px wide`);
        }
      }
      assert.deepEqual(problems, []);
      assert.deepEqual(refused, [], 'no request was answered with a 5xx');
    });
  }
});
