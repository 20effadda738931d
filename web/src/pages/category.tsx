import { Data, pick, useDocumentTitle, useI18n } from '../i18n.tsx';
import { Link } from '../router.tsx';
import { useApi } from '../use-api.ts';
import { Status } from './common.tsx';
import { Listing } from './search.tsx';

interface CategoryInfo {
  code: string;
  nameZh: string;
  nameEn: string;
  ancestors: { code: string; nameZh: string; nameEn: string }[];
  children: { code: string; nameZh: string; nameEn: string }[];
}

/** A category: its path, its subcategories, and its goods with the same facets, sort and paging as search (all in the URL). */
export function CategoryPage({ code }: { code: string }) {
  const { lang, t } = useI18n();
  const cat = useApi<CategoryInfo>(`/api/categories/${encodeURIComponent(code)}`);
  useDocumentTitle(cat.data ? pick(lang, cat.data.nameZh, cat.data.nameEn) : null);
  return (
    <>
      <nav className="breadcrumbs" aria-label={t.categories}>
        <Link to="/">{t.home}</Link>
        {cat.data?.ancestors.map((a) => (
          <span key={a.code}>
            {' '}
            ›{' '}
            <Link to={`/category/${a.code}`}>
              <Data lang={lang} zh={a.nameZh} en={a.nameEn} />
            </Link>
          </span>
        ))}
      </nav>
      <Status loading={false} error={cat.error} />
      {cat.error ? null : (
        <Listing
          base={`/category/${code}`}
          category={code}
          ready={!!cat.data}
          head={
            cat.data ? (
              <>
                <h1 data-testid="category-title">
                  <Data lang={lang} zh={cat.data.nameZh} en={cat.data.nameEn} />
                </h1>
                {cat.data.children.length ? (
                  <div className="chips scroll-row" data-testid="subcategories">
                    {cat.data.children.map((c) => (
                      <Link key={c.code} to={`/category/${c.code}`} className="chip">
                        <Data lang={lang} zh={c.nameZh} en={c.nameEn} />
                      </Link>
                    ))}
                  </div>
                ) : null}
              </>
            ) : null
          }
        />
      )}
    </>
  );
}
