/**
 * Test data sets with published results (used by the *.test.ts files).
 */
import type { Observation } from './panel.ts';

/**
 * The artificial data set of the CPI Manual (ILO et al. 2004), chapter 19,
 * Tables 19.1 (prices) and 19.2 (quantities): six commodities (four goods,
 * two services), five periods. The same data are Tables 19.1–19.2 of the PPI
 * Manual (2004) and Tables 3.1–3.2 of Balk (2008). Also docs/examples/index-textbook.csv.
 */
export const TEXTBOOK_PRICES: readonly (readonly number[])[] = [
  [1.0, 1.0, 1.0, 1.0, 1.0, 1.0],
  [1.2, 3.0, 1.3, 0.7, 1.4, 0.8],
  [1.0, 1.0, 1.5, 0.5, 1.7, 0.6],
  [0.8, 0.5, 1.6, 0.3, 1.9, 0.4],
  [1.0, 1.0, 1.6, 0.1, 2.0, 0.2],
];
export const TEXTBOOK_QUANTITIES: readonly (readonly number[])[] = [
  [1.0, 1.0, 2.0, 1.0, 4.5, 0.5],
  [0.8, 0.9, 1.9, 1.3, 4.7, 0.6],
  [1.0, 1.1, 1.8, 3.0, 5.0, 0.8],
  [1.2, 1.2, 1.9, 6.0, 5.6, 1.3],
  [0.9, 1.2, 2.0, 12.0, 6.5, 2.5],
];

export function textbookObservations(): Observation[] {
  const out: Observation[] = [];
  TEXTBOOK_PRICES.forEach((row, t) =>
    row.forEach((price, i) => out.push({ period: String(t + 1), product: `c${i + 1}`, price, quantity: (TEXTBOOK_QUANTITIES[t] as number[])[i] as number })),
  );
  return out;
}

/**
 * IndexNumR's CES_sigma_2 data set (R package IndexNumR, function CESData(2);
 * data of Diewert & Fox 2017, "Substitution bias in multilateral methods for CPI
 * construction using scanner data", UBC DP 17-02): four products, twelve
 * periods, quantities implied by CES preferences with elasticity σ.
 */
export function cesObservations(sigma = 2): Observation[] {
  const alpha = [0.2, 0.2, 0.2, 0.4];
  const prices = [
    [2, 1.75, 1.6, 1.5, 1.45, 1.4, 1.35, 1.3, 1.25, 1.2, 1.15, 1.1],
    [1, 0.5, 1.05, 1.1, 1.12, 1.15, 1.18, 0.6, 1.2, 1.25, 1.28, 1.3],
    [1, 0.95, 0.9, 0.85, 0.4, 0.8, 0.75, 0.72, 0.7, 0.4, 0.7, 0.65],
    [0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.7, 0.65, 0.7, 0.75, 0.75, 0.8],
  ];
  const expenditure = [10, 13, 11, 12, 15, 13, 14, 17, 15, 18, 16, 17];
  const out: Observation[] = [];
  for (let t = 0; t < 12; t++) {
    const pt = prices.map((row) => row[t] as number);
    let d = 0;
    for (let j = 0; j < 4; j++) d += (alpha[j] as number) * (pt[j] as number) ** (1 - sigma);
    for (let j = 0; j < 4; j++) {
      const share = ((alpha[j] as number) * (pt[j] as number) ** (1 - sigma)) / d;
      const price = pt[j] as number;
      out.push({ period: String(t + 1), product: String(j + 1), price, quantity: ((expenditure[t] as number) * share) / price });
    }
  }
  return out;
}

/** Asserts |a − e| ≤ tol · max(1, |e|). */
export function close(actual: number, expected: number, tol = 1e-12): boolean {
  return Math.abs(actual - expected) <= tol * Math.max(1, Math.abs(expected));
}
