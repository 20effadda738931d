/**
 * SYNTHETIC DEMO RATES — not market data. A year of plausible weekday rates
 * against CNY for the currencies the demo's foreign buyers use, so that
 * indicative amounts, conversions and the rate pages have something to show.
 * Deterministic for a given end date (seeded random walks around typical
 * levels; AED and SAR follow USD through their pegs). Stored with the source
 * "demo (synthetic)"; re-running replaces them.
 */
import type { Database } from '../../core/db/database.ts';
import { SYSTEM } from '../../core/auth/index.ts';
import { Rng } from '../../core/random.ts';
import { parseRate, storeRates, type RateRow } from '../fx/index.ts';

export const DEMO_RATE_SOURCE = 'demo (synthetic)';

/** Typical CNY per unit, the daily volatility of the walk, and the decimals the rate is quoted with. */
const LEVELS: Record<string, { level: number; vol: number; decimals: number }> = {
  USD: { level: 7.12, vol: 0.0015, decimals: 4 },
  EUR: { level: 7.75, vol: 0.004, decimals: 4 },
  GBP: { level: 9.05, vol: 0.0045, decimals: 4 },
  JPY: { level: 0.0472, vol: 0.005, decimals: 6 },
  RUB: { level: 0.0785, vol: 0.008, decimals: 6 },
  BRL: { level: 1.3, vol: 0.007, decimals: 4 },
  INR: { level: 0.0843, vol: 0.002, decimals: 6 },
  KRW: { level: 0.00512, vol: 0.004, decimals: 8 },
};
const PEGS: Record<string, number> = { AED: 3.6725, SAR: 3.75 };

/** The demo's rate rows: weekdays of the 365 days up to `endDate` (UTC, YYYY-MM-DD), one per currency. */
export function demoRateRows(endDate: string): RateRow[] {
  const end = Date.parse(`${endDate}T00:00:00Z`);
  const rng = new Rng(20_261_130);
  const walk = new Map(Object.keys(LEVELS).map((c) => [c, LEVELS[c]!.level]));
  const rows: RateRow[] = [];
  for (let back = 364; back >= 0; back--) {
    const day = new Date(end - back * 86_400_000);
    const date = day.toISOString().slice(0, 10);
    // the walks step every day (weekends too): a year is always 365 steps
    for (const [c, spec] of Object.entries(LEVELS)) {
      const v = walk.get(c)!;
      // mean-reverting: a drift back towards the level keeps a year's walk plausible
      walk.set(c, v * (1 + spec.vol * rng.gauss()) + (spec.level - v) * 0.02);
    }
    if (day.getUTCDay() === 0 || day.getUTCDay() === 6) continue;
    const at = (c: string, value: number, decimals: number) =>
      rows.push({ currency: c, date, rateE10: parseRate(value.toFixed(decimals)), source: DEMO_RATE_SOURCE });
    for (const [c, spec] of Object.entries(LEVELS)) at(c, walk.get(c)!, spec.decimals);
    for (const [c, peg] of Object.entries(PEGS)) at(c, walk.get('USD')! / peg, 4);
  }
  return rows;
}

/** Seed the demo rates ending today (UTC). */
export async function loadDemoRates(database: Database, endDate = new Date().toISOString().slice(0, 10)): Promise<number> {
  const rows = demoRateRows(endDate);
  await storeRates(database.db, SYSTEM, rows);
  return rows.length;
}
