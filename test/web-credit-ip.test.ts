/**
 * The IP complaints page (/credit/ip) in a real browser (Chromium) over the tiny
 * demo market, whose complaints are in every state: each role sees the
 * complaints it may see, in Chinese and English, at 390 px and 1366 px, with
 * every label in the page's language and nothing wider than the window; then
 * one complaint goes end to end through the page: merchant2 (a rights holder)
 * files it against a listing of the demo merchant, the operator takes the
 * listing down, the merchant files its counter-notice, a regulator rejects it
 * and the listing is back on its public page. IP_SHOTS=<dir> saves screenshots.
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
import { CHROMIUM, inspect, skipWithoutBrowser } from './browser.ts';

const SHOTS = process.env.IP_SHOTS;

/** In the page: elements that stick out of the window on the right (the page may still not scroll when an ancestor clips them). */
function outOfWindow(): string[] {
  const out: string[] = [];
  for (const el of document.querySelectorAll('[data-testid=ip-page] *')) {
    const r = el.getBoundingClientRect();
    if (r.width > 0 && r.right > window.innerWidth + 1) out.push(`${el.tagName.toLowerCase()}.${el.className} ${Math.round(r.right)}px`);
  }
  return out.slice(0, 10);
}

type Who = 'regulator' | 'operator' | 'merchant' | 'merchant2';
const PASSWORDS: Record<Who, string> = { regulator: 'regulator123', operator: 'operator123', merchant: 'merchant123', merchant2: 'merchant123' };
const TITLE = { zh: '知识产权投诉与下架', en: 'IP complaints and takedowns' };

describe('IP complaints page in a real browser (Chromium)', { skip: skipWithoutBrowser }, () => {
  let m: Market;
  let app: FastifyInstance;
  let browser: Browser;
  let base: string;
  let webDir: string;
  const tokens = {} as Record<Who, string>;
  const serverErrors: string[] = [];

  before(async () => {
    await ensureWebBuilt();
    webDir = mkdtempSync(join(tmpdir(), 'yiwu-web-ip-'));
    cpSync(WEB_DIST, webDir, { recursive: true });
    if (SHOTS) mkdirSync(SHOTS, { recursive: true });
    m = await tinyMarket('pglite');
    app = await buildApp({ database: m.d, webDir });
    await app.listen({ port: 0, host: '127.0.0.1' });
    const addr = app.server.address();
    base = `http://127.0.0.1:${typeof addr === 'object' && addr ? addr.port : 0}`;
    for (const who of Object.keys(PASSWORDS) as Who[]) {
      const r = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: who, password: PASSWORDS[who] } });
      assert.equal(r.statusCode, 200, r.body);
      tokens[who] = r.json().token;
    }
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'] });
  });
  after(async () => {
    await browser?.close();
    await app?.close();
    await m?.d.close();
    if (webDir) rmSync(webDir, { recursive: true, force: true });
  });

  async function open(who: Who, lang: 'zh' | 'en', width: number): Promise<{ ctx: BrowserContext; page: Page }> {
    const ctx = await browser.newContext({ viewport: { width, height: 900 }, locale: lang === 'zh' ? 'zh-CN' : lang });
    await ctx.addInitScript(
      ([l, tok]) => {
        localStorage.setItem('yiwu.lang', l!);
        localStorage.setItem('yiwu.token', tok!);
      },
      [lang, tokens[who]],
    );
    ctx.setDefaultTimeout(60_000); // the machine may be busy; nothing here measures time
    const page = await ctx.newPage();
    page.on('response', (r) => {
      if (r.status() >= 500) serverErrors.push(`${r.status()} ${r.url()}`);
    });
    return { ctx, page };
  }
  const api = async <T>(who: Who, path: string): Promise<T> => {
    const r = await app.inject({ method: 'GET', url: path, headers: { authorization: `Bearer ${tokens[who]}` } });
    assert.equal(r.statusCode, 200, r.body);
    return r.json() as T;
  };
  const shot = async (page: Page, name: string) => {
    if (SHOTS) await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });
  };
  const check = async (page: Page, label: string) => {
    const r = await page.evaluate(inspect);
    assert.ok(r.scrollWidth <= r.innerWidth, `${label}: the page is ${r.scrollWidth}px wide`);
    assert.deepEqual(r.wrong, [], `${label}: text in the wrong script`);
    assert.deepEqual(await page.evaluate(outOfWindow), [], `${label}: nothing sticks out of the window`);
  };

  test('each role sees its complaints, in every state the demo has, in Chinese and English at 390 px and 1366 px', async () => {
    type N = { id: number; status: string };
    const all = await api<N[]>('regulator', '/api/credit/ip-notices');
    assert.deepEqual([...new Set(all.map((n) => n.status))].sort(), ['countered', 'filed', 'rejected', 'taken_down', 'upheld'], 'the demo has every state');
    for (const who of ['regulator', 'operator', 'merchant', 'merchant2'] as const) {
      const seen = await api<N[]>(who, '/api/credit/ip-notices');
      assert.ok(seen.length > 0, `${who} sees complaints`);
      for (const lang of ['zh', 'en'] as const) {
        for (const width of [390, 1366]) {
          const { ctx, page } = await open(who, lang, width);
          try {
            await page.goto(`${base}/credit/ip`);
            await page.waitForSelector('[data-testid=ip-notice]');
            assert.equal(await page.textContent('h1'), TITLE[lang]);
            assert.deepEqual(
              await page.locator('[data-testid=ip-notice]').evaluateAll((els) => els.map((e) => e.getAttribute('data-status'))),
              seen.map((n) => n.status),
              `${who}: the complaints it may see`,
            );
            // what each role may do, on the demo's complaints
            const forms = {
              takedown: await page.locator('[data-testid=ip-takedown]').count(),
              uphold: await page.locator('[data-testid=ip-uphold]').count(),
              counter: await page.locator('[data-testid=ip-counter-form]').count(),
              file: await page.locator('[data-testid=ip-file-form]').count(),
            };
            if (who === 'regulator') assert.deepEqual(forms, { takedown: 1, uphold: 2, counter: 0, file: 0 });
            if (who === 'operator') assert.deepEqual(forms, { takedown: 1, uphold: 0, counter: 0, file: 1 });
            if (who === 'merchant') assert.deepEqual(forms, { takedown: 0, uphold: 0, counter: 1, file: 1 });
            if (who === 'merchant2') assert.deepEqual(forms, { takedown: 0, uphold: 0, counter: 0, file: 1 });
            await check(page, `${who} ${lang} ${width}px`);
            await shot(page, `ip-${who}-${lang}-${width}`);
            // the status filter
            await page.selectOption('[data-testid=ip-status]', 'upheld');
            await page.waitForURL(/status=upheld/);
            await page.waitForFunction(() =>
              [...document.querySelectorAll('[data-testid=ip-notice]')].every((e) => e.getAttribute('data-status') === 'upheld'),
            );
          } finally {
            await ctx.close();
          }
        }
      }
    }
    assert.deepEqual(serverErrors, []);
  });

  test('a complaint end to end through the page: filed, taken down, counter-noticed, rejected; the listing comes back', async () => {
    const listing = await m.d.db
      .selectFrom('products')
      .select('id')
      .where('merchant_id', '=', m.merchant.entityId!)
      .where('status', '=', 'active')
      .orderBy('id')
      .executeTakeFirstOrThrow();
    const card = (page: Page) => page.locator(`[data-testid=ip-notice][data-product="${listing.id}"]`);
    const publicPage = async () => (await app.inject(`/api/products/${listing.id}`)).statusCode;
    assert.equal(await publicPage(), 200);

    // merchant2, a rights holder, files (Chinese, phone width)
    {
      const { ctx, page } = await open('merchant2', 'zh', 390);
      try {
        await page.goto(`${base}/credit/ip`);
        await page.waitForSelector('[data-testid=ip-file-form]');
        await page.fill('[data-testid=ip-product]', String(listing.id));
        await page.selectOption('[data-testid=ip-right-kind]', 'trademark');
        await page.fill('[data-testid=ip-right-ref]', '第 34567890 号');
        await page.fill('[data-testid=ip-claim]', '该商品使用了我司注册商标，属于假冒商品。');
        await page.fill('[data-testid=ip-evidence]', '商标注册证\n试购记录');
        await page.click('[data-testid=ip-file-submit]');
        await card(page).waitFor();
        assert.equal(await card(page).getAttribute('data-status'), 'filed');
        assert.doesNotMatch((await card(page).textContent()) ?? '', /entity \d/, 'filed in the rights holder’s name');
        await check(page, 'merchant2 filed zh 390px');
        await shot(page, 'ip-step1-filed-zh-390');
      } finally {
        await ctx.close();
      }
    }
    // the operator takes it down (English, desktop)
    {
      const { ctx, page } = await open('operator', 'en', 1366);
      try {
        await page.goto(`${base}/credit/ip`);
        await card(page).waitFor();
        await card(page).locator('[data-testid=ip-reason]').fill('registration certificate and a test purchase on file');
        await card(page).locator('[data-testid=ip-takedown]').click();
        await page.waitForSelector(`[data-testid=ip-notice][data-product="${listing.id}"][data-status=taken_down]`);
      } finally {
        await ctx.close();
      }
    }
    assert.equal(await publicPage(), 404, 'off its public page');
    // the merchant counters (Chinese, desktop)
    {
      const { ctx, page } = await open('merchant', 'zh', 1366);
      try {
        await page.goto(`${base}/credit/ip`);
        await card(page).locator('[data-testid=ip-counter-form]').waitFor();
        await card(page).locator('[data-testid=ip-counter-statement]').fill('我司持有商标权利人的授权许可，并非假冒。');
        await card(page).locator('[data-testid=ip-counter-evidence]').fill('授权许可合同 2026-001');
        await card(page).locator('[data-testid=ip-counter-submit]').click();
        await page.waitForSelector(`[data-testid=ip-notice][data-product="${listing.id}"][data-status=countered]`);
        await check(page, 'merchant countered zh 1366px');
      } finally {
        await ctx.close();
      }
    }
    // a regulator rejects it (English, phone width)
    {
      const { ctx, page } = await open('regulator', 'en', 390);
      try {
        await page.goto(`${base}/credit/ip?status=countered`);
        await card(page).waitFor();
        await card(page).locator('[data-testid=ip-reason]').fill('the licence is valid');
        await card(page).locator('[data-testid=ip-reject]').click();
        await card(page).waitFor({ state: 'detached' }); // no longer countered
        await page.goto(`${base}/credit/ip?status=rejected`);
        await page.waitForSelector(`[data-testid=ip-notice][data-product="${listing.id}"][data-status=rejected]`);
        await check(page, 'regulator rejected en 390px');
        await shot(page, 'ip-step4-rejected-en-390');
      } finally {
        await ctx.close();
      }
    }
    assert.equal(await publicPage(), 200, 'back on its public page');
    assert.deepEqual(serverErrors, []);
  });
});
