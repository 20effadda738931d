/**
 * Properties of the declaration split over random consignments (fast-check):
 * every lot's cartons exactly once, each declaration within the cap, totals
 * that reconcile with the lots exactly, at most five unmerged lines plus one
 * merged line per chapter, first-fit's "no two declarations would fit in one",
 * and the same output for the same lots in any order.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { DECLARATION_CAP_USD_MINOR, MAX_KINDS_LINE_BY_LINE, lotUsdMinor, readConsignment, splitDeclarations, type DeclarationLotInput } from './index.ts';

const CAP = DECLARATION_CAP_USD_MINOR;
const RATES = [
  { currency: 'CNY', perUsd: '7.1034' },
  { currency: 'EUR', perUsd: '0.9217' },
  { currency: 'JPY', perUsd: '151.37' },
  { currency: 'KWD', perUsd: '0.3071' },
];
/** The cap in minor units of each currency, a little under, so that no carton is over it. */
const CARTON_MAX: Record<string, number> = { USD: CAP, CNY: 7 * CAP, EUR: 0.9 * CAP, JPY: 1.5 * CAP, KWD: 3 * CAP };
/** Few chapters and codes, so that declarations often have more than five kinds and merged chapters. */
const HS = [
  '9503002100',
  '9503009000',
  '9505100000',
  '3926909000',
  '3926100000',
  '3924100000',
  '6307900000',
  '6307100000',
  '4202220000',
  '4202920000',
  '8513101000',
];

const lotArb = (cheap: boolean) =>
  fc
    .record({
      hs: fc.constantFrom(...HS),
      unit: fc.constantFrom('pcs', 'pcs', 'dozen', 'kg'),
      currency: cheap ? fc.constant('CNY') : fc.constantFrom('USD', 'CNY', 'EUR', 'JPY', 'KWD'),
      cartons: fc.integer({ min: 1, max: 60 }),
      perCarton: fc.double({ min: 0, max: 1, noNaN: true }),
      scale: fc.constantFrom(0.001, 0.01, 0.1, 1),
      quantityMilli: fc.integer({ min: 1, max: 5_000_000 }),
      netG: fc.integer({ min: 1, max: 2_000_000 }),
      tareG: fc.integer({ min: 0, max: 100_000 }),
      name: fc.constantFrom('毛绒玩具', 'plastic hooks', 'تحف', 'bags'),
    })
    .map((r) => ({ ...r, valueMinor: Math.max(1, Math.floor(r.perCarton * r.scale * CARTON_MAX[r.currency]!)) * r.cartons }));

const consignmentArb = (cheap = false) =>
  fc.array(lotArb(cheap), { minLength: 1, maxLength: 80 }).map((raw) =>
    raw.map(
      (r, i): DeclarationLotInput => ({
        id: `L${i}`,
        merchant: `M-${i % 7}`,
        goodsName: r.name,
        hs: r.hs,
        quantity: r.quantityMilli / 1000,
        unit: r.unit,
        cartons: r.cartons,
        valueMinor: r.valueMinor,
        currency: r.currency,
        netKg: r.netG / 1000,
        grossKg: (r.netG + r.tareG) / 1000,
      }),
    ),
  );

const input = (lots: DeclarationLotInput[]) => ({ date: '2026-11-30', rates: RATES, lots });
const milli = (x: number) => Math.round(x * 1000);

test('every lot’s cartons appear exactly once; each declaration is within the cap and sums its lines; totals, weights and USD reconcile with the lots', () => {
  fc.assert(
    fc.property(consignmentArb(), (lots) => {
      const exact = readConsignment(input(lots));
      const { declarations, summary } = splitDeclarations(input(lots));
      const cartons = new Map<string, number>();
      let usd = 0;
      let net = 0;
      let gross = 0;
      for (const d of declarations) {
        assert.ok(d.totalUsdMinor <= CAP, `${d.totalUsdMinor} within the cap`);
        assert.equal(
          d.lines.reduce((a, l) => a + l.usdMinor, 0),
          d.totalUsdMinor,
        );
        const inThis = new Set<string>();
        for (const l of d.lines) {
          assert.equal(
            l.lots.reduce((a, x) => a + x.cartons, 0),
            l.cartons,
          );
          for (const x of l.lots) {
            const key = String(x.id);
            assert.ok(!inThis.has(key), `lot ${key} on one line of a declaration`);
            inThis.add(key);
            cartons.set(key, (cartons.get(key) ?? 0) + x.cartons);
          }
          net += milli(l.netKg);
          gross += milli(l.grossKg);
        }
        usd += d.totalUsdMinor;
      }
      for (const l of lots) assert.equal(cartons.get(String(l.id)), l.cartons, `lot ${l.id}: every carton exactly once`);
      assert.equal(cartons.size, lots.length);
      assert.equal(
        usd,
        exact.lots.map((l) => Number(lotUsdMinor(l, exact.rates.get(l.currency)!))).reduce((a, b) => a + b, 0),
      );
      assert.equal(
        net,
        exact.lots.reduce((a, l) => a + l.netG, 0),
      );
      assert.equal(
        gross,
        exact.lots.reduce((a, l) => a + l.grossG, 0),
      );
      assert.equal(summary.declarations, declarations.length);
      assert.ok(declarations.length >= summary.lowerBound);
    }),
    { numRuns: 150 },
  );
});

test('in one currency and one unit, values and quantities reconcile with the lots exactly', () => {
  fc.assert(
    fc.property(consignmentArb(true), (raw) => {
      const lots = raw.map((l) => ({ ...l, unit: 'pcs' }));
      const { declarations } = splitDeclarations(input(lots));
      const lines = declarations.flatMap((d) => d.lines);
      assert.ok(lines.every((l) => l.currency === 'CNY' && l.unit === 'pcs'));
      assert.equal(
        lines.reduce((a, l) => a + l.valueMinor, 0),
        lots.reduce((a, l) => a + l.valueMinor, 0),
      );
      assert.equal(
        lines.reduce((a, l) => a + milli(l.quantity), 0),
        lots.reduce((a, l) => a + milli(Number(l.quantity)), 0),
      );
    }),
    { numRuns: 100 },
  );
});

test('at most five unmerged lines, one per HS code; merged lines only past five kinds, one per chapter, under a code of that chapter', () => {
  fc.assert(
    fc.property(consignmentArb(), (lots) => {
      const hsOf = new Map(lots.map((l) => [String(l.id), l.hs]));
      for (const d of splitDeclarations(input(lots)).declarations) {
        const single = d.lines.filter((l) => !l.merged);
        const merged = d.lines.filter((l) => l.merged);
        const kinds = new Set(d.lines.flatMap((l) => l.lots.map((x) => hsOf.get(String(x.id))!)));
        assert.ok(single.length <= MAX_KINDS_LINE_BY_LINE);
        assert.equal(new Set(single.map((l) => l.hs)).size, single.length);
        for (const l of single)
          assert.ok(
            l.lots.every((x) => hsOf.get(String(x.id)) === l.hs),
            'an unmerged line holds one kind',
          );
        if (kinds.size <= MAX_KINDS_LINE_BY_LINE) assert.equal(merged.length, 0);
        else assert.equal(single.length, MAX_KINDS_LINE_BY_LINE);
        const chapters = merged.map((l) => l.hs.slice(0, 2));
        assert.equal(new Set(chapters).size, chapters.length, 'one merged line per chapter');
        assert.deepEqual(chapters, [...chapters].sort(), 'chapters ascending');
        for (const l of merged) {
          assert.ok(
            l.lots.every((x) => hsOf.get(String(x.id))!.slice(0, 2) === l.hs.slice(0, 2)),
            'a merged line holds its chapter only',
          );
          assert.ok(
            l.lots.some((x) => hsOf.get(String(x.id)) === l.hs),
            'under the code of one of its kinds',
          );
          assert.ok(!single.some((s) => s.hs === l.hs), 'a merged kind is not also declared line by line');
        }
        for (let i = 1; i < single.length; i++) assert.ok(single[i - 1]!.usdMinor >= single[i]!.usdMinor, 'highest value first');
        const lowestSingle = Math.min(...single.map((l) => l.usdMinor));
        for (const l of merged)
          if (l.lots.every((x) => hsOf.get(String(x.id)) === l.hs)) assert.ok(l.usdMinor <= lowestSingle, 'a merged kind is worth no more than the five');
      }
    }),
    { numRuns: 150 },
  );
});

test('first fit: no two declarations would fit in one; the same lots in any order give the same declarations', () => {
  fc.assert(
    fc.property(consignmentArb(), fc.integer(), (lots, seed) => {
      const a = splitDeclarations(input(lots));
      const totals = a.declarations.map((d) => d.totalUsdMinor);
      for (let i = 0; i < totals.length; i++)
        for (let j = i + 1; j < totals.length; j++) assert.ok(totals[i]! + totals[j]! > CAP, `declarations ${i} and ${j}`);
      const shuffled = [...lots];
      let s = seed >>> 0;
      for (let i = shuffled.length - 1; i > 0; i--) {
        s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
        const j = s % (i + 1);
        [shuffled[i], shuffled[j]] = [shuffled[j]!, shuffled[i]!];
      }
      assert.deepEqual(splitDeclarations(input(shuffled)), a);
    }),
    { numRuns: 100 },
  );
});
