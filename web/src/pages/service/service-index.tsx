/**
 * The service index (operator, regulator, a department its own): one line per
 * department over the last twelve months for the chosen measure, the table of
 * a month, and that month's report as xlsx.
 */
import { useMemo, useState } from 'react';
import { Data, num, pick, useI18n, type Lang } from '../../i18n.tsx';
import { useApi } from '../../use-api.ts';
import { Status } from '../common.tsx';
import { EChart } from './echart.tsx';
import { saveFile, type IndexRow } from './service-common.tsx';

type Measure = 'onTimeRate' | 'reopenRate' | 'meanRating' | 'medianHoursToClose';
const MEASURES: Measure[] = ['onTimeRate', 'reopenRate', 'meanRating', 'medianHoursToClose'];

const shown = (m: Measure, v: number | null, lang: Lang) =>
  v === null ? '—' : m === 'onTimeRate' || m === 'reopenRate' ? `${num(v * 100, lang, 1)}%` : num(v, lang, 1);

export function ServiceIndexSection() {
  const { t, lang } = useI18n();
  const w = t.service.index;
  const label: Record<Measure, string> = { onTimeRate: w.onTimeRate, reopenRate: w.reopenRate, meanRating: w.meanRating, medianHoursToClose: w.medianHours };
  const rows = useApi<IndexRow[]>('/api/service/index');
  const [measure, setMeasure] = useState<Measure>('onTimeRate');
  const months = useMemo(() => [...new Set((rows.data ?? []).map((r) => r.month))].sort(), [rows.data]);
  const [month, setMonth] = useState('');
  const chosen = month || months.at(-1) || '';
  const option = useMemo(() => {
    const depts = new Map<string, IndexRow[]>();
    for (const r of rows.data ?? []) depts.set(r.departmentCode, [...(depts.get(r.departmentCode) ?? []), r]);
    const pct = measure === 'onTimeRate' || measure === 'reopenRate';
    return {
      tooltip: { trigger: 'axis' },
      legend: { type: 'scroll', bottom: 0 },
      grid: { left: 48, right: 16, top: 16, bottom: 56 },
      xAxis: { type: 'category', data: months },
      yAxis: { type: 'value', ...(pct ? { max: 100 } : measure === 'meanRating' ? { min: 1, max: 5 } : {}) },
      series: [...depts.values()].map((rs) => ({
        name: pick(lang, rs[0]!.nameZh, rs[0]!.nameEn),
        type: 'line',
        connectNulls: true,
        data: months.map((m) => {
          const v = rs.find((r) => r.month === m)?.[measure] ?? null;
          return v === null ? null : Number((pct ? v * 100 : v).toFixed(2));
        }),
      })),
    };
  }, [rows.data, months, measure, lang]);
  if (!rows.data) return <Status loading={rows.loading} error={rows.error} />;
  const ofMonth = rows.data.filter((r) => r.month === chosen);
  return (
    <section data-testid="service-index">
      <h2>{w.title}</h2>
      <p className="muted small">{w.intro}</p>
      {rows.data.length === 0 ? (
        <p className="muted">{w.empty}</p>
      ) : (
        <>
          <div className="service-toolbar">
            <select value={measure} onChange={(e) => setMeasure(e.target.value as Measure)} aria-label={w.title} data-testid="index-measure">
              {MEASURES.map((m) => (
                <option key={m} value={m}>
                  {label[m]}
                </option>
              ))}
            </select>
          </div>
          <EChart option={option} testId="service-index-chart" label={`${w.title}: ${label[measure]}`} />
          <div className="service-toolbar">
            <label className="check">
              <span>{w.month}</span>
              <select value={chosen} onChange={(e) => setMonth(e.target.value)} data-testid="index-month">
                {months.map((m) => (
                  <option key={m} value={m}>
                    {m}
                  </option>
                ))}
              </select>
            </label>
            <button
              type="button"
              onClick={() => void saveFile(`/api/service/report?month=${chosen}&lang=${lang === 'zh' ? 'zh' : 'en'}`, `service-report-${chosen}.xlsx`)}
              data-testid="index-download"
            >
              {w.download}
            </button>
          </div>
          <div className="service-table-wrap">
            <table className="service-table stack-table" data-testid="index-table">
              <thead>
                <tr>
                  <th>{w.department}</th>
                  <th>{w.raised}</th>
                  <th>{w.closed}</th>
                  {MEASURES.map((m) => (
                    <th key={m}>{label[m]}</th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {ofMonth.map((r) => (
                  <tr key={r.departmentCode}>
                    <td>
                      <Data lang={lang} zh={r.nameZh} en={r.nameEn} />
                    </td>
                    <td data-label={w.raised}>{num(r.raised, lang)}</td>
                    <td data-label={w.closed}>{num(r.closed, lang)}</td>
                    {MEASURES.map((m) => (
                      <td key={m} data-label={label[m]}>
                        {shown(m, r[m], lang)}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}
