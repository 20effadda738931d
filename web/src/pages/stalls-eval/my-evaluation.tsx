/** A merchant's own stalls' evaluation: the breakdown of the latest score, its history, warnings, and an objection form. */
import { useState, type FormEvent } from 'react';
import { api } from '../../api.ts';
import { errorText, fmt, useDocumentTitle, useI18n } from '../../i18n.tsx';
import { Link } from '../../router.tsx';
import { useApi } from '../../use-api.ts';
import { Status } from '../common.tsx';
import { BreakdownTable, HistoryChart, scoreText, Stars, type Breakdown, type FlagView, type ObjectionView } from './eval-common.tsx';

interface Mine {
  period: string | null;
  stalls: { stallId: number; score: number; grade: number; idle: boolean }[];
}

export function MyEvaluationPage() {
  const { t, lang } = useI18n();
  const w = t.stallsEval;
  useDocumentTitle(w.title.mine);
  const mine = useApi<Mine>('/api/stall-evaluation/mine');
  const [picked, setPicked] = useState<number | null>(null);
  const stallId = picked ?? mine.data?.stalls[0]?.stallId ?? null;
  const breakdown = useApi<Breakdown>(stallId ? `/api/stall-evaluation/stalls/${stallId}` : null);
  const history = useApi<{ period: string; score: number }[]>(stallId ? `/api/stall-evaluation/stalls/${stallId}/history` : null);
  const objections = useApi<ObjectionView[]>('/api/stall-evaluation/objections');
  const flags = useApi<FlagView[]>('/api/stall-evaluation/flags');
  if (!mine.data) return <Status loading={mine.loading} error={mine.error} />;
  return (
    <section className="eval-page" data-testid="my-evaluation">
      <h1>{w.title.mine}</h1>
      {mine.data.stalls.length === 0 ? <p className="muted">{w.noStalls}</p> : null}
      {mine.data.stalls.length > 1 ? (
        <ul className="eval-stall-list">
          {mine.data.stalls.map((s) => (
            <li key={s.stallId}>
              <button type="button" aria-pressed={s.stallId === stallId} onClick={() => setPicked(s.stallId)}>
                {fmt(w.stall, { id: s.stallId })} · {scoreText(s.score, lang)} <Stars grade={s.grade} />
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      {(flags.data ?? [])
        .filter((f) => f.status === 'warned')
        .map((f) => (
          <p key={f.id} className="warning" role="alert" data-testid="flag">
            {fmt(w.stall, { id: f.stallId })} · {w.flags[f.reason]} · {fmt(w.flags.deadline, { date: f.deadline })}
          </p>
        ))}
      {breakdown.data ? (
        <>
          <h2>
            {fmt(w.stall, { id: breakdown.data.stallId })} · {w.period} {breakdown.data.period}
          </h2>
          <BreakdownTable b={breakdown.data} />
        </>
      ) : (
        <Status loading={breakdown.loading} error={breakdown.error} />
      )}
      {history.data && history.data.length > 0 ? (
        <section className="panel">
          <h2>{w.history}</h2>
          <HistoryChart history={history.data} />
        </section>
      ) : null}
      {breakdown.data ? <ObjectionForm b={breakdown.data} onSent={objections.reload} /> : null}
      {objections.data && objections.data.length > 0 ? (
        <section className="panel" data-testid="my-objections">
          <h2>{w.objection.mine}</h2>
          <ul>
            {objections.data.map((o) => (
              <li key={o.id}>
                {fmt(w.stall, { id: o.stallId })} · {o.period} · {o.status === 'open' ? w.objection.open : w.objection.answered}
                <p data-content="">{o.text}</p>
                {o.answer ? (
                  <p>
                    {w.objection.answer}: <span data-content="">{o.answer}</span>
                  </p>
                ) : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <p>
        <Link to="/stalls/rounds">{w.nav.rounds}</Link>
      </p>
    </section>
  );
}

function ObjectionForm({ b, onSent }: { b: Breakdown; onSent: () => void }) {
  const { t } = useI18n();
  const w = t.stallsEval.objection;
  const [text, setText] = useState('');
  const [state, setState] = useState<{ sent?: boolean; error?: unknown }>({});
  const send = async (e: FormEvent) => {
    e.preventDefault();
    try {
      await api(`/api/stall-evaluation/stalls/${b.stallId}/objections`, { method: 'POST', body: JSON.stringify({ period: b.period, text }) });
      setState({ sent: true });
      setText('');
      onSent();
    } catch (err) {
      setState({ error: err });
    }
  };
  return (
    <form className="panel" onSubmit={send} data-testid="objection-form">
      <h2>{w.title}</h2>
      <label>
        {w.text}
        <textarea value={text} onChange={(e) => setText(e.target.value)} minLength={5} maxLength={2000} required data-testid="objection-text" />
      </label>
      <button type="submit" data-testid="objection-send">
        {w.send}
      </button>
      {state.sent ? (
        <p role="status" data-testid="objection-sent">
          {w.sent}
        </p>
      ) : null}
      {state.error ? (
        <p className="error" role="alert">
          {errorText(t, state.error)}
        </p>
      ) : null}
    </form>
  );
}
