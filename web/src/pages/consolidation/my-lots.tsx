/** A merchant's own export lots in every consignment, with their inspection status. */
import { fmt, useDocumentTitle, useI18n } from '../../i18n.tsx';
import { useApi } from '../../use-api.ts';
import { Status } from '../common.tsx';
import { LotTable } from './consignment.tsx';
import { type ExportLot, ForRole } from './consolidation-common.tsx';

function MyLots() {
  const { t } = useI18n();
  const w = t.consolidation.mine;
  const lots = useApi<ExportLot[]>('/api/export/my-lots');
  if (!lots.data) return <Status loading={lots.loading} error={lots.error} />;
  const byConsignment = new Map<number, ExportLot[]>();
  for (const l of lots.data) byConsignment.set(l.consignmentId, [...(byConsignment.get(l.consignmentId) ?? []), l]);
  return (
    <section data-testid="my-lots-page">
      <h1>{w.title}</h1>
      <p className="muted">{w.intro}</p>
      {lots.data.length === 0 ? <p data-testid="my-lots-empty">{w.empty}</p> : null}
      {[...byConsignment].map(([id, ls]) => (
        <div key={id} data-testid="my-consignment" data-id={id}>
          <h2>{fmt(w.consignment, { id })}</h2>
          <LotTable lots={ls} />
        </div>
      ))}
    </section>
  );
}

export function MyLotsPage() {
  const { t } = useI18n();
  useDocumentTitle(t.consolidation.mine.title);
  return <ForRole who="merchant">{() => <MyLots />}</ForRole>;
}
