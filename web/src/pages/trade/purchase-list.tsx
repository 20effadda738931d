/**
 * The buyer's purchase list (进货单, /list): lines grouped into one order per
 * merchant (and currency) at today's tiers, quantities edited in place, every
 * shortfall worded from its code, each order's total with deposit and balance,
 * and checkout with an Idempotency-Key made once per attempt and reused when
 * the attempt is retried (a lost answer never makes a second purchase).
 */
import { useEffect, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { api, ApiError, auth } from '../../api.ts';
import { Data, fmt, money, num, unitName, useDocumentTitle, useI18n } from '../../i18n.tsx';
import { Link, useRouter } from '../../router.tsx';
import { useApi } from '../../use-api.ts';
import { Status } from '../common.tsx';
import {
  CurrencyPicker,
  Indicative,
  listChanged,
  MerchantName,
  Money,
  newIdempotencyKey,
  pct,
  shortfallText,
  tradeError,
  useIndicativeCurrency,
  useMe,
  type ListLineBody,
  type ListOrder,
  type Purchase,
  type PurchaseListBody,
  type Shortfall,
} from './trade-common.tsx';

/** What a refused checkout said, kept to show above the list. */
type Refusal =
  | { kind: 'stock'; short: { productId: number; wanted: number; available: number }[] }
  | { kind: 'not-ready'; shortfalls: (Shortfall | { code: 'UNAVAILABLE'; productId: number })[] }
  | { kind: 'retry' }
  | { kind: 'other'; text: string };

export function PurchaseListPage(_props: Record<string, string>) {
  const { t } = useI18n();
  const tl = t.purchase.list;
  useDocumentTitle(tl.title);
  const me = useMe();
  const isBuyer = me.data?.role === 'buyer';
  const fx = useIndicativeCurrency();
  const list = useApi<PurchaseListBody>(isBuyer ? `/api/purchase-list${fx.currency ? `?currency=${fx.currency}` : ''}` : null);
  if (!auth.token) return <SignInFirst text={tl.signIn} />;
  if (!me.data) return <Status loading={me.loading} error={me.error} />;
  if (!isBuyer)
    return (
      <section className="trade-page">
        <h1>{tl.title}</h1>
        <p className="muted">{tl.buyersOnly}</p>
      </section>
    );
  if (!list.data) return <Status loading={list.loading} error={list.error} />;
  return <ListView body={list.data} reload={list.reload} picker={<CurrencyPicker {...fx} />} />;
}

export function SignInFirst({ text }: { text: string }) {
  const { t } = useI18n();
  return (
    <section className="trade-page" data-testid="sign-in-first">
      <p>{text}</p>
      <Link to="/sign-in" className="button-link">
        {t.signIn}
      </Link>
    </section>
  );
}

/** A stable text of what the list holds: a checkout key is reused only for the same list. */
function signature(b: PurchaseListBody): string {
  return b.orders
    .flatMap((o) => o.lines.map((l) => `${l.productId}:${l.qty}`))
    .concat(b.unavailable.map((u) => `${u.productId}:${u.qty}`))
    .sort()
    .join(',');
}

function ListView({ body, reload, picker }: { body: PurchaseListBody; reload: () => void; picker: ReactNode }) {
  const { lang, t } = useI18n();
  const tl = t.purchase.list;
  const { navigate } = useRouter();
  const [busy, setBusy] = useState(false);
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const attempt = useRef<{ key: string; sig: string } | null>(null);
  const lines = body.orders.flatMap((o) => o.lines);
  const byProduct = new Map(lines.map((l) => [l.productId, l]));
  const empty = lines.length === 0 && body.unavailable.length === 0;

  const changed = () => {
    setRefusal(null);
    reload();
    listChanged();
  };
  const checkout = async () => {
    const sig = signature(body);
    // one key per attempt: the same list retried keeps its key, a changed list is a new attempt
    if (!attempt.current || attempt.current.sig !== sig) attempt.current = { key: newIdempotencyKey(), sig };
    setBusy(true);
    setRefusal(null);
    try {
      const p = await api<Purchase>('/api/purchases', { method: 'POST', headers: { 'idempotency-key': attempt.current.key }, body: '{}' });
      attempt.current = null;
      listChanged();
      navigate(`/purchases/${p.id}?placed=1`);
    } catch (e) {
      const definite = e instanceof ApiError && e.status < 500;
      if (definite) attempt.current = null;
      if (e instanceof ApiError && e.code === 'OUT_OF_STOCK') {
        setRefusal({ kind: 'stock', short: (e.details as { short?: { productId: number; wanted: number; available: number }[] } | undefined)?.short ?? [] });
        reload();
      } else if (e instanceof ApiError && e.code === 'LIST_NOT_READY') {
        setRefusal({ kind: 'not-ready', shortfalls: (e.details as { shortfalls?: Shortfall[] } | undefined)?.shortfalls ?? [] });
        reload();
      } else if (!definite) setRefusal({ kind: 'retry' });
      else setRefusal({ kind: 'other', text: tradeError(t, e) });
      setBusy(false);
    }
  };

  if (empty)
    return (
      <section className="trade-page" data-testid="purchase-list">
        <h1>{tl.title}</h1>
        <p className="muted" data-testid="list-empty">
          {tl.empty}
        </p>
        <Link to="/search" className="button-link">
          {tl.browse}
        </Link>
      </section>
    );
  const orderShortfalls = (o: ListOrder) =>
    body.shortfalls.filter((s) => s.code === 'BELOW_MIN_ORDER_VALUE' && s.merchantId === o.merchantId && s.currency === o.currency);
  const lineShortfalls = (l: ListLineBody) => body.shortfalls.filter((s) => 'productId' in s && s.productId === l.productId);
  return (
    <section className="trade-page" data-testid="purchase-list">
      <div className="trade-head">
        <h1>{tl.title}</h1>
        <span className="muted">{fmt(tl.orders, { n: num(body.orders.length, lang) })}</span>
      </div>
      {refusal ? <RefusalBox refusal={refusal} byProduct={byProduct} /> : null}
      {body.orders.map((o) => (
        <article key={`${o.merchantId}-${o.currency}`} className="panel list-order" data-testid="list-order" data-merchant={o.merchantId}>
          <h2 className="list-merchant">
            <MerchantName id={o.merchantId} />
          </h2>
          <ul className="list-lines">
            {o.lines.map((l) => (
              <LineRow key={l.productId} line={l} shortfalls={lineShortfalls(l)} onChange={changed} />
            ))}
          </ul>
          {orderShortfalls(o).map((s) => (
            <p key={s.code} className="shortfall" data-testid="shortfall" data-code={s.code}>
              {shortfallText(t, lang, s)}
            </p>
          ))}
          <dl className="money-facts" data-testid="order-sums">
            <dt>{tl.orderTotal}</dt>
            <dd>
              <strong className="price">
                <Money minor={o.total} currency={o.currency} testId="order-total" />
              </strong>
            </dd>
            <dt>{fmt(tl.deposit, { rate: pct(o.depositBp, lang) })}</dt>
            <dd>
              <Money minor={o.deposit} currency={o.currency} testId="order-deposit" />
            </dd>
            <dt>{tl.balance}</dt>
            <dd>
              <Money minor={o.balance} currency={o.currency} testId="order-balance" />
            </dd>
          </dl>
        </article>
      ))}
      {body.unavailable.length ? (
        <article className="panel list-order" data-testid="unavailable">
          <h2>{tl.unavailable}</h2>
          <ul className="list-lines">
            {body.unavailable.map((u) => (
              <li key={u.productId} className="list-line">
                <span>
                  <Link to={`/product/${u.productId}`}>#{u.productId}</Link> · {num(u.qty, lang)}
                </span>
                <span className="shortfall">{shortfallText(t, lang, { code: 'UNAVAILABLE', productId: u.productId })}</span>
                <RemoveButton productId={u.productId} onDone={changed} />
              </li>
            ))}
          </ul>
        </article>
      ) : null}
      <div className="panel checkout-bar" data-testid="checkout-bar">
        <dl className="money-facts">
          <dt>{tl.grandTotal}</dt>
          <dd data-testid="grand-total">
            {Object.entries(body.totals).map(([cur, v], i) => (
              <span key={cur}>
                {i ? ' + ' : null}
                <strong className="price">
                  <Money minor={v} currency={cur} />
                </strong>
              </span>
            ))}
          </dd>
          <Indicative value={(body as { indicative?: unknown }).indicative} />
        </dl>
        {picker}
        {!body.ready ? (
          <p className="shortfall" data-testid="not-ready">
            {tl.notReady}
          </p>
        ) : null}
        <button type="button" className="primary" onClick={checkout} disabled={busy || !body.ready} data-testid="checkout">
          {busy ? tl.checkingOut : tl.checkout}
        </button>
      </div>
    </section>
  );
}

function RefusalBox({ refusal, byProduct }: { refusal: Refusal; byProduct: Map<number, ListLineBody> }) {
  const { lang, t } = useI18n();
  const tl = t.purchase.list;
  const title = (id: number) => {
    const l = byProduct.get(id);
    return l ? <Data lang={lang} zh={l.titleZh} en={l.titleEn} /> : <>#{id}</>;
  };
  return (
    <div className="refusal" role="alert" data-testid="checkout-refused" data-kind={refusal.kind}>
      {refusal.kind === 'stock' ? (
        <>
          <p>{tl.outOfStock}</p>
          <ul>
            {refusal.short.map((s) => {
              const unit = byProduct.get(s.productId)?.unit ?? 'pcs';
              const [before, after] = tl.outOfStockLine.split('{title}');
              return (
                <li key={s.productId}>
                  {before}
                  {title(s.productId)}
                  {fmt(after ?? '', {
                    wanted: num(s.wanted, lang),
                    available: num(s.available, lang),
                    unit: unitName(lang, unit, s.available),
                  })}
                </li>
              );
            })}
          </ul>
        </>
      ) : refusal.kind === 'not-ready' ? (
        <>
          <p>{tl.listNotReady}</p>
          <ul>
            {refusal.shortfalls.map((s) => (
              <li key={`${s.code}-${'productId' in s ? s.productId : s.merchantId}`}>
                {'productId' in s ? <>{title(s.productId)}: </> : null}
                {shortfallText(t, lang, s, 'productId' in s ? byProduct.get(s.productId)?.unit : undefined)}
              </li>
            ))}
          </ul>
        </>
      ) : refusal.kind === 'retry' ? (
        <p>{tl.retry}</p>
      ) : (
        <p>{refusal.text}</p>
      )}
    </div>
  );
}

/** One line: product, tier, unit price, quantity edited in place, line total, remove; its shortfalls under it. */
function LineRow({ line: l, shortfalls, onChange }: { line: ListLineBody; shortfalls: Shortfall[]; onChange: () => void }) {
  const { lang, t } = useI18n();
  const tl = t.purchase.list;
  const [text, setText] = useState(String(l.qty));
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => setText(String(l.qty)), [l.qty]);
  const qty = /^\d{1,9}$/.test(text) ? Number(text) : Number.NaN;
  const dirty = qty !== l.qty;
  const save = async (e?: FormEvent) => {
    e?.preventDefault();
    if (!dirty || !(qty >= 1)) return;
    setBusy(true);
    setError(null);
    try {
      await api(`/api/purchase-list/lines/${l.productId}`, { method: 'PUT', body: JSON.stringify({ qty }) });
      onChange();
    } catch (err) {
      setError(tradeError(t, err));
    } finally {
      setBusy(false);
    }
  };
  return (
    <li className="list-line" data-testid="list-line" data-product={l.productId}>
      <div className="line-product">
        <Link to={`/product/${l.productId}`}>
          <Data lang={lang} zh={l.titleZh} en={l.titleEn} />
        </Link>
        <div className="muted small">
          <bdi dir="ltr">{l.sku}</bdi> · {l.tierIndex >= 0 ? fmt(tl.tier, { n: num(l.tierIndex + 1, lang) }) : tl.belowTiers}
        </div>
      </div>
      <div className="line-price">
        <span className="muted small">{tl.unitPrice}</span>
        <Money minor={l.unitPrice} currency={l.currency} testId="line-unit-price" />
      </div>
      <form className="line-qty" onSubmit={save}>
        <label>
          <span className="muted small">
            {tl.quantity} ({unitName(lang, l.unit, 2)})
          </span>
          <input
            inputMode="numeric"
            value={text}
            onChange={(e) => setText(e.target.value.replace(/[^\d]/g, ''))}
            onBlur={() => void save()}
            data-testid="line-qty"
          />
        </label>
        {dirty ? (
          <button type="submit" disabled={busy || !(qty >= 1)} data-testid="line-save">
            {tl.save}
          </button>
        ) : null}
      </form>
      <div className="line-sum">
        <span className="muted small">{tl.lineTotal}</span>
        <strong className="price">
          <Money minor={l.lineTotal} currency={l.currency} testId="line-total" />
        </strong>
      </div>
      <RemoveButton productId={l.productId} onDone={onChange} />
      {shortfalls.map((s) => (
        <p key={s.code} className="shortfall line-note" data-testid="shortfall" data-code={s.code}>
          {shortfallText(t, lang, s, l.unit)}
        </p>
      ))}
      {l.nextTier && shortfalls.length === 0 ? (
        <p className="muted small line-note">
          {fmt(t.purchase.buy.nextTier, {
            n: num(l.nextTier.moreQty, lang),
            unit: unitName(lang, l.unit, l.nextTier.moreQty),
            price: money(l.nextTier.unitPrice, l.currency),
          })}
        </p>
      ) : null}
      {error ? (
        <p className="error line-note" role="alert">
          {error}
        </p>
      ) : null}
    </li>
  );
}

function RemoveButton({ productId, onDone }: { productId: number; onDone: () => void }) {
  const { t } = useI18n();
  const [busy, setBusy] = useState(false);
  return (
    <button
      type="button"
      className="line-remove"
      disabled={busy}
      data-testid="line-remove"
      onClick={async () => {
        setBusy(true);
        try {
          await api(`/api/purchase-list/lines/${productId}`, { method: 'DELETE' });
        } finally {
          setBusy(false);
          onDone();
        }
      }}
    >
      {t.purchase.list.remove}
    </button>
  );
}
