/**
 * The service desk in a real browser (Chromium) over the tiny demo market: a
 * merchant raises a problem from the raise page, the department it is
 * dispatched to (dept-property) finds it in its inbox, accepts it and replies,
 * the merchant rates it and it closes; the state shown is the API's, and the
 * item's steps are listed. The service pages and the operator's overview (with
 * the service index chart) fit 390 px and 1366 px in Chinese, English and
 * Arabic, without text in the wrong script. SERVICE_SHOTS=<dir> saves screenshots.
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
import { SERVICE_DEMO_PASSWORD, serviceDemoUsername } from '../src/modules/demo/index.ts';
import { tinyMarket, type Market } from './fixtures.ts';
import { CHROMIUM, skipWithoutBrowser } from './browser.ts';

const SHOTS = process.env.SERVICE_SHOTS;
const PASSWORDS: Record<string, string> = { merchant: 'merchant123', operator: 'operator123', [serviceDemoUsername('property')]: SERVICE_DEMO_PASSWORD };
const DEPT = serviceDemoUsername('property');

/** Runs in the page: its width against the window's, and visible label text in the wrong script (data marked with `lang` or data-content is skipped). */
function layout() {
  const doc = document.documentElement;
  const zh = doc.lang.startsWith('zh');
  const wrong: string[] = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const text = (n.nodeValue ?? '').trim();
    const el = n.parentElement;
    if (!text || !el || el.closest('script,style,select,option,[data-content]') || !el.getClientRects().length) continue;
    const tagged = el.closest('[lang]');
    if (tagged && tagged !== doc) continue;
    if (zh ? /[A-Za-z]{2,}/.test(text.replace(/\b(xlsx|API|https?)\b/g, '')) : /\p{Script=Han}/u.test(text)) wrong.push(text.slice(0, 60));
  }
  return { scroll: doc.scrollWidth, inner: window.innerWidth, dir: doc.dir, wrong };
}

describe('service desk pages in a real browser (Chromium)', { skip: skipWithoutBrowser }, () => {
  let m: Market;
  let app: FastifyInstance;
  let browser: Browser;
  let base: string;
  let webDir: string;
  const tokens: Record<string, string> = {};
  const serverErrors: string[] = [];
  let itemId = 0;

  before(async () => {
    await ensureWebBuilt();
    webDir = mkdtempSync(join(tmpdir(), 'yiwu-web-service-'));
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
  const apiItem = async (who: string, id: number) => {
    const r = await app.inject({ method: 'GET', url: `/api/service/items/${id}`, headers: { authorization: `Bearer ${tokens[who]}` } });
    assert.equal(r.statusCode, 200, r.body);
    return r.json() as { status: string; departmentCode: string; rating: number | null; reply: string | null; steps: { action: string }[] };
  };
  const shot = async (page: Page, name: string) => {
    if (SHOTS) await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });
  };

  test('a merchant raises a problem, the department replies, the merchant rates it', async () => {
    const merchant = await open('merchant');
    try {
      const { page } = merchant;
      await page.goto(`${base}/service/new`);
      await page.selectOption('[data-testid=raise-category]', 'facility_repair');
      assert.match((await page.textContent('[data-testid=raise-goes-to]')) ?? '', /Market Property Management/);
      await page.click('[data-testid=raise-urgency-urgent]');
      await page.fill('[data-testid=raise-description]', 'Water drips from the ceiling onto our samples');
      await page.fill('[data-testid=raise-photos]', 'not a link');
      await page.click('[data-testid=raise-submit]');
      assert.match((await page.textContent('[data-testid=raise-error]')) ?? '', /not an http\(s\) link/);
      await page.fill('[data-testid=raise-photos]', 'https://example.com/leak.jpg');
      await page.click('[data-testid=raise-submit]');
      await page.waitForURL(/\/service\/\d+$/);
      itemId = Number(new URL(page.url()).pathname.split('/').pop());
      await page.waitForSelector('[data-testid=service-item-page][data-status=dispatched]');
      await shot(page, 'item-dispatched-en');
    } finally {
      await merchant.ctx.close();
    }
    const raised = await apiItem('merchant', itemId);
    assert.deepEqual([raised.status, raised.departmentCode], ['dispatched', 'property']);

    const dept = await open(DEPT, 'zh');
    try {
      const { page } = dept;
      await page.goto(`${base}/service`);
      await page.click(`[data-testid=service-item][data-id="${itemId}"]`);
      await page.click('[data-testid=do-accept]');
      await page.waitForSelector('[data-testid=service-item-page][data-status=accepted]');
      await page.fill('[data-testid=text-reply]', '已派维修工更换水管，请查看。');
      await page.click('[data-testid=do-reply]');
      await page.waitForSelector('[data-testid=service-item-page][data-status=replied]');
      await shot(page, 'item-replied-zh');
    } finally {
      await dept.ctx.close();
    }
    assert.equal((await apiItem(DEPT, itemId)).reply, '已派维修工更换水管，请查看。');

    const back = await open('merchant');
    try {
      const { page } = back;
      await page.goto(`${base}/service`);
      await page.click(`[data-testid=service-item][data-id="${itemId}"]`);
      assert.match((await page.textContent('[data-testid=item-reply]')) ?? '', /更换水管/);
      await page.click('[data-testid=rating-confirm-4]');
      await page.click('[data-testid=do-confirm]');
      await page.waitForSelector('[data-testid=service-item-page][data-status=closed]');
      assert.match((await page.textContent('[data-testid=item-rating]')) ?? '', /4\/5/);
      assert.equal(await page.locator('[data-testid=item-steps] li').count(), 4);
    } finally {
      await back.ctx.close();
    }
    const closed = await apiItem('merchant', itemId);
    assert.deepEqual([closed.status, closed.rating], ['closed', 4]);
    assert.deepEqual(
      closed.steps.map((s) => s.action),
      ['raise', 'accept', 'reply', 'confirm'],
    );
    assert.deepEqual(serverErrors, []);
  });

  test("the operator's dashboard leads from its overdue count to the overdue items", async () => {
    const { ctx, page } = await open('operator');
    try {
      await page.goto(`${base}/dashboard`);
      await page.locator('[data-testid=chart-trade]').scrollIntoViewIfNeeded(); // a chart is drawn as it comes into view
      await page.waitForSelector('[data-testid=chart-trade] canvas');
      const shown = Number(((await page.textContent('[data-testid=dash-overdue]')) ?? '').replace(/\D+/g, ''));
      await page.click('[data-testid=dash-overdue]');
      await page.waitForURL(/\/service\?overdue=true/);
      await page.waitForSelector('[data-testid=service-item]');
      assert.equal(await page.locator('[data-testid=service-item]').count(), shown);
      assert.equal(await page.locator('[data-testid=service-item] [data-testid=item-overdue]').count(), shown);
      assert.ok(shown >= 2, 'the demo has overdue items');
    } finally {
      await ctx.close();
    }
  });

  test('the service pages fit phone and desktop widths in zh, en and ar, with no label in the wrong script', async () => {
    const pages: [string, string, string][] = [
      ['merchant', '/service', '[data-testid=service-item]'],
      ['merchant', '/service/new', '[data-testid=raise-category]'],
      ['merchant', `/service/${itemId || 1}`, '[data-testid=item-steps]'],
      [DEPT, '/service', '[data-testid=service-item]'],
      ['operator', '/service/overview', '[data-testid=service-index-chart] canvas'],
      ['operator', '/dashboard', '[data-testid=chart-service] canvas'],
    ];
    const problems: string[] = [];
    for (const width of [390, 1366])
      for (const lang of ['zh', 'en', 'ar'] as const)
        for (const [who, path, ready] of pages) {
          const { ctx, page } = await open(who, lang, width);
          try {
            await page.goto(base + path);
            // a chart is drawn as it comes into view: bring its box (the selector without ' canvas') into view first
            if (ready.endsWith(' canvas')) await page.locator(ready.slice(0, -' canvas'.length)).scrollIntoViewIfNeeded();
            await page.waitForSelector(ready);
            await page.waitForLoadState('networkidle');
            const r = await page.evaluate(layout);
            assert.equal(r.dir, lang === 'ar' ? 'rtl' : 'ltr');
            if (r.scroll > r.inner) problems.push(`${path} ${lang} ${width}: ${r.scroll} px wide in ${r.inner}`);
            for (const w of r.wrong) problems.push(`${path} ${lang} ${width}: "${w}"`);
            await shot(page, `${who}-${path.replace(/\W+/g, '_')}-${lang}-${width}`);
          } finally {
            await ctx.close();
          }
        }
    assert.deepEqual(problems, []);
    assert.deepEqual(serverErrors, []);
  });
});
