/** The load plan of a consignment in 3D (over its released lots), its containers' numbers and seals, and the document downloads. */
import { useState, type FormEvent, type ReactNode } from 'react';
import { api, ApiError } from '../../api.ts';
import { fmt, num, useI18n } from '../../i18n.tsx';
import { useApi } from '../../use-api.ts';
import { ContainerView, lotColour, type ViewBox } from '../container-view.tsx';
import { Code, type LoadPlan, Refusal } from './consolidation-common.tsx';

type PlanContainer = LoadPlan['plan']['containers'][number];

function boxesOf(c: PlanContainer): ViewBox[] {
  const lots = [...new Set(c.cartons.map((x) => x.lot))];
  return c.cartons.map((x) => ({
    x: x.xCm,
    y: x.yCm,
    z: x.zCm,
    l: x.lengthCm,
    w: x.widthCm,
    h: x.heightCm,
    colour: lotColour(lots.indexOf(x.lot)),
    label: x.lot,
  }));
}

function NumberForm({ id, seq, current, onDone }: { id: number; seq: number; current: { iso: string | null; seal: string | null }; onDone: () => void }) {
  const { t } = useI18n();
  const w = t.consolidation.loadPlan;
  const [iso, setIso] = useState(current.iso ?? '');
  const [seal, setSeal] = useState(current.seal ?? '');
  const [err, setErr] = useState<unknown>(null);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setErr(null);
    try {
      await api(`/api/export/consignments/${id}/containers/${seq}`, {
        method: 'PUT',
        body: JSON.stringify({ isoNumber: iso, ...(seal ? { sealNumber: seal } : {}) }),
      });
      onDone();
    } catch (x) {
      setErr(x);
    }
  };
  return (
    <form className="export-form" onSubmit={submit} data-testid="container-number">
      <label>
        {w.number}
        <input dir="ltr" required maxLength={14} placeholder="CSQU3054383" value={iso} onChange={(e) => setIso(e.target.value)} data-testid="container-iso" />
      </label>
      <label>
        {w.seal}
        <input dir="ltr" maxLength={30} value={seal} onChange={(e) => setSeal(e.target.value)} data-testid="container-seal" />
      </label>
      <button type="submit" data-testid="container-save">
        {w.save}
      </button>
      <Refusal err={err} />
    </form>
  );
}

export function LoadPlanPanel({ id, editable, onChanged }: { id: number; editable: boolean; onChanged: () => void }) {
  const { t, lang } = useI18n();
  const w = t.consolidation;
  const plan = useApi<LoadPlan>(`/api/export/consignments/${id}/load-plan`);
  const [busy, setBusy] = useState(false);
  const [err, setErr] = useState<unknown>(null);
  const compute = async () => {
    setBusy(true);
    setErr(null);
    try {
      await api(`/api/export/consignments/${id}/load-plan`, { method: 'POST', body: JSON.stringify({ timeLimitSeconds: 2 }) });
      plan.reload();
      onChanged();
    } catch (x) {
      setErr(x);
    } finally {
      setBusy(false);
    }
  };
  const none = plan.error instanceof ApiError && plan.error.status === 404;
  const p = plan.data;
  return (
    <section data-testid="load-plan" data-status={p?.status ?? 'none'}>
      <h2>{w.loadPlan.title}</h2>
      {editable ? (
        <div className="export-actions">
          <button type="button" disabled={busy} onClick={compute} data-testid="plan-compute">
            {busy ? w.loadPlan.computing : w.loadPlan.compute}
          </button>
        </div>
      ) : null}
      <Refusal err={err} />
      {none || !p ? (
        <p>{w.loadPlan.none}</p>
      ) : (
        <>
          <p>
            {w.loadPlan.status}: <strong data-testid="plan-status">{w.plan[p.status]}</strong>
            {p.draftReason ? (
              <>
                {' — '}
                {fmt(w.loadPlan.draftWhy, { r: '' })}
                <span lang="en" dir="ltr">
                  {p.draftReason}
                </span>
              </>
            ) : null}
          </p>
          {p.plan.containers.map((c, i) => {
            const k = p.containers[i];
            const title = (
              <>
                {fmt(w.loadPlan.container, { n: num(i + 1, lang), type: c.code })} · {fmt(w.loadPlan.lotsIn, { n: num(c.lots.length, lang) })} ·{' '}
                {fmt(w.loadPlan.utilisation, { p: `${num(Math.round(c.utilisation * 1000) / 10, lang)}%` })}
              </>
            );
            return (
              <div key={i} className="export-container" data-testid="plan-container">
                {i < OPEN_VIEWS ? (
                  <>
                    <h3>{title}</h3>
                    <ContainerView inside={c.insideCm} boxes={boxesOf(c)} upTo={c.cartons.length} />
                  </>
                ) : (
                  <LazyView title={title}>{() => <ContainerView inside={c.insideCm} boxes={boxesOf(c)} upTo={c.cartons.length} />}</LazyView>
                )}
                {k?.isoNumber ? (
                  <p>
                    <Code testId="container-iso-shown">{k.isoNumber}</Code> {k.sealNumber ? <span>· {w.loadPlan.stuffed}</span> : null}
                  </p>
                ) : null}
                {editable && p.status === 'final' && k ? (
                  <NumberForm id={id} seq={k.seq} current={{ iso: k.isoNumber, seal: k.sealNumber }} onDone={plan.reload} />
                ) : null}
              </div>
            );
          })}
        </>
      )}
    </section>
  );
}

/** Containers drawn at once; a large consignment's others (up to ~170) are drawn when opened. */
const OPEN_VIEWS = 3;

/** A container's heading that opens to its drawing, made only when first opened. */
function LazyView({ title, children }: { title: ReactNode; children: () => ReactNode }) {
  const [opened, setOpened] = useState(false);
  return (
    <details onToggle={(e) => setOpened(opened || (e.currentTarget as HTMLDetailsElement).open)}>
      <summary>
        <h3 className="export-container-title">{title}</h3>
      </summary>
      {opened ? children() : null}
    </details>
  );
}

const KINDS = ['goods-list', 'declarations', 'packing-list'] as const;

/** Download a document with the signed-in token, then offer it as a file. */
async function download(path: string, name: string): Promise<void> {
  const blob = await api<Blob>(path);
  const body = blob instanceof Blob ? blob : new Blob([JSON.stringify(blob, null, 2)], { type: 'application/json' });
  const url = URL.createObjectURL(body);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function DocumentsPanel({ id, final }: { id: number; final: boolean }) {
  const { t } = useI18n();
  const w = t.consolidation.docs;
  const [documentNo, setDocumentNo] = useState('');
  const [err, setErr] = useState<unknown>(null);
  const [done, setDone] = useState('');
  const q = documentNo ? `documentNo=${encodeURIComponent(documentNo)}` : '';
  const get = async (path: string, name: string) => {
    setErr(null);
    try {
      await download(path, name);
      setDone(name);
    } catch (x) {
      setErr(x);
    }
  };
  const label = { 'goods-list': w.goodsList, declarations: w.declarations, 'packing-list': w.packingList };
  return (
    <section data-testid="documents">
      <h2>{w.title}</h2>
      {!final ? (
        <p>{w.needFinal}</p>
      ) : (
        <>
          <label className="export-form">
            {w.documentNo}
            <input dir="ltr" maxLength={40} value={documentNo} onChange={(e) => setDocumentNo(e.target.value)} data-testid="docs-document-no" />
          </label>
          <ul className="export-cards">
            {KINDS.map((k) => (
              <li key={k} className="export-card">
                <h3>{label[k]}</h3>
                <div className="export-actions">
                  {(['xlsx', 'pdf'] as const).map((f) => (
                    <button
                      key={f}
                      type="button"
                      onClick={() => get(`/api/export/consignments/${id}/documents/${k}?format=${f}${q ? `&${q}` : ''}`, `consignment-${id}-${k}.${f}`)}
                      data-testid={`doc-${k}-${f}`}
                    >
                      {w[f]}
                    </button>
                  ))}
                  <button
                    type="button"
                    onClick={() => get(`/api/export/consignments/${id}/documents${q ? `?${q}` : ''}`, `consignment-${id}-documents.json`)}
                    data-testid={`doc-${k}-json`}
                  >
                    {w.json}
                  </button>
                </div>
              </li>
            ))}
          </ul>
          {done ? (
            <p role="status" data-testid="doc-done">
              {fmt(w.downloaded, { f: done })}
            </p>
          ) : null}
        </>
      )}
      <Refusal err={err} />
    </section>
  );
}
