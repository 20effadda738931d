/** The header's credit links: the market credit index for everyone; "my credit score" for an entity; oversight for a regulator or operator. */
import { useI18n } from '../../i18n.tsx';
import { Link } from '../../router.tsx';
import { useNotifications } from '../trade/trade-nav.tsx';

export function CreditNav() {
  const { t } = useI18n();
  const role = useNotifications()?.role;
  const w = t.credit.nav;
  return (
    <>
      {role === 'merchant' || role === 'buyer' || role === 'agent' ? (
        <Link to="/credit/score" testId="nav-credit-score">
          {w.myScore}
        </Link>
      ) : null}
      {role === 'regulator' || role === 'operator' ? (
        <Link to="/credit/oversight" testId="nav-credit-oversight">
          {w.oversight}
        </Link>
      ) : null}
      <Link to="/credit/index" testId="nav-credit-index">
        {w.index}
      </Link>
    </>
  );
}
