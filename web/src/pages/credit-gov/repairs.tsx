/**
 * Credit repair (信用修复): a regulator's queue of applications to approve or
 * reject with a reason; a listed entity's own form and applications.
 */
import { useState, type FormEvent } from 'react';
import { api } from '../../api.ts';
import { useDocumentTitle, useI18n } from '../../i18n.tsx';
import { useRouter } from '../../router.tsx';
import { useApi } from '../../use-api.ts';
import { Status } from '../common.tsx';
import { EntityName } from '../trade/talk-common.tsx';
import { Datum, day, ForRoles, lines, Refusal, type Repair } from './gov-common.tsx';

function Decide({ r, onDone }: { r: Repair; onDone: () => void }) {
  const { t } = useI18n();
  const w = t.creditGov.repairs;
  const [reason, setReason] = useState('');
  const [err, setErr] = useState<unknown>(null);
  const decide = async (decision: 'approve' | 'reject', e?: FormEvent) => {
    e?.preventDefault();
    try {
      await api(`/api/credit/repairs/${r.id}/decision`, { method: 'POST', body: JSON.stringify({ decision, ...(reason ? { reason } : {}) }) });
      onDone();
    } catch (x) {
      setErr(x);
    }
  };
  return (
    <form className="gov-actions" onSubmit={(e) => decide('reject', e)} data-testid="repair-decide">
      <input
        value={reason}
        onChange={(e) => setReason(e.target.value)}
        placeholder={w.decisionReason}
        aria-label={w.decisionReason}
        data-testid="repair-reason"
      />
      <button type="button" onClick={() => decide('approve')} data-testid="repair-approve">
        {w.approve}
      </button>
      <button type="submit" data-testid="repair-reject">
        {w.reject}
      </button>
      <Refusal err={err} />
    </form>
  );
}

function RepairCard({ r, decide, onDone }: { r: Repair; decide: boolean; onDone: () => void }) {
  const { t, lang } = useI18n();
  const w = t.creditGov.repairs;
  return (
    <li className="gov-card" data-testid="repair" data-status={r.status} data-entity={r.entityId}>
      <h3>
        <EntityName id={r.entityId} kind="merchant" /> <span className="tag">{w.status[r.status]}</span>
      </h3>
      <dl>
        <dt>{w.applied}</dt>
        <dd>{day(r.appliedAt, lang)}</dd>
        <dt>{w.statement}</dt>
        <dd dir="auto" data-content="">
          {r.statement}
        </dd>
        <dt>{w.evidence}</dt>
        <dd>
          {r.evidenceRefs.map((x) => (
            <span key={x} className="chip" data-content="" dir="auto">
              {x}
            </span>
          ))}
        </dd>
        {r.decisionReason ? (
          <>
            <dt>{w.decisionReason}</dt>
            <dd dir="auto" data-content="">
              {r.decisionReason}
            </dd>
          </>
        ) : null}
      </dl>
      {decide && r.status === 'pending' ? <Decide r={r} onDone={onDone} /> : null}
    </li>
  );
}

function ApplyForm({ onDone }: { onDone: () => void }) {
  const { t } = useI18n();
  const w = t.creditGov.repairs;
  const [statement, setStatement] = useState('');
  const [evidence, setEvidence] = useState('');
  const [err, setErr] = useState<unknown>(null);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    try {
      await api('/api/credit/repairs', { method: 'POST', body: JSON.stringify({ statement, evidenceRefs: lines(evidence) }) });
      setStatement('');
      setEvidence('');
      onDone();
    } catch (x) {
      setErr(x);
    }
  };
  return (
    <form className="gov-form panel" onSubmit={submit} data-testid="repair-form">
      <h2>{w.apply}</h2>
      <label>
        {w.statement}
        <textarea value={statement} onChange={(e) => setStatement(e.target.value)} required data-testid="repair-statement" />
      </label>
      <label>
        {w.evidence}
        <textarea value={evidence} onChange={(e) => setEvidence(e.target.value)} required data-testid="repair-evidence" />
      </label>
      <button type="submit" data-testid="repair-submit">
        {w.submit}
      </button>
      {err && (err as { code?: string }).code === 'CONFLICT' ? <p className="muted">{w.notListed}</p> : null}
      <Refusal err={err} />
    </form>
  );
}

export function RepairsPage(_props: Record<string, string>) {
  const { t } = useI18n();
  const w = t.creditGov.repairs;
  useDocumentTitle(w.title);
  const { search } = useRouter();
  const status = search.get('status') ?? 'pending';
  return (
    <ForRoles roles={['regulator', 'operator', 'merchant', 'buyer', 'agent']}>
      {(me) => <Repairs regulator={me.role === 'regulator'} status={me.role === 'regulator' || me.role === 'operator' ? status : ''} />}
    </ForRoles>
  );
}

function Repairs({ regulator, status }: { regulator: boolean; status: string }) {
  const { t } = useI18n();
  const w = t.creditGov.repairs;
  const list = useApi<Repair[]>(`/api/credit/repairs${status ? `?status=${status}` : ''}`);
  return (
    <section data-testid="repairs-page">
      <h1>{w.title}</h1>
      {!regulator ? <ApplyForm onDone={list.reload} /> : null}
      <h2>
        {regulator ? (status === 'pending' ? w.queue : w.all) : w.mine} {list.data ? <Datum>{`(${list.data.length})`}</Datum> : null}
      </h2>
      {!list.data ? (
        <Status loading={list.loading} error={list.error} />
      ) : list.data.length === 0 ? (
        <p className="muted">{w.none}</p>
      ) : (
        <ul className="gov-list">
          {list.data.map((r) => (
            <RepairCard key={r.id} r={r} decide={regulator} onDone={list.reload} />
          ))}
        </ul>
      )}
    </section>
  );
}
