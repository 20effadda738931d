import { useEffect, useMemo, useState, type ReactNode } from 'react';
import type { CategoryNode, ProductCard } from '../api.ts';
import { Data, fmt, money, num, priceRange, unitName, useDocumentTitle, useI18n } from '../i18n.tsx';
import { Link, useRouter } from '../router.tsx';
import { useApi } from '../use-api.ts';
import { CategoryGrid, Pager, Status } from './common.tsx';
import { ProductPicture } from './picture.tsx';

type Range = [number, number];
interface Hit {
  id: number;
  score: number;
  titleZh: string;
  titleEn: string;
  highlights: { titleZh: Range[]; titleEn: Range[] };
  product: ProductCard;
  /** In a partial answer: the words of the query this product lacks. */
  missingWords?: string[];
  /** The merchant's credit class. */
  creditClass?: 'A' | 'B' | 'C' | 'D';
}
interface CatFacet {
  code: string;
  count: number;
  children?: CatFacet[];
}
interface Bucket<K> {
  key: K;
  count: number;
}
type Result =
  | {
      kind: 'results';
      total: number;
      page: number;
      pageSize: number;
      items: Hit[];
      tookMs: number;
      facets?: {
        category: CatFacet[];
        priceBand: Bucket<string>[];
        moqBand: Bucket<string>[];
        district: Bucket<number>[];
        creditClass: Bucket<string>[];
        standardKind?: Bucket<string>[];
        standard?: Bucket<string>[];
      };
      interpretation: { didYouMean?: string; relaxed: boolean; partial?: { total: number; matchedWords: string[]; missingWords: string[] } };
    }
  | { kind: 'stall'; stall: { id: number } | null; address?: string };

/** The URL keys of a listing: filters, sort and page (shareable; the back button walks them). */
const API_KEYS = ['q', 'category', 'priceMin', 'priceMax', 'moqMax', 'district', 'credit', 'standard', 'standardKind', 'sort', 'page'] as const;
const FILTER_KEYS = ['priceMin', 'priceMax', 'band', 'moqMax', 'moqBand', 'district', 'credit', 'standard', 'standardKind'];
const PAGE_SIZE = 20;

/** Title with matched ranges marked. */
function Marked({ text, ranges }: { text: string; ranges: Range[] }) {
  const parts: ReactNode[] = [];
  let at = 0;
  [...ranges]
    .sort((a, b) => a[0] - b[0])
    .forEach(([s, e], i) => {
      if (s < at) return;
      parts.push(text.slice(at, s), <mark key={i}>{text.slice(s, e)}</mark>);
      at = e;
    });
  parts.push(text.slice(at));
  return <>{parts}</>;
}

function useCategoryNames() {
  const cats = useApi<CategoryNode[]>('/api/categories');
  const names = useMemo(() => {
    const m = new Map<string, CategoryNode>();
    const walk = (ns: CategoryNode[]): void => {
      for (const n of ns) {
        m.set(n.code, n);
        walk(n.children);
      }
    };
    walk(cats.data ?? []);
    return m;
  }, [cats.data]);
  return { tree: cats.data, names };
}

/** /search: the header's search box drives it; results with facets, or with no query popular searches and the categories. */
export function SearchPage() {
  const { t } = useI18n();
  const { search: params } = useRouter();
  const q = params.get('q') ?? '';
  const browsing = !q && !params.get('category');
  useDocumentTitle(q ? fmt(t.searchPage.docTitle, { q }) : t.search);
  return (
    <>
      <h1 className={q ? 'search-title' : 'visually-hidden'} data-testid="search-title">
        {q ? (
          <span data-content="" lang={/\p{Script=Han}/u.test(q) ? 'zh-CN' : undefined}>
            {q}
          </span>
        ) : (
          t.search
        )}
      </h1>
      {browsing ? <Discover /> : <Listing base="/search" />}
    </>
  );
}

/** What /search shows before anything is typed: popular searches and the category tree. */
function Discover() {
  const { t: all } = useI18n();
  const t = all.searchPage;
  const { tree } = useCategoryNames();
  const hot = t.hotTerms.split('|').map((x) => {
    const [label, query] = x.split('=');
    return { label: label!, query: query ?? label! };
  });
  return (
    <section data-testid="discover">
      <h2>{t.hot}</h2>
      <div className="chips" data-testid="hot-searches">
        {hot.map((h) => (
          <Link key={h.query} to={`/search?q=${encodeURIComponent(h.query)}`} className="chip">
            {h.label}
          </Link>
        ))}
      </div>
      <h2>{t.browse}</h2>
      {tree ? null : <Status loading error={undefined} />}
      {tree ? <CategoryGrid tree={tree} /> : null}
    </section>
  );
}

/**
 * A product listing with facets over the search index: the search page, and every category
 * page (`category` fixed by the path). Filters, sort and page live in the URL.
 */
export function Listing({ base, category, head, ready = true }: { base: string; category?: string; head?: ReactNode; ready?: boolean }) {
  const { lang, t: all } = useI18n();
  const t = all.searchPage;
  const { search: params, navigate } = useRouter();
  const { names } = useCategoryNames();
  const [drawer, setDrawer] = useState(false);
  const q = params.get('q') ?? '';
  const defaultSort = q ? 'relevance' : 'newest';
  const sort = params.get('sort') ?? defaultSort;

  /** Change some URL keys (null removes one); any change but paging goes back to page 1. */
  const set = (changes: Record<string, string | null>, path = base) => {
    const next = new URLSearchParams(params);
    for (const [k, v] of Object.entries(changes)) v === null || v === '' ? next.delete(k) : next.set(k, v);
    if (!('page' in changes)) next.delete('page');
    if (next.get('sort') === defaultSort) next.delete('sort');
    navigate(next.toString() ? `${path}?${next}` : path);
  };
  const setCategory = (code: string | null) => {
    if (category) navigate(`/category/${code ?? category}${params.toString() ? `?${new URLSearchParams([...params].filter(([k]) => k !== 'page'))}` : ''}`);
    else set({ category: code });
  };

  const apiQuery = new URLSearchParams();
  for (const k of API_KEYS) {
    const v = params.get(k);
    if (v) apiQuery.set(k, v);
  }
  if (category) apiQuery.set('category', category);
  apiQuery.set('sort', sort);
  apiQuery.set('lang', lang === 'zh' ? 'zh' : 'en');
  apiQuery.set('pageSize', String(PAGE_SIZE));
  const { data, error, loading } = useApi<Result>(`/api/search?${apiQuery.toString()}`);
  useEffect(() => {
    if (data?.kind === 'stall' && data.stall) navigate(`/stall/${data.stall.id}`);
  }, [data, navigate]);
  const page = Number(params.get('page') ?? 1);
  // `ready`: what the page shows above the list (`head`) is here too, so both appear in one frame
  const res = data?.kind === 'results' && ready ? data : undefined;
  const chosenCategory = category ?? params.get('category');
  const bandRange = (key: string): Record<string, string | null> => {
    const [lo, hi] = key.replace('+', '-').split('-');
    return { priceMin: String(Number(lo) * 100), priceMax: hi ? String(Number(hi) * 100 - 1) : null, band: key };
  };
  const bandLabel = (key: string) => {
    const [lo, hi] = key.replace('+', '-').split('-');
    return hi ? priceRange(Number(lo) * 100, Number(hi) * 100, 'CNY') : `${money(Number(lo) * 100, 'CNY')}+`;
  };
  const moqLabel = (key: string) =>
    key.endsWith('+') ? fmt(t.moqOver, { n: num(Number(key.slice(0, -1)), lang) }) : fmt(t.moqUpTo, { n: num(Number(key.split('-')[1]), lang) });
  const filtered = FILTER_KEYS.some((k) => params.has(k)) || (!category && params.has('category'));
  const catName = (code: string) => {
    const n = names.get(code);
    return n ? <Data lang={lang} zh={n.nameZh} en={n.nameEn} /> : code;
  };
  const catFacets = (() => {
    const top = res?.facets?.category ?? [];
    // on a category page, list the chosen category's own subcategories
    if (!category) return top;
    let level: CatFacet[] = top;
    let found: CatFacet | undefined;
    while (level.length) {
      found = level.find((c) => category.startsWith(c.code));
      if (!found || found.code === category) break;
      level = found.children ?? [];
    }
    return found?.code === category ? (found.children ?? []) : [];
  })();

  return (
    <>
      <Status loading={(loading && !data) || (!!data && !ready)} error={error} />
      {res || (error && ready) ? head : null}
      {data?.kind === 'stall' && !data.stall ? (
        <p className="error">
          {t.noStall}: <bdi dir="ltr">{data.address}</bdi>
        </p>
      ) : null}
      {res ? (
        <div className="search-layout">
          <aside className={drawer ? 'facets drawer open' : 'facets drawer'} data-testid="facets" aria-label={t.filters}>
            <div className="drawer-head">
              <strong>{t.filters}</strong>
              <button type="button" className="drawer-close" onClick={() => setDrawer(false)} data-testid="filters-close">
                {t.showResults}
              </button>
            </div>
            {filtered ? (
              <button
                type="button"
                className="clear-filters"
                onClick={() =>
                  set({
                    category: null,
                    priceMin: null,
                    priceMax: null,
                    band: null,
                    moqMax: null,
                    moqBand: null,
                    district: null,
                    credit: null,
                    standard: null,
                    standardKind: null,
                  })
                }
              >
                {t.clear}
              </button>
            ) : null}
            {catFacets.length ? (
              <>
                <h3>{t.category}</h3>
                <ul>
                  {catFacets.slice(0, 14).map((c) => (
                    <li key={c.code}>
                      <button
                        type="button"
                        className={chosenCategory === c.code ? 'facet active' : 'facet'}
                        aria-pressed={chosenCategory === c.code}
                        onClick={() => setCategory(!category && params.get('category') === c.code ? null : c.code)}
                        data-testid="facet-category"
                      >
                        {catName(c.code)} <span className="muted">{num(c.count, lang)}</span>
                      </button>
                      {!category && chosenCategory?.startsWith(c.code) && c.children ? (
                        <ul>
                          {c.children.slice(0, 10).map((s) => (
                            <li key={s.code}>
                              <button
                                type="button"
                                className={chosenCategory === s.code ? 'facet active' : 'facet'}
                                aria-pressed={chosenCategory === s.code}
                                onClick={() => set({ category: s.code })}
                              >
                                {catName(s.code)} <span className="muted">{num(s.count, lang)}</span>
                              </button>
                            </li>
                          ))}
                        </ul>
                      ) : null}
                    </li>
                  ))}
                </ul>
              </>
            ) : null}
            <h3>{t.price}</h3>
            <ul>
              {(res.facets?.priceBand ?? [])
                .filter((b) => b.count > 0)
                .map((b) => (
                  <li key={b.key}>
                    <button
                      type="button"
                      className={params.get('band') === b.key ? 'facet active' : 'facet'}
                      aria-pressed={params.get('band') === b.key}
                      onClick={() => set(params.get('band') === b.key ? { priceMin: null, priceMax: null, band: null } : bandRange(b.key))}
                      data-testid="facet-price"
                    >
                      <bdi dir="ltr">{bandLabel(b.key)}</bdi> <span className="muted">{num(b.count, lang)}</span>
                    </button>
                  </li>
                ))}
            </ul>
            <h3>{t.moq}</h3>
            <ul>
              {(res.facets?.moqBand ?? [])
                .filter((b) => b.count > 0)
                .map((b) => (
                  <li key={b.key}>
                    <button
                      type="button"
                      className={params.get('moqBand') === b.key ? 'facet active' : 'facet'}
                      aria-pressed={params.get('moqBand') === b.key}
                      onClick={() =>
                        set(
                          params.get('moqBand') === b.key
                            ? { moqMax: null, moqBand: null }
                            : { moqMax: b.key.endsWith('+') ? null : b.key.split('-')[1]!, moqBand: b.key },
                        )
                      }
                      data-testid="facet-moq"
                    >
                      {moqLabel(b.key)} <span className="muted">{num(b.count, lang)}</span>
                    </button>
                  </li>
                ))}
            </ul>
            <h3>{t.district}</h3>
            <ul>
              {(res.facets?.district ?? [])
                .filter((b) => b.count > 0)
                .map((b) => (
                  <li key={b.key}>
                    <button
                      type="button"
                      className={params.get('district') === String(b.key) ? 'facet active' : 'facet'}
                      aria-pressed={params.get('district') === String(b.key)}
                      onClick={() => set({ district: params.get('district') === String(b.key) ? null : String(b.key) })}
                      data-testid="facet-district"
                    >
                      {fmt(t.districtN, { n: b.key })} <span className="muted">{num(b.count, lang)}</span>
                    </button>
                  </li>
                ))}
            </ul>
            {(res.facets?.creditClass ?? []).some((b) => b.key !== 'none' && b.count > 0) ? (
              <>
                <h3>{t.credit}</h3>
                <ul>
                  {res
                    .facets!.creditClass.filter((b) => b.count > 0)
                    .map((b) => (
                      <li key={b.key}>
                        <button
                          type="button"
                          className={params.get('credit') === b.key ? 'facet active' : 'facet'}
                          disabled={b.key === 'none'}
                          onClick={() => set({ credit: params.get('credit') === b.key ? null : b.key })}
                        >
                          {b.key === 'none' ? t.unrated : b.key} <span className="muted">{num(b.count, lang)}</span>
                        </button>
                      </li>
                    ))}
                </ul>
              </>
            ) : null}
            <StandardFacets
              kinds={res.facets?.standardKind ?? []}
              codes={res.facets?.standard ?? []}
              kind={params.get('standardKind')}
              code={params.get('standard')}
              set={set}
            />
          </aside>
          {drawer ? <button type="button" className="drawer-backdrop" aria-label={t.showResults} onClick={() => setDrawer(false)} /> : null}
          <section>
            <div className="toolbar">
              <span data-testid={category ? 'result-count' : 'search-total'}>
                {num(res.total, lang)} {t.results}
              </span>
              <div className="toolbar-actions">
                <button type="button" className="filters-button" onClick={() => setDrawer(true)} aria-expanded={drawer} data-testid="filters-button">
                  {t.filters}
                </button>
                <select value={sort} onChange={(e) => set({ sort: e.target.value })} aria-label={t.sort} data-testid="sort">
                  {q ? <option value="relevance">{t.relevance}</option> : null}
                  <option value="newest">{t.newest}</option>
                  <option value="price_asc">{t.priceAsc}</option>
                  <option value="price_desc">{t.priceDesc}</option>
                </select>
              </div>
            </div>
            {res.interpretation.didYouMean ? (
              <p>
                {t.didYouMean}:{' '}
                <button type="button" className="facet inline" onClick={() => set({ q: res.interpretation.didYouMean! })} data-testid="did-you-mean">
                  {res.interpretation.didYouMean}
                </button>
              </p>
            ) : null}
            {res.interpretation.partial ? (
              <p className="muted" data-testid="partial-note">
                {fmt(t.partialNote, { words: res.interpretation.partial.matchedWords.join(' '), n: num(res.interpretation.partial.total, lang) })}
              </p>
            ) : res.interpretation.relaxed ? (
              <p className="muted">{t.relaxed}</p>
            ) : null}
            {res.total === 0 && !res.interpretation.partial ? <p className="muted">{t.none}</p> : null}
            <ol className="hits">
              {res.items.map((h, i) => (
                <SearchHit key={h.id} h={h} priority={i < 2} />
              ))}
            </ol>
            {(res.interpretation.partial?.total ?? res.total) > res.pageSize ? (
              <Pager
                page={page}
                total={Math.min(res.interpretation.partial?.total ?? res.total, 500 * res.pageSize)}
                pageSize={res.pageSize}
                onPage={(p) => set({ page: p > 1 ? String(p) : null })}
              />
            ) : null}
          </section>
        </div>
      ) : null}
    </>
  );
}

function SearchHit({ h, priority }: { h: Hit; priority?: boolean }) {
  const { lang, t } = useI18n();
  const p = h.product;
  const zhFirst = lang === 'zh' || !h.titleEn;
  const prices = p.priceTiers.map((x) => x.unitPrice);
  return (
    <li className="hit" data-testid="search-hit">
      <Link to={`/product/${h.id}`} className="hit-thumb" tabIndex={-1} aria-hidden="true">
        {/* the search answer's product may not carry `mainImage` (yet): the placeholder then */}
        <ProductPicture image={p.mainImage ?? null} title={zhFirst ? h.titleZh : h.titleEn} size={96} priority={priority} />
      </Link>
      <div className="hit-body">
        <Link to={`/product/${h.id}`} className="hit-title">
          <span lang={zhFirst ? (lang === 'zh' ? undefined : 'zh-CN') : lang === 'en' ? undefined : 'en'} data-content="">
            {zhFirst ? <Marked text={h.titleZh} ranges={h.highlights.titleZh} /> : <Marked text={h.titleEn} ranges={h.highlights.titleEn} />}
          </span>
        </Link>
        <div>
          <span className="price">
            <bdi dir="ltr">{priceRange(Math.min(...prices), Math.max(...prices), p.currency)}</bdi>
          </span>
          <span className="muted small">
            {' '}
            · {t.moq} {num(p.moq, lang)} {unitName(lang, p.unit, p.moq)}
          </span>
        </div>
        <div className="muted small hit-meta">
          {p.stall ? (
            <Link to={`/stall/${p.stall.id}`}>
              <bdi dir="ltr">{lang === 'zh' ? p.stall.addressZh : p.stall.address}</bdi>
            </Link>
          ) : null}{' '}
          · <Data lang={lang} zh={p.merchant.nameZh} en={p.merchant.nameEn} />
          {h.creditClass ? (
            <>
              {' '}
              · <span data-testid="hit-credit">{fmt(t.searchPage.creditOf, { c: h.creditClass })}</span>
            </>
          ) : null}
        </div>
        {h.missingWords?.length ? (
          <div className="muted small" data-testid="missing-words">
            {fmt(t.searchPage.missingWords, { words: h.missingWords.join(' ') })}
          </div>
        ) : null}
      </div>
    </li>
  );
}

/** The declared-standards (亮标) facet: by kind, the most declared standard numbers, and a box for any number. */
function StandardFacets({
  kinds,
  codes,
  kind,
  code,
  set,
}: {
  kinds: Bucket<string>[];
  codes: Bucket<string>[];
  kind: string | null;
  code: string | null;
  set: (changes: Record<string, string | null>) => void;
}) {
  const { lang, t: all } = useI18n();
  const t = all.searchPage;
  const kindNames = all.creditGov.standards.kinds as Record<string, string>;
  const [typed, setTyped] = useState(code ?? '');
  useEffect(() => setTyped(code ?? ''), [code]);
  if (!kinds.some((b) => b.key !== 'none' && b.count > 0) && !kind && !code) return null;
  return (
    <div data-testid="facet-standards">
      <h3>{t.stdHeading}</h3>
      <ul>
        {kinds
          .filter((b) => b.count > 0)
          .map((b) => (
            <li key={b.key}>
              <button
                type="button"
                className={kind === b.key ? 'facet active' : 'facet'}
                aria-pressed={kind === b.key}
                disabled={b.key === 'none'}
                onClick={() => set({ standardKind: kind === b.key ? null : b.key })}
                data-testid="facet-standard-kind"
              >
                {b.key === 'none' ? t.stdNone : (kindNames[b.key] ?? b.key)} <span className="muted">{num(b.count, lang)}</span>
              </button>
            </li>
          ))}
        {codes.slice(0, 10).map((b) => (
          <li key={b.key}>
            <button
              type="button"
              className={code === b.key ? 'facet active' : 'facet'}
              aria-pressed={code === b.key}
              onClick={() => set({ standard: code === b.key ? null : b.key })}
              data-testid="facet-standard"
            >
              <bdi dir="ltr">{b.key}</bdi> <span className="muted">{num(b.count, lang)}</span>
            </button>
          </li>
        ))}
      </ul>
      <form
        className="standard-filter"
        onSubmit={(e) => {
          e.preventDefault();
          set({ standard: typed.trim() || null });
        }}
      >
        <label>
          <span className="visually-hidden">{t.stdNumber}</span>
          <input
            dir="ltr"
            value={typed}
            maxLength={60}
            placeholder={t.stdNumberPlaceholder}
            aria-label={t.stdNumber}
            onChange={(e) => setTyped(e.target.value)}
            data-testid="standard-input"
          />
        </label>
        <button type="submit">{t.stdApply}</button>
      </form>
    </div>
  );
}
