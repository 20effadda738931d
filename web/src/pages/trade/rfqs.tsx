// Placeholder: built by the talk work (issue 11).
import { useI18n } from '../../i18n.tsx';

export function RfqsPage(_props: Record<string, string>) {
  const { t } = useI18n();
  return <h1>{t.brand}</h1>;
}

export function NewRfqPage(_props: Record<string, string>) {
  const { t } = useI18n();
  return <h1>{t.brand}</h1>;
}

export function RfqPage(_props: Record<string, string>) {
  const { t } = useI18n();
  return <h1>{t.brand}</h1>;
}
