/**
 * The declaration split on hand-made consignments: the edges of issue 12
 * (exactly 5 kinds, 6 kinds, exactly USD 150,000.00, a chapter with one merged
 * kind, a lot over the cap, several currencies), the rounding, the tie-breaks
 * and the refusals of bad input.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { AppError } from '../../core/errors.ts';
import { DECLARATION_CAP_USD_MINOR, lotUsdMinor, splitDeclarations, type DeclarationLotInput } from './index.ts';
import { apportion, divRoundHalfUp, readDecimal } from './declarations/exact.ts';

const CAP = DECLARATION_CAP_USD_MINOR;
const RATES = [
  { currency: 'CNY', perUsd: '7.1' },
  { currency: 'EUR', perUsd: '0.8' },
  { currency: 'JPY', perUsd: '150' },
];

/** A lot in USD worth `usdMinor`, 10 cartons, 100 pcs, 10 kg net, 11 kg gross unless told. */
function lot(id: string, hs: string, usdMinor: number, more: Partial<DeclarationLotInput> = {}): DeclarationLotInput {
  return {
    id,
    merchant: 'M-0001',
    goodsName: `goods ${hs}`,
    hs,
    quantity: 100,
    unit: 'pcs',
    cartons: 10,
    valueMinor: usdMinor,
    currency: 'USD',
    netKg: 10,
    grossKg: 11,
    ...more,
  };
}
const split = (lots: DeclarationLotInput[], rates = RATES) => splitDeclarations({ date: '2026-11-30', rates, lots });
const code = (c: string, message?: RegExp) => (e: unknown) => {
  assert.ok(e instanceof AppError, String(e));
  assert.equal(e.code, c);
  if (message) assert.match(e.message, message);
  return true;
};

describe('exact arithmetic', () => {
  test('decimals are read as written; a JSON number by its shortest text; exponents refused', () => {
    assert.deepEqual(readDecimal('7.1034'), { units: 71034n, decimals: 4 });
    assert.deepEqual(readDecimal(7.1), { units: 71n, decimals: 1 });
    assert.deepEqual(readDecimal('150.00'), { units: 150n, decimals: 0 });
    assert.equal(readDecimal(1e-7), undefined);
    assert.equal(readDecimal('-1'), undefined);
    assert.deepEqual(readDecimal(0.1 + 0.2), { units: 30000000000000004n, decimals: 17 });
  });
  test('halves round up; largest remainders sum to the whole', () => {
    assert.equal(divRoundHalfUp(1n, 2n), 1n);
    assert.equal(divRoundHalfUp(3n, 2n), 2n);
    assert.equal(divRoundHalfUp(5n, 4n), 1n);
    assert.deepEqual(apportion(100, [1, 1, 1]), [34, 33, 33]);
    assert.deepEqual(apportion(7, [3, 1]), [5, 2]);
    assert.deepEqual(apportion(10, [3, 3, 3, 1]), [3, 3, 3, 1]);
    assert.deepEqual(apportion(11, [3, 3, 3, 1]), [4, 3, 3, 1]);
  });
  test('a lot is valued in US cents exactly, rounded half up once', () => {
    const rate = (s: string) => {
      const d = readDecimal(s)!;
      return { units: d.units, scale: 10n ** BigInt(d.decimals) };
    };
    assert.equal(lotUsdMinor({ valueMinor: 71_000, currency: 'CNY' }, rate('7.1')), 10_000n);
    assert.equal(lotUsdMinor({ valueMinor: 4, currency: 'CNY' }, rate('8')), 1n, '0.5 cent → 1');
    assert.equal(lotUsdMinor({ valueMinor: 3, currency: 'CNY' }, rate('8')), 0n, '0.375 cent → 0');
    assert.equal(lotUsdMinor({ valueMinor: 15_000, currency: 'JPY' }, rate('150')), 10_000n, 'JPY has no minor unit');
    assert.equal(lotUsdMinor({ valueMinor: 1_000, currency: 'KWD' }, rate('0.307')), 326n, 'KWD 1.000 = USD 3.257… → 3.26');
  });
});

describe('lines of a declaration', () => {
  test('exactly 5 kinds: one line per kind, highest value first, ties by HS code; nothing merged', () => {
    const { declarations } = split([
      lot('a', '9503002100', 500_00),
      lot('b', '6307900000', 900_00),
      lot('c', '4202220000', 700_00),
      lot('d', '3926909000', 700_00),
      lot('e', '9505100000', 100_00),
      lot('f', '9503002100', 50_00, { goodsName: 'plush bear' }),
    ]);
    assert.equal(declarations.length, 1);
    const lines = declarations[0]!.lines;
    assert.deepEqual(
      lines.map((l) => [l.hs, l.usdMinor, l.merged]),
      [
        ['6307900000', 900_00, false],
        ['3926909000', 700_00, false],
        ['4202220000', 700_00, false],
        ['9503002100', 550_00, false],
        ['9505100000', 100_00, false],
      ],
    );
    const toys = lines[3]!;
    assert.equal(toys.goodsName, 'goods 9503002100', 'the name of the kind’s highest-value lot');
    assert.deepEqual(toys.lots, [
      { id: 'a', cartons: 10 },
      { id: 'f', cartons: 10 },
    ]);
    assert.equal(toys.quantity, 200);
    assert.equal(toys.cartons, 20);
  });

  test('6 kinds: the 5 highest line by line, the sixth a merged chapter line of its own (a chapter with one merged kind)', () => {
    const { declarations } = split([
      lot('a', '9503002100', 600_00),
      lot('b', '6307900000', 500_00),
      lot('c', '4202220000', 400_00),
      lot('d', '3926909000', 300_00),
      lot('e', '9505100000', 200_00),
      lot('f', '9503009000', 100_00, { goodsName: 'toy cars', quantity: 12.5, netKg: 1.25, grossKg: 2 }),
    ]);
    const lines = declarations[0]!.lines;
    assert.equal(lines.length, 6);
    assert.deepEqual(
      lines.map((l) => l.merged),
      [false, false, false, false, false, true],
    );
    assert.deepEqual(lines[5], {
      hs: '9503009000',
      goodsName: 'toy cars',
      quantity: 12.5,
      unit: 'pcs',
      cartons: 10,
      valueMinor: 100_00,
      currency: 'USD',
      usdMinor: 100_00,
      netKg: 1.25,
      grossKg: 2,
      merged: true,
      lots: [{ id: 'f', cartons: 10 }],
    });
  });

  test('more kinds: the rest merged by chapter under the code and name of the chapter’s highest-value merged kind, with summed figures', () => {
    const { declarations } = split([
      lot('top1', '6307900000', 9_000_00),
      lot('top2', '6307100000', 8_000_00),
      lot('top3', '4202220000', 7_000_00),
      lot('top4', '9505100000', 6_000_00),
      lot('top5', '9503002100', 5_000_00),
      // chapter 39: three kinds, the highest 3926909000 (300 + 250)
      lot('p1', '3926100000', 400_00, { goodsName: 'office supplies', quantity: 40, netKg: 4, grossKg: 5, cartons: 2 }),
      lot('p2', '3926909000', 300_00, { goodsName: 'plastic hooks', unit: 'dozen', quantity: 30, netKg: 3.5, grossKg: 4, cartons: 3 }),
      lot('p3', '3926909000', 250_00, { goodsName: 'plastic clips', quantity: 25, netKg: 2.25, grossKg: 3, cartons: 1 }),
      lot('p4', '3924100000', 10_00, { goodsName: 'tableware', quantity: 5, netKg: 0.5, grossKg: 0.75, cartons: 1 }),
      // chapter 95 also has a top kind: its other kind is still merged under chapter 95
      lot('t1', '9503009000', 70_00, { goodsName: 'toy cars', quantity: 7, netKg: 0.7, grossKg: 0.8, cartons: 1 }),
    ]);
    const lines = declarations[0]!.lines;
    assert.deepEqual(
      lines.map((l) => [l.hs, l.merged]),
      [
        ['6307900000', false],
        ['6307100000', false],
        ['4202220000', false],
        ['9505100000', false],
        ['9503002100', false],
        ['3926909000', true],
        ['9503009000', true],
      ],
    );
    const plastics = lines[5]!;
    assert.equal(plastics.goodsName, 'plastic hooks', 'the chapter’s highest-value merged kind is 3926909000 (550.00), its best lot p2');
    assert.equal(plastics.unit, 'kg', 'pcs and dozen cannot be summed: the quantity is the net weight');
    assert.equal(plastics.quantity, 10.25);
    assert.equal(plastics.netKg, 10.25);
    assert.equal(plastics.grossKg, 12.75);
    assert.equal(plastics.cartons, 7);
    assert.equal(plastics.valueMinor, 960_00);
    assert.deepEqual(
      plastics.lots.map((l) => l.id),
      ['p1', 'p2', 'p3', 'p4'],
    );
    assert.equal(declarations[0]!.totalUsdMinor, 36_030_00);
  });
});

describe('the cap', () => {
  test('exactly USD 150,000.00 is one declaration; a cent more is two', () => {
    const exact = split([lot('a', '9503002100', 100_000_00), lot('b', '6307900000', 50_000_00)]);
    assert.equal(exact.declarations.length, 1);
    assert.equal(exact.declarations[0]!.totalUsdMinor, CAP);
    const one = split([lot('a', '9503002100', CAP, { cartons: 1 })]);
    assert.equal(one.declarations.length, 1);
    assert.equal(one.summary.splitLots, 0);
    const more = split([lot('a', '9503002100', 100_000_00), lot('b', '6307900000', 50_000_01)]);
    assert.equal(more.declarations.length, 2);
    assert.deepEqual(
      more.declarations.map((d) => d.totalUsdMinor),
      [100_000_00, 50_000_01],
    );
  });

  test('a lot over the cap is cut by whole cartons, its figures apportioned exactly', () => {
    // CNY 2,840,000.01 at 7.1 = USD 400,000.00 (rounded), 10 cartons of USD 40,000: 3 per declaration at most
    const { declarations, summary } = split([
      lot('big', '9503002100', 284_000_001, { currency: 'CNY', cartons: 10, quantity: 1001, netKg: 100.001, grossKg: 120 }),
    ]);
    assert.equal(summary.splitLots, 1);
    assert.equal(summary.lowerBound, 3);
    assert.equal(declarations.length, 4, 'no declaration holds 4 cartons of USD 40,000: the bound cannot be met');
    const lines = declarations.map((d) => d.lines[0]!);
    assert.deepEqual(
      lines.map((l) => l.lots),
      [[{ id: 'big', cartons: 3 }], [{ id: 'big', cartons: 3 }], [{ id: 'big', cartons: 3 }], [{ id: 'big', cartons: 1 }]],
    );
    assert.deepEqual(
      lines.map((l) => l.valueMinor),
      [85_200_001, 85_200_000, 85_200_000, 28_400_000],
    );
    assert.deepEqual(
      lines.map((l) => l.usdMinor),
      [120_000_00, 120_000_00, 120_000_00, 40_000_00],
    );
    assert.deepEqual(
      lines.map((l) => l.quantity),
      [300.3, 300.3, 300.3, 100.1],
    );
    assert.deepEqual(
      lines.map((l) => l.netKg),
      [30.001, 30, 30, 10],
    );
    assert.equal(
      lines.reduce((a, l) => a + l.grossKg, 0),
      120,
    );
  });

  test('a lot of USD 300,000.00 in 2 cartons is two full declarations; other lots fill the next', () => {
    const { declarations } = split([lot('big', '9503002100', 2 * CAP, { cartons: 2 }), lot('small', '6307900000', 10_00)]);
    assert.deepEqual(
      declarations.map((d) => d.totalUsdMinor),
      [CAP, CAP, 10_00],
    );
  });

  test('one carton over the cap is refused with CARTON_OVER_CAP naming every such lot', () => {
    assert.throws(
      () => split([lot('ok', '9503002100', 10_00), lot('gold', '7113190000', CAP + 1, { cartons: 1 })]),
      code('CARTON_OVER_CAP', /lot "gold" \(lots\[1\]\) cartons: one carton is worth about USD 150000\.01/),
    );
    assert.throws(
      () => split([lot('g1', '7113190000', 2 * CAP + 2, { cartons: 2 }), lot('g2', '7113190000', 10 * CAP, { cartons: 3 })]),
      (e: unknown) => {
        assert.ok(e instanceof AppError && e.code === 'CARTON_OVER_CAP');
        assert.deepEqual(
          (e.details as { issues: { path: string }[] }).issues.map((i) => i.path),
          ['lot "g1" (lots[0]) cartons', 'lot "g2" (lots[1]) cartons'],
        );
        return true;
      },
    );
  });
  test('absurd values are refused before any work', () => {
    assert.throws(() => split([lot('x', '9503002100', 10_000_000_000_000, { cartons: 1_000_000 })]), code('VALIDATION', /more than 50000 parts/));
    assert.throws(
      () => split([lot('y', '9503002100', 20_000_000_000_000, { cartons: 1_000_000 })]),
      code('VALIDATION', /^lot "y" \(lots\[0\]\) valueMinor: worth more than USD 100 billion/),
    );
  });
});

describe('currencies', () => {
  test('several currencies: each lot valued in USD; a line keeps its lots’ currency, or is declared in USD when they differ', () => {
    const { declarations } = split([
      lot('cny', '9503002100', 710_000_00, { currency: 'CNY' }), // USD 100,000.00
      lot('eur', '9503002100', 8_000_00, { currency: 'EUR' }), // USD 10,000.00
      lot('jpy', '6307900000', 1_500_000, { currency: 'JPY' }), // USD 10,000.00
      lot('usd', '4202220000', 5_000_00),
    ]);
    assert.equal(declarations.length, 1);
    const [toys, textiles, bags] = declarations[0]!.lines;
    assert.deepEqual([toys!.currency, toys!.valueMinor, toys!.usdMinor], ['USD', 110_000_00, 110_000_00]);
    assert.deepEqual([textiles!.currency, textiles!.valueMinor, textiles!.usdMinor], ['JPY', 1_500_000, 10_000_00]);
    assert.deepEqual([bags!.currency, bags!.valueMinor], ['USD', 5_000_00]);
    assert.equal(declarations[0]!.totalUsdMinor, 125_000_00);
  });
});

describe('tie-breaks and determinism', () => {
  test('equal values pack and list by lot id; the order of the input does not matter', () => {
    const lots = Array.from({ length: 40 }, (_, i) => lot(`L${String(i).padStart(2, '0')}`, `95030021${String(i % 7).padStart(2, '0')}`, 20_000_00));
    const a = split(lots);
    const b = split([...lots].reverse());
    assert.deepEqual(a, b);
    assert.equal(a.declarations.length, 6, '7 lots of USD 20,000 per declaration');
    assert.deepEqual(a.declarations[0]!.lines.flatMap((l) => l.lots.map((x) => x.id)).sort(), ['L00', 'L01', 'L02', 'L03', 'L04', 'L05', 'L06']);
  });

  test('a kind’s goods name is that of its highest-value lot, then of the lowest lot id', () => {
    const one = split([lot('b', '9503002100', 100_00, { goodsName: 'bear' }), lot('a', '9503002100', 100_00, { goodsName: 'ape' })]);
    assert.equal(one.declarations[0]!.lines[0]!.goodsName, 'ape');
    const two = split([lot('b', '9503002100', 101_00, { goodsName: 'bear' }), lot('a', '9503002100', 100_00, { goodsName: 'ape' })]);
    assert.equal(two.declarations[0]!.lines[0]!.goodsName, 'bear');
  });
});

describe('bad input is refused naming the lot and the field', () => {
  const base = () => [lot('L-1', '9503002100', 100_00), lot('L-2', '6307900000', 100_00)];
  const refused = (lots: unknown[], message: RegExp, rates: unknown[] = RATES) =>
    assert.throws(() => splitDeclarations({ date: '2026-11-30', rates, lots }), code('VALIDATION', message));
  test('schema problems', () => {
    refused([base()[0], { ...base()[1], hs: '630790' }], /^lot "L-2" \(lots\[1\]\) hs: a 10-digit Chinese HS code/);
    refused([{ ...base()[0], cartons: 0 }], /^lot "L-1" \(lots\[0\]\) cartons:/);
    refused([{ ...base()[0], netKg: 1e-7 }], /^lot "L-1" \(lots\[0\]\) netKg: write a plain decimal/);
    refused([{ ...base()[0], quantity: '1.0001' }], /^lot "L-1" \(lots\[0\]\) quantity: at most 3 decimal places/);
    refused([{ ...base()[0], currency: 'XXX' }], /^lot "L-1" \(lots\[0\]\) currency: an ISO 4217/);
    refused([{ ...base()[0], colour: 'red' }], /^lot "L-1" \(lots\[0\]\): Unrecognized key/);
    refused([{ ...base()[0], id: undefined }], /^lots\[0\] id:/);
    refused(base(), /^rates\[0\] CNY perUsd: at most 12 decimal places/, [{ currency: 'CNY', perUsd: 0.1 + 0.2 }]);
    assert.throws(() => splitDeclarations({ date: '30/11/2026', rates: [], lots: base() }), code('VALIDATION', /^date:/));
    assert.throws(() => splitDeclarations({ date: '2026-11-30', rates: [], lots: [] }), code('VALIDATION', /^lots:/));
  });
  test('what the schema cannot see', () => {
    refused([base()[0], { ...base()[1], id: 'L-1' }], /^lot "L-1" \(lots\[1\]\) id: the id is given twice \(also lots\[0\]\)/);
    refused([base()[0], { ...base()[1], currency: 'GBP', valueMinor: 5 }], /^lot "L-2" \(lots\[1\]\) currency: no rate for GBP/);
    refused([{ ...base()[0], netKg: 12, grossKg: 11.5 }], /^lot "L-1" \(lots\[0\]\) grossKg: 11\.5 kg is less than the net weight \(12 kg\)/);
    refused(base(), /^rates\[1\] CNY currency: CNY is given twice/, [RATES[0], { currency: 'CNY', perUsd: '7.2' }]);
    refused(base(), /^rates\[0\] USD perUsd: USD is the declaration currency/, [{ currency: 'USD', perUsd: '1.01' }]);
    // every problem is listed
    assert.throws(
      () =>
        splitDeclarations({
          date: '2026-11-30',
          rates: RATES,
          lots: [
            { ...base()[0], hs: 'x' },
            { ...base()[1], cartons: -1 },
          ],
        }),
      (e: unknown) => {
        assert.ok(e instanceof AppError);
        assert.deepEqual(
          (e.details as { issues: { path: string }[] }).issues.map((i) => i.path),
          ['lot "L-1" (lots[0]) hs', 'lot "L-2" (lots[1]) cartons'],
        );
        return true;
      },
    );
  });
  test('USD needs no rate; a USD rate of 1 is accepted', () => {
    assert.equal(splitDeclarations({ date: '2026-11-30', rates: [], lots: base() }).declarations.length, 1);
    assert.equal(splitDeclarations({ date: '2026-11-30', rates: [{ currency: 'USD', perUsd: '1.000' }], lots: base() }).declarations.length, 1);
  });
});
