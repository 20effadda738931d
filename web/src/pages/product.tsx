import type { Page, Product, Stall } from '../api.ts';
import { attrName, Data, fmt, num, pick, unitName, useDocumentTitle, useI18n } from '../i18n.tsx';
import { Link } from '../router.tsx';
import { useApi } from '../use-api.ts';
import { ProductCard, productPriceRange, Status } from './common.tsx';
import { MerchantStanding } from './merchant-standing.tsx';
import { Gallery, type ProductImage } from './picture.tsx';
import { BuyBox } from './trade/buy-box.tsx';
import { ProductCreditNotes } from './credit-gov/product-credit.tsx';

/** Whole years since an ISO date (a stall's current holding), as of today. */
function yearsSince(iso: string): number {
  const from = new Date(iso);
  const now = new Date();
  let y = now.getFullYear() - from.getFullYear();
  if (now.getMonth() < from.getMonth() || (now.getMonth() === from.getMonth() && now.getDate() < from.getDate())) y--;
  return Math.max(0, y);
}

export function ProductPage({ id }: { id: string }) {
  const { lang, t } = useI18n();
  const { data: p, error, loading } = useApi<Product>(`/api/products/${encodeURIComponent(id)}`);
  // the pictures are asked for at the same time as the product, and the page shows once both are
  // here (a failed list falls back to the main picture), so nothing moves after the first paint
  const pictures = useApi<{ items: ProductImage[] }>(`/api/products/${encodeURIComponent(id)}/images`);
  const title = p ? pick(lang, p.titleZh, p.titleEn) : null;
  useDocumentTitle(title);
  if (!p || (pictures.loading && !pictures.data && !pictures.error)) return <Status loading={loading || pictures.loading} error={error} />;
  const images = pictures.data?.items.length ? pictures.data.items : p.mainImage ? [p.mainImage] : [];
  return (
    <>
      <nav className="breadcrumbs" aria-label={t.categories}>
        <Link to="/">{t.home}</Link> ›{' '}
        <Link to={`/category/${p.category.code}`}>
          <Data lang={lang} zh={p.category.nameZh} en={p.category.nameEn} />
        </Link>
      </nav>
      <div className="product-layout">
        <section className="product-pictures" aria-label={t.productPage.pictures}>
          <Gallery images={images} title={title ?? ''} />
        </section>
        <div className="product-main">
          <h1 data-testid="product-title">
            <Data lang={lang} zh={p.titleZh} en={p.titleEn} />
          </h1>
          {lang === 'zh' && p.titleEn ? (
            <p className="muted" lang="en">
              {p.titleEn}
            </p>
          ) : null}
          {lang !== 'zh' && p.titleZh ? (
            <p className="muted" lang="zh-CN">
              {p.titleZh}
            </p>
          ) : null}
          <p className="price big-price" data-testid="price-range">
            <bdi dir="ltr">{productPriceRange(p)}</bdi> <span className="muted small">/ {unitName(lang, p.unit, 1)}</span>
          </p>
          <ProductCreditNotes productId={p.id} merchantId={p.merchant.id} />
          <BuyBox p={p} />
          <dl className="facts" data-testid="facts">
            <dt>{t.moq}</dt>
            <dd data-testid="moq">
              {num(p.moq, lang)} {unitName(lang, p.unit, p.moq)}
            </dd>
            <dt>{t.stock}</dt>
            <dd data-testid="stock">
              {num(p.stock, lang)} {unitName(lang, p.unit, p.stock)}
            </dd>
            <dt>{t.carton}</dt>
            <dd data-testid="carton">
              {fmt(t.productPage.cartonSpec, {
                n: num(p.carton.units, lang),
                unit: unitName(lang, p.unit, p.carton.units),
                l: p.carton.lengthCm,
                w: p.carton.widthCm,
                h: p.carton.heightCm,
                kg: num(p.carton.grossKg, lang),
              })}
            </dd>
            <dt>{t.hsCode}</dt>
            <dd data-testid="hs-code">
              <bdi dir="ltr">{p.hsCode}</bdi>
            </dd>
          </dl>
          <SupplierCard p={p} />
        </div>
      </div>
      {Object.keys(p.attributes).length ? (
        <section>
          <h2>{t.attributes}</h2>
          <dl className="facts" data-testid="attributes">
            {Object.entries(p.attributes).map(([k, v]) => (
              <div key={k} className="fact-row">
                <dt>{attrName(t, k)}</dt>
                <dd lang={lang === 'en' ? undefined : 'en'}>{v}</dd>
              </div>
            ))}
          </dl>
        </section>
      ) : null}
      <section>
        <h2>{t.description}</h2>
        <p className="description">
          <Data lang={lang} zh={p.descriptionZh} en={p.descriptionEn} />
        </p>
      </section>
      {p.stall ? <MoreFromStall stallId={p.stall.id} exclude={p.id} /> : null}
    </>
  );
}

/** The supplier's card: shop, stall address, years in the market, products on sale, median response time to inquiries (— until it has answered one). */
function SupplierCard({ p }: { p: Product }) {
  const { lang, t } = useI18n();
  const tp = t.productPage;
  const stall = useApi<Stall>(p.stall ? `/api/stalls/${p.stall.id}` : null);
  const count = useApi<Page<Product>>(p.stall ? `/api/products?stall=${p.stall.id}&pageSize=1` : null);
  const response = useApi<{ inquiries: number; answered: number; medianSeconds: number | null }>(`/api/merchants/${p.merchant.id}/response-time`);
  const median = response.data?.medianSeconds ?? null;
  const s = stall.data;
  const years = s?.holder?.since ? yearsSince(s.holder.since) : null;
  return (
    <section className="stall-box" data-testid="stall-box" aria-label={tp.supplier}>
      <div className="supplier-name">
        <strong>
          {s && pick(lang, s.shopNameZh, s.shopNameEn) ? (
            <Data lang={lang} zh={s.shopNameZh} en={s.shopNameEn} />
          ) : (
            <Data lang={lang} zh={p.merchant.nameZh} en={p.merchant.nameEn} />
          )}
        </strong>
      </div>
      <div className="muted small">
        {t.merchant}: <Data lang={lang} zh={p.merchant.nameZh} en={p.merchant.nameEn} />
      </div>
      <dl className="facts small">
        {p.stall ? (
          <>
            <dt>{t.address}</dt>
            <dd>
              <bdi dir="ltr" data-testid="stall-address-text">
                {lang === 'zh' ? p.stall.addressZh : p.stall.address}
              </bdi>
            </dd>
          </>
        ) : null}
        <dt>{tp.yearsInMarket}</dt>
        <dd data-testid="supplier-years">{years === null ? t.dash : years < 1 ? tp.underYear : fmt(tp.yearsN, { n: num(years, lang) })}</dd>
        <dt>{tp.productCount}</dt>
        <dd data-testid="supplier-products">{count.data ? num(count.data.total, lang) : t.dash}</dd>
        <dt>{tp.responseTime}</dt>
        <dd data-testid="supplier-response">
          {median === null
            ? t.dash
            : median < 3600
              ? fmt(tp.withinMinutes, { n: num(Math.max(1, Math.round(median / 60)), lang) })
              : fmt(tp.withinHours, { n: num(Math.round(median / 3600), lang) })}
        </dd>
        <MerchantStanding entityId={p.merchant.id} badges={false} />
      </dl>
      {p.stall ? (
        <Link to={`/stall/${p.stall.id}`} testId="visit-shop" className="button-link">
          {t.visitShop}
        </Link>
      ) : null}
    </section>
  );
}

function MoreFromStall({ stallId, exclude }: { stallId: number; exclude: number }) {
  const { t } = useI18n();
  const more = useApi<Page<Product>>(`/api/products?stall=${stallId}&pageSize=7`);
  const items = (more.data?.items ?? []).filter((x) => x.id !== exclude).slice(0, 6);
  if (!items.length) return null;
  return (
    <section data-testid="more-from-stall">
      <div className="section-head">
        <h2>{t.productPage.moreFromStall}</h2>
        <Link to={`/stall/${stallId}`}>{t.productPage.viewAll}</Link>
      </div>
      <div className="product-grid">
        {items.map((x) => (
          <ProductCard key={x.id} p={x} />
        ))}
      </div>
    </section>
  );
}
