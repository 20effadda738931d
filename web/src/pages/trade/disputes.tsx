/**
 * Disputes: the operator's list (open first) with each dispute's evidence and
 * a resolve form (full refund, partial refund with an amount bounded by what
 * was paid, reject); a buyer or a merchant sees its own disputes and their
 * outcome. Disputes are opened from the order page (/orders/:id).
 */
import { useState, type FormEvent } from 'react';
import { api, auth } from '../../api.ts';
import { fmt, num, useDocumentTitle, useI18n } from '../../i18n.tsx';
import { Link } from '../../router.tsx';
import { useApi } from '../../use-api.ts';
import { Status } from '../common.tsx';
import { Money, moneyInput, parseMoney, StatusBadge, useMe, when, type Order } from './trade-common.tsx';
import { badgesChanged, EntityName, refusal, SignInPrompt, type Dispute } from './talk-common.tsx';

type Outcome = 'refund' | 'partial_refund' | 'rejected';

function ResolveForm({ d, order, onDone }: { d: Dispute; order: Order | undefined; onDone: () => void }) {
  const { t } = useI18n();
  const w = t.talk.disputes;
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [amount, setAmount] = useState('');
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const currency = order?.currency ?? 'CNY';
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    if (!outcome) return;
    let minor: number | null = null;
    if (outcome === 'partial_refund') {
      minor = parseMoney(amount, currency);
      if (!minor || (order && minor > order.paid)) return setError(w.badAmount);
    }
    setBusy(true);
    try {
      await api<Dispute>(`/api/disputes/${d.id}/resolution`, {
        method: 'POST',
        body: JSON.stringify({ outcome, note, ...(outcome === 'partial_refund' ? { amount: minor } : {}) }),
      });
      badgesChanged();
      onDone();
    } catch (err) {
      setError(refusal(t, err, { amount: w.amountShort, note: w.note }));
      setBusy(false);
    }
  };
  const options: [Outcome, string][] = [
    ['refund', w.refund],
    ['partial_refund', w.partialRefund],
    ['rejected', w.rejected],
  ];
  return (
    <form className="resolve-form" onSubmit={submit} data-testid="resolve-form">
      <fieldset>
        <legend>{w.outcome}</legend>
        {options.map(([v, label]) => (
          <label key={v} className="check">
            <input
              type="radio"
              name={`outcome-${d.id}`}
              value={v}
              checked={outcome === v}
              onChange={() => setOutcome(v)}
              disabled={v === 'partial_refund' && order?.paid === 0}
              data-testid={`outcome-${v}`}
            />
            <span>{label}</span>
          </label>
        ))}
      </fieldset>
      {outcome === 'partial_refund' ? (
        <label className="field">
          <span>{fmt(w.amount, { currency, max: order ? moneyInput(order.paid, currency) : t.talk.common.none })}</span>
          <input value={amount} onChange={(e) => setAmount(e.target.value)} inputMode="decimal" dir="ltr" required data-testid="refund-amount" />
        </label>
      ) : null}
      <label className="field">
        <span>{w.note}</span>
        <textarea value={note} onChange={(e) => setNote(e.target.value)} rows={2} required maxLength={2000} data-testid="resolve-note" />
      </label>
      {error ? (
        <p className="error" role="alert">
          {error}
        </p>
      ) : null}
      <div>
        <button type="submit" disabled={busy || !outcome || !note.trim()} data-testid="resolve-submit">
          {w.submit}
        </button>
      </div>
    </form>
  );
}

function DisputeCard({ d, operator, onDone }: { d: Dispute; operator: boolean; onDone: () => void }) {
  const { t, lang } = useI18n();
  const w = t.talk.disputes;
  const order = useApi<Order>(`/api/orders/${d.orderId}`);
  const o = order.data;
  return (
    <li className={`panel dispute dispute-${d.status}`} data-testid="dispute" data-status={d.status}>
      <div className="dispute-head">
        <Link to={`/orders/${d.orderId}`} className="order-id">
          {fmt(w.order, { id: num(d.orderId, lang) })}
        </Link>
        <span className={d.status === 'open' ? 'tag tag-warn' : 'tag'}>{d.status === 'open' ? w.open : w.resolved}</span>
        {o ? <StatusBadge status={o.status} /> : null}
      </div>
      <div className="small dispute-parties">
        <span>
          {t.talk.common.buyer}: <EntityName id={d.buyerId} kind="buyer" />
        </span>
        <span>
          {t.talk.common.merchant}: <EntityName id={d.merchantId} kind="merchant" />
        </span>
      </div>
      <div className="muted small">
        {fmt(w.openedBy, { who: t.talk.common[d.openedBy] })} · {fmt(w.openedAt, { date: when(d.createdAt, lang) })}
        {o ? (
          <>
            {' · '}
            {w.paidLabel} <Money minor={o.paid} currency={o.currency} />
          </>
        ) : null}
      </div>
      <div>
        <strong>{w.reason}</strong>
        <p className="dispute-reason" data-content="">
          {d.reason}
        </p>
      </div>
      <div>
        <strong>{w.evidence}</strong>
        {d.evidence.length ? (
          <ul className="evidence">
            {d.evidence.map((e) => (
              <li key={e.url}>
                <a href={e.url} target="_blank" rel="noopener noreferrer nofollow">
                  <bdi dir="ltr" data-content="">
                    {e.name ?? e.url}
                  </bdi>
                </a>
              </li>
            ))}
          </ul>
        ) : (
          <p className="muted small">{w.noEvidence}</p>
        )}
      </div>
      {d.status === 'resolved' && d.outcome ? (
        <div className="dispute-outcome" data-testid="dispute-outcome">
          <strong>{fmt(w.result, { outcome: w.outcomeName[d.outcome] })}</strong>
          {d.refundAmount ? (
            <span>
              {' · '}
              {w.refundedLabel} <Money minor={d.refundAmount} currency={o?.currency ?? 'CNY'} />
            </span>
          ) : null}
          {d.winner ? <span> · {fmt(w.winner, { who: t.talk.common[d.winner] })}</span> : null}
          {d.resolvedAt ? <span className="muted small"> · {fmt(w.resolvedAt, { date: when(d.resolvedAt, lang) })}</span> : null}
          {d.resolutionNote ? (
            <p className="muted" data-content="">
              {d.resolutionNote}
            </p>
          ) : null}
        </div>
      ) : null}
      {operator && d.status === 'open' ? <ResolveForm d={d} order={o} onDone={onDone} /> : null}
    </li>
  );
}

export function DisputesPage(_props: Record<string, string>) {
  const { t } = useI18n();
  const me = useMe();
  const w = t.talk.disputes;
  const operator = me.data?.role === 'operator';
  useDocumentTitle(operator ? w.title : w.titleParty);
  const list = useApi<Dispute[]>(me.data ? '/api/disputes' : null);
  if (!auth.token) return <SignInPrompt />;
  if (!me.data) return <Status loading={me.loading} error={me.error} />;
  return (
    <section className="talk-page" data-testid="disputes-page">
      <h1>{operator ? w.title : w.titleParty}</h1>
      {!list.data ? (
        <Status loading={list.loading} error={list.error} />
      ) : list.data.length === 0 ? (
        <p className="muted" data-testid="disputes-empty">
          {w.empty}
        </p>
      ) : (
        <ul className="dispute-list">
          {list.data.map((d) => (
            <DisputeCard key={d.id} d={d} operator={operator} onDone={list.reload} />
          ))}
        </ul>
      )}
    </section>
  );
}
