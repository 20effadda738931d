/**
 * The moves the signed-in party may make on one order, offered from the
 * order's own `actions` (what the API says this role may do now): confirm
 * (with a lead time), propose changes, accept or decline them, production
 * steps, delivery to the consolidation warehouse, completion, cancellation
 * with a reason; and, beside the moves, recording a payment (buyer) and
 * opening a dispute with evidence links (either party).
 */
import { useState, type FormEvent, type ReactNode } from 'react';
import { api } from '../../api.ts';
import { Data, fmt, num, unitName, useI18n } from '../../i18n.tsx';
import { moneyInput, parseMoney, tradeError, type Order, type OrderAction } from './trade-common.tsx';

/** Moves made with one press (no reason, no figures). */
const PLAIN: readonly OrderAction[] = ['accept', 'start_production', 'mark_ready', 'deliver', 'complete'];
/** States in which the buyer pays (the API takes payments once the merchant has confirmed, up to delivery). */
const PAYABLE: readonly Order['status'][] = ['confirmed', 'deposit_paid', 'in_production', 'ready', 'delivered'];
const METHODS = ['bank_transfer', 'alipay', 'wechat_pay', 'letter_of_credit', 'card', 'escrow'] as const;

type Send = (path: string, body: unknown) => Promise<boolean>;

/** Posts a change, reports a refusal in the reader's language, and reloads the order either way. */
function useSend(orderId: number, reload: () => void): { send: Send; busy: boolean; error: string | null; done: boolean } {
  const { t } = useI18n();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState(false);
  const send: Send = async (path, body) => {
    setBusy(true);
    setError(null);
    setDone(false);
    try {
      await api(`/api/orders/${orderId}${path}`, { method: 'POST', body: JSON.stringify(body) });
      setDone(true);
      return true;
    } catch (e) {
      setError(tradeError(t, e));
      return false;
    } finally {
      setBusy(false);
      reload();
    }
  };
  return { send, busy, error, done };
}

export function OrderActions({ order: o, role, disputeOpen, reload }: { order: Order; role: string; disputeOpen: boolean; reload: () => void }) {
  const { t } = useI18n();
  const to = t.purchase.order;
  const { send, busy, error, done } = useSend(o.id, reload);
  if (role === 'operator')
    return (
      <section className="panel" aria-labelledby="order-actions">
        <h2 id="order-actions">{to.actions}</h2>
        <p className="muted">{to.readOnly}</p>
      </section>
    );
  const canPay = role === 'buyer' && PAYABLE.includes(o.status) && o.paid < o.total;
  const canDispute = (role === 'buyer' || role === 'merchant') && o.status !== 'cancelled' && !disputeOpen;
  const moves = o.actions.filter((a) => a !== 'cancel');
  const nothing = moves.length === 0 && !canPay && !o.actions.includes('cancel');
  return (
    <section className="panel order-actions" aria-labelledby="order-actions" data-testid="order-actions">
      <h2 id="order-actions">{to.actions}</h2>
      {nothing ? <p className="muted">{to.noActions}</p> : null}
      <div className="action-buttons">
        {moves
          .filter((a) => PLAIN.includes(a))
          .map((a) => (
            <button
              key={a}
              type="button"
              className={a === 'accept' || a === 'deliver' || a === 'complete' ? 'primary' : undefined}
              disabled={busy}
              onClick={() => void send('/moves', { action: a })}
              data-testid={`move-${a}`}
            >
              {t.purchase.action[a]}
            </button>
          ))}
      </div>
      {o.actions.includes('confirm') ? <ConfirmForm send={send} busy={busy} /> : null}
      {o.actions.includes('propose') ? <ProposeForm order={o} send={send} busy={busy} /> : null}
      {o.actions.includes('decline') ? <ReasonForm action="decline" send={send} busy={busy} /> : null}
      {canPay ? <PaymentForm key={o.paid} order={o} send={send} busy={busy} /> : null}
      {o.actions.includes('cancel') ? <ReasonForm action="cancel" send={send} busy={busy} /> : null}
      {canDispute ? <DisputeForm send={send} busy={busy} /> : null}
      {error ? (
        <p className="error" role="alert" data-testid="action-error">
          {error}
        </p>
      ) : done ? (
        <p className="ok small" role="status">
          {to.done}
        </p>
      ) : null}
    </section>
  );
}

/** A form that opens from its button (keeps the panel short until a move is chosen). */
function Opener({ label, testId, children }: { label: string; testId: string; children: (close: () => void) => ReactNode }) {
  const [open, setOpen] = useState(false);
  if (!open)
    return (
      <button type="button" onClick={() => setOpen(true)} data-testid={`open-${testId}`}>
        {label}
      </button>
    );
  return <div className="action-form">{children(() => setOpen(false))}</div>;
}

function ConfirmForm({ send, busy }: { send: Send; busy: boolean }) {
  const { t } = useI18n();
  const to = t.purchase.order;
  const [lead, setLead] = useState('');
  const submit = (e: FormEvent) => {
    e.preventDefault();
    void send('/moves', { action: 'confirm', ...(lead ? { leadTimeDays: Number(lead) } : {}) });
  };
  return (
    <form className="action-form inline-form" onSubmit={submit}>
      <label>
        {to.confirmLead}
        <input inputMode="numeric" value={lead} onChange={(e) => setLead(e.target.value.replace(/[^\d]/g, '').slice(0, 3))} data-testid="confirm-lead" />
      </label>
      <button type="submit" className="primary" disabled={busy || (lead !== '' && Number(lead) > 365)} data-testid="move-confirm">
        {t.purchase.action.confirm}
      </button>
    </form>
  );
}

function ReasonForm({ action, send, busy }: { action: 'cancel' | 'decline'; send: Send; busy: boolean }) {
  const { t } = useI18n();
  const to = t.purchase.order;
  const [reason, setReason] = useState('');
  return (
    <Opener label={t.purchase.action[action]} testId={action}>
      {(close) => (
        <form
          onSubmit={async (e) => {
            e.preventDefault();
            if (await send('/moves', { action, reason: reason.trim() })) close();
          }}
        >
          <label>
            {to.reasonLabel}
            <textarea rows={2} value={reason} onChange={(e) => setReason(e.target.value)} maxLength={1000} required data-testid={`${action}-reason`} />
          </label>
          <div className="action-buttons">
            <button type="submit" disabled={busy || !reason.trim()} data-testid={`move-${action}`}>
              {t.purchase.action[action]}
            </button>
            <button type="button" onClick={close}>
              {t.purchase.buy.cancel}
            </button>
          </div>
        </form>
      )}
    </Opener>
  );
}

/** The merchant changes quantities, unit prices or the lead time; the buyer then accepts or declines. */
function ProposeForm({ order: o, send, busy }: { order: Order; send: Send; busy: boolean }) {
  const { lang, t } = useI18n();
  const to = t.purchase.order;
  const lines = o.lines ?? [];
  const [qty, setQty] = useState<Record<number, string>>(() => Object.fromEntries(lines.map((l) => [l.lineNo, String(l.qty)])));
  const [price, setPrice] = useState<Record<number, string>>(() => Object.fromEntries(lines.map((l) => [l.lineNo, moneyInput(l.unitPrice, o.currency)])));
  const [lead, setLead] = useState('');
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const submit = async (e: FormEvent, close: () => void) => {
    e.preventDefault();
    setProblem(null);
    const changed: { lineNo: number; qty?: number; unitPrice?: number }[] = [];
    for (const l of lines) {
      const q = Number(qty[l.lineNo]);
      const p = parseMoney(price[l.lineNo] ?? '', o.currency);
      if (!(q >= 1) || p === null || p < 1) return setProblem(to.badAmount);
      const c: { lineNo: number; qty?: number; unitPrice?: number } = { lineNo: l.lineNo };
      if (q !== l.qty) c.qty = q;
      if (p !== l.unitPrice) c.unitPrice = p;
      if (c.qty !== undefined || c.unitPrice !== undefined) changed.push(c);
    }
    if (changed.length === 0 && lead === '') return setProblem(to.nothingChanged);
    if (!reason.trim()) return setProblem(to.reasonNeeded);
    const proposal = { lines: changed, ...(lead ? { leadTimeDays: Number(lead) } : {}) };
    if (await send('/moves', { action: 'propose', reason: reason.trim(), proposal })) close();
  };
  return (
    <Opener label={t.purchase.action.propose} testId="propose">
      {(close) => (
        <form onSubmit={(e) => void submit(e, close)} data-testid="propose-form">
          <h3>{to.proposeTitle}</h3>
          <ul className="propose-lines">
            {lines.map((l) => (
              <li key={l.lineNo}>
                <div>
                  <Data lang={lang} zh={l.titleZh} en={l.titleEn} />
                  <span className="muted small">
                    {' '}
                    · {num(l.qty, lang)} {unitName(lang, l.unit, l.qty)}
                  </span>
                </div>
                <label>
                  {to.newQty}
                  <input
                    inputMode="numeric"
                    value={qty[l.lineNo] ?? ''}
                    onChange={(e) => setQty({ ...qty, [l.lineNo]: e.target.value.replace(/[^\d]/g, '') })}
                    data-testid="propose-qty"
                  />
                </label>
                <label>
                  {fmt(to.newPrice, { currency: o.currency })}
                  <input
                    inputMode="decimal"
                    value={price[l.lineNo] ?? ''}
                    onChange={(e) => setPrice({ ...price, [l.lineNo]: e.target.value })}
                    data-testid="propose-price"
                  />
                </label>
              </li>
            ))}
          </ul>
          <label>
            {to.newLead}
            <input inputMode="numeric" value={lead} onChange={(e) => setLead(e.target.value.replace(/[^\d]/g, '').slice(0, 3))} data-testid="propose-lead" />
          </label>
          <label>
            {to.reasonLabel}
            <textarea rows={2} value={reason} onChange={(e) => setReason(e.target.value)} maxLength={1000} data-testid="propose-reason" />
          </label>
          {problem ? (
            <p className="error" role="alert">
              {problem}
            </p>
          ) : null}
          <div className="action-buttons">
            <button type="submit" disabled={busy} data-testid="move-propose">
              {t.purchase.action.propose}
            </button>
            <button type="button" onClick={close}>
              {t.purchase.buy.cancel}
            </button>
          </div>
        </form>
      )}
    </Opener>
  );
}

/** The buyer records a payment (never cash): the deposit first, then the balance; amount prefilled with what is due. */
function PaymentForm({ order: o, send, busy }: { order: Order; send: Send; busy: boolean }) {
  const { t } = useI18n();
  const to = t.purchase.order;
  const depositDue = Math.max(0, o.deposit - o.paid);
  const [kind, setKind] = useState<'deposit' | 'balance'>(depositDue > 0 ? 'deposit' : 'balance');
  const due = kind === 'deposit' ? depositDue || o.total - o.paid : o.total - o.paid;
  const [method, setMethod] = useState<(typeof METHODS)[number]>('bank_transfer');
  const [reference, setReference] = useState('');
  const [amount, setAmount] = useState(moneyInput(due, o.currency));
  const [problem, setProblem] = useState<string | null>(null);
  const pickKind = (k: 'deposit' | 'balance') => {
    setKind(k);
    setAmount(moneyInput(k === 'deposit' ? depositDue || o.total - o.paid : o.total - o.paid, o.currency));
  };
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setProblem(null);
    const minor = parseMoney(amount, o.currency);
    if (minor === null || minor < 1) return setProblem(to.badAmount);
    if (await send('/payments', { kind, method, reference: reference.trim(), amount: minor })) setReference('');
  };
  return (
    <form className="action-form pay-form" onSubmit={(e) => void submit(e)} data-testid="payment-form">
      <h3>{to.payTitle}</h3>
      <p className="muted small">{to.payHint}</p>
      <div className="form-grid">
        <label>
          {to.payKind}
          <select value={kind} onChange={(e) => pickKind(e.target.value as 'deposit' | 'balance')} data-testid="pay-kind">
            <option value="deposit">{t.purchase.kind.deposit}</option>
            <option value="balance">{t.purchase.kind.balance}</option>
          </select>
        </label>
        <label>
          {to.payMethod}
          <select value={method} onChange={(e) => setMethod(e.target.value as (typeof METHODS)[number])} data-testid="pay-method">
            {METHODS.map((m) => (
              <option key={m} value={m}>
                {t.purchase.method[m]}
              </option>
            ))}
          </select>
        </label>
        <label>
          {to.payReference}
          <input value={reference} onChange={(e) => setReference(e.target.value)} maxLength={100} required data-testid="pay-reference" />
        </label>
        <label>
          {fmt(to.payAmount, { currency: o.currency })}
          <input inputMode="decimal" value={amount} onChange={(e) => setAmount(e.target.value)} data-testid="pay-amount" />
        </label>
      </div>
      {problem ? (
        <p className="error" role="alert">
          {problem}
        </p>
      ) : null}
      <button type="submit" className="primary" disabled={busy || !reference.trim()} data-testid="pay-submit">
        {to.record}
      </button>
    </form>
  );
}

function DisputeForm({ send, busy }: { send: Send; busy: boolean }) {
  const { t } = useI18n();
  const to = t.purchase.order;
  const [reason, setReason] = useState('');
  const [links, setLinks] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  return (
    <Opener label={to.disputeTitle} testId="dispute">
      {(close) => (
        <form
          onSubmit={async (e) => {
            e.preventDefault();
            setProblem(null);
            const urls = links
              .split(/\s+/)
              .map((u) => u.trim())
              .filter(Boolean);
            if (urls.some((u) => !/^https?:\/\/\S+$/i.test(u))) return setProblem(to.badUrl);
            if (await send('/disputes', { reason: reason.trim(), evidence: urls.map((url) => ({ url })) })) close();
          }}
        >
          <h3>{to.disputeTitle}</h3>
          <label>
            {to.disputeReason}
            <textarea rows={3} value={reason} onChange={(e) => setReason(e.target.value)} maxLength={2000} required data-testid="dispute-reason" />
          </label>
          <label>
            {to.evidence}
            <textarea rows={2} dir="ltr" value={links} onChange={(e) => setLinks(e.target.value)} data-testid="dispute-evidence" />
          </label>
          {problem ? (
            <p className="error" role="alert">
              {problem}
            </p>
          ) : null}
          <div className="action-buttons">
            <button type="submit" disabled={busy || !reason.trim()} data-testid="dispute-submit">
              {to.openDispute}
            </button>
            <button type="button" onClick={close}>
              {t.purchase.buy.cancel}
            </button>
          </div>
        </form>
      )}
    </Opener>
  );
}
