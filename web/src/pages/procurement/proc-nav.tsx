import { useI18n } from '../../i18n.tsx';
import { Link } from '../../router.tsx';
import { useNotifications } from '../trade/trade-nav.tsx';

/** The header's 1039 links: the agent's (and operator's) registrations, the operator's HS list, the merchant's payments. */
export function ProcurementNav() {
  const { t } = useI18n();
  const role = useNotifications()?.role;
  const w = t.procurement.nav;
  return (
    <>
      {role === 'agent' || role === 'operator' || role === 'customs' ? (
        <Link to="/procurement" testId="nav-procurement">
          {w.agent}
        </Link>
      ) : null}
      {role === 'operator' ? (
        <Link to="/procurement/hs-list" testId="nav-hs-list">
          {w.hsList}
        </Link>
      ) : null}
      {role === 'merchant' ? (
        <Link to="/procurement/my-payments" testId="nav-my-payments">
          {w.myPayments}
        </Link>
      ) : null}
    </>
  );
}
