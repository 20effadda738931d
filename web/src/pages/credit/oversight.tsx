/** The regulator's credit pages (issue 13): class distribution, the appeals queue, and the market credit index (also public). */
import { useMemo, useState } from 'react';
import { api, auth } from '../../api.ts';
import { errorText, pick, useDocumentTitle, useI18n } from '../../i18n.tsx';
import { useApi } from '../../use-api.ts';
import { Status } from '../common.tsx';
import { useMe } from '../trade/trade-common.tsx';
import { Chart } from '../chart/chart.tsx';
import type { Appeal, Group, IndexMonth } from './credit-types.ts';

const GROUPS: Group[] = ['quality', 'fulfilment', 'behaviour', 'compliance'];

/** The market credit index; its title is the page's h1 on its own page, an h2 inside the oversight page. */
export function MarketCreditIndex({ heading = 'h2' }: { heading?: 'h1' | 'h2' }) {
  const { t } = useI18n();
  const w = t.credit.index;
  const s = useApi<{ weightsBp: Record<Group, number>; months: IndexMonth[] }>('/api/credit/index');
  const option = useMemo(() => {
    if (!s.data || s.data.months.length === 0) return null;
    const months = s.data.months.map((m) => m.month.slice(0, 7));
    const line = (name: string, key: 'composite' | Group, width = 1) => ({
      name,
      type: 'line',
      lineStyle: { width },
      data: s.data!.months.map((m) => m[key] / 100),
    });
    return {
      tooltip: { trigger: 'axis' },
      legend: { top: 0 },
      grid: { left: 48, right: 16, top: 40, bottom: 32 },
      xAxis: { type: 'category', data: months },
      yAxis: { type: 'value', scale: true },
      series: [line(w.composite, 'composite', 3), ...GROUPS.map((g) => line(t.credit.groups[g], g))],
    };
  }, [s.data, t, w]);
  const Heading = heading;
  return (
    <section className="stack" data-testid="credit-index">
      <Heading>{w.title}</Heading>
      <p>{w.intro}</p>
      {!s.data ? (
        // the chart's room is kept while the index loads, so nothing below it moves when it comes
        <div style={{ minBlockSize: 300 }}>
          <Status loading={s.loading} error={s.error} />
        </div>
      ) : option ? (
        <Chart option={option} testId="credit-index-chart" label={w.title} height={300} />
      ) : (
        <p>{w.empty}</p>
      )}
      {s.data ? (
        <p>
          {w.weights}: {GROUPS.map((g) => `${t.credit.groups[g]} ${s.data!.weightsBp[g] / 100}%`).join(' · ')}
        </p>
      ) : null}
    </section>
  );
}

export function CreditIndexPage() {
  const { t } = useI18n();
  useDocumentTitle(t.credit.index.title);
  return <MarketCreditIndex heading="h1" />;
}

function Distribution() {
  const { t } = useI18n();
  const d = useApi<Record<'A' | 'B' | 'C' | 'D', number>>('/api/credit/distribution');
  const option = useMemo(
    () =>
      d.data
        ? {
            tooltip: {},
            grid: { left: 48, right: 16, top: 16, bottom: 32 },
            xAxis: { type: 'category', data: ['A', 'B', 'C', 'D'] },
            yAxis: { type: 'value', name: t.credit.oversight.entities },
            series: [{ type: 'bar', data: (['A', 'B', 'C', 'D'] as const).map((c) => d.data![c]) }],
          }
        : null,
    [d.data, t],
  );
  // the chart's room is kept while the figures load, so nothing below it moves when they come
  if (!option)
    return (
      <div style={{ minBlockSize: 240 }}>
        <Status loading={d.loading} error={d.error} />
      </div>
    );
  return (
    <>
      <Chart option={option} testId="credit-distribution-chart" label={t.credit.oversight.distribution} height={240} />
      <p data-testid="credit-distribution">{(['A', 'B', 'C', 'D'] as const).map((c) => `${c}: ${d.data![c]}`).join(' · ')}</p>
    </>
  );
}

function AppealsQueue() {
  const { t, lang } = useI18n();
  const w = t.credit.oversight;
  const q = useApi<{ items: Appeal[] }>('/api/credit/appeals?status=open');
  const [notes, setNotes] = useState<Record<number, string>>({});
  const [err, setErr] = useState<unknown>(null);
  const decide = async (a: Appeal, outcome: 'upheld' | 'rejected') => {
    setErr(null);
    try {
      await api(`/api/credit/appeals/${a.id}/decision`, { method: 'POST', body: JSON.stringify({ outcome, note: notes[a.id] ?? '' }) });
      q.reload();
    } catch (x) {
      setErr(x);
    }
  };
  if (!q.data) return <Status loading={q.loading} error={q.error} />;
  if (q.data.items.length === 0) return <p>{w.noAppeals}</p>;
  return (
    <>
      {err ? <p className="error">{errorText(t, err)}</p> : null}
      <ul className="plain-list" data-testid="appeals-queue">
        {q.data.items.map((a) => (
          <li key={a.id} className="stack" data-testid={`appeal-row-${a.id}`}>
            <div>
              {w.entity} {a.entityId} · {pick(lang, a.eventNameZh, a.eventNameEn)} ({t.credit.severity[a.eventSeverity]}, {a.eventOccurredOn})
            </div>
            <div>
              {w.reason}: <span data-content="">{a.reason}</span>
            </div>
            <label>
              {w.note}
              <input value={notes[a.id] ?? ''} onChange={(e) => setNotes({ ...notes, [a.id]: e.target.value })} />
            </label>
            <div>
              <button type="button" onClick={() => decide(a, 'upheld')} disabled={!notes[a.id]?.trim()}>
                {w.uphold}
              </button>{' '}
              <button type="button" onClick={() => decide(a, 'rejected')} disabled={!notes[a.id]?.trim()}>
                {w.reject}
              </button>
            </div>
          </li>
        ))}
      </ul>
    </>
  );
}

export function CreditOversightPage() {
  const { t } = useI18n();
  const w = t.credit.oversight;
  useDocumentTitle(w.title);
  const me = useMe();
  if (!auth.token) return <p className="empty-page">{t.credit.signIn}</p>;
  if (!me.data) return <Status loading={me.loading} error={me.error} />;
  if (me.data.role !== 'regulator' && me.data.role !== 'operator') return <p className="empty-page">{t.credit.notForRole}</p>;
  return (
    <section className="stack" data-testid="credit-oversight">
      <h1>{w.title}</h1>
      <h2>{w.distribution}</h2>
      <Distribution />
      <h2>{w.appeals}</h2>
      {me.data.role === 'regulator' ? <AppealsQueue /> : null}
      <MarketCreditIndex />
    </section>
  );
}
