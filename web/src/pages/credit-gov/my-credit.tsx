/**
 * An entity's own credit governance: credit promises (sign one, see its
 * check), consented sharing of its credit report (grant, the token shown once,
 * revoke, who read it) and, for a merchant, the standards declared on its own
 * products (亮标).
 */
import { useState, type FormEvent } from 'react';
import { api } from '../../api.ts';
import { useDocumentTitle, useI18n } from '../../i18n.tsx';
import { Link } from '../../router.tsx';
import { useApi } from '../../use-api.ts';
import { Status } from '../common.tsx';
import { when } from '../trade/trade-common.tsx';
import { Datum, day, ForRoles, Refusal, type CreditPromise, type DeclaredStandard, type ShareGranted, type ShareLog } from './gov-common.tsx';

function Promises() {
  const { t, lang } = useI18n();
  const w = t.creditGov.promises;
  const list = useApi<CreditPromise[]>('/api/credit/promises');
  const [kind, setKind] = useState<keyof typeof w.kinds>('stall_transfer');
  const [ref, setRef] = useState('');
  const [text, setText] = useState(w.defaultText);
  const [err, setErr] = useState<unknown>(null);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setErr(null);
    try {
      await api('/api/credit/promises', { method: 'POST', body: JSON.stringify({ applicationKind: kind, applicationRef: ref, promiseText: text }) });
      setRef('');
      list.reload();
    } catch (x) {
      setErr(x);
    }
  };
  return (
    <section data-testid="promises">
      <h2>{w.title}</h2>
      <form className="gov-form" onSubmit={submit} data-testid="promise-form">
        <h3>{w.sign}</h3>
        <label>
          {w.kind}
          <select value={kind} onChange={(e) => setKind(e.target.value as typeof kind)} data-testid="promise-kind">
            {(Object.keys(w.kinds) as (keyof typeof w.kinds)[]).map((k) => (
              <option key={k} value={k}>
                {w.kinds[k]}
              </option>
            ))}
          </select>
        </label>
        <label>
          {w.ref}
          <input value={ref} onChange={(e) => setRef(e.target.value)} required data-testid="promise-ref" />
        </label>
        <label>
          {w.text}
          <textarea value={text} onChange={(e) => setText(e.target.value)} required rows={3} data-testid="promise-text" />
        </label>
        <button type="submit" data-testid="promise-submit">
          {w.submit}
        </button>
        <Refusal err={err} />
      </form>
      {!list.data ? (
        <Status loading={list.loading} error={list.error} />
      ) : list.data.length === 0 ? (
        <p className="muted">{w.none}</p>
      ) : (
        <ul className="gov-list">
          {list.data.map((p) => (
            <li key={p.id} className="gov-card" data-testid="promise" data-status={p.status}>
              <h3>
                {(w.kinds as Record<string, string>)[p.applicationKind] ?? <Datum>{p.applicationKind}</Datum>} <Datum>{p.applicationRef}</Datum>
              </h3>
              <span className="tag">{w.status[p.status]}</span>
              <dl>
                <dt>{w.signed}</dt>
                <dd>{day(p.signedAt, lang)}</dd>
                <dt>{w.due}</dt>
                <dd>{day(p.checkDueOn, lang)}</dd>
              </dl>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function Shares() {
  const { t, lang } = useI18n();
  const w = t.creditGov.shares;
  const log = useApi<ShareLog>('/api/credit/shares');
  const [grantee, setGrantee] = useState('');
  const [purpose, setPurpose] = useState('');
  const [validTo, setValidTo] = useState(() => new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10));
  const [token, setToken] = useState<string | null>(null);
  const [err, setErr] = useState<unknown>(null);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setErr(null);
    try {
      const g = await api<ShareGranted>('/api/credit/shares', {
        method: 'POST',
        body: JSON.stringify({ granteeName: grantee, ...(purpose ? { purpose } : {}), validTo: new Date(`${validTo}T23:59:59Z`).toISOString() }),
      });
      setToken(g.token);
      setGrantee('');
      log.reload();
    } catch (x) {
      setErr(x);
    }
  };
  const revoke = async (id: number) => {
    try {
      await api(`/api/credit/shares/${id}/revoke`, { method: 'POST' });
      log.reload();
    } catch (x) {
      setErr(x);
    }
  };
  const granteeOf = (id: number) => log.data?.shares.find((s) => s.id === id)?.granteeName ?? '';
  return (
    <section data-testid="shares">
      <h2>{w.title}</h2>
      <form className="gov-form" onSubmit={submit} data-testid="share-form">
        <h3>{w.grant}</h3>
        <label>
          {w.grantee}
          <input value={grantee} onChange={(e) => setGrantee(e.target.value)} required minLength={2} data-testid="share-grantee" />
        </label>
        <label>
          {w.purpose}
          <input value={purpose} onChange={(e) => setPurpose(e.target.value)} />
        </label>
        <label>
          {w.validTo}
          <input type="date" value={validTo} onChange={(e) => setValidTo(e.target.value)} required data-testid="share-valid-to" />
        </label>
        <button type="submit" data-testid="share-submit">
          {w.submit}
        </button>
        <Refusal err={err} />
      </form>
      {token ? (
        <p className="gov-token" data-testid="share-token">
          {w.token}: <Datum>{token}</Datum>
        </p>
      ) : null}
      {!log.data ? (
        <Status loading={log.loading} error={log.error} />
      ) : (
        <>
          {log.data.shares.length === 0 ? <p className="muted">{w.none}</p> : null}
          <ul className="gov-list">
            {log.data.shares.map((s) => (
              <li key={s.id} className="gov-card" data-testid="share" data-active={String(s.active)}>
                <h3 dir="auto" data-content="">
                  {s.granteeName}
                </h3>
                <span className="tag">{s.active ? w.active : w.inactive}</span>{' '}
                <span className="muted small">{`${day(s.validFrom, lang)} – ${day(s.validTo, lang)}`}</span>
                {s.active ? (
                  <div className="gov-actions">
                    <button type="button" onClick={() => revoke(s.id)} data-testid="share-revoke">
                      {w.revoke}
                    </button>
                  </div>
                ) : null}
              </li>
            ))}
          </ul>
          <h3>{w.reads}</h3>
          {log.data.reads.length === 0 ? (
            <p className="muted">{w.noReads}</p>
          ) : (
            <div className="table-scroll">
              <table className="gov-table" data-testid="share-reads">
                <thead>
                  <tr>
                    <th>{w.at}</th>
                    <th>{w.reader}</th>
                    <th>{w.address}</th>
                  </tr>
                </thead>
                <tbody>
                  {log.data.reads.map((r) => (
                    <tr key={r.id} data-testid="share-read">
                      <td>{when(r.at, lang)}</td>
                      <td dir="auto" data-content="">
                        {granteeOf(r.shareId) || r.reader}
                      </td>
                      <td>
                        <Datum>{r.address ?? '—'}</Datum>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </>
      )}
    </section>
  );
}

function Standards() {
  const { t } = useI18n();
  const w = t.creditGov.standards;
  const list = useApi<DeclaredStandard[]>('/api/credit/standards/mine');
  const [product, setProduct] = useState('');
  const [kind, setKind] = useState<keyof typeof w.kinds>('national_recommended');
  const [code, setCode] = useState('');
  const [title, setTitle] = useState('');
  const [err, setErr] = useState<unknown>(null);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setErr(null);
    try {
      await api(`/api/credit/standards?product=${Number(product)}`, { method: 'POST', body: JSON.stringify({ kind, code, ...(title ? { title } : {}) }) });
      setCode('');
      setTitle('');
      list.reload();
    } catch (x) {
      setErr(x);
    }
  };
  const withdraw = async (id: number) => {
    try {
      await api(`/api/credit/standards/${id}`, { method: 'DELETE' });
      list.reload();
    } catch (x) {
      setErr(x);
    }
  };
  return (
    <section data-testid="standards">
      <h2>{w.title}</h2>
      <form className="gov-form" onSubmit={submit} data-testid="standard-form">
        <label>
          {w.product}
          <input inputMode="numeric" value={product} onChange={(e) => setProduct(e.target.value)} required data-testid="standard-product" />
        </label>
        <label>
          {w.kind}
          <select value={kind} onChange={(e) => setKind(e.target.value as typeof kind)} data-testid="standard-kind">
            {(Object.keys(w.kinds) as (keyof typeof w.kinds)[]).map((k) => (
              <option key={k} value={k}>
                {w.kinds[k]}
              </option>
            ))}
          </select>
        </label>
        <label>
          {w.code}
          <input value={code} onChange={(e) => setCode(e.target.value)} placeholder={w.codeHint} required data-testid="standard-code" />
        </label>
        <label>
          {w.titleLabel}
          <input value={title} onChange={(e) => setTitle(e.target.value)} />
        </label>
        <button type="submit" data-testid="standard-submit">
          {w.declare}
        </button>
        <Refusal err={err} />
      </form>
      {!list.data ? (
        <Status loading={list.loading} error={list.error} />
      ) : list.data.length === 0 ? (
        <p className="muted">{w.none}</p>
      ) : (
        <div className="table-scroll">
          <table className="gov-table">
            <thead>
              <tr>
                <th>{w.productCol}</th>
                <th>{w.kind}</th>
                <th>{w.code}</th>
                <th />
              </tr>
            </thead>
            <tbody>
              {list.data.map((s) => (
                <tr key={s.id} data-testid="standard" data-product={s.productId}>
                  <td>
                    <Link to={`/product/${s.productId}`}>
                      <Datum>{`#${s.productId}`}</Datum>
                    </Link>
                  </td>
                  <td>{w.kinds[s.kind]}</td>
                  <td>
                    <Datum>{s.code}</Datum>{' '}
                    {s.title ? (
                      <span data-content="" dir="auto">
                        {s.title}
                      </span>
                    ) : null}
                  </td>
                  <td>
                    <button type="button" onClick={() => withdraw(s.id)}>
                      {w.withdraw}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

export function MyCreditPage(_props: Record<string, string>) {
  const { t } = useI18n();
  useDocumentTitle(t.creditGov.nav.myCredit);
  return (
    <ForRoles roles={['merchant', 'buyer', 'agent']}>
      {(me) => (
        <section data-testid="my-credit-page">
          <h1>{t.creditGov.nav.myCredit}</h1>
          <Promises />
          <Shares />
          {me.role === 'merchant' ? <Standards /> : null}
        </section>
      )}
    </ForRoles>
  );
}
