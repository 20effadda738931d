import { useState } from 'react';
import type { Page, Product } from '../api.ts';
import { pick, useI18n } from '../i18n.tsx';
import { Link } from '../router.tsx';
import { useApi } from '../use-api.ts';
import { Pager, ProductCard, Status } from './common.tsx';

interface CategoryInfo {
  code: string;
  nameZh: string;
  nameEn: string;
  ancestors: { code: string; nameZh: string; nameEn: string }[];
  children: { code: string; nameZh: string; nameEn: string }[];
}

export function CategoryPage({ code }: { code: string }) {
  const { lang, t } = useI18n();
  const [page, setPage] = useState(1);
  const [sort, setSort] = useState('newest');
  const cat = useApi<CategoryInfo>(`/api/categories/${code}`);
  const products = useApi<Page<Product>>(`/api/products?category=${code}&page=${page}&pageSize=24&sort=${sort}`);
  return (
    <>
      <nav className="breadcrumbs">
        <Link to="/">{t.home}</Link>
        {cat.data?.ancestors.map((a) => (
          <span key={a.code}>
            {' '}
            › <Link to={`/category/${a.code}`}>{pick(lang, a.nameZh, a.nameEn)}</Link>
          </span>
        ))}
      </nav>
      <Status loading={cat.loading} error={cat.error} />
      {cat.data ? <h1 data-testid="category-title">{pick(lang, cat.data.nameZh, cat.data.nameEn)}</h1> : null}
      {cat.data?.children.length ? (
        <div className="chips">
          {cat.data.children.map((c) => (
            <Link key={c.code} to={`/category/${c.code}`} className="chip">
              {pick(lang, c.nameZh, c.nameEn)}
            </Link>
          ))}
        </div>
      ) : null}
      <div className="toolbar">
        <span data-testid="result-count">{products.data ? `${products.data.total.toLocaleString()} ${t.results}` : ''}</span>
        <select
          value={sort}
          onChange={(e) => {
            setSort(e.target.value);
            setPage(1);
          }}
          aria-label="sort"
        >
          <option value="newest">{t.sortNewest}</option>
          <option value="price_asc">{t.sortPriceAsc}</option>
          <option value="price_desc">{t.sortPriceDesc}</option>
        </select>
      </div>
      <Status loading={products.loading && !products.data} error={products.error} />
      <div className="product-grid">
        {products.data?.items.map((p) => (
          <ProductCard key={p.id} p={p} />
        ))}
      </div>
      {products.data ? <Pager page={page} total={products.data.total} pageSize={24} onPage={setPage} /> : null}
    </>
  );
}
