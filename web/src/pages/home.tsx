import type { CategoryNode } from '../api.ts';
import { pick, useI18n } from '../i18n.tsx';
import { Link } from '../router.tsx';
import { useApi } from '../use-api.ts';
import { Status } from './common.tsx';

export function HomePage() {
  const { lang, t } = useI18n();
  const { data, error, loading } = useApi<CategoryNode[]>('/api/categories');
  const districts = useApi<{ market: string; no: number; nameZh: string; nameEn: string; floors: number }[]>('/api/districts');
  return (
    <>
      <section className="hero">
        <h1>{t.brand}</h1>
        <p>{t.tagline}</p>
      </section>
      <h2>{t.categories}</h2>
      <Status loading={loading} error={error} />
      <div className="category-grid" data-testid="category-grid">
        {data?.map((c) => (
          <div key={c.code} className="category-tile">
            <Link to={`/category/${c.code}`} className="category-name" testId="top-category">
              {pick(lang, c.nameZh, c.nameEn)}
            </Link>
            <ul>
              {c.children.slice(0, 4).map((s) => (
                <li key={s.code}>
                  <Link to={`/category/${s.code}`}>{pick(lang, s.nameZh, s.nameEn)}</Link>
                </li>
              ))}
            </ul>
          </div>
        ))}
      </div>
      {districts.data?.length ? (
        <>
          <h2>{t.market}</h2>
          <ul className="districts">
            {districts.data.map((d) => (
              <li key={`${d.market}-${d.no}`}>
                <strong>{pick(lang, d.nameZh, d.nameEn)}</strong>{' '}
                <span className="muted">
                  · {d.floors} {t.floor}
                </span>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </>
  );
}
