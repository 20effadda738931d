/** The buyer's RFQ form (/rfqs/new): what, how many, target price, deadline, port (UN/LOCODE), Incoterm. */
import { useMemo, useState, type FormEvent } from 'react';
import { UNIT_DEFS } from '../../../../src/core/units.ts';
import { api, auth, type CategoryNode } from '../../api.ts';
import { pick, unitName, useDocumentTitle, useI18n, type Lang } from '../../i18n.tsx';
import { Link, useRouter } from '../../router.tsx';
import { useApi } from '../../use-api.ts';
import { Status } from '../common.tsx';
import { parseMoney, useMe } from './trade-common.tsx';
import { Code, daysFromToday, INCOTERMS, refusal, SignInPrompt, type Incoterm, type Rfq } from './talk-common.tsx';
import { CURRENCIES } from './rfq-quotes.tsx';

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
