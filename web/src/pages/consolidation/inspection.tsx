/** Customs: choose a consignment, then release, hold (with a reason) or return its lots in bulk. */
import { useState } from 'react';
import { api } from '../../api.ts';
import { fmt, num, useDocumentTitle, useI18n } from '../../i18n.tsx';
import { useApi } from '../../use-api.ts';
import { Status } from '../common.tsx';
import { LotTable } from './consignment.tsx';
import { type Consignment, type ExportLot, ForRole, Refusal } from './consolidation-common.tsx';

function Lots({ id }: { id: number }) {
  const { t, lang } = useI18n();
  const w = t.consolidation.customs;
  const lots = useApi<ExportLot[]>(`/api/export/consignments/${id}/lots`);
  const [selected, setSelected] = useState<Set<number>>(new Set());
  const [reason, setReason] = useState('');
  const [err, setErr] = useState<unknown>(null);
  const [done, setDone] = useState<number | null>(null);
  if (!lots.data) return <Status loading={lots.loading} error={lots.error} />;
  if (lots.data.length === 0) return <p>{w.nothing}</p>;
  const all = lots.data;
  const toggle = (lot: number) => {
    const s = new Set(selected);
    if (s.has(lot)) s.delete(lot);
    else s.add(lot);
    setSelected(s);
  };
  const act = async (status: 'released' | 'held' | 'returned') => {
    setErr(null);
    setDone(null);
    try {
      const body = { lotIds: [...selected], status, ...(reason.trim() ? { reason: reason.trim() } : {}) };
      const r = await api<ExportLot[]>('/api/export/inspections', { method: 'POST', body: JSON.stringify(body) });
      setDone(r.length);
      setSelected(new Set());
      lots.reload();
    } catch (x) {
      setErr(x);
    }
  };
  return (
    <>
      <div className="export-form">
        <label className="check">
          <input
            type="checkbox"
            checked={selected.size === all.length}
            onChange={(e) => setSelected(e.target.checked ? new Set(all.map((l) => l.id)) : new Set())}
            data-testid="pick-all"
          />
          {w.selectAll}
        </label>
        <span data-testid="picked">{fmt(w.selected, { n: num(selected.size, lang) })}</span>
        <label>
          {w.reason}
          <input value={reason} maxLength={500} onChange={(e) => setReason(e.target.value)} data-testid="inspect-reason" />
        </label>
      </div>
      <div className="export-actions">
        <button type="button" disabled={!selected.size} onClick={() => act('released')} data-testid="inspect-release">
          {w.release}
        </button>
        <button type="button" disabled={!selected.size} onClick={() => act('held')} data-testid="inspect-hold">
          {w.hold}
        </button>
        <button type="button" disabled={!selected.size} onClick={() => act('returned')} data-testid="inspect-return">
          {w.ret}
        </button>
      </div>
      <Refusal err={err} />
      {done !== null ? (
        <p role="status" data-testid="inspect-done">
          {fmt(w.done, { n: num(done, lang) })}
        </p>
      ) : null}
      <LotTable lots={all} pick={{ selected, toggle }} />
    </>
  );
}

function Inspection() {
  const { t } = useI18n();
  const w = t.consolidation;
  const list = useApi<Consignment[]>('/api/export/consignments');
  const [chosen, setChosen] = useState<number | null>(null);
  if (!list.data) return <Status loading={list.loading} error={list.error} />;
  const open = list.data.filter((c) => c.status === 'open' || c.status === 'loading');
  const id = chosen ?? open[0]?.id ?? null;
  return (
    <section data-testid="inspection-page">
      <h1>{w.customs.title}</h1>
      <p className="muted">{w.customs.intro}</p>
      <label className="export-form">
        {w.customs.choose}
        <select value={id ?? ''} onChange={(e) => setChosen(Number(e.target.value))} data-testid="inspect-consignment">
          {open.map((c) => (
            <option key={c.id} value={c.id}>
              {`${fmt(w.detail.title, { id: c.id })} · ${c.destination} · ${w.status[c.status]} · ${fmt(w.list.lots, { n: c.lots.total })}`}
            </option>
          ))}
        </select>
      </label>
      {id !== null ? <Lots key={id} id={id} /> : null}
    </section>
  );
}

export function InspectionPage() {
  const { t } = useI18n();
  useDocumentTitle(t.consolidation.customs.title);
  return <ForRole who="customs">{() => <Inspection />}</ForRole>;
}
