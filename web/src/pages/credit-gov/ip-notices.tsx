/**
 * IP complaints (知识产权投诉与下架): the regulator's and operator's queue
 * (take down, uphold or reject with a reason), the merchant's view of the
 * complaints about its listings with its counter-notice, and the form a rights
 * holder files a complaint with.
 */
import { useState, type FormEvent } from 'react';
import { api } from '../../api.ts';
import { fmt, LANG_TAG, useDocumentTitle, useI18n } from '../../i18n.tsx';
import { Link, useRouter } from '../../router.tsx';
import { useApi } from '../../use-api.ts';
import { Status } from '../common.tsx';
import { Datum, ForRoles, lines, Refusal } from './gov-common.tsx';

type IpStatus = 'filed' | 'taken_down' | 'countered' | 'upheld' | 'rejected';
type RightKind = 'trademark' | 'copyright' | 'patent' | 'design';
interface IpNotice {
  id: number;
  productId: number;
  merchantId: number;
  complainant: string;
  rightKind: RightKind;
  rightRef: string;
  claim: string;
  evidenceRefs: string[];
  status: IpStatus;
  filedAt: string;
  takenDownAt: string | null;
  takedownReason: string | null;
  counterStatement: string | null;
  counterEvidenceRefs: string[] | null;
  counteredAt: string | null;
  decidedAt: string | null;
  decisionReason: string | null;
  eventId: number | null;
}
const STATUSES: IpStatus[] = ['filed', 'taken_down', 'countered', 'upheld', 'rejected'];

function Chips({ refs }: { refs: string[] }) {
  return (
    <>
      {refs.map((x) => (
        <span key={x} className="chip" data-content="" dir="auto">
          {x}
        </span>
      ))}
    </>
  );
}

/** Take down (operator, regulator), uphold or reject (regulator), or counter (the listing's merchant). */
function Actions({ n, role, onDone }: { n: IpNotice; role: string; onDone: () => void }) {
  const { t } = useI18n();
  const w = t.ip;
  const [reason, setReason] = useState('');
  const [evidence, setEvidence] = useState('');
  const [err, setErr] = useState<unknown>(null);
  const post = async (path: string, body: unknown) => {
    try {
      await api(`/api/credit/ip-notices/${n.id}/${path}`, { method: 'POST', body: JSON.stringify(body) });
      setReason('');
      setEvidence('');
      onDone();
    } catch (x) {
      setErr(x);
    }
  };
  const official = role === 'regulator' || role === 'operator';
  const canTakeDown = official && n.status === 'filed';
  const canDecide = role === 'regulator' && (n.status === 'taken_down' || n.status === 'countered' || n.status === 'filed');
  const canCounter = role === 'merchant' && n.status === 'taken_down';
  if (!canTakeDown && !canDecide && !canCounter) return null;
  if (canCounter)
    return (
      <form
        className="gov-form"
        onSubmit={(e: FormEvent) => {
          e.preventDefault();
          void post('counter', { statement: reason, evidenceRefs: lines(evidence) });
        }}
        data-testid="ip-counter-form"
      >
        <h4>{w.counterTitle}</h4>
        <label>
          {w.statement}
          <textarea value={reason} onChange={(e) => setReason(e.target.value)} required minLength={10} data-testid="ip-counter-statement" />
        </label>
        <label>
          {w.evidence}
          <textarea value={evidence} onChange={(e) => setEvidence(e.target.value)} required data-testid="ip-counter-evidence" />
        </label>
        <button type="submit" data-testid="ip-counter-submit">
          {w.submit}
        </button>
        <Refusal err={err} />
      </form>
    );
  return (
    <form className="gov-actions" onSubmit={(e) => e.preventDefault()} data-testid="ip-decide">
      <input value={reason} onChange={(e) => setReason(e.target.value)} placeholder={w.reason} aria-label={w.reason} required data-testid="ip-reason" />
      {canTakeDown ? (
        <button type="button" disabled={!reason} onClick={() => post('takedown', { reason })} data-testid="ip-takedown">
          {w.takedown}
        </button>
      ) : null}
      {canDecide && n.status !== 'filed' ? (
        <button type="button" disabled={!reason} onClick={() => post('decision', { outcome: 'upheld', reason })} data-testid="ip-uphold">
          {w.uphold}
        </button>
      ) : null}
      {canDecide ? (
        <button type="button" disabled={!reason} onClick={() => post('decision', { outcome: 'rejected', reason })} data-testid="ip-reject">
          {w.reject}
        </button>
      ) : null}
      <Refusal err={err} />
    </form>
  );
}

function NoticeCard({ n, role, onDone }: { n: IpNotice; role: string; onDone: () => void }) {
  const { t, lang } = useI18n();
  const w = t.ip;
  // the reader's local date and time (a step's instant, not a calendar day)
  const when = (iso: string | null) =>
    iso
      ? new Date(iso).toLocaleString(lang === 'ar' ? 'ar-u-nu-latn' : LANG_TAG[lang], {
          year: 'numeric',
          month: '2-digit',
          day: '2-digit',
          hour: '2-digit',
          minute: '2-digit',
          hourCycle: 'h23',
        })
      : '';
  return (
    <li className="gov-card ip-card" data-testid="ip-notice" data-status={n.status} data-product={n.productId}>
      <h3>
        #{n.id} <span className="tag">{w.status[n.status]}</span>{' '}
        <Link to={`/product/${n.productId}`}>
          {w.product} <Datum>{n.productId}</Datum>
        </Link>
      </h3>
      <dl>
        <dt>{w.complainant}</dt>
        <dd dir="auto" data-content="">
          {n.complainant}
        </dd>
        <dt>{w.right}</dt>
        <dd>
          {w.rightKind[n.rightKind]} <Datum>{n.rightRef}</Datum>
        </dd>
        <dt>{w.claim}</dt>
        <dd dir="auto" data-content="">
          {n.claim}
        </dd>
        <dt>{w.evidenceShown}</dt>
        <dd>
          <Chips refs={n.evidenceRefs} />
        </dd>
        <dt>{w.filedAt}</dt>
        <dd>{when(n.filedAt)}</dd>
        {n.takenDownAt ? (
          <>
            <dt>{w.takenDownAt}</dt>
            <dd>
              {when(n.takenDownAt)} —{' '}
              <span dir="auto" data-content="">
                {n.takedownReason}
              </span>
            </dd>
          </>
        ) : null}
        {n.counteredAt ? (
          <>
            <dt>{w.counter}</dt>
            <dd>
              {when(n.counteredAt)} —{' '}
              <span dir="auto" data-content="">
                {n.counterStatement}
              </span>{' '}
              <Chips refs={n.counterEvidenceRefs ?? []} />
            </dd>
          </>
        ) : null}
        {n.decidedAt ? (
          <>
            <dt>{w.decidedAt}</dt>
            <dd>
              {when(n.decidedAt)} —{' '}
              <span dir="auto" data-content="">
                {n.decisionReason}
              </span>
              {n.eventId ? <> · {fmt(w.creditEvent, { id: n.eventId })}</> : null}
            </dd>
          </>
        ) : null}
      </dl>
      <Actions n={n} role={role} onDone={onDone} />
    </li>
  );
}

function FileForm({ operator, onDone }: { operator: boolean; onDone: () => void }) {
  const { t } = useI18n();
  const w = t.ip;
  const [f, setF] = useState({ productId: '', complainant: '', rightKind: 'trademark', rightRef: '', claim: '', evidence: '' });
  const [err, setErr] = useState<unknown>(null);
  const put = (k: keyof typeof f) => (e: { target: { value: string } }) => setF({ ...f, [k]: e.target.value });
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    try {
      await api('/api/credit/ip-notices', {
        method: 'POST',
        body: JSON.stringify({
          productId: Number(f.productId),
          ...(f.complainant ? { complainant: f.complainant } : {}),
          rightKind: f.rightKind,
          rightRef: f.rightRef,
          claim: f.claim,
          evidenceRefs: lines(f.evidence),
        }),
      });
      setF({ productId: '', complainant: '', rightKind: 'trademark', rightRef: '', claim: '', evidence: '' });
      setErr(null);
      onDone();
    } catch (x) {
      setErr(x);
    }
  };
  return (
    <form className="gov-form panel" onSubmit={submit} data-testid="ip-file-form">
      <h2>{w.fileTitle}</h2>
      <label>
        {w.product}
        <input value={f.productId} onChange={put('productId')} inputMode="numeric" required dir="ltr" data-testid="ip-product" />
      </label>
      <label>
        {w.complainant}
        <input value={f.complainant} onChange={put('complainant')} required={operator} data-testid="ip-complainant" />
      </label>
      <label>
        {w.right}
        <select value={f.rightKind} onChange={put('rightKind')} data-testid="ip-right-kind">
          {(Object.keys(w.rightKind) as RightKind[]).map((k) => (
            <option key={k} value={k}>
              {w.rightKind[k]}
            </option>
          ))}
        </select>
      </label>
      <label>
        {w.rightRef}
        <input value={f.rightRef} onChange={put('rightRef')} required dir="ltr" data-testid="ip-right-ref" />
      </label>
      <label>
        {w.claim}
        <textarea value={f.claim} onChange={put('claim')} required minLength={10} data-testid="ip-claim" />
      </label>
      <label>
        {w.evidence}
        <textarea value={f.evidence} onChange={put('evidence')} required data-testid="ip-evidence" />
      </label>
      <button type="submit" data-testid="ip-file-submit">
        {w.file}
      </button>
      <Refusal err={err} />
    </form>
  );
}

export function IpNoticesPage(_props: Record<string, string>) {
  const { t } = useI18n();
  useDocumentTitle(t.ip.title);
  return <ForRoles roles={['regulator', 'operator', 'merchant', 'buyer']}>{(me) => <IpNotices role={me.role} />}</ForRoles>;
}

function IpNotices({ role }: { role: string }) {
  const { t } = useI18n();
  const w = t.ip;
  const { search, navigate } = useRouter();
  const official = role === 'regulator' || role === 'operator';
  const status = search.get('status') ?? '';
  const list = useApi<IpNotice[]>(`/api/credit/ip-notices${status ? `?status=${status}` : ''}`);
  return (
    <section data-testid="ip-page">
      <h1>{w.title}</h1>
      {role !== 'regulator' ? <FileForm operator={role === 'operator'} onDone={list.reload} /> : null}
      <h2>{official ? w.all : w.mine}</h2>
      <label>
        {w.filter}{' '}
        <select value={status} onChange={(e) => navigate(e.target.value ? `/credit/ip?status=${e.target.value}` : '/credit/ip')} data-testid="ip-status">
          <option value="">{w.any}</option>
          {STATUSES.map((s) => (
            <option key={s} value={s}>
              {w.status[s]}
            </option>
          ))}
        </select>
      </label>
      {!list.data ? (
        <Status loading={list.loading} error={list.error} />
      ) : list.data.length === 0 ? (
        <p className="muted">{w.none}</p>
      ) : (
        <ul className="gov-list">
          {list.data.map((n) => (
            <NoticeCard key={n.id} n={n} role={role} onDone={list.reload} />
          ))}
        </ul>
      )}
    </section>
  );
}
