/** The merchant's own credit (issue 13): score and class, the breakdown that adds up to the score, the history chart, events with an appeal button. */
import { useMemo, useState, type FormEvent } from 'react';
import { api, auth } from '../../api.ts';
import { errorText, fmt, pick, useDocumentTitle, useI18n } from '../../i18n.tsx';
import { useApi } from '../../use-api.ts';
import { Status } from '../common.tsx';
import { useMe } from '../trade/trade-common.tsx';
import { CreditChart, points, signedPoints } from './credit-chart.tsx';
import type { Breakdown, CreditEvent } from './credit-types.ts';

function AppealForm({ event, onDone }: { event: CreditEvent; onDone: () => void }) {
  const { t } = useI18n();
  const w = t.credit.score;
  const [reason, setReason] = useState('');
  const [evidence, setEvidence] = useState('');
  const [err, setErr] = useState<unknown>(null);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setErr(null);
    try {
      await api(`/api/credit/events/${event.id}/appeals`, {
        method: 'POST',
        body: JSON.stringify({ reason, ...(evidence.trim() ? { evidenceRef: evidence.trim() } : {}) }),
      });
      onDone();
    } catch (x) {
      setErr(x);
    }
  };
  return (
    <form onSubmit={submit} className="stack" data-testid="appeal-form">
      <label>
        {w.appealReason}
        <textarea required maxLength={2000} value={reason} onChange={(e) => setReason(e.target.value)} data-testid="appeal-reason" />
      </label>
      <label>
        {w.appealEvidence}
        <input maxLength={500} value={evidence} onChange={(e) => setEvidence(e.target.value)} />
      </label>
      {err ? <p className="error">{errorText(t, err)}</p> : null}
      <button type="submit" data-testid="appeal-send">
        {w.send}
      </button>
    </form>
  );
}

function Events({ events, reload }: { events: CreditEvent[]; reload: () => void }) {
  const { t, lang } = useI18n();
  const w = t.credit.score;
  const [open, setOpen] = useState<number | null>(null);
  const [sent, setSent] = useState(false);
  if (events.length === 0) return <p>{w.noEvents}</p>;
  return (
    <>
      {sent ? (
        <p className="notice" data-testid="appeal-sent">
          {w.appealSent}
        </p>
      ) : null}
      <ul className="plain-list" data-testid="credit-events">
        {events.map((e) => (
          <li key={e.id} data-testid={`credit-event-${e.id}`}>
            <strong>{pick(lang, e.nameZh, e.nameEn)}</strong> · {t.credit.severity[e.severity]} · {t.credit.sources[e.source]} · {e.occurredOn} · {w.evidence}:{' '}
            <span data-content="">{e.evidenceRef}</span>
            {e.voided ? <em> · {w.voided}</em> : null}
            {e.appeal ? <em data-testid={`appeal-status-${e.id}`}> · {w.appealStatus[e.appeal.status]}</em> : null}
            {!e.voided && e.appeal?.status !== 'open' && e.severity !== 'positive' ? (
              <button type="button" className="link-button" onClick={() => setOpen(open === e.id ? null : e.id)} data-testid={`appeal-${e.id}`}>
                {open === e.id ? w.cancel : w.appeal}
              </button>
            ) : null}
            {open === e.id ? (
              <AppealForm
                event={e}
                onDone={() => {
                  setOpen(null);
                  setSent(true);
                  reload();
                }}
              />
            ) : null}
          </li>
        ))}
      </ul>
    </>
  );
}

function History({ entityId }: { entityId: number }) {
  const { t } = useI18n();
  const h = useApi<{ points: { date: string; score: number }[] }>(`/api/credit/entities/${entityId}/history?months=12`);
  const option = useMemo(
    () =>
      h.data
        ? {
            tooltip: { trigger: 'axis' },
            grid: { left: 48, right: 16, top: 16, bottom: 32 },
            xAxis: { type: 'category', data: h.data.points.map((p) => p.date) },
            yAxis: { type: 'value', scale: true },
            series: [{ name: t.credit.score.score, type: 'line', data: h.data.points.map((p) => p.score / 100) }],
          }
        : null,
    [h.data, t],
  );
  // the chart's room is kept while the history loads, so the breakdown below does not move when it comes
  if (!option)
    return (
      <div style={{ minBlockSize: 260 }}>
        <Status loading={h.loading} error={h.error} />
      </div>
    );
  return <CreditChart option={option} testId="credit-history-chart" height={260} />;
}

export function MyScorePage() {
  const { t, lang } = useI18n();
  const w = t.credit.score;
  useDocumentTitle(w.title);
  const me = useMe();
  const entityId = me.data?.entityId ?? null;
  const b = useApi<Breakdown>(entityId ? `/api/credit/entities/${entityId}` : null);
  if (!auth.token) return <p className="empty-page">{t.credit.signIn}</p>;
  if (!me.data) return <Status loading={me.loading} error={me.error} />;
  if (entityId === null) return <p className="empty-page">{t.credit.notForRole}</p>;
  if (!b.data) return <Status loading={b.loading} error={b.error} />;
  const x = b.data;
  return (
    <section className="stack" data-testid="my-credit-score">
      <h1>{w.title}</h1>
      <div className="cards">
        <div className="card card-body">
          <div>{w.score}</div>
          <strong data-testid="credit-score">{points(x.score)}</strong>
          <div>{fmt(w.asOf, { date: x.asOf })}</div>
        </div>
        <div className="card card-body">
          <div>{w.class}</div>
          <strong data-testid="credit-class">{x.class}</strong>
          <div>{fmt(w.since, { date: x.since })}</div>
        </div>
      </div>
      {x.cappedBy ? <p className="notice">{fmt(w.cappedBy, { severity: t.credit.severity[x.cappedBy], cls: x.class })}</p> : null}
      <h2>{w.history}</h2>
      <History entityId={x.entityId} />
      <h2>{w.breakdown}</h2>
      <p>{w.breakdownIntro}</p>
      <div className="table-scroll">
        <table data-testid="credit-breakdown" className="stack-table">
          <thead>
            <tr>
              <th>{w.event}</th>
              <th>{w.group}</th>
              <th>{w.date}</th>
              <th>{w.amount}</th>
              <th>{w.stopsOn}</th>
            </tr>
          </thead>
          <tbody>
            <tr>
              <td>{w.base}</td>
              <td />
              <td />
              <td>{points(x.base)}</td>
              <td />
            </tr>
            {x.contributions.map((c) => (
              <tr key={c.eventId} data-testid="credit-contribution">
                <td>
                  {pick(lang, c.nameZh, c.nameEn)} ({t.credit.severity[c.severity]}, {t.credit.sources[c.source]})
                </td>
                <td data-label={w.group}>{t.credit.groups[c.group]}</td>
                <td data-label={w.date}>{c.occurredOn}</td>
                <td data-label={w.amount} data-amount={c.amount}>
                  {signedPoints(c.amount)}
                  {c.amount !== c.uncapped ? ` (${w.capped})` : ''}
                </td>
                <td data-label={w.stopsOn}>{c.stopsCountingOn}</td>
              </tr>
            ))}
            <tr>
              <th>{w.total}</th>
              <td />
              <td />
              <th data-testid="credit-total">{points(x.score)}</th>
              <td />
            </tr>
          </tbody>
        </table>
      </div>
      <h2>{w.events}</h2>
      <Events events={x.events} reload={b.reload} />
      {x.classChanges.length > 0 ? (
        <>
          <h2>{w.changes}</h2>
          <ul className="plain-list">
            {x.classChanges.map((c, i) => (
              <li key={`${c.changedOn}-${i}`}>
                {c.changedOn}: {c.from ?? '—'} → {c.to} ({points(c.score)})
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
