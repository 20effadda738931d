/** An RFQ's matched merchants (with the reason in words), its quotes side by side, and the merchant's quote form. */
import { Fragment, useState, type FormEvent, type ReactNode } from 'react';
import { api } from '../../api.ts';
import { fmt, money, num, pick, unitName, useI18n, type Lang, type Messages } from '../../i18n.tsx';
import { Link, useRouter } from '../../router.tsx';
import { useApi } from '../../use-api.ts';
import { moneyInput, parseMoney } from './trade-common.tsx';
import {
  Amount,
  badgesChanged,
  Code,
  fmtNodes,
  dateText,
  daysFromToday,
  duration,
  EntityName,
  INCOTERMS,
  refusal,
  type Incoterm,
  type Quote,
  type Rfq,
} from './talk-common.tsx';

/** The currencies an RFQ's target price and a quote may be in. */
export const CURRENCIES = ['CNY', 'USD', 'EUR'] as const;

/** Why a merchant was matched, in words: "sells 37 matching products in 保温杯; MOQ fits; answers in 2 h on median". */
export function reasonParts(t: Messages, lang: Lang, m: NonNullable<Rfq['matches']>[number], categoryName: string | null): ReactNode[] {
  const w = t.talk.rfq;
  const r = m.reason;
  const parts: ReactNode[] = [
    categoryName
      ? fmtNodes(w.reasonProductsIn, { n: num(r.matchingProducts, lang), category: <span data-content="">{categoryName}</span> })
      : fmt(w.reasonProducts, { n: num(r.matchingProducts, lang) }),
    r.moqFits ? fmt(w.reasonMoqFits, { moq: num(r.minMoq, lang) }) : fmt(w.reasonMoqHigh, { moq: num(r.minMoq, lang) }),
    r.medianResponseSeconds === null ? w.reasonResponseUnknown : fmt(w.reasonResponse, { time: duration(t, lang, r.medianResponseSeconds) }),
  ];
  if (r.lowestUnitPrice !== null && r.currency) parts.push(fmtNodes(w.reasonPrice, { price: <Amount minor={r.lowestUnitPrice} currency={r.currency} /> }));
  return parts;
}

export function Matches({ rfq }: { rfq: Rfq }) {
  const { t, lang } = useI18n();
  const w = t.talk.rfq;
  const cat = useApi<{ nameZh: string; nameEn: string }>(rfq.categoryCode ? `/api/categories/${rfq.categoryCode}` : null);
  const catName = cat.data ? pick(lang, cat.data.nameZh, cat.data.nameEn) : null;
  const matches = rfq.matches ?? [];
  return (
    <section className="rfq-matches" aria-labelledby="matches-h">
      <h2 id="matches-h">{w.matches}</h2>
      {matches.length === 0 ? (
        <p className="muted">{w.noMatches}</p>
      ) : (
        <ol className="match-list" data-testid="matches">
          {matches.map((m) => (
            <li key={m.merchantId} className="match" data-testid="match">
              <div className="match-head">
                <span className="match-rank">{fmt(w.rank, { n: num(m.rank, lang) })}</span>
                <strong>
                  <EntityName id={m.merchantId} kind="merchant" />
                </strong>
                <span className="muted small">{fmt(w.score, { n: num(m.score, lang) })}</span>
                <span className="muted small">{m.seen ? w.seen : w.notSeen}</span>
              </div>
              <p className="match-reason" data-testid="match-reason">
                {reasonParts(t, lang, m, catName).map((p, i) => (
                  <Fragment key={i}>
                    {i ? t.talk.common.listSep : null}
                    {p}
                  </Fragment>
                ))}
              </p>
              <Link to={`/product/${m.reason.bestProductId}`} className="small">
                {t.talk.thread.product} #{num(m.reason.bestProductId, lang)}
              </Link>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

function TierLines({ q, unit }: { q: Quote; unit: string }) {
  const { t, lang } = useI18n();
  return (
    <ul className="tier-lines">
      {q.tiers.map((x) => (
        <li key={x.minQty}>
          {fmtNodes(t.talk.rfq.tierFrom, {
            qty: (
              <>
                <bdi dir="ltr">{num(x.minQty, lang)}</bdi> {unitName(lang, unit, x.minQty)}
              </>
            ),
            price: <Amount minor={x.unitPrice} currency={q.currency} />,
          })}
        </li>
      ))}
    </ul>
  );
}

function sampleText(t: Messages, q: Quote): string {
  const w = t.talk.rfq;
  if (!q.sampleAvailable) return w.noSample;
  return !q.samplePrice ? w.sampleFree : fmt(w.samplePrice, { price: money(q.samplePrice, q.currency) });
}

/** Quotes side by side: one column per quote, one row per term; the lowest total at the RFQ's quantity is marked. */
export function CompareQuotes({ rfq, canAccept, heading }: { rfq: Rfq; canAccept: boolean; heading?: string }) {
  const { t, lang } = useI18n();
  const { navigate } = useRouter();
  const w = t.talk.rfq;
  const quotes = rfq.quotes ?? [];
  const [busy, setBusy] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);
  const today = daysFromToday(0);
  const totals = quotes.filter((q) => q.atRfqQty && q.status === 'open').map((q) => q.atRfqQty!.total);
  const best = totals.length > 1 ? Math.min(...totals) : null;
  const accept = async (q: Quote) => {
    setError(null);
    setBusy(q.id);
    try {
      const r = await api<{ orderId: number; purchaseId: number }>(`/api/quotes/${q.id}/accept`, { method: 'POST', body: '{}' });
      badgesChanged();
      navigate(`/purchases/${r.purchaseId}`);
    } catch (err) {
      setError(refusal(t, err));
      setBusy(null);
    }
  };
  const row = (label: string, cell: (q: Quote) => ReactNode, testId?: string) => (
    <tr data-testid={testId}>
      <th scope="row">{label}</th>
      {quotes.map((q) => (
        <td key={q.id} className={best !== null && q.atRfqQty?.total === best ? 'best' : undefined}>
          {cell(q)}
        </td>
      ))}
    </tr>
  );
  return (
    <section aria-labelledby="quotes-h">
      <h2 id="quotes-h">{heading ?? w.quotes}</h2>
      {quotes.length === 0 ? (
        <p className="muted" data-testid="no-quotes">
          {w.noQuotes}
        </p>
      ) : (
        <div className="table-scroll">
          <table className="compare" data-testid="compare">
            <thead>
              <tr>
                <th scope="col">
                  <span className="visually-hidden">{w.merchant}</span>
                </th>
                {quotes.map((q) => (
                  <th key={q.id} scope="col" data-testid="quote-col">
                    <EntityName id={q.merchantId} kind="merchant" />
                    {best !== null && q.atRfqQty?.total === best ? <span className="tag tag-good">{w.best}</span> : null}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {row(
                fmt(w.atQty, { qty: `${num(rfq.qty, lang)} ${unitName(lang, rfq.unit, rfq.qty)}` }),
                (q) =>
                  q.atRfqQty ? (
                    <span className="price">
                      <bdi dir="ltr">{money(q.atRfqQty.unitPrice, q.currency)}</bdi>
                    </span>
                  ) : (
                    <span className="muted">{w.belowMoq}</span>
                  ),
                'row-unit-price',
              )}
              {row(w.total, (q) => (q.atRfqQty ? <bdi dir="ltr">{money(q.atRfqQty.total, q.currency)}</bdi> : t.talk.common.none), 'row-total')}
              {row(w.tiers, (q) => (
                <TierLines q={q} unit={rfq.unit} />
              ))}
              {row(w.moq, (q) => `${num(q.moq, lang)} ${unitName(lang, rfq.unit, q.moq)}`)}
              {row(w.leadTime, (q) => fmt(w.days, { n: num(q.leadTimeDays, lang) }))}
              {row(w.validUntil, (q) => (
                <>
                  {dateText(q.validUntil, lang)}
                  {q.validUntil < today ? <span className="tag tag-warn">{w.expired}</span> : null}
                </>
              ))}
              {row(w.incotermShort, (q) => (
                <Code>{q.incoterm}</Code>
              ))}
              {row(w.sample, (q) => sampleText(t, q))}
              {row(w.note, (q) => (q.note ? <span data-content="">{q.note}</span> : t.talk.common.none))}
              {row(w.quoteStatus, (q) => w.quoteStatusName[q.status])}
              {canAccept
                ? row('', (q) =>
                    q.status === 'open' && rfq.status === 'open' && q.atRfqQty && q.validUntil >= today ? (
                      <button type="button" className="primary" disabled={busy !== null} onClick={() => accept(q)} data-testid="accept-quote">
                        {busy === q.id ? w.accepting : w.accept}
                      </button>
                    ) : q.status === 'accepted' && q.orderId ? (
                      <Link to={`/orders/${q.orderId}`}>{w.acceptedGo}</Link>
                    ) : null,
                  )
                : null}
            </tbody>
          </table>
        </div>
      )}
      {error ? (
        <p className="error" role="alert">
          {error}
        </p>
      ) : null}
    </section>
  );
}

type TierDraft = { qty: string; price: string };

/** A matched merchant's quote form (new, or changing its open quote). */
export function QuoteForm({ rfq, onSent }: { rfq: Rfq; onSent: () => void }) {
  const { t, lang } = useI18n();
  const w = t.talk.rfq;
  const own = rfq.quotes?.[0];
  const [currency, setCurrency] = useState(own?.currency ?? rfq.currency);
  const [tiers, setTiers] = useState<TierDraft[]>(
    own ? own.tiers.map((x) => ({ qty: String(x.minQty), price: moneyInput(x.unitPrice, own.currency) })) : [{ qty: String(rfq.qty), price: '' }],
  );
  const [moq, setMoq] = useState(String(own?.moq ?? rfq.qty));
  const [lead, setLead] = useState(String(own?.leadTimeDays ?? 15));
  const [validUntil, setValidUntil] = useState(own?.validUntil ?? daysFromToday(30));
  const [incoterm, setIncoterm] = useState<Incoterm>(own?.incoterm ?? rfq.incoterm);
  const [sample, setSample] = useState(own?.sampleAvailable ?? false);
  const [samplePrice, setSamplePrice] = useState(own?.samplePrice ? moneyInput(own.samplePrice, own.currency) : '0');
  const [note, setNote] = useState(own?.note ?? '');
  const [productId, setProductId] = useState(own?.productId ? String(own.productId) : '');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [sent, setSent] = useState(false);
  const setTier = (i: number, k: keyof TierDraft, v: string) => setTiers(tiers.map((x, j) => (j === i ? { ...x, [k]: v } : x)));
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    setSent(false);
    const parsed = tiers.map((x) => ({ minQty: Number(x.qty), unitPrice: parseMoney(x.price, currency) }));
    if (parsed.some((x) => x.unitPrice === null || !x.unitPrice)) return setError(`${w.badPrice} (${fmt(w.tierPrice, { currency })})`);
    const sp = sample ? parseMoney(samplePrice || '0', currency) : null;
    if (sample && sp === null) return setError(`${w.badPrice} (${fmt(w.samplePriceLabel, { currency })})`);
    setBusy(true);
    try {
      await api<Quote>(`/api/rfqs/${rfq.id}/quote`, {
        method: 'PUT',
        body: JSON.stringify({
          currency,
          tiers: parsed,
          moq: Number(moq),
          leadTimeDays: Number(lead),
          validUntil,
          incoterm,
          sampleAvailable: sample,
          ...(sample && sp !== null ? { samplePrice: sp } : {}),
          ...(note.trim() ? { note: note.trim() } : {}),
          ...(productId ? { productId: Number(productId) } : {}),
        }),
      });
      setSent(true);
      badgesChanged();
      onSent();
    } catch (err) {
      setError(
        refusal(t, err, {
          tiers: w.tiers,
          moq: w.moq,
          leadTimeDays: w.leadTimeDays,
          validUntil: w.validUntil,
          incoterm: w.incotermShort,
          samplePrice: w.sample,
          productId: w.productId,
          note: w.note,
        }),
      );
    } finally {
      setBusy(false);
    }
  };
  return (
    <form className="panel quote-form" onSubmit={submit} data-testid="quote-form">
      <h2>{own ? w.quoteFormUpdate : w.quoteForm}</h2>
      <label className="field">
        <span>{w.currency}</span>
        <select value={currency} onChange={(e) => setCurrency(e.target.value)}>
          {CURRENCIES.map((c) => (
            <option key={c} value={c}>
              {c}
            </option>
          ))}
        </select>
      </label>
      <fieldset className="tiers-edit wide">
        <legend>{w.tiers}</legend>
        {tiers.map((x, i) => (
          <div className="tier-edit" key={i}>
            <label className="field">
              <span>
                {w.tierQty} ({unitName(lang, rfq.unit, 2)})
              </span>
              <input type="number" min={1} required value={x.qty} onChange={(e) => setTier(i, 'qty', e.target.value)} data-testid="tier-qty" />
            </label>
            <label className="field">
              <span>{fmt(w.tierPrice, { currency })}</span>
              <input required value={x.price} onChange={(e) => setTier(i, 'price', e.target.value)} inputMode="decimal" dir="ltr" data-testid="tier-price" />
            </label>
            {tiers.length > 1 ? (
              <button type="button" onClick={() => setTiers(tiers.filter((_, j) => j !== i))} aria-label={w.removeTier}>
                ✕
              </button>
            ) : null}
          </div>
        ))}
        {tiers.length < 10 ? (
          <button type="button" onClick={() => setTiers([...tiers, { qty: '', price: '' }])}>
            + {w.addTier}
          </button>
        ) : null}
      </fieldset>
      <label className="field">
        <span>{w.moq}</span>
        <input type="number" min={1} required value={moq} onChange={(e) => setMoq(e.target.value)} data-testid="quote-moq" />
      </label>
      <label className="field">
        <span>{w.leadTimeDays}</span>
        <input type="number" min={0} max={365} required value={lead} onChange={(e) => setLead(e.target.value)} data-testid="quote-lead" />
      </label>
      <label className="field">
        <span>{w.validUntil}</span>
        <input type="date" required min={daysFromToday(0)} value={validUntil} onChange={(e) => setValidUntil(e.target.value)} />
      </label>
      <label className="field">
        <span>{w.incotermShort}</span>
        <select value={incoterm} onChange={(e) => setIncoterm(e.target.value as Incoterm)}>
          {INCOTERMS.map((c) => (
            <option key={c} value={c}>
              {c}
            </option>
          ))}
        </select>
      </label>
      <label className="check">
        <input type="checkbox" checked={sample} onChange={(e) => setSample(e.target.checked)} />
        <span>{w.sampleAvailable}</span>
      </label>
      {sample ? (
        <label className="field">
          <span>{fmt(w.samplePriceLabel, { currency })}</span>
          <input value={samplePrice} onChange={(e) => setSamplePrice(e.target.value)} inputMode="decimal" dir="ltr" />
        </label>
      ) : null}
      <label className="field">
        <span>{w.productId}</span>
        <input inputMode="numeric" value={productId} onChange={(e) => setProductId(e.target.value.replace(/\D/g, ''))} dir="ltr" />
      </label>
      <label className="field wide">
        <span>{w.note}</span>
        <textarea value={note} onChange={(e) => setNote(e.target.value)} rows={2} maxLength={2000} />
      </label>
      {error ? (
        <p className="error wide" role="alert">
          {error}
        </p>
      ) : null}
      {sent ? (
        <p className="ok wide" role="status" data-testid="quote-sent">
          {w.quoteSent}
        </p>
      ) : null}
      <div className="wide">
        <button type="submit" disabled={busy} data-testid="quote-submit">
          {busy ? t.talk.common.sending : w.sendQuote}
        </button>
      </div>
    </form>
  );
}
