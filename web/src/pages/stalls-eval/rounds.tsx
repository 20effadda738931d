/** Re-allocation rounds: the public list and a round's published record, with apply (merchant), award and publish (operator), and re-computation (anyone). */
import { useState, type FormEvent } from 'react';
import { api } from '../../api.ts';
import { Data, errorText, fmt, Ltr, num, useDocumentTitle, useI18n } from '../../i18n.tsx';
import { Link } from '../../router.tsx';
import { useApi } from '../../use-api.ts';
import { Status } from '../common.tsx';
import { useNotifications } from '../trade/trade-nav.tsx';
import type { RoundView } from './eval-common.tsx';

interface RoundRow {
  id: number;
  stallId: number;
  method: 'score' | 'bid_score';
  status: 'open' | 'awarded' | 'published' | 'void';
  closesOn: string;
  startsOn: string;
  winnerEntityId: number | null;
  published: boolean;
  applications: number;
}

export function RoundList({ rows }: { rows: RoundRow[] }) {
  const { t, lang } = useI18n();
  const w = t.stallsEval;
  if (rows.length === 0) return <p className="muted">{w.round.none}</p>;
  return (
    <ul className="eval-rounds" data-testid="rounds">
      {rows.map((r) => (
        <li key={r.id}>
          <Link to={`/stalls/rounds/${r.id}`}>{fmt(w.title.round, { id: r.id })}</Link> · {fmt(w.stall, { id: r.stallId })} · {w.round.method[r.method]} ·{' '}
          {w.round.status[r.status]} · {fmt(w.round.applications, { n: num(r.applications, lang) })}
        </li>
      ))}
    </ul>
  );
}

export function RoundsPage() {
  const { t } = useI18n();
  useDocumentTitle(t.stallsEval.title.rounds);
  const rounds = useApi<RoundRow[]>('/api/stall-evaluation/rounds');
  return (
    <section className="eval-page">
      <h1>{t.stallsEval.title.rounds}</h1>
      {rounds.data ? <RoundList rows={rounds.data} /> : <Status loading={rounds.loading} error={rounds.error} />}
    </section>
  );
}

export function RoundPage({ id }: { id: string }) {
  const { t, lang } = useI18n();
  const w = t.stallsEval.round;
  useDocumentTitle(fmt(t.stallsEval.title.round, { id }));
  const role = useNotifications()?.role;
  const round = useApi<RoundView>(`/api/stall-evaluation/rounds/${id}`);
  const [note, setNote] = useState<{ text?: string; error?: unknown }>({});
  const act = async (path: string, body?: unknown) => {
    try {
      await api(`/api/stall-evaluation/rounds/${id}${path}`, { method: 'POST', body: JSON.stringify(body ?? {}) });
      setNote({});
      round.reload();
    } catch (err) {
      setNote({ error: err });
    }
  };
  const recompute = async () => {
    try {
      const r = await api<{ sameWinner: boolean; sameRanking: boolean }>(`/api/stall-evaluation/rounds/${id}/recompute`);
      setNote({ text: r.sameWinner && r.sameRanking ? w.same : w.differs });
    } catch (err) {
      setNote({ error: err });
    }
  };
  const r = round.data;
  if (!r) return <Status loading={round.loading} error={round.error} />;
  const name = new Map(r.applications.map((a) => [a.entityId, a]));
  return (
    <section className="eval-page" data-testid="round">
      <h1>{fmt(t.stallsEval.title.round, { id: r.id })}</h1>
      <p>
        {fmt(t.stallsEval.stall, { id: r.stallId })} · {w.method[r.rules.method]}
        {r.rules.method === 'bid_score' ? ` · ${fmt(w.bidWeight, { n: r.rules.bidWeight })}` : ''}
        {r.rules.minCreditClass ? ` · ${fmt(w.minCreditClass, { c: r.rules.minCreditClass })}` : ''} ·{' '}
        <strong data-testid="round-status">{w.status[r.status]}</strong>
      </p>
      <p>
        {w.closesOn} <Ltr>{r.closesOn}</Ltr> · {w.startsOn} <Ltr>{r.startsOn}</Ltr>
      </p>
      <h2>{fmt(w.applications, { n: num(r.applicationCount, lang) })}</h2>
      {r.applications.length > 0 ? (
        <div className="table-scroll">
          <table className="data-table" data-testid="applications">
            <thead>
              <tr>
                <th scope="col">{w.applicant}</th>
                <th scope="col">{w.merit}</th>
                <th scope="col">{w.bid}</th>
                <th scope="col">{w.eligible}</th>
              </tr>
            </thead>
            <tbody>
              {r.applications.map((a) => (
                <tr key={a.id}>
                  <th scope="row">
                    <Data lang={lang} zh={a.nameZh} en={a.nameEn} />
                  </th>
                  <td className="num">{num(a.merit, lang)}</td>
                  <td className="num">{a.bidAmount === null ? (r.rules.method === 'bid_score' ? w.sealed : '—') : num(a.bidAmount, lang)}</td>
                  <td>{a.eligible ? '✓' : ((w.reason as Record<string, string>)[a.ineligibleReason ?? ''] ?? a.ineligibleReason)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {r.ranking ? (
        <>
          <h2>{w.ranking}</h2>
          <ol data-testid="ranking">
            {r.ranking.map((x) => {
              const a = name.get(x.entityId);
              return (
                <li key={x.applicationId}>
                  <Data lang={lang} zh={a?.nameZh} en={a?.nameEn} /> · {w.points} {num(x.points, lang)}
                  {x.entityId === r.winnerEntityId ? <strong> · {w.winner}</strong> : null}
                </li>
              );
            })}
          </ol>
        </>
      ) : null}
      {role === 'merchant' && r.status === 'open' ? <ApplyForm method={r.rules.method} onApply={(body) => act('/applications', body)} /> : null}
      {role === 'operator' && r.status === 'open' ? (
        <button type="button" onClick={() => act('/award')} data-testid="award">
          {w.award}
        </button>
      ) : null}
      {role === 'operator' && (r.status === 'awarded' || r.status === 'void') && !r.publishedAt ? (
        <button type="button" onClick={() => act('/publish')} data-testid="publish">
          {w.publish}
        </button>
      ) : null}
      {r.status !== 'open' ? (
        <button type="button" onClick={recompute} data-testid="recompute">
          {w.recompute}
        </button>
      ) : null}
      {note.text ? (
        <p role="status" data-testid="recompute-result">
          {note.text}
        </p>
      ) : null}
      {note.error ? (
        <p className="error" role="alert">
          {errorText(t, note.error)}
        </p>
      ) : null}
    </section>
  );
}

function ApplyForm({ method, onApply }: { method: 'score' | 'bid_score'; onApply: (body: unknown) => Promise<void> }) {
  const { t } = useI18n();
  const w = t.stallsEval.round;
  const [bid, setBid] = useState('');
  const submit = (e: FormEvent) => {
    e.preventDefault();
    void onApply(method === 'bid_score' ? { bidAmount: Number(bid) } : {});
  };
  return (
    <form className="panel" onSubmit={submit} data-testid="apply-form">
      {method === 'bid_score' ? (
        <label>
          {w.bidAmount}
          <input type="number" min={0} step={1} value={bid} onChange={(e) => setBid(e.target.value)} required />
        </label>
      ) : null}
      <button type="submit">{w.apply}</button>
    </form>
  );
}
