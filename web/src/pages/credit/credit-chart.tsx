/** The credit pages' chart: the shared lazy chart (../chart/chart.tsx), which loads ECharts after the page has painted. */
export { Chart as CreditChart } from '../chart/chart.tsx';

/** Score points from hundredths: 70000 → "700.00". */
export const points = (v: number): string => (v / 100).toFixed(2);
export const signedPoints = (v: number): string => `${v > 0 ? '+' : v < 0 ? '−' : ''}${points(Math.abs(v))}`;
