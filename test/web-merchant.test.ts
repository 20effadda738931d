/**
 * The merchant centre in a real browser (Chromium): its product list appears, the
 * import template downloads, and a bad sheet's problems are listed row by row,
 * worded from the API's codes in the reader's language (and re-worded when the
 * language changes).
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { chromium, type Browser, type Page } from 'playwright-core';
import { buildApp } from '../src/http/app.ts';
import { ensureWebBuilt, WEB_DIST } from '../src/cli/web-build.ts';
import { tinyMarket, type Market } from './fixtures.ts';
import { PROBLEM_CODES } from '../src/modules/catalog/index.ts';
import { sheetsAr } from '../web/src/i18n/sheets.ar.ts';
import { sheetsEn } from '../web/src/i18n/sheets.en.ts';
import { sheetsZh } from '../web/src/i18n/sheets.zh.ts';
import { CHROMIUM, skipWithoutBrowser } from './browser.ts';

const skip = skipWithoutBrowser;

test('the web catalogues word every problem code the import reports, in all three languages', () => {
  for (const c of [sheetsZh, sheetsEn, sheetsAr]) assert.deepEqual(Object.keys(c.problems).sort(), [...PROBLEM_CODES].sort());
});

describe('merchant centre in a real browser (Chromium)', { skip }, () => {
  let m: Market;
  let app: FastifyInstance;
  let browser: Browser;
  let page: Page;
  let base: string;
  const refused: string[] = [];
  before(async () => {
    await ensureWebBuilt();
    m = await tinyMarket('pglite');
    app = await buildApp({ database: m.d, webDir: WEB_DIST });
    await app.listen({ port: 0, host: '127.0.0.1' });
    const addr = app.server.address();
    base = `http://127.0.0.1:${typeof addr === 'object' && addr ? addr.port : 0}`;
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'] });
    page = await (await browser.newContext({ locale: 'zh-CN', acceptDownloads: true })).newPage();
    page.on('response', (r) => {
      if (new URL(r.url()).pathname.startsWith('/api/') && r.status() >= 400) refused.push(`${r.status()} ${r.url().slice(base.length)}`);
    });
  });
  after(async () => {
    await browser?.close();
    await app?.close();
    await m?.d.close();
  });

  test('the signed-in merchant sees its product list (the list request is not refused) and downloads the template', async () => {
    await page.goto(`${base}/sign-in`);
    await page.fill('[data-testid=username]', 'merchant');
    await page.fill('[data-testid=password]', 'merchant123');
    await page.click('[data-testid=sign-in-submit]');
    await page.waitForSelector('[data-testid=me]');
    await page.waitForSelector('[data-testid=my-products] [data-testid=product-card]', { timeout: 15_000 });
    assert.ok(Number(await page.textContent('[data-testid=my-products-total]')) >= 1);
    assert.deepEqual(
      refused.filter((r) => r.includes('/api/products')),
      [],
    );
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid=template-zh]')]);
    assert.equal(download.suggestedFilename(), 'products-template-zh.xlsx');
    const path = await download.path();
    assert.equal(readFileSync(path).subarray(0, 2).toString(), 'PK');
  });

  test('a bad sheet lists every problem with row, column and what to type instead, in the reader’s language', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'yiwu-merchant-'));
    const file = join(dir, 'bad.csv');
    const header = '货号,类目,中文标题,单位,起订量,价格1,HS编码,每箱数量,箱长cm,箱宽cm,箱高cm,箱毛重kg';
    // row 2: two problems (price and unit); row 3: good, with 个 as the unit; row 4: a duplicate SKU
    writeFileSync(
      file,
      `${header}\nW1,${m.categoryLeaf},发夹,瓶子,100,abc,9615190000,500,50,40,30,10\nW2,${m.categoryLeaf},发夹,个,100,0.85,9615190000,500,50,40,30,10\nW2,${m.categoryLeaf},发夹,个,100,0.85,9615190000,500,50,40,30,10\n`,
    );
    await page.setInputFiles('[data-testid=import-file]', file);
    await page.waitForSelector('[data-testid=import-errors]');
    const rows = async () =>
      page.$$eval('[data-testid=import-problem]', (trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent ?? '')));
    const zh = await rows();
    assert.deepEqual(
      zh.map((r) => r[0]),
      ['2', '2', '4'],
    );
    assert.match(zh[0]![1]!, /单位/);
    assert.match(zh[0]![2]!, /“瓶子”不是可用的单位；请填写以下之一：个、套、双/);
    assert.match(zh[1]![1]!, /价格1/);
    assert.match(zh[1]![2]!, /“abc”不是价格/);
    assert.match(zh[2]![2]!, /货号 W2 在第 3 行已出现/);
    assert.match((await page.textContent('[data-testid=import-errors]')) ?? '', /3 个问题，涉及 2 行/);

    await page.selectOption('[data-testid=lang-select]', 'en');
    await page.waitForFunction(() => document.documentElement.lang === 'en');
    const en = await rows();
    assert.match(en[0]![1]!, /^Unit/);
    assert.match(en[0]![2]!, /"瓶子" is not a unit; type one of: piece, set, pair/);
    assert.match(en[1]![1]!, /^Price 1/);
    assert.match(en[2]![2]!, /SKU W2 already appears in row 3/);
    await page.selectOption('[data-testid=lang-select]', 'zh');
  });
});
