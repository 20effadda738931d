/**
 * RFQs (求购, 货找人): a buyer posts a need and sees the merchants matched to
 * it with the reason in words, compares their quotes side by side and accepts
 * one (which becomes a purchase: /purchases/:id); a merchant sees the RFQs
 * matched to it (unseen badge) and quotes with a form; the operator reads all.
 */
import { Fragment, useEffect, useMemo, useState, type FormEvent, type ReactNode } from 'react';
import { UNIT_DEFS } from '../../../../src/core/units.ts';
import { api, auth, type CategoryNode } from '../../api.ts';
import { fmt, money, num, pick, unitName, useDocumentTitle, useI18n, type Lang, type Messages } from '../../i18n.tsx';
import { Link, useRouter } from '../../router.tsx';
import { useApi } from '../../use-api.ts';
import { Status } from '../common.tsx';
import { moneyInput, parseMoney, useMe } from './trade-common.tsx';
import { CountBadge } from './trade-nav.tsx';
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
  SignInPrompt,
  type Incoterm,
  type Quote,
  type Rfq,
} from './talk-common.tsx';

const CURRENCIES = ['CNY', 'USD', 'EUR'] as const;
/** Ports buyers of the market ship to most (UN/LOCODE); any other code may be typed. */
const PORTS = [
  'AEJEA',
  'SAJED',
  'EGPSD',
  'IQUQR',
  'IRBND',
  'USLAX',
  'USNYC',
  'DEHAM',
  'NLRTM',
  'GBFXT',
  'RUVVO',
  'BRSSZ',
  'MXZLO',
  'NGAPP',
  'KEMBA',
  'INNSA',
  'PKKHI',
  'SGSIN',
  'MYPKG',
  'THLCH',
];

function RfqFacts({ r }: { r: Rfq }) {
  const { t, lang } = useI18n();
  const w = t.talk.rfq;
  return (
    <dl className="facts rfq-facts">
      <div className="fact-row">
        <dt>{w.quantity}</dt>
        <dd>
          {num(r.qty, lang)} {unitName(lang, r.unit, r.qty)}
        </dd>
      </div>
      {r.targetPrice !== null ? (
        <div className="fact-row">
          <dt>{w.targetPrice}</dt>
          <dd>
            <bdi dir="ltr">{money(r.targetPrice, r.currency)}</bdi>
          </dd>
        </div>
      ) : null}
      <div className="fact-row">
        <dt>{w.deadline}</dt>
        <dd>{dateText(r.deadline, lang)}</dd>
      </div>
      <div className="fact-row">
        <dt>{w.destination}</dt>
        <dd>
          <Code>{r.destination}</Code>
        </dd>
      </div>
      <div className="fact-row">
        <dt>{w.incoterm}</dt>
        <dd>
          <Code>{r.incoterm}</Code>
        </dd>
      </div>
      {r.categoryCode ? (
        <div className="fact-row">
          <dt>{t.searchPage.category}</dt>
          <dd>
            <CategoryName code={r.categoryCode} />
          </dd>
        </div>
      ) : null}
    </dl>
  );
}

function CategoryName({ code }: { code: string }) {
  const { lang } = useI18n();
  const c = useApi<{ nameZh: string; nameEn: string }>(`/api/categories/${code}`);
  return <span data-content="">{c.data ? pick(lang, c.data.nameZh, c.data.nameEn) : code}</span>;
}

function RfqStatus({ status }: { status: Rfq['status'] }) {
  const { t } = useI18n();
  return (
    <span className={`tag rfq-${status}`} data-testid="rfq-status" data-status={status}>
      {t.talk.rfq.status[status]}
    </span>
  );
}

export function RfqsPage(_props: Record<string, string>) {
  const { t, lang } = useI18n();
  const me = useMe();
  const w = t.talk.rfq;
  const role = me.data?.role;
  const list = useApi<{ items: Rfq[]; unseen: number }>(me.data ? '/api/rfqs' : null);
  const title = role === 'merchant' ? w.titleMerchant : role === 'operator' ? w.titleOperator : w.title;
  useDocumentTitle(title);
  if (!auth.token) return <SignInPrompt />;
  if (!me.data) return <Status loading={me.loading} error={me.error} />;
  return (
    <section className="talk-page" data-testid="rfqs-page">
      <div className="section-head">
        <h1>
          {title}
          {list.data ? <CountBadge n={list.data.unseen} label={w.unseenN} testId="rfqs-unseen" /> : null}
        </h1>
        {role === 'buyer' ? (
          <Link to="/rfqs/new" className="button-link" testId="post-rfq">
            {w.post}
          </Link>
        ) : null}
      </div>
      {role === 'buyer' ? <p className="muted small">{w.newHint}</p> : null}
      {list.data && list.data.unseen > 0 ? <p className="notice">{fmt(w.unseenN, { n: num(list.data.unseen, lang) })}</p> : null}
      {!list.data ? (
        <Status loading={list.loading} error={list.error} />
      ) : list.data.items.length === 0 ? (
        <p className="muted">{role === 'merchant' ? w.emptyMerchant : w.empty}</p>
      ) : (
        <ul className="rfq-list" data-testid="rfq-list">
          {list.data.items.map((r) => (
            <li key={r.id}>
              <Link to={`/rfqs/${r.id}`} className="rfq-row" testId="rfq-row">
                <span className="rfq-text" data-content="">
                  {r.text}
                </span>
                <span className="rfq-meta muted small">
                  <span>
                    {num(r.qty, lang)} {unitName(lang, r.unit, r.qty)}
                  </span>
                  <span>{fmt(w.deadlineOn, { date: dateText(r.deadline, lang) })}</span>
                  <span>
                    <Code>{r.destination}</Code> · <Code>{r.incoterm}</Code>
                  </span>
                </span>
                <RfqStatus status={r.status} />
              </Link>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function categoryOptions(tree: readonly CategoryNode[], lang: Lang): { code: string; label: string }[] {
  const out: { code: string; label: string }[] = [];
  for (const c of tree) {
    out.push({ code: c.code, label: pick(lang, c.nameZh, c.nameEn) });
    for (const s of c.children) out.push({ code: s.code, label: `— ${pick(lang, s.nameZh, s.nameEn)}` });
  }
  return out;
}

export function NewRfqPage(_props: Record<string, string>) {
  const { t, lang } = useI18n();
  const { navigate } = useRouter();
  const me = useMe();
  const w = t.talk.rfq;
  useDocumentTitle(w.newTitle);
  const tree = useApi<CategoryNode[]>('/api/categories');
  const [f, setF] = useState({
    text: '',
    categoryCode: '',
    qty: '',
    unit: 'pcs',
    targetPrice: '',
    currency: 'CNY',
    deadline: daysFromToday(14),
    destination: '',
    incoterm: 'FOB' as Incoterm,
  });
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const options = useMemo(() => (tree.data ? categoryOptions(tree.data, lang) : []), [tree.data, lang]);
  if (!auth.token) return <SignInPrompt />;
  if (!me.data) return <Status loading={me.loading} error={me.error} />;
  if (me.data.role !== 'buyer') return <p className="muted">{t.talk.compose.buyersOnly}</p>;
  const set = (k: keyof typeof f) => (e: { target: { value: string } }) => setF({ ...f, [k]: e.target.value });
  const fields = {
    text: w.text,
    categoryCode: w.category,
    qty: w.quantity,
    unit: w.unit,
    targetPrice: w.targetPrice,
    currency: w.currency,
    deadline: w.deadline,
    destination: w.destination,
    incoterm: w.incoterm,
  };
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    const target = f.targetPrice.trim() ? parseMoney(f.targetPrice, f.currency) : undefined;
    if (target === null) return setError(`${w.badPrice} (${w.targetPrice})`);
    setBusy(true);
    try {
      const r = await api<Rfq>('/api/rfqs', {
        method: 'POST',
        body: JSON.stringify({
          text: f.text,
          ...(f.categoryCode ? { categoryCode: f.categoryCode } : {}),
          qty: Number(f.qty),
          unit: f.unit,
          ...(target ? { targetPrice: target } : {}),
          currency: f.currency,
          deadline: f.deadline,
          destination: f.destination.trim().toUpperCase(),
          incoterm: f.incoterm,
        }),
      });
      navigate(`/rfqs/${r.id}`);
    } catch (err) {
      setError(refusal(t, err, fields));
      setBusy(false);
    }
  };
  return (
    <section className="talk-page">
      <Link to="/rfqs" className="back-link">
        ← {w.back}
      </Link>
      <h1>{w.newTitle}</h1>
      <p className="muted small">{w.newHint}</p>
      <form className="panel rfq-form" onSubmit={submit} data-testid="rfq-form">
        <label className="field wide">
          <span>{w.text}</span>
          <textarea
            value={f.text}
            onChange={set('text')}
            rows={3}
            required
            minLength={2}
            maxLength={2000}
            placeholder={w.textPlaceholder}
            data-testid="rfq-text"
          />
        </label>
        <label className="field wide">
          <span>{w.category}</span>
          <select value={f.categoryCode} onChange={set('categoryCode')} data-testid="rfq-category">
            <option value="">{w.anyCategory}</option>
            {options.map((o) => (
              <option key={o.code} value={o.code}>
                {o.label}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span>{w.quantity}</span>
          <input type="number" min={1} step={1} required value={f.qty} onChange={set('qty')} inputMode="numeric" data-testid="rfq-qty" />
        </label>
        <label className="field">
          <span>{w.unit}</span>
          <select value={f.unit} onChange={set('unit')}>
            {UNIT_DEFS.map((u) => (
              <option key={u.key} value={u.key}>
                {unitName(lang, u.key)}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span>{w.targetPrice}</span>
          <input value={f.targetPrice} onChange={set('targetPrice')} inputMode="decimal" dir="ltr" data-testid="rfq-target" />
        </label>
        <label className="field">
          <span>{w.currency}</span>
          <select value={f.currency} onChange={set('currency')}>
            {CURRENCIES.map((c) => (
              <option key={c} value={c}>
                {c}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span>{w.deadline}</span>
          <input type="date" required min={daysFromToday(0)} value={f.deadline} onChange={set('deadline')} data-testid="rfq-deadline" />
        </label>
        <label className="field">
          <span>{w.incoterm}</span>
          <select value={f.incoterm} onChange={set('incoterm')} data-testid="rfq-incoterm">
            {INCOTERMS.map((c) => (
              <option key={c} value={c}>
                {c}
              </option>
            ))}
          </select>
        </label>
        <label className="field wide">
          <span>{w.destination}</span>
          <input
            value={f.destination}
            onChange={set('destination')}
            required
            pattern="[A-Za-z]{2}[A-Za-z2-9]{3}"
            maxLength={5}
            list="rfq-ports"
            dir="ltr"
            autoCapitalize="characters"
            data-testid="rfq-destination"
          />
          <datalist id="rfq-ports">
            {PORTS.map((p) => (
              <option key={p} value={p} />
            ))}
          </datalist>
          <span className="muted small">
            {w.destinationHint} <Code>AEJEA</Code> <Code>USLAX</Code> <Code>DEHAM</Code>
          </span>
        </label>
        {error ? (
          <p className="error wide" role="alert">
            {error}
          </p>
        ) : null}
        <div className="wide">
          <button type="submit" disabled={busy} data-testid="rfq-submit">
            {busy ? t.talk.common.sending : w.submit}
          </button>
        </div>
      </form>
    </section>
  );
}

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

function Matches({ rfq }: { rfq: Rfq }) {
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
function CompareQuotes({ rfq, canAccept, heading }: { rfq: Rfq; canAccept: boolean; heading?: string }) {
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
function QuoteForm({ rfq, onSent }: { rfq: Rfq; onSent: () => void }) {
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

export function RfqPage({ id }: { id: string }) {
  const { t, lang } = useI18n();
  const me = useMe();
  const w = t.talk.rfq;
  const rfq = useApi<Rfq>(me.data ? `/api/rfqs/${encodeURIComponent(id)}` : null);
  useDocumentTitle(rfq.data ? rfq.data.text.slice(0, 40) : w.title);
  // a merchant opening the RFQ marks it seen: the header's badge goes down
  useEffect(() => {
    if (rfq.data && me.data?.role === 'merchant') badgesChanged();
  }, [rfq.data, me.data?.role]);
  if (!auth.token) return <SignInPrompt />;
  if (!me.data) return <Status loading={me.loading} error={me.error} />;
  if (!rfq.data) return <Status loading={rfq.loading} error={rfq.error} />;
  const r = rfq.data;
  const role = me.data.role;
  return (
    <section className="talk-page rfq-page" data-testid="rfq-page">
      <Link to="/rfqs" className="back-link">
        ← {w.back}
      </Link>
      <header className="rfq-head">
        <h1 data-content="">{r.text}</h1>
        <div className="muted small">
          <RfqStatus status={r.status} /> {fmt(w.postedOn, { date: dateText(r.createdAt, lang) })}
        </div>
      </header>
      <RfqFacts r={r} />
      {role === 'merchant' ? (
        <>
          {r.quotes?.[0] ? <CompareQuotes rfq={r} canAccept={false} heading={w.yourQuote} /> : null}
          {r.status === 'open' && (!r.quotes?.[0] || r.quotes[0].status === 'open') ? (
            <QuoteForm rfq={r} onSent={rfq.reload} />
          ) : (
            <p className="muted">{w.notOpen}</p>
          )}
        </>
      ) : (
        <>
          <CompareQuotes rfq={r} canAccept={role === 'buyer'} />
          <Matches rfq={r} />
        </>
      )}
    </section>
  );
}
