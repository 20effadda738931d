/** A trade-risk warning about a counterparty (issue 13): its recent serious or severe credit events with their reasons, or class D. Shows nothing otherwise. */
import { pick, useI18n } from '../../i18n.tsx';
import { useApi } from '../../use-api.ts';

interface TradeRisk {
  entityId: number;
  class: 'A' | 'B' | 'C' | 'D';
  warnings: { level: 'severe' | 'serious' | 'class_d'; kind: string | null; occurredOn: string | null; reason: string; reasonZh: string }[];
}

export function TradeRiskNotice({ entityId }: { entityId: number }) {
  const { t, lang } = useI18n();
  const r = useApi<TradeRisk>(`/api/credit/warnings?entity=${entityId}`);
  if (!r.data || r.data.warnings.length === 0) return null;
  return (
    <div className="notice warning" role="alert" data-testid="trade-risk">
      <strong>{t.credit.warning.title}</strong>
      <ul className="plain-list">
        {r.data.warnings.map((w, i) => (
          <li key={`${w.kind}-${i}`}>
            {w.level === 'class_d' ? t.credit.warning.classD : `${t.credit.severity[w.level]} · ${w.occurredOn} · `}
            {w.level === 'class_d' ? null : <span data-content="">{pick(lang, w.reasonZh, w.reason)}</span>}
          </li>
        ))}
      </ul>
    </div>
  );
}
