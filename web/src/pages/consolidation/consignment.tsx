/** One consignment for its agent: status and moves, its lots with their inspection status, receiving a lot, the load plan and the documents. */
import { useState, type FormEvent } from 'react';
import { api } from '../../api.ts';
import { fmt, money, num, useDocumentTitle, useI18n } from '../../i18n.tsx';
import { Link } from '../../router.tsx';
import { useApi } from '../../use-api.ts';
import { Status } from '../common.tsx';
import { Code, type Consignment, type ExportLot, ForRole, InspectionTag, Refusal } from './consolidation-common.tsx';
import { DocumentsPanel, LoadPlanPanel } from './load-plan-panel.tsx';

const NEXT: Record<Consignment['status'], Consignment['status'] | null> = {
  open: 'loading',
  loading: 'declared',
  declared: 'shipped',
  shipped: 'closed',
  closed: null,
};

function ReceiveForm({ id, onDone }: { id: number; onDone: () => void }) {
  const { t } = useI18n();
  const w = t.consolidation.detail;
  const blank = { tradeRecordId: '', orderLineId: '1', cartons: '', lengthMm: '', widthMm: '', heightMm: '', netKg: '', grossKg: '', thisSideUp: false };
  const [f, setF] = useState(blank);
  const [err, setErr] = useState<unknown>(null);
  const field = (k: keyof typeof blank, label: string) => (
    <label>
      {label}
      <input inputMode="decimal" required dir="ltr" value={String(f[k])} onChange={(e) => setF({ ...f, [k]: e.target.value })} data-testid={`receive-${k}`} />
    </label>
  );
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setErr(null);
    const n = (k: keyof typeof blank) => Number(f[k]);
    const body = {
      tradeRecordId: n('tradeRecordId'),
      orderLineId: n('orderLineId'),
      cartons: n('cartons'),
      lengthMm: n('lengthMm'),
      widthMm: n('widthMm'),
      heightMm: n('heightMm'),
      netKg: n('netKg'),
      grossKg: n('grossKg'),
      thisSideUp: f.thisSideUp,
    };
    try {
      await api(`/api/export/consignments/${id}/lots`, { method: 'POST', body: JSON.stringify(body) });
      setF(blank);
      onDone();
    } catch (x) {
      setErr(x);
    }
  };
  return (
    <form className="export-form" onSubmit={submit} data-testid="receive-lot">
      {field('tradeRecordId', w.record)}
      {field('orderLineId', w.line)}
      {field('cartons', w.cartons)}
      <fieldset className="export-form">
        <legend>{w.size}</legend>
        {field('lengthMm', 'L')}
        {field('widthMm', 'W')}
        {field('heightMm', 'H')}
      </fieldset>
      {field('netKg', w.net)}
      {field('grossKg', w.gross)}
      <label className="check">
        <input type="checkbox" checked={f.thisSideUp} onChange={(e) => setF({ ...f, thisSideUp: e.target.checked })} data-testid="receive-thisSideUp" />
        {w.thisSideUp}
      </label>
      <button type="submit" data-testid="receive-submit">
        {w.receiveSubmit}
      </button>
      <Refusal err={err} />
    </form>
  );
}

/** The lots as a table (the agent's detail and the customs page, which adds a checkbox column). */
export function LotTable({ lots, pick }: { lots: ExportLot[]; pick?: { selected: Set<number>; toggle: (id: number) => void } }) {
  const { t, lang } = useI18n();
  const w = t.consolidation.detail;
  return (
    <div className="export-table-wrap">
      <table className="export-table stack-table" data-testid="lots">
        <thead>
          <tr>
            {pick ? (
              <th>
                <span className="visually-hidden">{t.consolidation.customs.selectAll}</span>
              </th>
            ) : null}
            <th>{w.lot}</th>
            <th>{w.merchant}</th>
            <th>{w.goods}</th>
            <th>{w.hs}</th>
            <th>{w.cartons}</th>
            <th>{w.size}</th>
            <th>{w.gross}</th>
            <th>{w.value}</th>
            <th>{w.inspection}</th>
          </tr>
        </thead>
        <tbody>
          {lots.map((l) => (
            <tr key={l.id} data-testid="lot" data-id={l.id} data-inspection={l.inspection}>
              {pick ? (
                <td>
                  <input
                    type="checkbox"
                    aria-label={`${w.lot} ${l.id}`}
                    checked={pick.selected.has(l.id)}
                    onChange={() => pick.toggle(l.id)}
                    data-testid="lot-pick"
                  />
                </td>
              ) : null}
              <td className="num" data-label={w.lot}>
                <Code>{l.id}</Code>
              </td>
              <td className="num" data-label={w.merchant}>
                <Code>{l.merchantId}</Code>
              </td>
              <td dir="auto" data-content="">
                {l.goodsName}
              </td>
              <td data-label={w.hs}>
                <Code>{l.hs}</Code>
              </td>
              <td className="num" data-label={w.cartons}>
                {num(l.cartons, lang)}
              </td>
              <td data-label={w.size}>
                <Code>{`${l.lengthMm}×${l.widthMm}×${l.heightMm}`}</Code>
                {l.thisSideUp ? <span title={w.thisSideUp}> ↑</span> : null}
              </td>
              <td className="num" data-label={w.gross}>
                {num(l.grossKg, lang)}
              </td>
              <td className="num" data-label={w.value}>
                <Code>{money(l.valueMinor, l.currency)}</Code>
              </td>
              <td data-label={w.inspection}>
                <InspectionTag s={l.inspection} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function Detail({ id }: { id: number }) {
  const { t } = useI18n();
  const w = t.consolidation;
  const c = useApi<Consignment>(`/api/export/consignments/${id}`);
  const lots = useApi<ExportLot[]>(`/api/export/consignments/${id}/lots`);
  const [err, setErr] = useState<unknown>(null);
  useDocumentTitle(fmt(w.detail.title, { id }));
  const reload = () => {
    c.reload();
    lots.reload();
  };
  if (!c.data) return <Status loading={c.loading} error={c.error} />;
  const next = NEXT[c.data.status];
  const move = async () => {
    setErr(null);
    try {
      await api(`/api/export/consignments/${id}/status`, { method: 'POST', body: JSON.stringify({ to: next }) });
      reload();
    } catch (x) {
      setErr(x);
    }
  };
  const early = c.data.status === 'open' || c.data.status === 'loading';
  return (
    <section data-testid="consignment-page" data-status={c.data.status}>
      <p>
        <Link to="/export/consignments">{w.detail.back}</Link>
      </p>
      <h1>{fmt(w.detail.title, { id })}</h1>
      <dl className="export-form">
        <dt>{w.detail.buyer}</dt>
        <dd>
          <Code>{c.data.buyerId}</Code>
        </dd>
        <dt>{w.detail.destination}</dt>
        <dd>
          <Code>{c.data.destination}</Code>
        </dd>
        <dt>{w.detail.incoterm}</dt>
        <dd>
          <Code>{c.data.incoterm}</Code>
        </dd>
        <dt>{w.detail.status}</dt>
        <dd data-testid="consignment-status">{w.status[c.data.status]}</dd>
      </dl>
      {next ? (
        <div className="export-actions">
          <button type="button" onClick={move} data-testid="consignment-move" data-to={next}>
            {fmt(w.detail.moveTo, { s: w.status[next] })}
          </button>
        </div>
      ) : null}
      <Refusal err={err} />
      <h2>{w.detail.lots}</h2>
      {lots.data ? lots.data.length ? <LotTable lots={lots.data} /> : <p>{w.detail.noLots}</p> : <Status loading={lots.loading} error={lots.error} />}
      {early ? (
        <>
          <h3>{w.detail.receive}</h3>
          <ReceiveForm id={id} onDone={reload} />
        </>
      ) : null}
      <LoadPlanPanel id={id} editable={early} onChanged={reload} />
      <DocumentsPanel id={id} final={c.data.plan?.status === 'final'} />
    </section>
  );
}

export function ConsignmentPage({ id }: { id: string }) {
  return <ForRole who="agent">{() => <Detail id={Number(id)} />}</ForRole>;
}
