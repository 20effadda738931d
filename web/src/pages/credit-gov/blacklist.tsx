/**
 * The public blacklist (失信黑名单): every active entry with its rule, reason,
 * evidence and date, for anyone; with "show ended" the repaired and revoked
 * ones too. A regulator also manages it here: applies the rules, lists an
 * entity by decision, revokes an entry listed in error.
 */
import { useState, type FormEvent } from 'react';
import { api, auth } from '../../api.ts';
import { Data, fmt, num, useDocumentTitle, useI18n } from '../../i18n.tsx';
import { Link, useRouter } from '../../router.tsx';
import { useApi } from '../../use-api.ts';
import { Status } from '../common.tsx';
import { useMe } from '../trade/trade-common.tsx';
import { Datum, day, lines, Refusal, type BlacklistEntry, type BlacklistPage as Page } from './gov-common.tsx';

function Entry({ e, regulator, onChange }: { e: BlacklistEntry; regulator: boolean; onChange: () => void }) {
  const { t, lang } = useI18n();
  const w = t.creditGov.blacklist;
  const [reason, setReason] = useState('');
  const [err, setErr] = useState<unknown>(null);
  const revoke = async (ev: FormEvent) => {
    ev.preventDefault();
    try {
      await api(`/api/credit/blacklist/${e.id}/revoke`, { method: 'POST', body: JSON.stringify({ reason }) });
      onChange();
    } catch (x) {
      setErr(x);
    }
  };
  return (
    <li className="gov-card" data-testid="blacklist-entry" data-entity={e.entityId} data-active={e.removedAt ? 'false' : 'true'}>
      {/* h2: the entries come straight under the page's h1 (the regulator's form, when shown, is an h2 section of its own) */}
      <h2 dir="auto">
        <Data lang={lang} zh={e.entityNameZh} en={e.entityNameEn} />{' '}
        <span className="muted small">
          {w.entity} <Datum>{`#${e.entityId}`}</Datum>
        </span>
      </h2>
      <span className={e.removedAt ? 'tag tag-good' : 'tag tag-warn'} data-testid="entry-state">
        {e.removedAt ? (e.repairId ? w.repaired : w.ended) : w.listed}
      </span>{' '}
      <span className="tag" data-testid="entry-rule">
        {t.creditGov.rule[e.rule]}
      </span>
      <dl>
        <dt>{w.listedOn}</dt>
        <dd>{day(e.listedAt, lang)}</dd>
        <dt>{w.reason}</dt>
        <dd>
          <span dir="auto" data-content="" lang={/\p{Script=Han}/u.test(e.reason) ? 'zh-CN' : 'en'}>
            {e.reason}
          </span>
        </dd>
        <dt>{w.evidence}</dt>
        <dd>
          {e.evidenceRefs.map((r) => (
            <span key={r} className="chip" dir="auto" data-content="" lang={/\p{Script=Han}/u.test(r) ? 'zh-CN' : 'en'}>
              {r}
            </span>
          ))}
        </dd>
        {e.removedAt ? (
          <>
            <dt>{w.ended}</dt>
            <dd>{day(e.removedAt, lang)}</dd>
          </>
        ) : null}
      </dl>
      {regulator && !e.removedAt ? (
        <form className="gov-actions" onSubmit={revoke}>
          <input value={reason} onChange={(x) => setReason(x.target.value)} placeholder={w.revokeReason} aria-label={w.revokeReason} required minLength={5} />
          <button type="submit" data-testid="revoke">
            {w.revoke}
          </button>
          <Refusal err={err} />
        </form>
      ) : null}
    </li>
  );
}

function Manage({ onChange }: { onChange: () => void }) {
  const { t, lang } = useI18n();
  const w = t.creditGov.blacklist;
  const [entityId, setEntityId] = useState('');
  const [reason, setReason] = useState('');
  const [evidence, setEvidence] = useState('');
  const [err, setErr] = useState<unknown>(null);
  const [swept, setSwept] = useState<number | null>(null);
  const list = async (ev: FormEvent) => {
    ev.preventDefault();
    setErr(null);
    try {
      await api('/api/credit/blacklist', { method: 'POST', body: JSON.stringify({ entityId: Number(entityId), reason, evidenceRefs: lines(evidence) }) });
      setEntityId('');
      setReason('');
      setEvidence('');
      onChange();
    } catch (x) {
      setErr(x);
    }
  };
  const sweep = async () => {
    setErr(null);
    try {
      const r = await api<{ added: unknown[] }>('/api/credit/blacklist/sweep', { method: 'POST', body: '{}' });
      setSwept(r.added.length);
      onChange();
    } catch (x) {
      setErr(x);
    }
  };
  return (
    <section className="panel" data-testid="blacklist-manage">
      <h2>{w.manage}</h2>
      <div className="gov-actions">
        <button type="button" onClick={sweep} data-testid="sweep">
          {w.sweep}
        </button>
        {swept !== null ? <span data-testid="swept">{fmt(w.swept, { n: num(swept, lang) })}</span> : null}
      </div>
      <form className="gov-form" onSubmit={list} data-testid="list-form">
        <h3>{w.listEntity}</h3>
        <label>
          {w.entityId}
          <input inputMode="numeric" value={entityId} onChange={(e) => setEntityId(e.target.value)} required data-testid="list-entity" />
        </label>
        <label>
          {w.reasonLabel}
          <textarea value={reason} onChange={(e) => setReason(e.target.value)} required minLength={5} data-testid="list-reason" />
        </label>
        <label>
          {w.evidenceLabel}
          <textarea value={evidence} onChange={(e) => setEvidence(e.target.value)} required data-testid="list-evidence" />
        </label>
        <button type="submit" data-testid="list-submit">
          {w.submit}
        </button>
      </form>
      <Refusal err={err} />
    </section>
  );
}

export function BlacklistPage(_props: Record<string, string>) {
  const { t, lang } = useI18n();
  const w = t.creditGov.blacklist;
  useDocumentTitle(w.title);
  const { search } = useRouter();
  const ended = search.get('ended') === 'true';
  const data = useApi<Page>(`/api/credit/blacklist?limit=200${ended ? '&includeRemoved=true' : ''}`);
  const me = useMe();
  const regulator = !!auth.token && me.data?.role === 'regulator';
  return (
    <section data-testid="blacklist-page">
      <h1>{w.title}</h1>
      <p>{w.intro}</p>
      <details>
        <summary>{w.rulesLink}</summary>
        <p data-testid="blacklist-rules">{w.rulesText}</p>
      </details>
      <div className="gov-actions">
        <Link to={ended ? '/credit/blacklist' : '/credit/blacklist?ended=true'} testId="toggle-ended">
          {ended ? w.title : w.showEnded}
        </Link>
        {data.data ? (
          <span className="muted" data-testid="blacklist-total">
            {fmt(w.total, { n: num(data.data.total, lang) })}
          </span>
        ) : null}
      </div>
      {regulator ? <Manage onChange={data.reload} /> : null}
      {!data.data ? (
        <Status loading={data.loading} error={data.error} />
      ) : data.data.items.length === 0 ? (
        <p className="muted" data-testid="blacklist-empty">
          {w.empty}
        </p>
      ) : (
        <ul className="gov-list">
          {data.data.items.map((e) => (
            <Entry key={e.id} e={e} regulator={regulator} onChange={data.reload} />
          ))}
        </ul>
      )}
    </section>
  );
}
