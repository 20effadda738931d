/**
 * The merchant's incoming orders: filter by state, select several and apply
 * one step to all of them (confirm, start production, ready, delivered to the
 * consolidation warehouse). Each order is moved through the existing per-order
 * API (POST /api/orders/:id/moves), one after the other: every order succeeds
 * or fails on its own (no all-or-nothing), and the result of each is shown —
 * an order in a state that does not allow the step is refused by the server
 * with ILLEGAL_TRANSITION and listed as such. Each row links to /orders/:id.
 */
import { useState } from 'react';
import { api, auth } from '../../api.ts';
import { fmt, num, useDocumentTitle, useI18n } from '../../i18n.tsx';
import { Link } from '../../router.tsx';
import { useApi } from '../../use-api.ts';
import { Pager, Status } from '../common.tsx';
import { Money, StatusBadge, useMe, when, type Order, type OrderAction, type OrderStatus } from './trade-common.tsx';
import { badgesChanged, EntityName, refusal, SignInPrompt } from './talk-common.tsx';

const STATES: readonly OrderStatus[] = ['placed', 'proposed', 'confirmed', 'deposit_paid', 'in_production', 'ready', 'delivered', 'completed', 'cancelled'];
/** The steps a merchant applies in bulk, in the order of the life cycle. */
const BULK: readonly OrderAction[] = ['confirm', 'start_production', 'mark_ready', 'deliver'];
const PAGE_SIZE = 50;

type Result = { id: number; ok: true; status: OrderStatus } | { id: number; ok: false; reason: string };

export function MerchantOrdersPage(_props: Record<string, string>) {
  const { t, lang } = useI18n();
  const me = useMe();
  const w = t.talk.orders;
  useDocumentTitle(w.title);
  const [status, setStatus] = useState<OrderStatus | null>(null);
  const [page, setPage] = useState(1);
  const [selected, setSelected] = useState<Set<number>>(new Set());
  const [lead, setLead] = useState('');
  const [progress, setProgress] = useState<{ done: number; n: number } | null>(null);
  const [results, setResults] = useState<Result[] | null>(null);
  const isMerchant = me.data?.role === 'merchant';
  const orders = useApi<{ items: Order[]; total: number; page: number; pageSize: number }>(
    isMerchant ? `/api/orders?page=${page}&pageSize=${PAGE_SIZE}${status ? `&status=${status}` : ''}` : null,
  );
  if (!auth.token) return <SignInPrompt />;
  if (!me.data) return <Status loading={me.loading} error={me.error} />;
  if (!isMerchant) return <p className="muted">{w.merchantsOnly}</p>;
  const items = orders.data?.items ?? [];
  const toggle = (id: number) => {
    const next = new Set(selected);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    setSelected(next);
  };
  const allOnPage = items.length > 0 && items.every((o) => selected.has(o.id));
  const filter = (s: OrderStatus | null) => {
    setStatus(s);
    setPage(1);
    setSelected(new Set());
  };
  const apply = async (action: OrderAction) => {
    const ids = [...selected].sort((a, b) => a - b);
    const out: Result[] = [];
    setResults(null);
    setProgress({ done: 0, n: ids.length });
    const leadTimeDays = action === 'confirm' && lead.trim() ? Number(lead) : undefined;
    for (const id of ids) {
      try {
        const o = await api<Order>(`/api/orders/${id}/moves`, {
          method: 'POST',
          body: JSON.stringify({ action, ...(leadTimeDays !== undefined ? { leadTimeDays } : {}) }),
        });
        out.push({ id, ok: true, status: o.status });
      } catch (err) {
        const code = (err as { code?: string }).code;
        const current = items.find((o) => o.id === id)?.status;
        out.push({
          id,
          ok: false,
          reason:
            code === 'ILLEGAL_TRANSITION' && current
              ? fmt(w.notAllowed, { status: t.purchase.status[current] })
              : refusal(t, err, { leadTimeDays: w.leadTime }),
        });
      }
      setProgress({ done: out.length, n: ids.length });
    }
    setProgress(null);
    setResults(out);
    setSelected(new Set(out.filter((r) => !r.ok).map((r) => r.id)));
    orders.reload();
    badgesChanged();
  };
  return (
    <section className="talk-page" data-testid="merchant-orders">
      <h1>{w.title}</h1>
      <nav className="chips" aria-label={w.filter}>
        <button type="button" className={status === null ? 'chip active' : 'chip'} aria-pressed={status === null} onClick={() => filter(null)}>
          {w.all}
        </button>
        {STATES.map((s) => (
          <button
            type="button"
            key={s}
            className={status === s ? 'chip active' : 'chip'}
            aria-pressed={status === s}
            onClick={() => filter(s)}
            data-testid={`filter-${s}`}
          >
            {t.purchase.status[s]}
          </button>
        ))}
      </nav>
      <div className="panel bulk-bar" data-testid="bulk-bar">
        <div className="bulk-head">
          <strong>{w.bulk}</strong>
          <span className="muted" data-testid="selected-count">
            {fmt(w.selected, { n: num(selected.size, lang) })}
          </span>
        </div>
        <label className="field bulk-lead">
          <span>{w.leadTime}</span>
          <input type="number" min={0} max={365} value={lead} onChange={(e) => setLead(e.target.value)} inputMode="numeric" />
        </label>
        <div className="button-row">
          {BULK.map((a) => (
            <button type="button" key={a} disabled={selected.size === 0 || progress !== null} onClick={() => apply(a)} data-testid={`bulk-${a}`}>
              {fmt(w.apply, { action: t.purchase.action[a], n: num(selected.size, lang) })}
            </button>
          ))}
        </div>
        {progress ? (
          <p role="status" className="muted">
            {fmt(w.working, { done: num(progress.done, lang), n: num(progress.n, lang) })}
          </p>
        ) : null}
        {results ? (
          <div role="status" data-testid="bulk-results">
            <strong>{w.results}</strong>
            <ul className="bulk-results">
              {results.map((r) => (
                <li key={r.id} className={r.ok ? 'ok' : 'error'} data-testid="bulk-result" data-ok={r.ok ? 'true' : 'false'}>
                  {r.ok ? fmt(w.ok, { id: num(r.id, lang), status: t.purchase.status[r.status] }) : fmt(w.failed, { id: num(r.id, lang), reason: r.reason })}
                </li>
              ))}
            </ul>
          </div>
        ) : null}
      </div>
      {!orders.data ? (
        <Status loading={orders.loading} error={orders.error} />
      ) : items.length === 0 ? (
        <p className="muted" data-testid="orders-empty">
          {w.empty}
        </p>
      ) : (
        <>
          <div className="orders-top">
            <label className="check">
              <input
                type="checkbox"
                checked={allOnPage}
                onChange={() => setSelected(allOnPage ? new Set() : new Set(items.map((o) => o.id)))}
                data-testid="select-all"
              />
              <span>{w.selectAll}</span>
            </label>
            <span className="muted small">{fmt(w.total, { n: num(orders.data.total, lang) })}</span>
          </div>
          <ul className="order-rows" data-testid="order-rows">
            {items.map((o) => (
              <li key={o.id} className={selected.has(o.id) ? 'order-row selected' : 'order-row'} data-testid="order-row" data-id={o.id}>
                <input
                  type="checkbox"
                  checked={selected.has(o.id)}
                  onChange={() => toggle(o.id)}
                  aria-label={fmt(w.select, { id: num(o.id, lang) })}
                  data-testid="select-order"
                />
                <Link to={`/orders/${o.id}`} className="order-id">
                  {fmt(w.order, { id: num(o.id, lang) })}
                </Link>
                <span className="order-buyer">
                  <span className="visually-hidden">{w.buyer}</span>
                  <EntityName id={o.buyerId} kind="buyer" />
                </span>
                <span className="order-when muted small">
                  <span className="visually-hidden">{w.placedAt}</span>
                  {when(o.createdAt, lang)}
                </span>
                <span className="order-amount">
                  <Money minor={o.total} currency={o.currency} />
                  {o.paid ? (
                    <span className="muted small">
                      {' · '}
                      {w.paid} <Money minor={o.paid} currency={o.currency} />
                    </span>
                  ) : null}
                </span>
                <StatusBadge status={o.status} />
              </li>
            ))}
          </ul>
          {orders.data.total > PAGE_SIZE ? <Pager page={page} total={orders.data.total} pageSize={PAGE_SIZE} onPage={setPage} /> : null}
        </>
      )}
    </section>
  );
}
