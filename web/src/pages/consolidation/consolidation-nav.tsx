import { useI18n } from '../../i18n.tsx';
import { Link } from '../../router.tsx';
import { useNotifications } from '../trade/trade-nav.tsx';

/** The header's links: consignments for an agent, inspection for customs, its lots for a merchant. */
export function ConsolidationNav() {
  const { t } = useI18n();
  const role = useNotifications()?.role;
  const w = t.consolidation.nav;
  if (role === 'agent')
    return (
      <Link to="/export/consignments" testId="nav-consignments">
        {w.consignments}
      </Link>
    );
  if (role === 'customs')
    return (
      <Link to="/export/inspection" testId="nav-inspection">
        {w.inspection}
      </Link>
    );
  if (role === 'merchant')
    return (
      <Link to="/export/my-lots" testId="nav-my-lots">
        {w.myLots}
      </Link>
    );
  return null;
}
