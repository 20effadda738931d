/**
 * One merchant order (/orders/:id) for its buyer, its merchant (or the
 * operator, read-only): the state on the way to the consolidation warehouse,
 * lines, total with deposit and balance, what is paid, the merchant's proposed
 * changes, payments, disputes, the timestamped timeline, and the moves the
 * reader's role may make now (order-actions.tsx).
 */
import { useCallback, useState } from 'react';
import { api, auth } from '../../api.ts';
import { Data, fmt, money, num, unitName, useDocumentTitle, useI18n } from '../../i18n.tsx';
import { Link } from '../../router.tsx';
import { useApi } from '../../use-api.ts';
import { Status } from '../common.tsx';
import { OrderActions } from './order-actions.tsx';
import { SignInFirst } from './purchase-list.tsx';
import { MerchantName, Money, pct, StatusBadge, tradeError, useMe, when, type Order, type OrderStatus } from './trade-common.tsx';
import { TradeRiskNotice } from '../credit/trade-risk.tsx';

/** The way an order normally goes, shown as steps. */
const PATH: readonly OrderStatus[] = ['placed', 'confirmed', 'deposit_paid', 'in_production', 'ready', 'delivered', 'completed'];

interface DisputeRow {
  id: number;
  orderId: number;
  openedBy: 'buyer' | 'merchant';
  reason: string;
  evidence: { url: string; name: string | null }[];
  status: 'open' | 'resolved';
  outcome: 'refund' | 'partial_refund' | 'rejected' | null;
  refundAmount: number | null;
  createdAt: string;
}

export function OrderPage({ id }: { id: string }) {
  const { lang, t } = useI18n();
  const to = t.purchase.order;
  useDocumentTitle(fmt(to.title, { id }));
  const me = useMe();
  const order = useApi<Order>(auth.token ? `/api/orders/${encodeURIComponent(id)}` : null);
  const disputes = useApi<DisputeRow[]>(auth.token ? '/api/disputes' : null);
  const reloadOrder = order.reload;
  const reloadDisputes = disputes.reload;
  const reload = useCallback(() => {
    reloadOrder();
    reloadDisputes();
  }, [reloadOrder, reloadDisputes]);
  if (!auth.token) return <SignInFirst text={to.signIn} />;
  if (!order.data || !me.data) return <Status loading={order.loading || me.loading} error={order.error ?? me.error} />;
  const o = order.data;
  const mine = (disputes.data ?? []).filter((d) => d.orderId === o.id);
  const role = me.data.role;
  return (
    <section className="trade-page order-page" data-testid="order" data-order={o.id}>
      {role === 'buyer' ? (
        <nav className="breadcrumbs">
          <Link to={`/purchases/${o.purchaseId}`}>{fmt(to.purchase, { id: o.purchaseId })}</Link>
        </nav>
      ) : null}
      <div className="trade-head">
        <h1>{fmt(to.title, { id: o.id })}</h1>
        <StatusBadge status={o.status} />
      </div>
      <Steps status={o.status} />
      {/* credit (issue 13): a warning about the other party's recent serious events */}
      <TradeRiskNotice entityId={role === 'merchant' ? o.buyerId : o.merchantId} />
      <dl className="facts order-facts">
        <dt>{to.merchant}</dt>
        <dd>
          <MerchantName id={o.merchantId} />
        </dd>
        <dt>{to.buyer}</dt>
        <dd>
          <MerchantName id={o.buyerId} />
        </dd>
        <dt>{to.placedAt}</dt>
        <dd>{when(o.createdAt, lang)}</dd>
        <dt>{to.leadTime}</dt>
        <dd data-testid="lead-time">{o.leadTimeDays === null ? t.dash : fmt(to.leadTimeDays, { n: num(o.leadTimeDays, lang) })}</dd>
      </dl>
      <Proforma orderId={o.id} />
      <div className="order-grid">
        <div className="order-main">
          <Lines order={o} />
          {o.proposal && o.status === 'proposed' ? <ProposalView order={o} /> : null}
          <Amounts order={o} />
        </div>
        <OrderActions order={o} role={role} disputeOpen={mine.some((d) => d.status === 'open')} reload={reload} />
      </div>
      <Payments order={o} />
      {mine.length ? <Disputes items={mine} currency={o.currency} /> : null}
      <Timeline order={o} />
    </section>
  );
}

/** The proforma invoice (形式发票) of this order as PDF or xlsx, in Chinese for a Chinese reader and English otherwise (fetched with the session, then saved). */
function Proforma({ orderId }: { orderId: number }) {
  const { lang, t } = useI18n();
  const to = t.purchase.order;
  const [error, setError] = useState<string | null>(null);
  const doc = lang === 'zh' ? 'zh' : 'en';
  const save = async (ext: 'pdf' | 'xlsx') => {
    setError(null);
    try {
      const blob = await api<Blob>(`/api/orders/${orderId}/proforma.${ext}?lang=${doc}`);
      const a = document.createElement('a');
      a.href = URL.createObjectURL(blob);
      a.download = `proforma-${orderId}-${doc}.${ext}`;
      a.click();
      setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
    } catch (e) {
      setError(tradeError(t, e));
    }
  };
  return (
    <p className="proforma">
      <span className="muted">
        {to.proforma}
        {lang === 'zh' ? '：' : ':'}
      </span>{' '}
      <button type="button" onClick={() => void save('pdf')} data-testid="proforma-pdf">
        {to.proformaPdf}
      </button>{' '}
      <button type="button" onClick={() => void save('xlsx')} data-testid="proforma-xlsx">
        {to.proformaXlsx}
      </button>
      {error ? (
        <span className="error" role="alert">
          {' '}
          {error}
        </span>
      ) : null}
    </p>
  );
}

function Steps({ status }: { status: OrderStatus }) {
  const { t } = useI18n();
  const at = PATH.indexOf(status === 'proposed' ? 'placed' : status);
  if (status === 'cancelled') return null;
  return (
    <ol className="order-steps" aria-label={t.purchase.order.timeline}>
      {PATH.map((s, i) => (
        <li key={s} className={i < at ? 'step done' : i === at ? 'step now' : 'step'} aria-current={i === at ? 'step' : undefined}>
          {t.purchase.status[s]}
        </li>
      ))}
    </ol>
  );
}

function Lines({ order: o }: { order: Order }) {
  const { lang, t } = useI18n();
  const to = t.purchase.order;
  return (
    <section aria-labelledby="order-lines">
      <h2 id="order-lines">{to.lines}</h2>
      <ul className="list-lines order-lines">
        {(o.lines ?? []).map((l) => (
          <li key={l.lineNo} className="list-line" data-testid="order-line">
            <div className="line-product">
              {l.productId ? (
                <Link to={`/product/${l.productId}`}>
                  <Data lang={lang} zh={l.titleZh} en={l.titleEn} />
                </Link>
              ) : (
                <Data lang={lang} zh={l.titleZh} en={l.titleEn} />
              )}
              <div className="muted small">
                {to.sku} <bdi dir="ltr">{l.sku}</bdi>
              </div>
            </div>
            <div className="line-price">
              <span className="muted small">{to.unitPrice}</span>
              <Money minor={l.unitPrice} currency={o.currency} />
            </div>
            <div className="line-price">
              <span className="muted small">{to.quantity}</span>
              <span data-testid="order-line-qty">
                {num(l.qty, lang)} {unitName(lang, l.unit, l.qty)}
              </span>
            </div>
            <div className="line-sum">
              <span className="muted small">{to.lineTotal}</span>
              <strong className="price">
                <Money minor={l.lineTotal} currency={o.currency} />
              </strong>
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}

function Amounts({ order: o }: { order: Order }) {
  const { lang, t } = useI18n();
  const to = t.purchase.order;
  return (
    <dl className="money-facts panel" data-testid="order-amounts">
      <dt>{to.total}</dt>
      <dd>
        <strong className="price">
          <Money minor={o.total} currency={o.currency} testId="amount-total" />
        </strong>
      </dd>
      <dt>{fmt(to.deposit, { rate: pct(o.depositBp, lang) })}</dt>
      <dd>
        <Money minor={o.deposit} currency={o.currency} testId="amount-deposit" />
      </dd>
      <dt>{to.balance}</dt>
      <dd>
        <Money minor={o.balance} currency={o.currency} testId="amount-balance" />
      </dd>
      <dt>{to.paid}</dt>
      <dd>
        <Money minor={o.paid} currency={o.currency} testId="amount-paid" />
      </dd>
      {o.status !== 'cancelled' ? (
        <>
          <dt>{to.due}</dt>
          <dd>
            <Money minor={o.total - o.paid} currency={o.currency} testId="amount-due" />
          </dd>
        </>
      ) : null}
    </dl>
  );
}

/** The merchant's proposal next to the order as it is. */
function ProposalView({ order: o }: { order: Order }) {
  const { lang, t } = useI18n();
  const to = t.purchase.order;
  const p = o.proposal!;
  const byNo = new Map((o.lines ?? []).map((l) => [l.lineNo, l]));
  return (
    <section className="panel proposal" data-testid="proposal">
      <h2>{to.proposal}</h2>
      <p className="muted small">{to.proposalHint}</p>
      <ul>
        {p.lines.map((c) => {
          const l = byNo.get(c.lineNo);
          return (
            <li key={c.lineNo}>
              {l ? <Data lang={lang} zh={l.titleZh} en={l.titleEn} /> : fmt(to.lineChange, { n: c.lineNo })}:{' '}
              {c.qty !== undefined ? (
                <>
                  {num(l?.qty ?? 0, lang)} → <strong>{num(c.qty, lang)}</strong> {unitName(lang, l?.unit ?? 'pcs', c.qty)}{' '}
                </>
              ) : null}
              {c.unitPrice !== undefined ? (
                <>
                  <bdi dir="ltr">{money(l?.unitPrice ?? 0, o.currency)}</bdi> →{' '}
                  <strong>
                    <bdi dir="ltr">{money(c.unitPrice, o.currency)}</bdi>
                  </strong>
                </>
              ) : null}
            </li>
          );
        })}
        {p.leadTimeDays !== undefined ? <li>{fmt(to.leadTo, { n: num(p.leadTimeDays, lang) })}</li> : null}
      </ul>
    </section>
  );
}

function Payments({ order: o }: { order: Order }) {
  const { lang, t } = useI18n();
  const to = t.purchase.order;
  const items = o.payments ?? [];
  return (
    <section aria-labelledby="order-payments">
      <h2 id="order-payments">{to.payments}</h2>
      {items.length === 0 ? <p className="muted">{to.noPayments}</p> : null}
      <ul className="plain-rows">
        {items.map((p) => (
          <li key={p.id} className="plain-row" data-testid="payment">
            <strong>{t.purchase.kind[p.kind]}</strong>
            <Money minor={p.kind === 'refund' ? -p.amount : p.amount} currency={p.currency} testId="payment-amount" />
            <span>{t.purchase.method[p.method]}</span>
            <span className="muted small">
              {to.reference} <bdi dir="ltr">{p.reference}</bdi>
            </span>
            <span className="muted small">{when(p.recordedAt, lang)}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}

function Disputes({ items, currency }: { items: DisputeRow[]; currency: string }) {
  const { lang, t } = useI18n();
  const to = t.purchase.order;
  return (
    <section aria-labelledby="order-disputes">
      <h2 id="order-disputes">{to.disputes}</h2>
      <ul className="plain-rows">
        {items.map((d) => (
          <li key={d.id} className="plain-row" data-testid="dispute">
            <strong>{t.purchase.who[d.openedBy]}</strong>
            <span>{d.status === 'open' ? to.disputeOpen : to.disputeResolved}</span>
            {d.outcome ? <span>{to.outcome[d.outcome]}</span> : null}
            {d.refundAmount ? <Money minor={d.refundAmount} currency={currency} /> : null}
            <span className="muted small">{when(d.createdAt, lang)}</span>
            <span className="user-text" data-content="">
              {d.reason}
            </span>
            {d.evidence.map((e) => (
              <a key={e.url} href={e.url} target="_blank" rel="noopener noreferrer nofollow" className="small evidence-link">
                <bdi dir="ltr">{e.name ?? e.url}</bdi>
              </a>
            ))}
          </li>
        ))}
      </ul>
    </section>
  );
}

/** What an event changed: a proposal's lines and lead time, the amount paid so far, a refund. */
function Changes({ changes, order: o }: { changes: unknown; order: Order }) {
  const { lang, t } = useI18n();
  const to = t.purchase.order;
  if (!changes || typeof changes !== 'object') return null;
  const c = changes as {
    lines?: { lineNo: number; qty?: number; unitPrice?: number }[];
    leadTimeDays?: number;
    paid?: number;
    refund?: number;
  };
  const parts: string[] = [];
  for (const l of c.lines ?? []) {
    const bits = [
      l.qty !== undefined ? fmt(to.qtyTo, { qty: num(l.qty, lang) }) : null,
      l.unitPrice !== undefined ? fmt(to.priceTo, { price: money(l.unitPrice, o.currency) }) : null,
    ].filter(Boolean);
    parts.push(`${fmt(to.lineChange, { n: l.lineNo })}: ${bits.join(lang === 'zh' ? '，' : ', ')}`);
  }
  if (typeof c.leadTimeDays === 'number') parts.push(fmt(to.leadTo, { n: num(c.leadTimeDays, lang) }));
  if (typeof c.paid === 'number') parts.push(fmt(to.paidTo, { amount: money(c.paid, o.currency) }));
  if (typeof c.refund === 'number') parts.push(`${t.purchase.kind.refund} ${money(c.refund, o.currency)}`);
  if (!parts.length) return null;
  return <div className="small event-changes">{parts.join(lang === 'zh' ? '；' : '; ')}</div>;
}

function Timeline({ order: o }: { order: Order }) {
  const { lang, t } = useI18n();
  const to = t.purchase.order;
  const name = (s: string | null) => (s ? ((t.purchase.status as Record<string, string>)[s] ?? s) : to.created);
  return (
    <section aria-labelledby="order-timeline">
      <h2 id="order-timeline">{to.timeline}</h2>
      <ol className="timeline" data-testid="timeline">
        {(o.events ?? []).map((e) => (
          <li key={e.seq} className="timeline-event" data-testid="timeline-event" data-to={e.to}>
            <time dateTime={e.at} className="muted small">
              {when(e.at, lang)}
            </time>
            <div>
              <strong>{(t.purchase.who as Record<string, string>)[e.actorRole] ?? t.purchase.who.system}</strong>
              {lang === 'zh' ? '：' : ': '}
              {e.from ? (
                <>
                  {name(e.from)} <span aria-hidden="true">{lang === 'ar' ? '←' : '→'}</span>{' '}
                </>
              ) : null}
              <strong>{name(e.to)}</strong>
            </div>
            {e.reason ? (
              <div className="small">
                {to.reason}:{' '}
                <span className="user-text" data-content="">
                  {e.reason}
                </span>
              </div>
            ) : null}
            <Changes changes={e.changes} order={o} />
          </li>
        ))}
      </ol>
    </section>
  );
}
