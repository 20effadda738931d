/**
 * The regulator's random inspection campaigns: the list and the form for a
 * new one; a campaign's page draws it, verifies the draw (re-run from the
 * recorded seed) and records each drawn entity's result.
 */
import { useState, type FormEvent } from 'react';
import { api } from '../../api.ts';
import { fmt, num, useDocumentTitle, useI18n } from '../../i18n.tsx';
import { Link } from '../../router.tsx';
import { useApi } from '../../use-api.ts';
import { Status } from '../common.tsx';
import { EntityName } from '../trade/talk-common.tsx';
import { CampaignForm } from './campaign-form.tsx';
import { Datum, day, ForRoles, Refusal, type Campaign, type CampaignSummary, type Verification } from './gov-common.tsx';

export function CampaignsPage(_props: Record<string, string>) {
  const { t, lang } = useI18n();
  const w = t.creditGov.campaigns;
  useDocumentTitle(w.title);
  const list = useApi<CampaignSummary[]>('/api/credit/campaigns');
  return (
    <ForRoles roles={['regulator', 'operator']}>
      {(me) => (
        <section data-testid="campaigns-page">
          <h1>{w.title}</h1>
          {!list.data ? (
            <Status loading={list.loading} error={list.error} />
          ) : list.data.length === 0 ? (
            <p className="muted">{w.none}</p>
          ) : (
            <ul className="gov-list">
              {list.data.map((c) => (
                <li key={c.id} className="gov-card" data-testid="campaign-row" data-status={c.status}>
                  <h3 dir="auto">
                    <Link to={`/credit/campaigns/${c.id}`}>
                      <span data-content="" dir="auto">
                        {c.name}
                      </span>
                    </Link>
                  </h3>
                  <span className="tag">{w.status[c.status]}</span>{' '}
                  <span className="muted small">
                    {w.created} {day(c.createdAt, lang)}
                  </span>
                </li>
              ))}
            </ul>
          )}
          {me.role === 'regulator' ? <CampaignForm /> : null}
        </section>
      )}
    </ForRoles>
  );
}

function ResultForm({ campaignId, entityId, onDone }: { campaignId: number; entityId: number; onDone: () => void }) {
  const { t } = useI18n();
  const w = t.creditGov.campaigns;
  const [result, setResult] = useState<keyof typeof w.results>('compliant');
  const [evidenceRef, setEvidenceRef] = useState('');
  const [inspectedOn, setInspectedOn] = useState(() => new Date().toISOString().slice(0, 10));
  const [err, setErr] = useState<unknown>(null);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    try {
      await api(`/api/credit/campaigns/${campaignId}/results`, { method: 'POST', body: JSON.stringify({ entityId, result, evidenceRef, inspectedOn }) });
      onDone();
    } catch (x) {
      setErr(x);
    }
  };
  return (
    <form className="gov-actions" onSubmit={submit} data-testid="result-form" data-entity={entityId}>
      <select value={result} onChange={(e) => setResult(e.target.value as typeof result)} aria-label={w.result} data-testid="result-kind">
        {(Object.keys(w.results) as (keyof typeof w.results)[]).map((k) => (
          <option key={k} value={k}>
            {w.results[k]}
          </option>
        ))}
      </select>
      <input
        value={evidenceRef}
        onChange={(e) => setEvidenceRef(e.target.value)}
        placeholder={w.evidenceRef}
        aria-label={w.evidenceRef}
        required
        data-testid="result-evidence"
      />
      <input type="date" value={inspectedOn} onChange={(e) => setInspectedOn(e.target.value)} aria-label={w.inspectedOn} required />
      <button type="submit" data-testid="result-submit">
        {w.record}
      </button>
      <Refusal err={err} />
    </form>
  );
}

export function CampaignPage({ id }: { id: string }) {
  const { t, lang } = useI18n();
  const w = t.creditGov.campaigns;
  const c = useApi<Campaign>(`/api/credit/campaigns/${id}`);
  useDocumentTitle(c.data?.name ?? w.title);
  const [err, setErr] = useState<unknown>(null);
  const [verified, setVerified] = useState<Verification | null>(null);
  const drawIt = async () => {
    setErr(null);
    try {
      await api(`/api/credit/campaigns/${id}/draw`, { method: 'POST' });
      c.reload();
    } catch (x) {
      setErr(x);
    }
  };
  const verify = async () => {
    setErr(null);
    try {
      setVerified(await api<Verification>(`/api/credit/campaigns/${id}/verify`));
    } catch (x) {
      setErr(x);
    }
  };
  return (
    <ForRoles roles={['regulator', 'operator']}>
      {(me) =>
        !c.data ? (
          <Status loading={c.loading} error={c.error} />
        ) : (
          <section data-testid="campaign-page" data-status={c.data.status}>
            <h1 dir="auto">
              <span data-content="">{c.data.name}</span>
            </h1>
            <span className="tag" data-testid="campaign-status">
              {w.status[c.data.status]}
            </span>
            <dl className="gov-card">
              <dt>{w.population}</dt>
              <dd>
                {w.kind[c.data.population.kind]}
                {c.data.population.district ? ` · ${fmt(w.districtNo, { n: c.data.population.district })}` : ''}
              </dd>
              <dt>{w.seedShown}</dt>
              <dd>
                <Datum testId="campaign-seed-shown">{String(c.data.seed)}</Datum>
              </dd>
              <dt>{w.algorithm}</dt>
              <dd>
                <Datum>{c.data.algorithm}</Datum>
              </dd>
              {c.data.drawSha ? (
                <>
                  <dt>{w.digest}</dt>
                  <dd className="gov-digest">
                    <Datum>{c.data.drawSha}</Datum>
                  </dd>
                </>
              ) : null}
            </dl>
            <div className="gov-actions">
              {c.data.status === 'defined' && me.role === 'regulator' ? (
                <button type="button" onClick={drawIt} data-testid="campaign-draw">
                  {w.draw}
                </button>
              ) : null}
              {c.data.status !== 'defined' ? (
                <button type="button" onClick={verify} data-testid="campaign-verify">
                  {w.verify}
                </button>
              ) : null}
              {verified ? (
                <span className={verified.matches ? 'ok' : 'error'} data-testid="verify-result" data-matches={String(verified.matches)}>
                  {verified.matches ? w.matches : w.mismatch}
                </span>
              ) : null}
            </div>
            <Refusal err={err} />
            {c.data.populationCount !== null ? (
              <p data-testid="drawn-count">{fmt(w.drawnCount, { n: num(c.data.drawn.length, lang), total: num(c.data.populationCount, lang) })}</p>
            ) : null}
            {c.data.drawn.length > 0 ? (
              <div className="table-scroll">
                <table className="gov-table">
                  <thead>
                    <tr>
                      <th>{w.seq}</th>
                      <th>{w.entity}</th>
                      <th>{w.class}</th>
                      <th>{w.inspectorsCol}</th>
                      <th>{w.result}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {c.data.drawn.map((d) => (
                      <tr key={d.seq} data-testid="drawn-row" data-entity={d.entityId}>
                        <td>{num(d.seq, lang)}</td>
                        <td>
                          <EntityName id={d.entityId} kind="merchant" />
                        </td>
                        <td className="gov-class">
                          <Datum>{d.class}</Datum>
                        </td>
                        <td>
                          <span data-content="" dir="auto">
                            {d.inspectors.join('、')}
                          </span>
                        </td>
                        <td data-testid="drawn-result">
                          {d.result ? (
                            w.results[(d.resultNote?.startsWith('refused') ? 'refused' : d.result) as keyof typeof w.results]
                          ) : c.data?.status === 'drawn' && me.role === 'regulator' ? (
                            <ResultForm campaignId={c.data.id} entityId={d.entityId} onDone={c.reload} />
                          ) : (
                            '—'
                          )}
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            ) : null}
            <p>
              <Link to="/credit/campaigns">{w.title}</Link>
            </p>
          </section>
        )
      }
    </ForRoles>
  );
}
