/** Shared pieces of the stall evaluation pages: the breakdown table, grade stars, the history chart. */
import type { Breakdown } from '../../../../src/modules/stall-evaluation/index.ts';
import { fmt, Ltr, num, useI18n } from '../../i18n.tsx';
import { useMemo } from 'react';
import { Chart } from '../chart/chart.tsx';
import './stalls-eval.css';

export type { Breakdown, FlagView, ObjectionView, RoundView, GradeSummary } from '../../../../src/modules/stall-evaluation/index.ts';

/** A score (thousandths of a point) as 0–100 with one decimal. */
export const scoreText = (score: number, lang: 'zh' | 'en' | 'ar') => num(score / 1000, lang, 1);

export function Stars({ grade }: { grade: number }) {
  const { t } = useI18n();
  return (
    <span className="eval-stars" data-testid="grade" data-grade={grade} title={`${t.stallsEval.grade} ${grade}`}>
      <span aria-hidden="true">{'★'.repeat(grade) + '☆'.repeat(5 - grade)}</span>
      <span className="visually-hidden">{`${t.stallsEval.grade} ${grade}/5`}</span>
    </span>
  );
}

function valueText(b: Breakdown['lines'][number], t: ReturnType<typeof useI18n>['t'], lang: 'zh' | 'en' | 'ar'): string {
  if (b.value === null || b.value === 'unknown') return t.stallsEval.unknown;
  if (typeof b.value === 'string') return b.value;
  if (b.key === 'trade_value') return `¥${num(Math.round(b.value / 100), lang)}`;
  if (b.key === 'inquiries_answered') return `${num(b.value / 10, lang, 1)}%`;
  if (b.key === 'response_time') return `${num(Math.round(b.value / 60), lang)} min`;
  return num(b.value, lang);
}

/** The explanation of a score: every indicator, its value, points, weight and contribution; the contributions add up to the score. */
export function BreakdownTable({ b }: { b: Breakdown }) {
  const { t, lang } = useI18n();
  const w = t.stallsEval;
  const [district, category] = b.peer.key.split(':');
  return (
    <section className="panel" data-testid="breakdown">
      <p>
        <strong>{w.score}</strong> <span data-testid="score">{scoreText(b.score, lang)}</span> · <Stars grade={b.grade} />
        {b.idle ? <span className="tag"> {w.idle}</span> : null}
      </p>
      <p className="muted" data-testid="peer">
        {fmt(category === '*' ? w.peerDistrict : w.peer, { district: district ?? '', category: category ?? '', n: num(b.peer.size, lang) })}
      </p>
      <div className="table-scroll">
        <table className="data-table stack-table">
          <thead>
            <tr>
              <th scope="col">{w.cols.indicator}</th>
              <th scope="col">{w.cols.value}</th>
              <th scope="col">{w.cols.basis}</th>
              <th scope="col">{w.cols.points}</th>
              <th scope="col">{w.cols.weight}</th>
              <th scope="col">{w.cols.contribution}</th>
            </tr>
          </thead>
          <tbody>
            {b.lines.map((l) => (
              <tr key={l.key} data-testid={`line-${l.key}`}>
                <th scope="row">{w.indicator[l.key]}</th>
                <td data-label={w.cols.value}>
                  <Ltr>{valueText(l, t, lang)}</Ltr>
                </td>
                <td data-label={w.cols.basis}>{w.basis[l.basis]}</td>
                <td className="num" data-label={w.cols.points}>
                  {num(l.points, lang)}
                </td>
                <td className="num" data-label={w.cols.weight}>
                  {num(l.weight, lang)}%
                </td>
                <td className="num" data-label={w.cols.contribution} data-testid="contribution">
                  {scoreText(l.contribution, lang)}
                </td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row" colSpan={5}>
                {w.cols.total}
              </th>
              <td data-testid="total">
                {scoreText(
                  b.lines.reduce((s, l) => s + l.contribution, 0),
                  lang,
                )}
              </td>
            </tr>
          </tfoot>
        </table>
      </div>
      <h3>{w.terms.title}</h3>
      <ul data-testid="terms">
        <li>{fmt(w.terms.rent, { n: num(b.terms.rentDiscountPct, lang) })}</li>
        <li>{b.terms.fairPriority === null ? w.terms.noFair : fmt(w.terms.fair, { n: num(b.terms.fairPriority, lang) })}</li>
        {b.terms.services.map((s) => (
          <li key={s}>{(w.services as Record<string, string>)[s] ?? s}</li>
        ))}
      </ul>
    </section>
  );
}

/** A line chart of scores by period. */
export function HistoryChart({ history }: { history: { period: string; score: number }[] }) {
  const { t } = useI18n();
  const option = useMemo(
    () => ({
      grid: { left: 40, right: 16, top: 24, bottom: 28 },
      tooltip: { trigger: 'axis' },
      xAxis: { type: 'category', data: history.map((h) => h.period) },
      yAxis: { type: 'value', min: 0, max: 100 },
      series: [{ type: 'line', name: t.stallsEval.score, data: history.map((h) => h.score / 1000) }],
    }),
    [history, t],
  );
  return (
    <div className="eval-chart-box">
      <Chart option={option} testId="history-chart" label={t.stallsEval.history} height={260} />
    </div>
  );
}
