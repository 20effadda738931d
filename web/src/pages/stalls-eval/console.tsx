/** The operator's stall evaluation console: run a quarter, grade distribution, flagged stalls (take back into a round), open objections, rounds. */
import { useMemo, useState, type FormEvent } from 'react';
import { api } from '../../api.ts';
import { errorText, fmt, num, useDocumentTitle, useI18n } from '../../i18n.tsx';
import { useApi } from '../../use-api.ts';
import { Status } from '../common.tsx';
import { Chart } from '../chart/chart.tsx';
import type { FlagView, GradeSummary, ObjectionView } from './eval-common.tsx';
import { RoundList } from './rounds.tsx';

const addDays = (d: string, n: number) => new Date(Date.parse(`${d}T00:00:00Z`) + n * 86400_000).toISOString().slice(0, 10);

export function EvaluationConsolePage() {
  const { t, lang } = useI18n();
  const w = t.stallsEval;
  useDocumentTitle(w.title.console);
  const summary = useApi<GradeSummary>('/api/stall-evaluation/summary');
  const flags = useApi<FlagView[]>('/api/stall-evaluation/flags?status=warned');
  const objections = useApi<ObjectionView[]>('/api/stall-evaluation/objections?status=open');
  const rounds = useApi<Parameters<typeof RoundList>[0]['rows']>('/api/stall-evaluation/rounds');
  const [period, setPeriod] = useState('');
  const [note, setNote] = useState<{ text?: string; error?: unknown; busy?: boolean }>({});
  const reloadAll = () => {
    summary.reload();
    flags.reload();
    objections.reload();
    rounds.reload();
  };
  const call = async (path: string, body: unknown, done?: (r: unknown) => string) => {
    setNote({ busy: true });
    try {
      const r = await api(`/api/stall-evaluation${path}`, { method: 'POST', body: JSON.stringify(body) });
      setNote({ text: done?.(r) });
      reloadAll();
    } catch (err) {
      setNote({ error: err });
    }
  };
  const run = (e: FormEvent) => {
    e.preventDefault();
    void call('/runs', { period }, (r) => {
      const s = r as { stalls: number; flagged: number };
      return fmt(w.console.runDone, { n: num(s.stalls, lang), f: num(s.flagged, lang) });
    });
  };
  const today = new Date().toISOString().slice(0, 10);
  const takeBack = (f: FlagView) =>
    call(`/flags/${f.id}/take-back`, {
      date: today > f.deadline ? today : addDays(f.deadline, 1),
      round: { method: 'score', closesOn: addDays(today, 30), startsOn: addDays(today, 45) },
    });
  const option = useMemo(
    () =>
      summary.data
        ? {
            grid: { left: 48, right: 16, top: 16, bottom: 28 },
            tooltip: { trigger: 'axis' },
            xAxis: { type: 'category', data: summary.data.byGrade.map((g) => '★'.repeat(g.grade)) },
            yAxis: { type: 'value' },
            series: [{ type: 'bar', name: w.console.stalls, data: summary.data.byGrade.map((g) => g.stalls) }],
          }
        : null,
    [summary.data, w],
  );
  return (
    <section className="eval-page" data-testid="evaluation-console">
      <h1>{w.title.console}</h1>
      <form className="panel" onSubmit={run} data-testid="run-form">
        <label>
          {w.console.runPeriod}
          <input value={period} onChange={(e) => setPeriod(e.target.value)} pattern="\d{4}Q[1-4]" required placeholder="2026Q3" dir="ltr" />
        </label>
        <button type="submit" disabled={note.busy}>
          {note.busy ? w.console.running : w.console.run}
        </button>
      </form>
      {note.text ? <p role="status">{note.text}</p> : null}
      {note.error ? (
        <p className="error" role="alert">
          {errorText(t, note.error)}
        </p>
      ) : null}
      <section className="panel">
        <h2>
          {w.console.distribution} {summary.data?.period ?? ''}
        </h2>
        {option ? (
          <div className="eval-chart-box">
            <Chart option={option} testId="grade-chart" label={w.console.distribution} height={260} />
          </div>
        ) : (
          // the chart's room is kept while the summary loads
          <div style={{ minBlockSize: 260 }}>
            <Status loading={summary.loading} error={summary.error} />
          </div>
        )}
      </section>
      <section className="panel" data-testid="flagged">
        <h2>{w.console.flagged}</h2>
        <ul>
          {(flags.data ?? []).map((f) => (
            <li key={f.id}>
              {fmt(w.stall, { id: f.stallId })} · {w.flags[f.reason]} · {fmt(w.flags.deadline, { date: f.deadline })}{' '}
              <button type="button" onClick={() => void takeBack(f)}>
                {w.console.takeBack}
              </button>
            </li>
          ))}
        </ul>
      </section>
      <section className="panel" data-testid="open-objections">
        <h2>{w.console.objections}</h2>
        <ul>
          {(objections.data ?? []).map((o) => (
            <AnswerItem key={o.id} o={o} onAnswer={(answer) => call(`/objections/${o.id}/answer`, { answer })} />
          ))}
        </ul>
      </section>
      <section className="panel">
        <h2>{w.console.rounds}</h2>
        {rounds.data ? <RoundList rows={rounds.data} /> : <Status loading={rounds.loading} error={rounds.error} />}
      </section>
    </section>
  );
}

function AnswerItem({ o, onAnswer }: { o: ObjectionView; onAnswer: (answer: string) => Promise<void> }) {
  const { t } = useI18n();
  const w = t.stallsEval;
  const [answer, setAnswer] = useState('');
  return (
    <li>
      {fmt(w.stall, { id: o.stallId })} · {o.period}: <span data-content="">{o.text}</span>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void onAnswer(answer);
        }}
      >
        <label>
          {w.objection.answer}
          <input value={answer} onChange={(e) => setAnswer(e.target.value)} required minLength={2} />
        </label>
        <button type="submit">{w.console.answer}</button>
      </form>
    </li>
  );
}
