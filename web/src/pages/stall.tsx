import type { Holding, Page, Product, Stall } from '../api.ts';
import { Data, num, pick, useDocumentTitle, useI18n } from '../i18n.tsx';
import { Link, useRouter } from '../router.tsx';
import { useApi } from '../use-api.ts';
import { Pager, ProductCard, Status } from './common.tsx';
import { MerchantStanding } from './merchant-standing.tsx';

export function StallPage({ id }: { id: string }) {
  const { lang, t } = useI18n();
  const { path, search, navigate } = useRouter();
  const page = Math.max(1, Number(search.get('page') ?? 1) || 1);
  const stall = useApi<Stall>(`/api/stalls/${encodeURIComponent(id)}`);
  const history = useApi<Holding[]>(`/api/stalls/${encodeURIComponent(id)}/holdings`);
  const products = useApi<Page<Product>>(`/api/products?stall=${encodeURIComponent(id)}&page=${page}&pageSize=24`);
  const s = stall.data;
  useDocumentTitle(s ? pick(lang, s.shopNameZh, s.shopNameEn) || (lang === 'zh' ? s.addressZh : s.address) : null);
  // one loading state for the shop, its goods and its history: nothing is pushed down after the first paint
  if (!s || (!products.data && products.loading) || (!history.data && history.loading))
    return <Status loading={stall.loading || products.loading || history.loading} error={stall.error} />;
  const address = lang === 'zh' ? s.addressZh : s.address;
  return (
    <>
      <nav className="breadcrumbs" aria-label={t.shop}>
        <Link to="/">{t.home}</Link> › {t.shop}
      </nav>
      <section className="shop-head">
        <h1 data-testid="shop-name">
          {pick(lang, s.shopNameZh, s.shopNameEn) ? <Data lang={lang} zh={s.shopNameZh} en={s.shopNameEn} /> : <bdi dir="ltr">{address}</bdi>}
        </h1>
        <div className="address" data-testid="shop-address">
          {lang === 'zh' ? s.market.nameZh : <Data lang={lang} zh={s.market.nameZh} en={s.market.nameEn} />} · <bdi dir="ltr">{address}</bdi>
        </div>
        {s.holder ? (
          <div>
            {t.holder}: <Data lang={lang} zh={s.holder.nameZh} en={s.holder.nameEn} />{' '}
            <span className="muted">
              ({t.since} <bdi dir="ltr">{s.holder.since}</bdi>)
            </span>
            <dl className="facts small">
              <MerchantStanding entityId={s.holder.entityId} />
            </dl>
          </div>
        ) : null}
        {pick(lang, s.introZh, s.introEn) ? (
          <p>
            <Data lang={lang} zh={s.introZh} en={s.introEn} />
          </p>
        ) : null}
        <div className="muted small">
          {t.area}: {num(s.areaM2, lang)} m²
          {s.phone ? (
            <>
              {' · '}
              <a href={`tel:${s.phone}`}>
                <bdi dir="ltr">{s.phone}</bdi>
              </a>
            </>
          ) : null}
        </div>
      </section>
      <h2>
        {t.products} <span className="muted small">{products.data ? num(products.data.total, lang) : ''}</span>
      </h2>
      <div className="product-grid">
        {products.data?.items.map((p, i) => (
          <ProductCard key={p.id} p={p} priority={i < 2} />
        ))}
      </div>
      {products.data && products.data.total > 24 ? (
        <Pager page={page} total={products.data.total} pageSize={24} onPage={(n) => navigate(n > 1 ? `${path}?page=${n}` : path)} />
      ) : null}
      {history.data?.length ? (
        <>
          <h2>{t.history}</h2>
          <table className="history">
            <tbody>
              {history.data.map((h) => (
                <tr key={h.id}>
                  <td>
                    <Data lang={lang} zh={h.entityNameZh} en={h.entityNameEn} />
                  </td>
                  <td>
                    <bdi dir="ltr">{h.validFrom}</bdi> – {h.validTo ? <bdi dir="ltr">{h.validTo}</bdi> : t.now}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      ) : null}
    </>
  );
}
