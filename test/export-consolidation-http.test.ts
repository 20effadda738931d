/**
 * /api/export/consignments…: consolidation and inspection before loading on
 * both engines. Proves: an agent sees only its consignments; customs users
 * change only inspection status; a merchant sees only its own lots; a held lot
 * is never in a final load plan; the declarations' totals reconcile with the lots.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import ExcelJS from 'exceljs';
import { testEngines } from '../src/core/db/testing.ts';
import { createUser } from '../src/core/auth/index.ts';
import { marketApp, type MarketApp } from './market-app.ts';
import { consolidationMarket, type ConsolidationMarket, measures } from './export-consolidation-fixtures.ts';

const C = '/api/export/consignments';

for (const engine of testEngines()) {
  describe(`export consolidation API on ${engine}`, () => {
    let t: MarketApp;
    let f: ConsolidationMarket;
    const h: Record<string, { authorization: string }> = {};
    let id = 0;
    const lotIds: number[] = [];
    before(async () => {
      t = await marketApp(engine, ['buyer', 'merchant', 'merchant2', 'operator']);
      f = await consolidationMarket(t.m);
      await createUser(t.m.d.db, { username: 'agent2', password: 'agent2-pass', role: 'agent', entityId: f.otherAgent.entityId });
      for (const [u, p] of [
        ['agent', 'agent123'],
        ['agent2', 'agent2-pass'],
        ['customs', 'customs123'],
      ]) {
        const r = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: u, password: p } });
        assert.equal(r.statusCode, 200, r.body);
        h[u!] = { authorization: `Bearer ${r.json().token}` };
      }
      for (const u of ['buyer', 'merchant', 'merchant2', 'operator']) h[u] = t.as(u);
    });
    after(() => t.close());
    const call = (method: 'GET' | 'POST' | 'PUT', url: string, who: string, payload?: object) =>
      t.app.inject({ method, url, headers: h[who], ...(payload ? { payload } : {}) });

    test('an agent opens a consignment for a registered buyer; bad destination, Incoterm, a non-buyer and an unregistered buyer are refused', async () => {
      const r = await call('POST', C, 'agent', { buyerId: t.m.buyer.entityId, destination: 'ae jea', incoterm: 'FOB' });
      assert.equal(r.statusCode, 201, r.body);
      assert.equal(r.json().destination, 'AEJEA');
      assert.equal(r.json().status, 'open');
      id = r.json().id;
      assert.equal((await call('POST', C, 'agent', { buyerId: t.m.buyer.entityId, destination: 'AEJ', incoterm: 'FOB' })).statusCode, 400);
      assert.equal((await call('POST', C, 'agent', { buyerId: t.m.buyer.entityId, destination: 'AEJEA', incoterm: 'FOO' })).statusCode, 400);
      assert.equal((await call('POST', C, 'agent', { buyerId: t.m.merchant.entityId, destination: 'AEJEA', incoterm: 'FOB' })).statusCode, 400);
      const unregistered = await call('POST', C, 'agent', { buyerId: f.unregisteredBuyer, destination: 'AEJEA', incoterm: 'FOB' });
      assert.equal(unregistered.statusCode, 409);
      assert.match(unregistered.json().error.message, /not registered/);
      for (const who of ['customs', 'merchant', 'buyer', 'operator']) {
        const x = await call('POST', C, who, { buyerId: t.m.buyer.entityId, destination: 'AEJEA', incoterm: 'FOB' });
        assert.equal(x.statusCode, 403, `${who}: ${x.body}`);
      }
    });

    test('an agent sees only its consignments; another agent gets 404; operator and customs read all', async () => {
      const own = await call('POST', C, 'agent2', { buyerId: t.m.buyer.entityId, destination: 'USLAX', incoterm: 'CIF' });
      assert.equal(own.statusCode, 201, own.body);
      const mine = (await call('GET', C, 'agent', undefined)).json() as { id: number }[];
      assert.deepEqual(
        mine.map((c) => c.id),
        [id],
      );
      const theirs = (await call('GET', C, 'agent2')).json() as { id: number }[];
      assert.deepEqual(
        theirs.map((c) => c.id),
        [own.json().id],
      );
      for (const url of [`${C}/${id}`, `${C}/${id}/lots`, `${C}/${id}/load-plan`, `${C}/${id}/documents`])
        assert.equal((await call('GET', url, 'agent2')).statusCode, 404, url);
      assert.equal((await call('POST', `${C}/${id}/lots`, 'agent2', measures(f.record, 1))).statusCode, 404);
      for (const who of ['operator', 'customs']) assert.equal(((await call('GET', C, who)).json() as unknown[]).length, 2, who);
      for (const who of ['merchant', 'buyer']) assert.equal((await call('GET', C, who)).statusCode, 403, who);
    });

    test('lots are received from the trade records of the consignment’s buyer and agent only', async () => {
      for (const [rec, line, up] of [
        [f.record, 1, true],
        [f.record, 2, false],
        [f.record, 3, false],
        [f.record2, 1, true],
      ] as const) {
        const r = await call('POST', `${C}/${id}/lots`, 'agent', measures(rec, line, 12, up));
        assert.equal(r.statusCode, 201, r.body);
        assert.equal(r.json().inspection, 'pending');
        lotIds.push(r.json().id);
      }
      const lot = (await call('GET', `${C}/${id}/lots`, 'agent')).json()[0];
      assert.equal(lot.hs, '9617001900');
      assert.equal(lot.valueMinor, 125_000);
      assert.equal(lot.merchantId, t.m.merchant.entityId);
      assert.equal((await call('POST', `${C}/${id}/lots`, 'agent', measures(f.record, 1))).statusCode, 409); // the same line twice
      assert.equal((await call('POST', `${C}/${id}/lots`, 'agent', measures(f.otherBuyerRecord, 2))).statusCode, 409); // another buyer's record
      assert.equal((await call('POST', `${C}/${id}/lots`, 'agent', measures(f.record, 9))).statusCode, 404); // no such line
      assert.equal((await call('POST', `${C}/${id}/lots`, 'agent', { ...measures(f.record2, 1), grossKg: 1 })).statusCode, 400);
      assert.equal((await call('POST', `${C}/${id}/lots`, 'customs', measures(f.record2, 1))).statusCode, 403);
    });

    test('a merchant sees only its own lots; nobody else may use that view', async () => {
      const one = (await call('GET', '/api/export/my-lots', 'merchant')).json() as { merchantId: number }[];
      assert.equal(one.length, 3);
      assert.ok(one.every((l) => l.merchantId === t.m.merchant.entityId));
      const two = (await call('GET', '/api/export/my-lots', 'merchant2')).json() as { merchantId: number; id: number }[];
      assert.deepEqual(
        two.map((l) => l.id),
        [lotIds[3]],
      );
      assert.equal((await call('GET', `/api/export/lots/${lotIds[0]}/inspections`, 'merchant2')).statusCode, 404);
      for (const who of ['agent', 'customs', 'buyer']) assert.equal((await call('GET', '/api/export/my-lots', who)).statusCode, 403, who);
    });

    test('customs changes only inspection status, in bulk, each change kept with who and when', async () => {
      const release = await call('POST', '/api/export/inspections', 'customs', { lotIds, status: 'released' });
      assert.equal(release.statusCode, 200, release.body);
      assert.ok((release.json() as { inspection: string }[]).every((l) => l.inspection === 'released'));
      const hold = await call('POST', '/api/export/inspections', 'customs', { lotIds: [lotIds[1]], status: 'held' });
      assert.equal(hold.statusCode, 400); // a reason is needed
      for (const who of ['agent', 'merchant', 'operator', 'buyer'])
        assert.equal((await call('POST', '/api/export/inspections', who, { lotIds, status: 'released' })).statusCode, 403, who);
      // customs may do nothing else
      for (const [m, url, body] of [
        ['POST', `${C}/${id}/load-plan`, {}],
        ['POST', `${C}/${id}/status`, { to: 'loading' }],
        ['PUT', `${C}/${id}/containers/1`, { isoNumber: 'CSQU3054383' }],
      ] as const)
        assert.equal((await call(m, url, 'customs', body)).statusCode, 403, url);
      const returned = await call('POST', '/api/export/inspections', 'customs', { lotIds: [lotIds[0]], status: 'returned', reason: 'x' });
      assert.equal(returned.statusCode, 409); // released → returned is not a move
      const hist = (await call('GET', `/api/export/lots/${lotIds[0]}/inspections`, 'merchant')).json();
      assert.equal(hist.length, 1);
      assert.equal(hist[0].to, 'released');
      assert.equal(hist[0].actorRole, 'customs');
    });

    test('a held lot is never in a final load plan: holding one makes the plan a draft; the recomputed plan leaves it out', async () => {
      const first = await call('POST', `${C}/${id}/load-plan`, 'agent', { timeLimitSeconds: 1 });
      assert.equal(first.statusCode, 200, first.body);
      assert.equal(first.json().status, 'final');
      assert.deepEqual(first.json().lotIds, lotIds);
      const hold = await call('POST', '/api/export/inspections', 'customs', { lotIds: [lotIds[1]], status: 'held', reason: '标签缺失 labels missing' });
      assert.equal(hold.statusCode, 200, hold.body);
      const draft = (await call('GET', `${C}/${id}/load-plan`, 'agent')).json();
      assert.equal(draft.status, 'draft');
      assert.match(draft.draftReason, new RegExp(`lot ${lotIds[1]}`));
      assert.equal((await call('PUT', `${C}/${id}/containers/1`, 'agent', { isoNumber: 'CSQU3054383' })).statusCode, 409);
      assert.equal((await call('GET', `${C}/${id}/documents`, 'agent')).statusCode, 409);
      const again = (await call('POST', `${C}/${id}/load-plan`, 'agent', { timeLimitSeconds: 1 })).json();
      assert.equal(again.status, 'final');
      assert.ok(!again.lotIds.includes(lotIds[1]));
      const planned = new Set(again.plan.containers.flatMap((k: { cartons: { lot: string }[] }) => k.cartons.map((c) => c.lot)));
      assert.ok(!planned.has(String(lotIds[1])));
      const held = (await call('GET', `${C}/${id}/lots?inspection=held`, 'customs')).json();
      assert.deepEqual(
        held.map((l: { id: number }) => l.id),
        [lotIds[1]],
      );
    });

    test('containers get ISO 6346 numbers (check digit validated) and seals', async () => {
      const bad = await call('PUT', `${C}/${id}/containers/1`, 'agent', { isoNumber: 'CSQU3054384' });
      assert.equal(bad.statusCode, 400);
      assert.match(bad.json().error.message, /ISO 6346 gives 3/);
      const plan = (await call('GET', `${C}/${id}/load-plan`, 'agent')).json();
      for (const k of plan.containers) {
        const r = await call('PUT', `${C}/${id}/containers/${k.seq}`, 'agent', {
          isoNumber: k.seq === 1 ? 'csqu 305438-3' : 'MSCU1234566',
          sealNumber: `SEAL-${k.seq}`,
        });
        assert.equal(r.statusCode, 200, r.body);
        assert.equal(r.json().sealNumber, `SEAL-${k.seq}`);
      }
      assert.equal((await call('PUT', `${C}/${id}/containers/99`, 'agent', { isoNumber: 'CSQU3054383' })).statusCode, 404);
    });

    test('the declarations’ totals reconcile with the lots; the documents download as JSON, xlsx and PDF', async () => {
      const r = await call('GET', `${C}/${id}/documents?documentNo=E12345678`, 'agent');
      assert.equal(r.statusCode, 200, r.body);
      const d = r.json();
      const lots = d.goodsList.lots as { id: number; cartons: number; valueMinor: number; currency: string; netKg: number; inspection: string }[];
      assert.ok(lots.every((l) => l.inspection === 'released'));
      assert.deepEqual(
        lots.map((l) => l.id).sort((a, b) => a - b),
        lotIds.filter((x) => x !== lotIds[1]),
      );
      const cartonsByLot = new Map<number, number>();
      let usd = 0;
      let cny = 0;
      for (const dec of d.declarations) {
        assert.ok(dec.totalUsdMinor <= 15_000_000);
        assert.equal(
          dec.lines.reduce((a: number, l: { usdMinor: number }) => a + l.usdMinor, 0),
          dec.totalUsdMinor,
        );
        usd += dec.totalUsdMinor;
        for (const l of dec.lines) {
          if (l.currency === 'CNY') cny += l.valueMinor;
          for (const x of l.lots) cartonsByLot.set(x.id, (cartonsByLot.get(x.id) ?? 0) + x.cartons);
        }
      }
      for (const l of lots) assert.equal(cartonsByLot.get(l.id), l.cartons, `lot ${l.id}`);
      assert.equal(
        cny,
        lots.reduce((a, l) => a + l.valueMinor, 0),
      );
      assert.deepEqual(d.goodsList.totals.values, [{ currency: 'CNY', valueMinor: cny }]);
      assert.ok(usd > 0);
      const packed = d.packingLists.flatMap((p: { rows: { cartons: number }[] }) => p.rows).reduce((a: number, r: { cartons: number }) => a + r.cartons, 0);
      assert.equal(packed, d.goodsList.totals.cartons);
      assert.match(d.remarks, /P7654321/); // the registration's document number (the query's is used only when it has none)
      assert.equal(d.buyer.nationality, 'AE');
      assert.equal(d.packingLists[0].isoNumber, 'CSQU3054383');
      const xlsx = await call('GET', `${C}/${id}/documents/packing-list?format=xlsx`, 'agent');
      assert.equal(xlsx.statusCode, 200);
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
      assert.equal(wb.worksheets.length, d.packingLists.length);
      for (const kind of ['goods-list', 'declarations', 'packing-list']) {
        const pdf = await call('GET', `${C}/${id}/documents/${kind}?format=pdf`, 'customs');
        assert.equal(pdf.statusCode, 200, kind);
        assert.equal(pdf.headers['content-type'], 'application/pdf');
        assert.equal(pdf.rawPayload.subarray(0, 5).toString(), '%PDF-');
      }
      assert.equal((await call('GET', `${C}/${id}/documents/goods-list?format=xlsx`, 'agent2')).statusCode, 404);
    });

    test('states: open → loading → declared (all inspected, final plan, sealed containers) → shipped; then inspection is closed', async () => {
      assert.equal((await call('POST', `${C}/${id}/status`, 'agent', { to: 'declared' })).statusCode, 409);
      assert.equal((await call('POST', `${C}/${id}/status`, 'agent', { to: 'loading' })).json().status, 'loading');
      const declared = await call('POST', `${C}/${id}/status`, 'agent', { to: 'declared' });
      assert.equal(declared.statusCode, 200, declared.body);
      assert.equal((await call('POST', '/api/export/inspections', 'customs', { lotIds: [lotIds[1]], status: 'released' })).statusCode, 409);
      assert.equal((await call('POST', `${C}/${id}/status`, 'agent', { to: 'shipped' })).json().status, 'shipped');
      assert.equal((await call('POST', `${C}/${id}/status`, 'agent2', { to: 'closed' })).statusCode, 404);
    });
  });
}
