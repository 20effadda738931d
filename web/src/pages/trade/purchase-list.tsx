// Placeholder: built by the buyer work (issue 11).
import { useI18n } from '../../i18n.tsx';

export function PurchaseListPage(_props: Record<string, string>) {
  const { t } = useI18n();
  return <h1>{t.brand}</h1>;
}
