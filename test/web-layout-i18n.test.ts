/**
 * The web UI on a phone and a desktop, in Chinese, English and Arabic, in a real browser:
 * no page scrolls sideways at 390 px or 1366 px, no visible text is in the wrong script
 * (Latin words on a Chinese page, Han characters on an English or Arabic page) unless it is
 * data marked with its own language or an allowed token (codes, currency, units), Arabic is
 * laid out right to left, and the finding, phone and product-page features work.
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
import { testEngines } from '../src/platform/testing.ts';
import { LiveSearch } from '../src/modules/search/index.ts';
import { tinyMarket, type Market } from './fixtures.ts';
import { CHROMIUM, skipWithoutBrowser } from './browser.ts';

const skip = skipWithoutBrowser;

type Lang = 'zh' | 'en' | 'ar';
interface PageReport {
  scrollWidth: number;
  innerWidth: number;
  dir: string;
  lang: string;
  wrongScript: string[];
}

/**
 * Runs in the page: the document's width against the window's, and every visible text node in
 * the wrong script for the page's language. Text inside an element whose `lang` is another
 * language (a product title that has no translation, a language's own name in the switcher) is
 * data, not an untranslated label; on Chinese pages, names and titles as their owners wrote them
 * ([data-content]: "ins风", "BB夹") may hold Latin words.
 */
function inspectPage(): PageReport {
  const doc = document.documentElement;
  const lang = doc.lang.startsWith('zh') ? 'zh' : doc.lang.startsWith('ar') ? 'ar' : 'en';
  // codes and symbols any language writes in Latin letters: units, currencies, file formats, index formulas' authors
  const allowed = new Set([
    'cm',
    'kg',
    'm',
    'mm',
    'ms',
    'm²',
    'm³',
    'xlsx',
    'csv',
    'CSV',
    'API',
    'HS',
    'USD',
    'CNY',
    'GP',
    'HQ',
    'SKU',
    'x',
    'y',
    'z',
    'Jevons',
    'Tukey',
    // credit classes (信用 A 级): the regulator's codes, written in Latin letters in every language
    'A',
    'B',
    'C',
    'D',
  ]);
  const wrong: string[] = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const text = (n.nodeValue ?? '').trim();
    const el = n.parentElement;
    if (!text || !el || el.closest('script,style,noscript,select,option,[hidden]')) continue;
    const tagged = el.closest('[lang]');
    if (tagged && tagged !== doc && !tagged.getAttribute('lang')!.startsWith(lang)) continue;
    if (!el.getClientRects().length) continue;
    const cs = getComputedStyle(el);
    if (cs.visibility === 'hidden' || cs.display === 'none') continue;
    if (lang !== 'zh' && /\p{Script=Han}/u.test(text)) {
      wrong.push(text.slice(0, 80));
      continue;
    }
    if (lang !== 'en' && !el.closest('[data-content]')) {
      const latin = text.split(/[^A-Za-z0-9²³_.-]+/).filter((w) => /[A-Za-z]/.test(w) && !/\d/.test(w) && !allowed.has(w.replace(/[._-]+$/, '')));
      if (latin.length) wrong.push(text.slice(0, 80));
    }
  }
  return { scrollWidth: doc.scrollWidth, innerWidth: window.innerWidth, dir: doc.dir, lang: doc.lang, wrongScript: wrong };
}

for (const engine of testEngines()) {
  describe(`web UI at phone and desktop widths in zh, en and ar (${engine})`, { skip }, () => {
    let m: Market;
    let app: FastifyInstance;
    let browser: Browser;
    let base: string;
    let search: LiveSearch;
    let productId: number;
    let tieredId: number;
    let stallId: number;
    let stallAddress: string;
    let categoryTop: string;
    let webDir: string;

    before(async () => {
      await ensureWebBuilt();
      // serve a private copy: another test rebuilding web/dist meanwhile must not swap the files under this one
      webDir = mkdtempSync(join(tmpdir(), 'yiwu-web-'));
      cpSync(WEB_DIST, webDir, { recursive: true });
      // with the demo's illustrations, so every listing and the product page show real pictures
      m = await tinyMarket(engine, { pictures: true });
      search = await LiveSearch.start(m.d, { pollMs: 100 });
      app = await buildApp({ database: m.d, webDir, search });
      await app.listen({ port: 0, host: '127.0.0.1' });
      const addr = app.server.address();
      base = `http://127.0.0.1:${typeof addr === 'object' && addr ? addr.port : 0}`;
      browser = await chromium.launch({
        executablePath: CHROMIUM,
        args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
      });
      const products = await m.d.db
        .selectFrom('products')
        .select(['id', 'stall_id', 'price_tiers'])
        .where('status', '=', 'active')
        .where('stall_id', 'is not', null)
        .orderBy('id')
        .execute();
      productId = products[0]!.id;
      const tiers = (p: (typeof products)[number]) => (typeof p.price_tiers === 'string' ? JSON.parse(p.price_tiers) : p.price_tiers) as unknown[];
      tieredId = (products.find((p) => tiers(p).length >= 3) ?? products[0]!).id;
      stallId = products[0]!.stall_id!;
      const s = (await (await fetch(`${base}/api/stalls/${stallId}`)).json()) as { address: string };
      stallAddress = s.address;
      categoryTop = m.categoryLeaf.slice(0, 2);
    });
    after(async () => {
      await browser?.close();
      await app?.close();
      await search?.close();
      await m?.d.close();
      if (webDir) rmSync(webDir, { recursive: true, force: true });
    });

    /** A page in a browser of the given width, in the given UI language (the choice the switcher stores). */
    async function open(width: number, lang: Lang): Promise<{ ctx: BrowserContext; page: Page }> {
      const ctx = await browser.newContext({ viewport: { width, height: 800 }, locale: lang === 'zh' ? 'zh-CN' : lang });
      await ctx.addInitScript((l) => localStorage.setItem('yiwu.lang', l), lang);
      ctx.setDefaultTimeout(60_000); // the machine may be busy; nothing here measures time
      return { ctx, page: await ctx.newPage() };
    }

    const pages = (): [string, string][] => [
      ['/', '[data-testid=top-category]'],
      [`/category/${categoryTop}`, '[data-testid=result-count]'],
      [`/category/${m.categoryLeaf}`, '[data-testid=result-count]'],
      [`/product/${tieredId}`, '[data-testid=more-from-stall], [data-testid=supplier-products]'],
      [`/stall/${stallId}`, '[data-testid=product-card]'],
      ['/search', '[data-testid=hot-searches]'],
      [`/search?q=${encodeURIComponent('玩具')}`, '[data-testid=search-total]'],
      ['/index', '[data-testid=index-title]'],
      ['/load-plan', '[data-testid=plan-button]'],
      ['/sign-in', '[data-testid=sign-in-submit]'],
      ['/list', '[data-testid=sign-in-first]'],
      ['/no-such-page', 'main h1'],
    ];

    for (const width of [390, 1366]) {
      for (const lang of ['zh', 'en', 'ar'] as const) {
        test(`every page at ${width} px in ${lang}: no sideways scrolling, no text in the wrong script`, async () => {
          const { ctx, page } = await open(width, lang);
          const problems: string[] = [];
          try {
            for (const [path, ready] of pages()) {
              await page.goto(base + path, { waitUntil: 'networkidle' });
              await page.waitForSelector(ready);
              const r = await page.evaluate(inspectPage);
              assert.equal(r.dir, lang === 'ar' ? 'rtl' : 'ltr', `${path}: dir`);
              if (r.scrollWidth > r.innerWidth) problems.push(`${path}: ${r.scrollWidth} px wide in a ${r.innerWidth} px window`);
              for (const w of r.wrongScript) problems.push(`${path}: wrong script: ${w}`);
            }
            if (width === 390) {
              // the load planner's result (3D view, loading list) fits a phone too
              await page.goto(`${base}/load-plan`);
              await page.click('[data-testid=plan-button]');
              await page.waitForSelector('[data-testid=loading-list]', { timeout: 60_000 });
              const r = await page.evaluate(inspectPage);
              if (r.scrollWidth > r.innerWidth) problems.push(`/load-plan with a plan: ${r.scrollWidth} px wide`);
              for (const w of r.wrongScript) problems.push(`/load-plan with a plan: wrong script: ${w}`);
            }
          } finally {
            await ctx.close();
          }
          assert.deepEqual(problems, []);
        });
      }
    }

    test('the checks themselves see overflow and wrong-script text', async () => {
      const { ctx, page } = await open(390, 'en');
      try {
        await page.goto(`${base}/sign-in`);
        await page.waitForSelector('[data-testid=sign-in-submit]');
        await page.evaluate(() => {
          const d = document.createElement('div');
          d.style.width = '600px';
          d.textContent = '未翻译';
          document.querySelector('main')!.append(d);
        });
        const r = await page.evaluate(inspectPage);
        assert.ok(r.scrollWidth > r.innerWidth);
        assert.deepEqual(r.wrongScript, ['未翻译']);
      } finally {
        await ctx.close();
      }
    });

    test('phone: a menu button opens the navigation, filters open in a drawer, tap targets are at least 44 px', async () => {
      const { ctx, page } = await open(390, 'en');
      try {
        await page.goto(`${base}/search?q=${encodeURIComponent('玩具')}`);
        await page.waitForSelector('[data-testid=search-hit]');
        assert.equal(await page.isVisible('[data-testid=site-nav]'), false, 'navigation hidden behind the menu');
        await page.click('[data-testid=menu-button]');
        assert.equal(await page.isVisible('[data-testid=site-nav]'), true);
        assert.equal(await page.getAttribute('[data-testid=menu-button]', 'aria-expanded'), 'true');
        await page.click('[data-testid=menu-button]');
        assert.equal(await page.isVisible('[data-testid=facets]'), false, 'filters are not above the results');
        await page.click('[data-testid=filters-button]');
        await page.waitForSelector('[data-testid=facets]', { state: 'visible' });
        const small = await page.evaluate(() =>
          [
            ...document.querySelectorAll<HTMLElement>(
              'header a, header button, header input, header select, .facets button, .pager button, [data-testid=filters-button]',
            ),
          ]
            .filter((e) => e.getClientRects().length)
            .map((e) => ({ e: e.dataset.testid ?? e.className ?? e.tagName, h: e.getBoundingClientRect().height }))
            .filter((x) => x.h < 44),
        );
        assert.deepEqual(small, []);
        await page.click('[data-testid=filters-close]');
        assert.equal(await page.isVisible('[data-testid=facets]'), false);
      } finally {
        await ctx.close();
      }
    });

    test('finding: the header box searches from any page with pinyin suggestions; a stall address goes to the shop; an empty /search shows popular searches and categories', async () => {
      const { ctx, page } = await open(1366, 'zh');
      try {
        await page.goto(`${base}/product/${productId}`);
        await page.fill('[data-testid=header-search]', 'wj');
        await page.waitForSelector('[data-testid=suggestions] li');
        await page.press('[data-testid=header-search]', 'Enter');
        await page.waitForURL(/\/search\?q=wj/);
        await page.waitForSelector('[data-testid=search-total]');

        await page.goto(`${base}/index`);
        await page.fill('[data-testid=header-search]', stallAddress);
        await page.press('[data-testid=header-search]', 'Enter');
        await page.waitForURL(`**/stall/${stallId}`);

        await page.fill('[data-testid=header-search]', 'D9-F9-S9-99999');
        await page.press('[data-testid=header-search]', 'Enter');
        await page.waitForSelector('[data-testid=header-error]');
        assert.match((await page.textContent('[data-testid=header-error]')) ?? '', /没有这个商位/);

        await page.goto(`${base}/search`);
        await page.waitForSelector('[data-testid=hot-searches] a');
        assert.equal(await page.locator('text=加载中…').count(), 0);
        assert.ok((await page.locator('[data-testid=discover] .category-tile').count()) >= 1);
      } finally {
        await ctx.close();
      }
    });

    test('a category page has the search facets; sort, filters and page live in the URL and the back button walks them', async () => {
      const { ctx, page } = await open(1366, 'en');
      try {
        await page.goto(`${base}/category/${categoryTop}`);
        await page.waitForSelector('[data-testid=facets]');
        const all = Number(((await page.textContent('[data-testid=result-count]')) ?? '').replace(/[^0-9]/g, ''));
        await page.selectOption('[data-testid=sort]', 'price_asc');
        await page.waitForURL(/sort=price_asc/);
        const facet = page.locator('[data-testid=facet-district]').first();
        const n = Number(((await facet.locator('.muted').textContent()) ?? '0').replace(/[^0-9]/g, ''));
        await facet.click();
        await page.waitForURL(/district=/);
        await page.waitForFunction((x) => (document.querySelector('[data-testid=result-count]')?.textContent ?? '').replace(/[^0-9]/g, '') === String(x), n);
        assert.ok(n <= all);
        const shared = page.url();
        // the URL alone gives the same list in a new tab
        const other = await ctx.newPage();
        await other.goto(shared);
        await other.waitForFunction((x) => (document.querySelector('[data-testid=result-count]')?.textContent ?? '').replace(/[^0-9]/g, '') === String(x), n);
        assert.equal(await other.inputValue('[data-testid=sort]'), 'price_asc');
        await other.close();
        await page.goBack();
        await page.waitForURL((u) => !u.search.includes('district='));
        await page.waitForFunction((x) => (document.querySelector('[data-testid=result-count]')?.textContent ?? '').replace(/[^0-9]/g, '') === String(x), all);
        assert.equal(await page.inputValue('[data-testid=sort]'), 'price_asc');
      } finally {
        await ctx.close();
      }
    });

    test('product page: the tier for a typed quantity is highlighted with its line total; supplier card and more from the stall', async () => {
      const p = (await (await fetch(`${base}/api/products/${tieredId}`)).json()) as {
        moq: number;
        priceTiers: { minQty: number; unitPrice: number }[];
      };
      const { ctx, page } = await open(390, 'en');
      try {
        await page.goto(`${base}/product/${tieredId}`);
        await page.waitForSelector('[data-testid=price-tiers]');
        const last = p.priceTiers.length - 1;
        await page.fill('[data-testid=quantity]', String(p.priceTiers[last]!.minQty));
        const rows = page.locator('[data-testid=tier-row]');
        await page.waitForFunction((i) => document.querySelectorAll('[data-testid=tier-row]')[i]?.getAttribute('aria-current') === 'true', last);
        assert.equal(await rows.nth(0).getAttribute('aria-current'), null);
        const total = ((p.priceTiers[last]!.unitPrice * p.priceTiers[last]!.minQty) / 100).toFixed(2);
        assert.ok(((await page.textContent('[data-testid=line-total]')) ?? '').replace(/,/g, '').includes(`¥${total}`));
        await page.fill('[data-testid=quantity]', String(Math.max(1, p.moq - 1)));
        assert.match((await page.textContent('[data-testid=line-total]')) ?? '', /Below the MOQ/);
        await page.waitForSelector('[data-testid=more-from-stall] [data-testid=product-card]');
        assert.match((await page.textContent('[data-testid=supplier-products]')) ?? '', /^\d+$/);
        assert.equal(await page.textContent('[data-testid=supplier-response]'), '—');
        // a price range with equal ends is one price
        const ranges = await page.locator('[data-testid=product-card] .price').allTextContents();
        for (const r of ranges) {
          const [a, b] = r.split('–');
          assert.ok(b === undefined || a !== b, `${r} shows one price twice`);
        }
      } finally {
        await ctx.close();
      }
    });

    test("pictures: the product page shows its gallery, cards and search hits the main picture; each page titles the tab in the reader's language", async () => {
      type Img = { id: number; renditions: { url: string }[] };
      const own = (await (await fetch(`${base}/api/products/${tieredId}/images`)).json()) as { items: Img[] };
      const p = (await (await fetch(`${base}/api/products/${tieredId}`)).json()) as { titleZh: string; titleEn: string; mainImage: Img | null };
      assert.ok(own.items.length > 0 && p.mainImage, 'the demo product has pictures');
      const stall = (await (await fetch(`${base}/api/stalls/${stallId}`)).json()) as { shopNameZh: string | null; shopNameEn: string | null; address: string };
      for (const [lang, width] of [
        ['en', 390],
        ['zh', 1366],
      ] as const) {
        const { ctx, page } = await open(width, lang);
        try {
          await page.goto(`${base}/product/${tieredId}`);
          const main = page.locator('section.product-pictures .gallery img').first();
          await main.waitFor();
          const src = (await main.getAttribute('src')) ?? '';
          assert.ok(
            own.items[0]!.renditions.some((r) => r.url === src),
            `${src} is a rendition of the first picture`,
          );
          assert.equal(await main.getAttribute('alt'), lang === 'zh' ? p.titleZh : p.titleEn);
          const loaded = await main.evaluate((img: HTMLImageElement) => img.decode().then(() => img.naturalWidth));
          assert.ok(loaded > 0, 'the picture is served');
          const brand = lang === 'zh' ? '义乌' : 'Yiwu';
          await page.waitForFunction((x) => document.title.startsWith(x), lang === 'zh' ? p.titleZh : p.titleEn);
          assert.ok((await page.title()).includes(brand));
          // cards: the product's own picture, not a generated tile
          await page.waitForSelector('[data-testid=more-from-stall] [data-testid=product-card] img[src^="/media/"]');

          await page.goto(`${base}/stall/${stallId}`);
          await page.waitForSelector('[data-testid=product-card] img[src^="/media/"]');
          const shop = (lang === 'zh' ? stall.shopNameZh || stall.shopNameEn : stall.shopNameEn || stall.shopNameZh) ?? '';
          if (shop) await page.waitForFunction((x) => document.title.startsWith(x), shop);

          await page.goto(`${base}/search?q=${encodeURIComponent('玩具')}`);
          await page.waitForSelector('[data-testid=search-hit]');
          await page.waitForFunction((x) => document.title.includes(x), '玩具');
          // a hit shows the main picture when the search answer carries it, else the placeholder
          assert.ok((await page.locator('[data-testid=search-hit] .hit-thumb img, [data-testid=search-hit] .hit-thumb [role=img]').count()) > 0);

          await page.goto(`${base}/category/${categoryTop}`);
          const name = (await page.textContent('[data-testid=category-title]')) ?? '';
          await page.waitForFunction((x) => document.title.startsWith(x), name);
        } finally {
          await ctx.close();
        }
      }
    });
  });
}
