import type { CategoryNode } from '../api.ts';
import { fmt, useDocumentTitle, useI18n } from '../i18n.tsx';
import { Link } from '../router.tsx';
import { useApi } from '../use-api.ts';
import { CategoryGrid, Status } from './common.tsx';

export function HomePage() {
  const { lang, t } = useI18n();
  const { data, error, loading } = useApi<CategoryNode[]>('/api/categories');
  useDocumentTitle(null);
  const districts = useApi<{ market: string; no: number; nameZh: string; nameEn: string; floors: number }[]>('/api/districts');
  const hot = t.searchPage.hotTerms.split('|').map((x) => {
    const [label, query] = x.split('=');
    return { label: label!, query: query ?? label! };
  });
  return (
    <>
      <section className="hero">
        <h1>{t.brand}</h1>
        <p>{t.tagline}</p>
        <nav className="chips hot-row" aria-label={t.searchPage.hot}>
          {hot.slice(0, 6).map((h) => (
            <Link key={h.query} to={`/search?q=${encodeURIComponent(h.query)}`} className="chip">
              {h.label}
            </Link>
          ))}
        </nav>
      </section>
      <h2>{t.categories}</h2>
      {/* one loading state for both lists: the market list never shows first and is then pushed down */}
      <Status loading={loading || districts.loading} error={error} />
      {data && !districts.loading ? (
        <>
          <CategoryGrid tree={data} testId="category-grid" />
          {districts.data?.length ? (
            <>
              <h2>{t.market}</h2>
              <ul className="districts">
                {districts.data.map((d) => (
                  <li key={`${d.market}-${d.no}`}>
                    <strong>{lang === 'zh' ? d.nameZh : fmt(t.searchPage.districtN, { n: d.no })}</strong>{' '}
                    <span className="muted">· {fmt(t.floorsN, { n: d.floors })}</span>
                  </li>
                ))}
              </ul>
            </>
          ) : null}
        </>
      ) : null}
    </>
  );
}
