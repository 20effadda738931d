/**
 * What a buyer sees about credit on a product page: a warning when the
 * merchant is on the blacklist (with the reason), its red-list badges, and the
 * standards the merchant declared for the product (亮标). Drop-in:
 * `<ProductCreditNotes productId={p.id} merchantId={p.merchant.id} />`.
 */
import { fmt, useI18n } from '../../i18n.tsx';
import { useApi } from '../../use-api.ts';
import { Datum, type DeclaredStandard } from './gov-common.tsx';

interface Badges {
  blacklisted: boolean;
  warning: { reason: string; listedAt: string } | null;
  redList: { year: number; category: string; rank: number }[];
}

export function ProductCreditNotes({ productId, merchantId }: { productId: number; merchantId: number }) {
  const { t } = useI18n();
  const w = t.creditGov.product;
  const badges = useApi<Badges>(`/api/credit/badges/${merchantId}`);
  const standards = useApi<DeclaredStandard[]>(`/api/credit/standards?product=${productId}`);
  return (
    <div data-testid="product-credit">
      {badges.data?.warning ? (
        <p className="error" role="alert" data-testid="blacklist-warning">
          {w.warning}{' '}
          <span dir="auto" data-content="" lang={/\p{Script=Han}/u.test(badges.data.warning.reason) ? 'zh-CN' : 'en'}>
            {badges.data.warning.reason}
          </span>
        </p>
      ) : null}
      {badges.data?.redList.map((b) => (
        <span key={b.year} className="tag tag-good" data-testid="redlist-badge">
          {fmt(w.redList, { year: b.year })}
        </span>
      ))}
      {standards.data && standards.data.length > 0 ? (
        <p data-testid="product-standards">
          {w.standards}:{' '}
          {standards.data.map((s) => (
            <span key={s.id} className="chip">
              {t.creditGov.standards.kinds[s.kind]} <Datum>{s.code}</Datum>
            </span>
          ))}
        </p>
      ) : null}
    </div>
  );
}
