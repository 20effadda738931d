import { fmt, useI18n } from '../i18n.tsx';
import { Link } from '../router.tsx';
import { useApi } from '../use-api.ts';

interface Classes {
  classes: { entityId: number; class: 'A' | 'B' | 'C' | 'D' }[];
}
interface Badges {
  blacklisted: boolean;
  warning: { reason: string; listedAt: string } | null;
  redList: { year: number; category: string; rank: number }[];
}

/**
 * What a buyer sees of a merchant's standing (product and stall pages): its
 * credit class, its honour-list badges and, when it is listed, the blacklist
 * warning with its reason (public data of the credit data centre).
 */
export function MerchantStanding({ entityId, badges: withBadges = true }: { entityId: number; badges?: boolean }) {
  const { t } = useI18n();
  const ts = t.standing;
  const classes = useApi<Classes>(`/api/credit/classes?entities=${entityId}`);
  // the product page shows the badges and the warning beside the price (credit-gov/product-credit.tsx)
  const badges = useApi<Badges>(withBadges ? `/api/credit/badges/${entityId}` : null);
  const c = classes.data?.classes.find((x) => x.entityId === entityId)?.class;
  const b = badges.data;
  return (
    <>
      {c || b?.warning ? <dt>{ts.creditClass}</dt> : null}
      {c ? (
        <dd data-testid="supplier-credit" title={ts.classHelp}>
          <span className={`credit-class credit-${c}`}>{fmt(ts.classN, { c })}</span>
          {(b?.redList ?? []).slice(0, 1).map((r) => (
            <span key={r.year} className="badge" data-testid="supplier-redlist">
              {' '}
              {fmt(ts.redList, { year: r.year })}
            </span>
          ))}
        </dd>
      ) : null}
      {b?.warning ? (
        <dd className="warning" data-testid="supplier-blacklisted">
          {/* the alert role sits inside: a dd may not carry a role of its own (axe definition-list) */}
          <span role="alert">
            {fmt(ts.blacklistedSince, { date: b.warning.listedAt.slice(0, 10), reason: b.warning.reason })}{' '}
            <Link to="/credit/blacklist">{ts.seeBlacklist}</Link>
          </span>
        </dd>
      ) : null}
    </>
  );
}
