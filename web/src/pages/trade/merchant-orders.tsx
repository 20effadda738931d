// Placeholder: built by the talk work (issue 11).
import { useI18n } from '../../i18n.tsx';

export function MerchantOrdersPage(_props: Record<string, string>) {
  const { t } = useI18n();
  return <h1>{t.brand}</h1>;
}
