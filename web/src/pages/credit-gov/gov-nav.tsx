/** The header's credit governance links: the public blacklist for everyone; campaigns and repairs for a regulator; promises and sharing for an entity. */
import { useI18n } from '../../i18n.tsx';
import { Link } from '../../router.tsx';
import { useNotifications } from '../trade/trade-nav.tsx';

export function CreditGovNav() {
  const { t } = useI18n();
  const role = useNotifications()?.role;
  const w = t.creditGov.nav;
  return (
    <>
      <Link to="/credit/blacklist" testId="nav-blacklist">
        {w.blacklist}
      </Link>
      {role === 'regulator' ? (
        <>
          <Link to="/credit/campaigns" testId="nav-campaigns">
            {w.campaigns}
          </Link>
          <Link to="/credit/repairs" testId="nav-repairs">
            {w.repairs}
          </Link>
        </>
      ) : null}
      {role === 'regulator' || role === 'operator' || role === 'merchant' ? (
        <Link to="/credit/ip" testId="nav-ip">
          {t.ip.nav}
        </Link>
      ) : null}
      {role === 'merchant' || role === 'buyer' || role === 'agent' ? (
        <Link to="/credit/mine" testId="nav-my-credit">
          {w.myCredit}
        </Link>
      ) : null}
    </>
  );
}
