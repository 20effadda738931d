import type { ReactNode } from 'react';
import type { Product } from '../api.ts';
import { money, pick, useI18n } from '../i18n.tsx';
import { Link } from '../router.tsx';

export function Status({ loading, error }: { loading: boolean; error: Error | undefined }): ReactNode {
  const { t } = useI18n();
  if (error)
    return (
      <p className="error" role="alert">
        {t.error}: {error.message}
      </p>
    );
  if (loading) return <p className="muted">{t.loading}</p>;
  return null;
}

/** A generated tile in place of a photo: the category's colour and the product's first character. */
export function Thumb({ p, big }: { p: Product; big?: boolean }) {
  const { lang } = useI18n();
  if (p.images[0]) return <img className={big ? 'thumb big' : 'thumb'} src={p.images[0]} alt="" loading="lazy" />;
  const hue = (Number(p.category.code.slice(0, 2)) * 47) % 360;
  const title = pick(lang, p.titleZh, p.titleEn);
  return (
    <div className={big ? 'thumb big' : 'thumb'} style={{ background: `linear-gradient(135deg, hsl(${hue} 70% 88%), hsl(${hue} 60% 72%))` }} aria-hidden="true">
      <span>{pick(lang, p.category.nameZh, p.category.nameEn).slice(0, lang === 'zh' ? 2 : 14) || title.slice(0, 2)}</span>
    </div>
  );
}

export function ProductCard({ p }: { p: Product }) {
  const { lang, t } = useI18n();
  const low = p.priceTiers[p.priceTiers.length - 1]!;
  const high = p.priceTiers[0]!;
  return (
    <Link to={`/product/${p.id}`} className="card" testId="product-card">
      <Thumb p={p} />
      <div className="card-body">
        <div className="card-title">{pick(lang, p.titleZh, p.titleEn)}</div>
        <div className="price">
          {money(low.unitPrice, p.currency)}
          {low.unitPrice !== high.unitPrice ? ` – ${money(high.unitPrice, p.currency)}` : ''}
        </div>
        <div className="muted small">
          {t.moq} {p.moq} {p.unit}
          {p.stall ? ` · ${lang === 'zh' ? p.stall.addressZh : p.stall.address}` : ''}
        </div>
      </div>
    </Link>
  );
}

export function Pager({ page, total, pageSize, onPage }: { page: number; total: number; pageSize: number; onPage: (p: number) => void }) {
  const { t } = useI18n();
  const pages = Math.max(1, Math.ceil(total / pageSize));
  return (
    <div className="pager">
      <button type="button" disabled={page <= 1} onClick={() => onPage(page - 1)}>
        {t.prev}
      </button>
      <span>
        {t.page.replace('{n}', String(page))} / {pages}
      </span>
      <button type="button" disabled={page >= pages} onClick={() => onPage(page + 1)} data-testid="next-page">
        {t.next}
      </button>
    </div>
  );
}
