/** The header's service desk links for the signed-in role (nothing for a visitor). */
import { useI18n } from '../../i18n.tsx';
import { Link } from '../../router.tsx';
import { useNotifications } from '../trade/trade-nav.tsx';

export function ServiceNav() {
  const { t } = useI18n();
  // the role from the header's counts (asked again on every navigation, so a new sign-in shows its own links)
  const role = useNotifications()?.role;
  const w = t.service.nav;
  if (role === 'merchant' || role === 'buyer')
    return (
      <Link to="/service" testId="nav-service">
        {w.myItems}
      </Link>
    );
  if (role === 'department')
    return (
      <>
        <Link to="/service" testId="nav-service">
          {w.inbox}
        </Link>
        <Link to="/service/overview" testId="nav-service-overview">
          {w.overview}
        </Link>
      </>
    );
  if (role === 'operator' || role === 'regulator')
    return (
      <>
        <Link to="/service/overview" testId="nav-service-overview">
          {w.overview}
        </Link>
        {role === 'operator' ? (
          <Link to="/dashboard" testId="nav-dashboard">
            {w.dashboard}
          </Link>
        ) : null}
      </>
    );
  return null;
}
