/** The agent page's trade records and payments tabs (agent.tsx). */
import { useState, type FormEvent } from 'react';
import { api } from '../../api.ts';
import { useI18n } from '../../i18n.tsx';
import { useApi } from '../../use-api.ts';
import { Status } from '../common.tsx';
import { Money, parseMoney } from '../trade/trade-common.tsx';
import { Code, ProcRefusal, type Account, type PaymentPage, type RecordPage, type RegistrationPage } from './proc-common.tsx';

export function RecordsTab({ canRecord }: { canRecord: boolean }) {
  const { t } = useI18n();
  const w = t.procurement.rec;
  const list = useApi<RecordPage>('/api/procurement/trade-records?limit=100');
  return (
    <>
      {canRecord ? <RecordForm onDone={list.reload} /> : null}
      {!list.data ? (
        <Status loading={list.loading} error={list.error} />
      ) : list.data.items.length === 0 ? (
        <p className="muted">{w.none}</p>
      ) : (
        <ul className="gov-list" data-testid="trade-records">
          {list.data.items.map((r) => (
            <li key={r.id} className="gov-card" data-testid="trade-record" data-order={r.orderId}>
              <h3>
                <Code>#{r.id}</Code> · {w.orderId} <Code>{r.orderId}</Code> {r.restricted ? <span className="tag">{w.restricted}</span> : null}
              </h3>
              <dl>
                <dt>{w.recordedOn}</dt>
                <dd>
                  <Code>{r.recordedOn}</Code>
                </dd>
                <dt>{w.merchant}</dt>
                <dd>
                  <Code>{r.merchantEntityId}</Code>
                </dd>
                <dt>{w.buyer}</dt>
                <dd>
                  <Code>{r.buyerEntityId}</Code>
                </dd>
                <dt>{w.total}</dt>
                <dd>
                  <Money minor={r.totalMinor} currency={r.currency} />
                </dd>
                {r.lines.map((l) => (
                  <div key={l.orderLineId} style={{ display: 'contents' }}>
                    <dt>
                      <Code>{l.hs}</Code>
                    </dt>
                    <dd dir="auto">
                      {l.goodsName} × <Code>{l.quantity}</Code>
                    </dd>
                  </div>
                ))}
              </dl>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

function RecordForm({ onDone }: { onDone: () => void }) {
  const { t } = useI18n();
  const w = t.procurement.rec;
  const [f, setF] = useState({ orderId: '', lines: '', licenceRef: '' });
  const [err, setErr] = useState<unknown>(null);
  const set = (k: keyof typeof f) => (e: { target: { value: string } }) => setF({ ...f, [k]: e.target.value });
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setErr(null);
    const lines = f.lines
      .split(/[\s,，]+/)
      .filter(Boolean)
      .map(Number);
    try {
      await api('/api/procurement/trade-records', {
        method: 'POST',
        body: JSON.stringify({ orderId: Number(f.orderId), ...(lines.length ? { lines } : {}), ...(f.licenceRef ? { licenceRef: f.licenceRef } : {}) }),
      });
      setF({ orderId: '', lines: '', licenceRef: '' });
      onDone();
    } catch (x) {
      setErr(x);
    }
  };
  return (
    <form className="gov-form panel" onSubmit={submit} data-testid="record-form">
      <label>
        {w.orderId}
        <input value={f.orderId} onChange={set('orderId')} required inputMode="numeric" pattern="[0-9]+" dir="ltr" data-testid="record-order" />
      </label>
      <label>
        {w.lines}
        <input value={f.lines} onChange={set('lines')} dir="ltr" data-testid="record-lines" />
      </label>
      <label>
        {w.licence}
        <input value={f.licenceRef} onChange={set('licenceRef')} dir="ltr" data-testid="record-licence" />
      </label>
      <button type="submit" data-testid="record-submit">
        {w.submit}
      </button>
      <ProcRefusal err={err} />
    </form>
  );
}

export function PaymentsTab({ canRecord }: { canRecord: boolean }) {
  const { t } = useI18n();
  const w = t.procurement.pay;
  const list = useApi<PaymentPage>('/api/procurement/payments?limit=100');
  return (
    <>
      {canRecord ? <PaymentForm onDone={list.reload} /> : null}
      {!list.data ? (
        <Status loading={list.loading} error={list.error} />
      ) : list.data.items.length === 0 ? (
        <p className="muted">{w.none}</p>
      ) : (
        <ul className="gov-list" data-testid="payments">
          {list.data.items.map((p) => (
            <li key={p.id} className="gov-card" data-testid="payment">
              <h3>
                <Code>{p.reference}</Code> · <Money minor={p.amountMinor} currency={p.currency} />
              </h3>
              <dl>
                <dt>{w.method}</dt>
                <dd>{(w.methods as Record<string, string>)[p.method] ?? p.method}</dd>
                <dt>{w.receivedOn}</dt>
                <dd>
                  <Code>{p.receivedOn}</Code>
                </dd>
                <dt>{w.collector}</dt>
                <dd>
                  <Code>{p.collectorId}</Code>
                </dd>
                <dt>{w.allocated}</dt>
                <dd>
                  <Money minor={p.allocatedMinor} currency={p.currency} testId="allocated" />
                  {p.allocations.map((a) => (
                    <span key={a.orderId} className="chip">
                      {w.orderId} <Code>{a.orderId}</Code> <Money minor={a.amountMinor} currency={a.currency} />
                    </span>
                  ))}
                </dd>
              </dl>
              {canRecord && p.allocatedMinor < p.amountMinor ? <AllocateForm id={p.id} currency={p.currency} onDone={list.reload} /> : null}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

function PaymentForm({ onDone }: { onDone: () => void }) {
  const { t } = useI18n();
  const w = t.procurement.pay;
  const accounts = useApi<Account[]>('/api/procurement/accounts');
  const buyers = useApi<RegistrationPage>('/api/procurement/registrations?kind=buyer&limit=200');
  const [f, setF] = useState({
    buyerId: '',
    accountId: '',
    method: 'bank_transfer',
    reference: '',
    amount: '',
    receivedOn: new Date().toISOString().slice(0, 10),
  });
  const [err, setErr] = useState<unknown>(null);
  const set = (k: keyof typeof f) => (e: { target: { value: string } }) => setF({ ...f, [k]: e.target.value });
  const account = accounts.data?.find((a) => String(a.id) === f.accountId);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setErr(null);
    const currency = account?.currency ?? 'CNY';
    try {
      await api('/api/procurement/payments', {
        method: 'POST',
        body: JSON.stringify({
          buyerId: Number(f.buyerId),
          accountId: Number(f.accountId),
          method: f.method,
          reference: f.reference,
          amountMinor: parseMoney(f.amount, currency) ?? 0,
          currency,
          receivedOn: f.receivedOn,
        }),
      });
      setF({ ...f, reference: '', amount: '' });
      onDone();
    } catch (x) {
      setErr(x);
    }
  };
  return (
    <form className="gov-form panel" onSubmit={submit} data-testid="payment-form">
      <label>
        {t.procurement.rec.buyer}
        <select value={f.buyerId} onChange={set('buyerId')} required data-testid="payment-buyer">
          <option value="" />
          {buyers.data?.items.map((b) => (
            <option key={b.entityId} value={b.entityId}>
              {b.name} ({b.entityId})
            </option>
          ))}
        </select>
      </label>
      <label>
        {w.account}
        <select value={f.accountId} onChange={set('accountId')} required data-testid="payment-account">
          <option value="" />
          {accounts.data?.map((a) => (
            <option key={a.id} value={a.id}>
              {a.bank} {a.accountNumber} {a.currency}
            </option>
          ))}
        </select>
      </label>
      <label>
        {w.method}
        <select value={f.method} onChange={set('method')} data-testid="payment-method">
          {Object.entries(w.methods).map(([k, v]) => (
            <option key={k} value={k}>
              {v}
            </option>
          ))}
        </select>
      </label>
      <label>
        {w.reference}
        <input value={f.reference} onChange={set('reference')} required dir="ltr" data-testid="payment-reference" />
      </label>
      <label>
        {w.amount} {account ? <Code>{account.currency}</Code> : null}
        <input value={f.amount} onChange={set('amount')} required inputMode="decimal" dir="ltr" data-testid="payment-amount" />
      </label>
      <label>
        {w.receivedOn}
        <input type="date" value={f.receivedOn} onChange={set('receivedOn')} required data-testid="payment-date" />
      </label>
      <button type="submit" data-testid="payment-submit">
        {w.submit}
      </button>
      <ProcRefusal err={err} />
    </form>
  );
}

function AllocateForm({ id, currency, onDone }: { id: number; currency: string; onDone: () => void }) {
  const { t } = useI18n();
  const w = t.procurement.pay;
  const [orderId, setOrderId] = useState('');
  const [amount, setAmount] = useState('');
  const [err, setErr] = useState<unknown>(null);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setErr(null);
    try {
      await api(`/api/procurement/payments/${id}/allocations`, {
        method: 'POST',
        body: JSON.stringify({ allocations: [{ orderId: Number(orderId), amountMinor: parseMoney(amount, currency) ?? 0 }] }),
      });
      onDone();
    } catch (x) {
      setErr(x);
    }
  };
  return (
    <form className="gov-actions" onSubmit={submit} data-testid="allocate-form" aria-label={w.allocate}>
      <input
        value={orderId}
        onChange={(e) => setOrderId(e.target.value)}
        required
        placeholder={w.orderId}
        aria-label={w.orderId}
        dir="ltr"
        data-testid="allocate-order"
      />
      <input
        value={amount}
        onChange={(e) => setAmount(e.target.value)}
        required
        placeholder={w.amount}
        aria-label={w.amount}
        dir="ltr"
        data-testid="allocate-amount"
      />
      <button type="submit" data-testid="allocate-submit">
        {w.allocateSubmit}
      </button>
      <ProcRefusal err={err} />
    </form>
  );
}
