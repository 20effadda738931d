/**
 * The product page's buy box: the tier table with a quantity box (the tier
 * that applies is highlighted and the line total follows the typing), MOQ and
 * stock, and for a buyer "add to purchase list" and "ask the merchant"
 * (opens an inquiry and goes to its thread). Visitors are asked to sign in;
 * merchants and the operator see the prices only.
 */
import { useEffect, useState } from 'react';
import { api, auth, type Product } from '../../api.ts';
import { fmt, money, num, pick, unitName, useI18n } from '../../i18n.tsx';
import { Link, useRouter } from '../../router.tsx';
import { useApi } from '../../use-api.ts';
import { listChanged, tradeError, useMe, type PurchaseListBody } from './trade-common.tsx';

/** The tier whose quantity band holds `qty` (tiers ascend by minQty); none below the first. */
export function tierFor(tiers: { minQty: number; unitPrice: number }[], qty: number): number {
  let at = -1;
  tiers.forEach((t, i) => {
    if (qty >= t.minQty) at = i;
  });
  return at;
}

export function BuyBox({ p }: { p: Product }) {
  const { lang, t } = useI18n();
  const tp = t.productPage;
  const [text, setText] = useState(String(p.moq));
  useEffect(() => setText(String(p.moq)), [p.moq]);
  const qty = /^\d{1,9}$/.test(text.trim()) ? Number(text.trim()) : Number.NaN;
  const tiers = p.priceTiers;
  const at = Number.isFinite(qty) ? tierFor(tiers, qty) : -1;
  const tier = at >= 0 ? tiers[at] : undefined;
  const next = at >= 0 ? tiers[at + 1] : undefined;
  const unit = unitName(lang, p.unit, 2);
  return (
    <div className="price-calc buy-box" data-testid="buy-box">
      <table className="tiers" data-testid="price-tiers">
        <caption>{t.tieredPrice}</caption>
        <thead>
          <tr>
            <th scope="col">
              {t.quantity} ({unit})
            </th>
            <th scope="col">{t.unitPrice}</th>
          </tr>
        </thead>
        <tbody>
          {tiers.map((tr, i) => (
            <tr key={tr.minQty} className={i === at ? 'tier-on' : undefined} aria-current={i === at ? 'true' : undefined} data-testid="tier-row">
              <td>
                <bdi dir="ltr">{tiers[i + 1] ? `${num(tr.minQty, lang)} – ${num(tiers[i + 1]!.minQty - 1, lang)}` : `≥ ${num(tr.minQty, lang)}`}</bdi>
                {i === at ? <span className="tier-badge">{tp.tierApplies}</span> : null}
              </td>
              <td className="price">
                <bdi dir="ltr">{money(tr.unitPrice, p.currency)}</bdi>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="buy-terms muted small">
        <span data-testid="buy-moq">
          {t.moq} {num(p.moq, lang)} {unitName(lang, p.unit, p.moq)}
        </span>
        <span aria-hidden="true"> · </span>
        <span data-testid="buy-stock">
          {t.stock} {num(p.stock, lang)} {unitName(lang, p.unit, p.stock)}
        </span>
      </p>
      <div className="qty-row">
        <label>
          {fmt(tp.quantityFor, { unit })}
          <input
            inputMode="numeric"
            value={text}
            onChange={(e) => setText(e.target.value.replace(/[^\d]/g, ''))}
            data-testid="quantity"
            aria-describedby="line-total"
          />
        </label>
        <output id="line-total" className="line-total" data-testid="line-total" aria-live="polite">
          {tier ? (
            <>
              {tp.lineTotal}:{' '}
              <strong className="price">
                <bdi dir="ltr">{money(tier.unitPrice * qty, p.currency)}</bdi>
              </strong>{' '}
              <span className="muted small">
                (<bdi dir="ltr">{money(tier.unitPrice, p.currency)}</bdi> × {num(qty, lang)} ·{' '}
                {fmt(tp.cartons, { n: num(Math.ceil(qty / p.carton.units), lang) })})
              </span>
            </>
          ) : Number.isFinite(qty) ? (
            <span className="error">{fmt(tp.belowMoq, { n: `${num(p.moq, lang)} ${unit}` })}</span>
          ) : null}
          {tier && qty > p.stock ? <span className="error"> · {tp.overStock}</span> : null}
        </output>
      </div>
      {tier && next ? (
        <p className="muted small" data-testid="next-tier">
          {fmt(t.purchase.buy.nextTier, {
            n: num(next.minQty - qty, lang),
            unit: unitName(lang, p.unit, next.minQty - qty),
            price: money(next.unitPrice, p.currency),
          })}
        </p>
      ) : null}
      <BuyActions p={p} qty={qty} />
    </div>
  );
}

/** "Add to purchase list" and "ask the merchant" for a buyer; a sign-in invitation for a visitor; nothing for other roles. */
function BuyActions({ p, qty }: { p: Product; qty: number }) {
  const { lang, t } = useI18n();
  const tb = t.purchase.buy;
  const { navigate } = useRouter();
  const me = useMe();
  const isBuyer = me.data?.role === 'buyer';
  const list = useApi<PurchaseListBody>(isBuyer ? '/api/purchase-list' : null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [asking, setAsking] = useState(false);
  const [message, setMessage] = useState('');
  if (!auth.token)
    return (
      <p className="buy-sign-in" data-testid="buy-sign-in">
        {tb.signInPrompt}{' '}
        <Link to="/sign-in" className="button-link">
          {t.signIn}
        </Link>
      </p>
    );
  if (!isBuyer) return null;
  const inList = list.data?.orders.flatMap((o) => o.lines).find((l) => l.productId === p.id);
  const valid = Number.isFinite(qty) && qty >= 1;
  const add = async () => {
    setBusy(true);
    setError(null);
    try {
      await api(`/api/purchase-list/lines/${p.id}`, { method: 'PUT', body: JSON.stringify({ qty }) });
      list.reload();
      listChanged();
    } catch (e) {
      setError(tradeError(t, e));
    } finally {
      setBusy(false);
    }
  };
  const openAsk = () => {
    setMessage(fmt(tb.askDefault, { qty: num(valid ? qty : p.moq, lang), unit: unitName(lang, p.unit, valid ? qty : p.moq) }));
    setAsking(true);
  };
  const ask = async () => {
    setBusy(true);
    setError(null);
    try {
      const thread = await api<{ id: number }>('/api/inquiries', {
        method: 'POST',
        body: JSON.stringify({ productId: p.id, body: message, lang, subject: pick(lang, p.titleZh, p.titleEn).slice(0, 200) || undefined }),
      });
      navigate(`/inquiries/${thread.id}`);
    } catch (e) {
      setError(tradeError(t, e));
      setBusy(false);
    }
  };
  return (
    <div className="buy-actions">
      <div className="buy-buttons">
        <button type="button" className="primary" onClick={add} disabled={busy || !valid} data-testid="add-to-list">
          {busy && !asking ? tb.adding : inList ? tb.updateList : tb.addToList}
        </button>
        <button type="button" onClick={openAsk} disabled={busy || asking} data-testid="ask-merchant">
          {tb.askMerchant}
        </button>
      </div>
      {inList ? (
        <p className="ok small" data-testid="in-list" role="status">
          {fmt(tb.added, { qty: num(inList.qty, lang), unit: unitName(lang, p.unit, inList.qty) })} ·{' '}
          <Link to="/list" testId="view-list">
            {tb.viewList}
          </Link>
        </p>
      ) : null}
      {asking ? (
        <form
          className="ask-form"
          onSubmit={(e) => {
            e.preventDefault();
            void ask();
          }}
        >
          <label>
            {tb.askTitle}
            <textarea rows={3} value={message} onChange={(e) => setMessage(e.target.value)} maxLength={5000} data-testid="ask-message" />
          </label>
          <div className="buy-buttons">
            <button type="submit" disabled={busy || !message.trim()} data-testid="ask-send">
              {busy ? tb.sending : tb.send}
            </button>
            <button type="button" onClick={() => setAsking(false)}>
              {tb.cancel}
            </button>
          </div>
        </form>
      ) : null}
      {error ? (
        <p className="error" role="alert" data-testid="buy-error">
          {error}
        </p>
      ) : null}
    </div>
  );
}
