/** The agent's consignments: the list, with lots by inspection status, and the form to open one. */
import { useState, type FormEvent } from 'react';
import { api } from '../../api.ts';
import { fmt, num, useDocumentTitle, useI18n } from '../../i18n.tsx';
import { Link, useRouter } from '../../router.tsx';
import { useApi } from '../../use-api.ts';
import { Status } from '../common.tsx';
import { Code, type Consignment, ForRole, Refusal } from './consolidation-common.tsx';

const INCOTERMS = ['EXW', 'FCA', 'CPT', 'CIP', 'DAP', 'DPU', 'DDP', 'FAS', 'FOB', 'CFR', 'CIF'];

function OpenForm({ onOpened }: { onOpened: (c: Consignment) => void }) {
  const { t } = useI18n();
  const w = t.consolidation.list;
  const [f, setF] = useState({ buyerId: '', destination: '', incoterm: 'FOB', note: '' });
  const [err, setErr] = useState<unknown>(null);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setErr(null);
    try {
      const body = { buyerId: Number(f.buyerId), destination: f.destination, incoterm: f.incoterm, ...(f.note ? { note: f.note } : {}) };
      onOpened(await api<Consignment>('/api/export/consignments', { method: 'POST', body: JSON.stringify(body) }));
    } catch (x) {
      setErr(x);
    }
  };
  return (
    <form className="export-form" onSubmit={submit} data-testid="open-consignment">
      <label>
        {w.buyer}
        <input inputMode="numeric" required value={f.buyerId} onChange={(e) => setF({ ...f, buyerId: e.target.value })} data-testid="open-buyer" />
      </label>
      <label>
        {w.destination}
        <input
          required
          dir="ltr"
          maxLength={6}
          placeholder="AEJEA"
          value={f.destination}
          onChange={(e) => setF({ ...f, destination: e.target.value })}
          data-testid="open-destination"
        />
      </label>
      <label>
        {w.incoterm}
        <select value={f.incoterm} onChange={(e) => setF({ ...f, incoterm: e.target.value })} data-testid="open-incoterm">
          {INCOTERMS.map((i) => (
            <option key={i}>{i}</option>
          ))}
        </select>
      </label>
      <label>
        {w.note}
        <input value={f.note} maxLength={500} onChange={(e) => setF({ ...f, note: e.target.value })} />
      </label>
      <button type="submit" data-testid="open-submit">
        {w.submit}
      </button>
      <Refusal err={err} />
    </form>
  );
}

export function ConsignmentCard({ c }: { c: Consignment }) {
  const { t, lang } = useI18n();
  const w = t.consolidation;
  const n = (x: number) => num(x, lang);
  return (
    <li className="export-card" data-testid="consignment" data-id={c.id} data-status={c.status}>
      <h3>
        <Link to={`/export/consignments/${c.id}`}>{fmt(w.detail.title, { id: c.id })}</Link> <span className="tag">{w.status[c.status]}</span>
      </h3>
      <p>
        <Code>{c.destination}</Code> · <Code>{c.incoterm}</Code> · {fmt(w.list.lots, { n: n(c.lots.total) })} · {fmt(w.list.cartons, { n: n(c.lots.cartons) })}
      </p>
      <p className="muted">
        {fmt(w.list.counts, { pending: n(c.lots.pending), released: n(c.lots.released), held: n(c.lots.held), returned: n(c.lots.returned) })}
      </p>
      <p>
        {w.list.plan}: {c.plan ? w.plan[c.plan.status] : w.list.noPlan}
      </p>
    </li>
  );
}

function ConsignmentList() {
  const { t } = useI18n();
  const w = t.consolidation.list;
  const { navigate } = useRouter();
  const list = useApi<Consignment[]>('/api/export/consignments');
  return (
    <section data-testid="consignments-page">
      <h1>{w.title}</h1>
      <p className="muted">{w.intro}</p>
      <h2>{w.open}</h2>
      <OpenForm onOpened={(c) => navigate(`/export/consignments/${c.id}`)} />
      {list.data ? (
        list.data.length ? (
          <ul className="export-cards">
            {list.data.map((c) => (
              <ConsignmentCard key={c.id} c={c} />
            ))}
          </ul>
        ) : (
          <p data-testid="consignments-empty">{w.empty}</p>
        )
      ) : (
        <Status loading={list.loading} error={list.error} />
      )}
    </section>
  );
}

export function ConsignmentsPage() {
  const { t } = useI18n();
  useDocumentTitle(t.consolidation.list.title);
  return <ForRole who="agent">{() => <ConsignmentList />}</ForRole>;
}
