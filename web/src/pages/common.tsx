import type { ReactNode } from 'react';
import type { CategoryNode, Product } from '../api.ts';
import { Data, errorText, fmt, num, pick, priceRange, unitName, useI18n } from '../i18n.tsx';
import { Link } from '../router.tsx';
import { ProductPicture } from './picture.tsx';

export function Status({ loading, error }: { loading: boolean; error: Error | undefined }): ReactNode {
  const { t } = useI18n();
  if (error)
    return (
      <p className="error" role="alert">
        {errorText(t, error)}
      </p>
    );
  if (loading)
    return (
      <p className="muted" role="status">
        {t.loading}
      </p>
    );
  return null;
}

/** The lowest and highest unit price of a product's tiers. */
export function productPriceRange(p: Product): string {
  const prices = p.priceTiers.map((x) => x.unitPrice);
  return priceRange(Math.min(...prices), Math.max(...prices), p.currency);
}

/** `priority`: one of the first cards of a page (their pictures are fetched at once, not lazily: the largest paint). */
export function ProductCard({ p, priority }: { p: Product; priority?: boolean }) {
  const { lang, t } = useI18n();
  return (
    <Link to={`/product/${p.id}`} className="card" testId="product-card">
      {/* the title is the link's text below: the picture is not read out a second time */}
      <div className="card-picture" aria-hidden="true">
        <ProductPicture image={p.mainImage} title={pick(lang, p.titleZh, p.titleEn)} size={240} priority={priority} />
      </div>
      <div className="card-body">
        <div className="card-title">
          <Data lang={lang} zh={p.titleZh} en={p.titleEn} />
        </div>
        <div className="price">
          <bdi dir="ltr">{productPriceRange(p)}</bdi>
        </div>
        <div className="muted small">
          {t.moq} {num(p.moq, lang)} {unitName(lang, p.unit, p.moq)}
        </div>
        {p.stall ? (
          <div className="muted small">
            <bdi dir="ltr">{lang === 'zh' ? p.stall.addressZh : p.stall.address}</bdi>
          </div>
        ) : null}
      </div>
    </Link>
  );
}

export function Pager({ page, total, pageSize, onPage }: { page: number; total: number; pageSize: number; onPage: (p: number) => void }) {
  const { lang, t } = useI18n();
  const pages = Math.max(1, Math.ceil(total / pageSize));
  return (
    <nav className="pager" aria-label={fmt(t.page, { n: page })}>
      <button type="button" disabled={page <= 1} onClick={() => onPage(page - 1)} data-testid="prev-page">
        {t.prev}
      </button>
      <span data-testid="page-of">
        {fmt(t.page, { n: num(page, lang) })} / {num(pages, lang)}
      </span>
      <button type="button" disabled={page >= pages} onClick={() => onPage(page + 1)} data-testid="next-page">
        {t.next}
      </button>
    </nav>
  );
}

/** The top categories as tiles, each with its first four subcategories (home page, empty search page). */
export function CategoryGrid({ tree, testId }: { tree: readonly CategoryNode[]; testId?: string }) {
  const { lang } = useI18n();
  return (
    <div className="category-grid" data-testid={testId}>
      {tree.map((c) => (
        <div key={c.code} className="category-tile">
          <Link to={`/category/${c.code}`} className="category-name" testId={testId ? 'top-category' : undefined}>
            <Data lang={lang} zh={c.nameZh} en={c.nameEn} />
          </Link>
          <ul>
            {c.children.slice(0, 4).map((s) => (
              <li key={s.code}>
                <Link to={`/category/${s.code}`}>
                  <Data lang={lang} zh={s.nameZh} en={s.nameEn} />
                </Link>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </div>
  );
}
