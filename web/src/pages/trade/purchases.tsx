/**
 * The buyer's purchases (/purchases) and one purchase (/purchases/:id): each
 * purchase with its merchant orders, their states and amounts. The list is
 * the buyer's orders (GET /api/orders, newest first) gathered by purchase.
 */
import { useState } from 'react';
import { auth, type Page } from '../../api.ts';
import { fmt, num, useDocumentTitle, useI18n } from '../../i18n.tsx';
import { Link, useRouter } from '../../router.tsx';
import { useApi } from '../../use-api.ts';
import { Pager, Status } from '../common.tsx';
import { SignInFirst } from './purchase-list.tsx';
import { CurrencyPicker, Indicative, MerchantName, Money, StatusBadge, useIndicativeCurrency, when, type Order, type Purchase } from './trade-common.tsx';

const PAGE_SIZE = 50;

/** Sums per currency of some orders' totals. */
function totals(orders: readonly Order[]): [string, number][] {
  const m = new Map<string, number>();
  for (const o of orders) m.set(o.currency, (m.get(o.currency) ?? 0) + o.total);
  return [...m];
}

function Totals({ orders }: { orders: readonly Order[] }) {
  return (
    <span data-testid="purchase-total">
      {totals(orders).map(([cur, v], i) => (
        <span key={cur}>
          {i ? ' + ' : null}
          <strong className="price">
            <Money minor={v} currency={cur} />
          </strong>
        </span>
      ))}
    </span>
  );
}

/** The merchant orders of a purchase as rows: merchant, state, total, paid, a link to the order. */
function OrderRows({ orders }: { orders: readonly Order[] }) {
  const { t } = useI18n();
  const tp = t.purchase.purchases;
  return (
    <ul className="po-rows">
      {orders.map((o) => (
        <li key={o.id} className="po-row" data-testid="purchase-order" data-order={o.id} data-merchant={o.merchantId}>
          <Link to={`/orders/${o.id}`} className="po-row-link" testId="order-link">
            <span className="po-row-title">
              <strong>{fmt(tp.order, { id: o.id })}</strong> · <MerchantName id={o.merchantId} />
            </span>
            <StatusBadge status={o.status} />
            <span className="po-row-money">
              <span className="muted small">{tp.total}</span> <Money minor={o.total} currency={o.currency} testId="purchase-order-total" />
              <span className="muted small"> · {tp.paid}</span> <Money minor={o.paid} currency={o.currency} testId="purchase-order-paid" />
            </span>
          </Link>
        </li>
      ))}
    </ul>
  );
}

export function PurchasesPage(_props: Record<string, string>) {
  const { lang, t } = useI18n();
  const tp = t.purchase.purchases;
  useDocumentTitle(tp.title);
  const [page, setPage] = useState(1);
  const orders = useApi<Page<Order> & { pageSize: number }>(auth.token ? `/api/orders?page=${page}&pageSize=${PAGE_SIZE}` : null);
  if (!auth.token) return <SignInFirst text={tp.signIn} />;
  if (!orders.data) return <Status loading={orders.loading} error={orders.error} />;
  const groups = new Map<number, Order[]>();
  for (const o of orders.data.items) groups.set(o.purchaseId, [...(groups.get(o.purchaseId) ?? []), o]);
  return (
    <section className="trade-page" data-testid="purchases">
      <h1>{tp.title}</h1>
      {groups.size === 0 ? (
        <p className="muted" data-testid="purchases-empty">
          {tp.empty}
        </p>
      ) : null}
      {[...groups].map(([id, os]) => (
        <article key={id} className="panel purchase-card" data-testid="purchase-card" data-purchase={id}>
          <div className="trade-head">
            <h2>
              <Link to={`/purchases/${id}`}>{fmt(tp.purchase, { id })}</Link>
            </h2>
            <span className="muted small">
              {tp.placedAt} {when(os.map((o) => o.createdAt).sort()[0]!, lang)}
            </span>
            <Totals orders={os} />
          </div>
          <OrderRows orders={[...os].sort((a, b) => a.id - b.id)} />
        </article>
      ))}
      {orders.data.total > PAGE_SIZE ? <Pager page={page} total={orders.data.total} pageSize={PAGE_SIZE} onPage={setPage} /> : null}
    </section>
  );
}

export function PurchasePage({ id }: { id: string }) {
  const { lang, t } = useI18n();
  const tp = t.purchase.purchases;
  const { search } = useRouter();
  const fx = useIndicativeCurrency();
  const p = useApi<Purchase>(auth.token ? `/api/purchases/${encodeURIComponent(id)}${fx.currency ? `?currency=${fx.currency}` : ''}` : null);
  useDocumentTitle(fmt(tp.purchase, { id }));
  if (!auth.token) return <SignInFirst text={tp.signIn} />;
  if (!p.data) return <Status loading={p.loading} error={p.error} />;
  const d = p.data;
  return (
    <section className="trade-page" data-testid="purchase" data-purchase={d.id}>
      <nav className="breadcrumbs">
        <Link to="/purchases">{tp.back}</Link>
      </nav>
      {search.get('placed') ? (
        <p className="ok buyer-notice" role="status" data-testid="purchase-placed">
          {tp.made}
        </p>
      ) : null}
      <div className="trade-head">
        <h1>{fmt(tp.purchase, { id: d.id })}</h1>
        <span className="muted small">
          {tp.placedAt} {when(d.createdAt, lang)}
        </span>
        <Totals orders={d.orders} />
      </div>
      <dl className="money-facts">
        <Indicative value={(d as { indicative?: unknown }).indicative} />
      </dl>
      <CurrencyPicker {...fx} />
      <h2 className="sub-head">
        {tp.orders} ({num(d.orders.length, lang)})
      </h2>
      <OrderRows orders={d.orders} />
    </section>
  );
}
