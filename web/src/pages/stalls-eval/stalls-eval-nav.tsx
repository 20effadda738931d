/** The header's stall evaluation links: a merchant's own evaluation, the operator's console, and the public re-allocation rounds. */
import { useI18n } from '../../i18n.tsx';
import { Link } from '../../router.tsx';
import { useNotifications } from '../trade/trade-nav.tsx';

export function StallsEvalNav() {
  const { t } = useI18n();
  const role = useNotifications()?.role;
  const w = t.stallsEval.nav;
  if (role === 'merchant')
    return (
      <Link to="/stalls/evaluation" testId="nav-stall-evaluation">
        {w.mine}
      </Link>
    );
  if (role === 'operator')
    return (
      <Link to="/stalls/evaluation/console" testId="nav-stall-evaluation-console">
        {w.console}
      </Link>
    );
  return null;
}
