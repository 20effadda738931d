import { useState } from 'react';
import type { Holding, Page, Product, Stall } from '../api.ts';
import { pick, useI18n } from '../i18n.tsx';
import { Link } from '../router.tsx';
import { useApi } from '../use-api.ts';
import { Pager, ProductCard, Status } from './common.tsx';

export function StallPage({ id }: { id: string }) {
  const { lang, t } = useI18n();
  const [page, setPage] = useState(1);
  const stall = useApi<Stall>(`/api/stalls/${encodeURIComponent(id)}`);
  const history = useApi<Holding[]>(`/api/stalls/${encodeURIComponent(id)}/holdings`);
  const products = useApi<Page<Product>>(`/api/products?stall=${encodeURIComponent(id)}&page=${page}&pageSize=24`);
  const s = stall.data;
  if (!s) return <Status loading={stall.loading} error={stall.error} />;
  return (
    <>
      <nav className="breadcrumbs">
        <Link to="/">{t.home}</Link> › {t.shop}
      </nav>
      <section className="shop-head">
        <h1 data-testid="shop-name">{pick(lang, s.shopNameZh, s.shopNameEn) || (lang === 'zh' ? s.addressZh : s.address)}</h1>
        <div className="address" data-testid="shop-address">
          {pick(lang, s.market.nameZh, s.market.nameEn)} · {lang === 'zh' ? s.addressZh : s.address}
        </div>
        {s.holder ? (
          <div>
            {t.holder}: {pick(lang, s.holder.nameZh, s.holder.nameEn)}{' '}
            <span className="muted">
              ({t.since} {s.holder.since})
            </span>
          </div>
        ) : null}
        {pick(lang, s.introZh, s.introEn) ? <p>{pick(lang, s.introZh, s.introEn)}</p> : null}
        <div className="muted small">
          {t.area}: {s.areaM2} m²{s.phone ? ` · ☎ ${s.phone}` : ''}
        </div>
      </section>
      <h2>
        {t.products} <span className="muted small">{products.data?.total ?? ''}</span>
      </h2>
      <div className="product-grid">
        {products.data?.items.map((p) => (
          <ProductCard key={p.id} p={p} />
        ))}
      </div>
      {products.data ? <Pager page={page} total={products.data.total} pageSize={24} onPage={setPage} /> : null}
      {history.data?.length ? (
        <>
          <h2>{t.history}</h2>
          <table className="history">
            <tbody>
              {history.data.map((h) => (
                <tr key={h.id}>
                  <td>{pick(lang, h.entityNameZh, h.entityNameEn)}</td>
                  <td>
                    {h.validFrom} – {h.validTo ?? t.now}
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
