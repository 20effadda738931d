import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { INDICATORS, gradeOf } from './method.ts';
import { parsePeriod, shiftPeriod } from './period.ts';
import { meritOf, rankApplicants, type ApplicantRecord } from './ranking.ts';
import { percentilePoints, scoreStalls, type StallIndicators } from './scoring.ts';

const stall = fc.record({
  districtId: fc.integer({ min: 1, max: 3 }),
  categoryId: fc.integer({ min: 0, max: 4 }),
  orders: fc.nat(500),
  tradeValue: fc.nat(50_000_000_000),
  listingsActive: fc.nat(300),
  listingsCurrent: fc.nat(300),
  inquiries: fc.nat(100),
  answered: fc.nat(100),
  medianResponseSeconds: fc.option(fc.nat(500_000)),
  creditClass: fc.constantFrom('A', 'B', 'C', 'D', 'unknown'),
  disputesLost: fc.option(fc.nat(6)),
});

const market = fc
  .array(stall, { minLength: 1, maxLength: 60 })
  .map((xs) => xs.map((x, i): StallIndicators => ({ ...x, stallId: i + 1, holderId: 1000 + i, answered: Math.min(x.answered, x.inquiries) })));

describe('stall evaluation scoring', () => {
  test('the weights add up to 100 percent', () => {
    assert.equal(
      INDICATORS.reduce((t, i) => t + i.weight, 0),
      100,
    );
  });

  test('property: every score is exactly the sum of its contributions, each weight × points, points within 0–1000', () => {
    fc.assert(
      fc.property(market, (stalls) => {
        for (const s of scoreStalls(stalls)) {
          assert.equal(
            s.lines.reduce((t, l) => t + l.contribution, 0),
            s.score,
          );
          for (const l of s.lines) {
            assert.ok(Number.isInteger(l.points) && l.points >= 0 && l.points <= 1000);
            assert.equal(l.contribution, l.weight * l.points);
          }
          assert.ok(s.score >= 0 && s.score <= 100_000);
          assert.equal(s.grade, gradeOf(s.score, s.idle));
        }
      }),
      { numRuns: 300 },
    );
  });

  test('property: more orders than a peer never earns fewer order points', () => {
    fc.assert(
      fc.property(market, (stalls) => {
        const scored = scoreStalls(stalls);
        for (const a of scored)
          for (const b of scored) {
            if (a.peerKey !== b.peerKey) continue;
            const oa = a.lines.find((l) => l.key === 'orders')!;
            const ob = b.lines.find((l) => l.key === 'orders')!;
            if ((oa.value as number) > (ob.value as number)) assert.ok(oa.points > ob.points);
          }
      }),
      { numRuns: 100 },
    );
  });

  test('mid-rank percentile: ties share, one peer alone is neutral, lower-is-better mirrors', () => {
    assert.equal(percentilePoints([1, 2, 3, 4], 4, true), 875);
    assert.equal(percentilePoints([1, 2, 3, 4], 1, true), 125);
    assert.equal(percentilePoints([1, 2, 3, 4], 1, false), 875);
    assert.equal(percentilePoints([5, 5, 5, 5], 5, true), 500);
    assert.equal(percentilePoints([7], 7, true), 500);
  });

  test('peer groups smaller than five fall back to the district', () => {
    const base = {
      orders: 1,
      tradeValue: 1,
      listingsActive: 1,
      listingsCurrent: 1,
      inquiries: 0,
      answered: 0,
      medianResponseSeconds: null,
      creditClass: 'B',
      disputesLost: 0,
    };
    const stalls: StallIndicators[] = [
      ...Array.from({ length: 5 }, (_, i) => ({ ...base, stallId: i + 1, holderId: i + 1, districtId: 1, categoryId: 3 })),
      { ...base, stallId: 6, holderId: 6, districtId: 1, categoryId: 9 },
    ];
    const s = scoreStalls(stalls);
    assert.equal(s[0]!.peerKey, '1:3');
    assert.equal(s[0]!.peerSize, 5);
    assert.equal(s[5]!.peerKey, '1:*');
    assert.equal(s[5]!.peerSize, 6);
  });

  test('an idle stall is grade one whatever its score', () => {
    assert.equal(gradeOf(99_000, true), 1);
    assert.equal(gradeOf(99_000), 5);
    assert.equal(gradeOf(29_999), 1);
  });

  test('quarters', () => {
    assert.deepEqual(parsePeriod('2026Q4'), { id: '2026Q4', from: '2026-10-01', to: '2027-01-01' });
    assert.equal(shiftPeriod('2026Q1', 1), '2025Q4');
    assert.equal(shiftPeriod('2026Q4', -1), '2027Q1');
    assert.throws(() => parsePeriod('2026Q5'), /quarter/);
  });
});

describe('re-allocation ranking', () => {
  const apps = fc.array(fc.record({ merit: fc.nat(1000), bid: fc.option(fc.nat(10_000_000), { nil: null }), eligible: fc.boolean() }), { maxLength: 20 });
  test('property: ranking is deterministic, ignores application order and never ranks the ineligible', () => {
    fc.assert(
      fc.property(apps, fc.integer({ min: 1, max: 99 }), (xs, w) => {
        const recs: ApplicantRecord[] = xs.map((x, i) => ({ applicationId: i + 1, entityId: 100 + i, merit: x.merit, bidAmount: x.bid, eligible: x.eligible }));
        for (const rules of [
          { method: 'score' as const, bidWeight: 0 },
          { method: 'bid_score' as const, bidWeight: w },
        ]) {
          const a = rankApplicants(rules, recs);
          const b = rankApplicants(rules, [...recs].reverse());
          assert.deepEqual(a, b);
          assert.ok(a.every((r) => recs.find((x) => x.applicationId === r.applicationId)!.eligible));
          for (let i = 1; i < a.length; i++) assert.ok(a[i - 1]!.points >= a[i]!.points);
        }
      }),
    );
  });

  test('bid and score: a higher bid can beat a better score only as far as its weight allows', () => {
    const recs: ApplicantRecord[] = [
      { applicationId: 1, entityId: 1, merit: 900, bidAmount: 500_000, eligible: true },
      { applicationId: 2, entityId: 2, merit: 600, bidAmount: 1_000_000, eligible: true },
    ];
    assert.equal(rankApplicants({ method: 'bid_score', bidWeight: 30 }, recs)[0]!.entityId, 1);
    assert.equal(rankApplicants({ method: 'bid_score', bidWeight: 70 }, recs)[0]!.entityId, 2);
    assert.equal(rankApplicants({ method: 'score', bidWeight: 0 }, recs)[0]!.entityId, 1);
  });

  test('merit', () => {
    assert.equal(meritOf({ creditClass: 'A', ordersLastYear: 100, disputesLost: 0 }, { A: 1000 }, 500), 1000);
    assert.equal(meritOf({ creditClass: 'unknown', ordersLastYear: 0, disputesLost: 3 }, { A: 1000 }, 500), 250);
  });
});
