/**
 * The credit governance API over HTTP: a listed merchant really cannot list
 * goods (create or import) until repaired; the public blacklist is anonymous;
 * the regulator decides and a merchant sees only its own; standards, campaigns
 * and sharing end to end.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { FastifyInstance } from 'fastify';
import { testEngines } from '../src/core/db/testing.ts';
import { buildApp } from '../src/http/app.ts';
import { countProducts, sampleProduct, tinyMarket, type Market } from './fixtures.ts';

const PASSWORDS: Record<string, string> = {
  merchant: 'merchant123',
  merchant2: 'merchant123',
  operator: 'operator123',
  regulator: 'regulator123',
  buyer: 'buyer123',
};

for (const engine of testEngines()) {
  describe(`credit governance API on ${engine}`, () => {
    let m: Market;
    let app: FastifyInstance;
    const tokens: Record<string, string> = {};
    const as = (who: string) => ({ authorization: `Bearer ${tokens[who]}` });
    const call = (method: 'GET' | 'POST' | 'DELETE', url: string, who?: string, payload?: unknown, headers: Record<string, string> = {}) =>
      app.inject({ method, url, headers: { ...(who ? as(who) : {}), ...headers }, ...(payload === undefined ? {} : { payload: payload as object }) });
    before(async () => {
      m = await tinyMarket(engine);
      app = await buildApp({ database: m.d });
      for (const [u, password] of Object.entries(PASSWORDS)) {
        const r = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: u, password } });
        assert.equal(r.statusCode, 200, r.body);
        tokens[u] = r.json().token;
      }
    });
    after(async () => {
      await app.close();
      await m.d.close();
    });

    test('a listed merchant cannot create or import listings until its repair is approved; the blacklist is public', async () => {
      const m2 = m.merchant2.entityId!;
      assert.equal((await call('POST', '/api/credit/blacklist', 'merchant', { entityId: m2, reason: 'selling fakes', evidenceRefs: ['X'] })).statusCode, 403);
      assert.equal((await call('POST', '/api/credit/blacklist', undefined, { entityId: m2, reason: 'selling fakes', evidenceRefs: ['X'] })).statusCode, 401);
      const listed = await call('POST', '/api/credit/blacklist', 'regulator', {
        entityId: m2,
        reason: 'counterfeit goods seized twice',
        evidenceRefs: ['YWSJ-2026-0311'],
      });
      assert.equal(listed.statusCode, 201, listed.body);
      const entry = listed.json();

      const pub = await call('GET', '/api/credit/blacklist');
      assert.equal(pub.statusCode, 200);
      const shown = pub.json().items.find((e: { entityId: number }) => e.entityId === m2);
      assert.equal(shown.id, entry.id);
      assert.ok(shown.entityNameZh);
      const badge = (await call('GET', `/api/credit/badges/${m2}`)).json();
      assert.equal(badge.blacklisted, true);
      assert.match(badge.warning.reason, /counterfeit/);

      const before = await countProducts(m.d, m2);
      const own = await call('POST', '/api/products', 'merchant2', sampleProduct(m.categoryLeaf, 'BL-001'));
      assert.equal(own.statusCode, 403, own.body);
      assert.ok(own.json().error.details.blacklisted);
      const byOperator = await call('POST', `/api/products?merchantId=${m2}`, 'operator', sampleProduct(m.categoryLeaf, 'BL-002'));
      assert.equal(byOperator.statusCode, 403);
      const csv = 'sku,category,title_zh,unit,moq,price\nBL-003,x,y,pcs,1,100\n';
      const imported = await app.inject({
        method: 'POST',
        url: '/api/products/import?format=csv',
        headers: { ...as('merchant2'), 'content-type': 'text/csv' },
        payload: csv,
      });
      assert.equal(imported.statusCode, 403);
      assert.equal(await countProducts(m.d, m2), before, 'nothing was listed');
      assert.equal((await call('POST', '/api/products', 'merchant', sampleProduct(m.categoryLeaf, 'OK-001'))).statusCode, 201, 'an unlisted merchant lists');

      const repair = await call('POST', '/api/credit/repairs', 'merchant2', {
        statement: 'all stock destroyed, supplier changed',
        evidenceRefs: ['DESTRUCTION-CERT-7'],
      });
      assert.equal(repair.statusCode, 201, repair.body);
      const rid = repair.json().id;
      assert.equal((await call('GET', `/api/credit/repairs/${rid}`, 'merchant')).statusCode, 404, "another merchant's application does not exist for it");
      assert.deepEqual((await call('GET', '/api/credit/repairs', 'merchant')).json(), []);
      assert.equal((await call('POST', `/api/credit/repairs/${rid}/decision`, 'merchant2', { decision: 'approve' })).statusCode, 403);
      assert.ok(
        (await call('GET', '/api/credit/repairs?status=pending', 'regulator')).json().some((r: { id: number }) => r.id === rid),
        "in the regulator's queue",
      );
      const ok = await call('POST', `/api/credit/repairs/${rid}/decision`, 'regulator', { decision: 'approve', reason: 'destruction witnessed' });
      assert.equal(ok.json().status, 'approved');
      assert.equal((await call('GET', `/api/credit/blacklist/${entry.id}`)).json().repairId, rid);
      assert.equal((await call('POST', '/api/products', 'merchant2', sampleProduct(m.categoryLeaf, 'BL-004'))).statusCode, 201, 'repaired: it lists again');

      const audit = (await call('GET', '/api/credit/audit', 'merchant2')).json();
      assert.deepEqual(
        audit.slice(0, 3).map((a: { action: string }) => a.action),
        ['repair.approve', 'repair.apply', 'blacklist.add'],
      );
      assert.ok(audit.every((a: { entityId: number }) => a.entityId === m2));
      const other = (await call('GET', `/api/credit/audit?entityId=${m2}`, 'merchant')).json();
      assert.ok(
        other.every((a: { entityId: number }) => a.entityId === m.merchant.entityId),
        'a merchant sees only its own rows, whatever it asks',
      );
      assert.ok((await call('GET', '/api/credit/audit', 'regulator')).json().length >= 3);
    });

    test('the demo holds listed and repaired entities, a finished campaign that verifies, and red lists', async () => {
      const all = (await call('GET', '/api/credit/blacklist?includeRemoved=true')).json().items;
      assert.ok(all.filter((e: { removedAt: string | null }) => e.removedAt === null).length >= 2);
      assert.ok(all.some((e: { repairId: number | null }) => e.repairId !== null));
      const campaigns = (await call('GET', '/api/credit/campaigns', 'regulator')).json();
      const done = campaigns.find((c: { status: string }) => c.status === 'closed');
      assert.ok(done);
      assert.equal((await call('GET', `/api/credit/campaigns/${done.id}/verify`)).json().matches, true);
      const year = new Date().getUTCFullYear() - 1;
      const rl = (await call('GET', `/api/credit/redlist?year=${year}`)).json();
      assert.deepEqual([...new Set(rl.items.map((e: { category: string }) => e.category))].sort(), ['firm', 'foreign_buyer', 'merchant']);
      const badge = (await call('GET', `/api/credit/badges/${rl.items[0].entityId}`)).json();
      assert.ok(badge.redList.some((b: { year: number }) => b.year === year));
    });

    test('standards: declared on own product only, format checked, public, a filter; an inspection below it is a credit event', async () => {
      const mine = await call('POST', '/api/products', 'merchant', sampleProduct(m.categoryLeaf, 'STD-001'));
      const pid = mine.json().id;
      const d = await call('POST', `/api/credit/standards?product=${pid}`, 'merchant', {
        kind: 'national_recommended',
        code: 'gb/t 29606-2013',
        title: '不锈钢真空杯',
      });
      assert.equal(d.statusCode, 201, d.body);
      assert.equal(d.json().code, 'GB/T 29606-2013');
      assert.equal((await call('POST', `/api/credit/standards?product=${pid}`, 'merchant2', { kind: 'national', code: 'GB 4806.9-2016' })).statusCode, 404);
      const bad = await call('POST', `/api/credit/standards?product=${pid}`, 'merchant', { kind: 'group', code: 'GB 4806.9-2016' });
      assert.equal(bad.statusCode, 400);
      assert.deepEqual(
        (await call('GET', `/api/credit/standards?product=${pid}`)).json().map((s: { code: string }) => s.code),
        ['GB/T 29606-2013'],
      );
      assert.ok((await call('GET', '/api/credit/standards/products?code=GB%2FT%2029606-2013')).json().productIds.includes(pid));
      assert.equal(
        (await call('POST', `/api/credit/standards/${d.json().id}/checks`, 'merchant', { result: 'meets', inspectedOn: '2026-11-01', evidenceRef: 'X' }))
          .statusCode,
        403,
      );
      const check = await call('POST', `/api/credit/standards/${d.json().id}/checks`, 'regulator', {
        result: 'below',
        inspectedOn: '2026-11-01',
        evidenceRef: 'LAB-2026-884',
      });
      assert.equal(check.statusCode, 201, check.body);
      assert.ok(check.json().eventId > 0);
      assert.equal((await call('DELETE', `/api/credit/standards/${d.json().id}`, 'merchant2')).statusCode, 404);
      assert.equal((await call('DELETE', `/api/credit/standards/${d.json().id}`, 'merchant')).statusCode, 204);
      assert.deepEqual((await call('GET', `/api/credit/standards?product=${pid}`)).json(), []);
    });

    test('a campaign: the regulator defines and draws; anyone verifies; others may not read it', async () => {
      const def = await call('POST', '/api/credit/campaigns', 'regulator', {
        name: '2026 district 1 spot check',
        population: { kind: 'merchant', district: 1 },
        size: 5,
        rates: { A: 0.05, B: 0.1, C: 0.3, D: 0.6 },
        inspectors: ['王明', '李华', '张伟', '刘洋'],
      });
      assert.equal(def.statusCode, 201, def.body);
      const id = def.json().id;
      assert.equal((await call('POST', '/api/credit/campaigns', 'merchant', def.json())).statusCode, 400);
      assert.equal((await call('GET', `/api/credit/campaigns/${id}`, 'merchant')).statusCode, 403);
      const drawn = await call('POST', `/api/credit/campaigns/${id}/draw`, 'regulator');
      assert.equal(drawn.statusCode, 200, drawn.body);
      assert.equal(drawn.json().drawn.length, 5);
      const v = await call('GET', `/api/credit/campaigns/${id}/verify`);
      assert.equal(v.statusCode, 200);
      assert.equal(v.json().matches, true);
      const first = drawn.json().drawn[0];
      const r = await call('POST', `/api/credit/campaigns/${id}/results`, 'regulator', {
        entityId: first.entityId,
        result: 'compliant',
        evidenceRef: 'R-1',
        inspectedOn: '2026-11-25',
      });
      assert.equal(r.statusCode, 200, r.body);
      assert.ok(r.json().drawn[0].eventId > 0);
    });

    test('sharing: the merchant grants, the bank reads with the token, the merchant sees the read; others see nothing', async () => {
      const g = await call('POST', '/api/credit/shares', 'merchant', {
        granteeName: 'Bank of Yiwu',
        validTo: new Date(Date.now() + 7 * 86_400_000).toISOString(),
      });
      assert.equal(g.statusCode, 201, g.body);
      assert.equal((await call('GET', '/api/credit/shares/report')).statusCode, 401);
      const read = await call('GET', '/api/credit/shares/report', undefined, undefined, { 'x-credit-share-token': g.json().token });
      assert.equal(read.statusCode, 200, read.body);
      assert.equal(read.json().entityId, m.merchant.entityId);
      const log = (await call('GET', '/api/credit/shares', 'merchant')).json();
      const reads = log.reads.filter((r: { shareId: number }) => r.shareId === g.json().id);
      assert.equal(reads.length, 1);
      assert.match(reads[0].reader, /Bank of Yiwu/);
      const others = (await call('GET', '/api/credit/shares', 'merchant2')).json();
      assert.ok(!others.shares.some((x: { id: number }) => x.id === g.json().id));
      assert.ok(!others.reads.some((x: { shareId: number }) => x.shareId === g.json().id));
      assert.equal((await call('POST', `/api/credit/shares/${g.json().id}/revoke`, 'merchant2')).statusCode, 404);
    });
  });
}
