import { useEffect, useMemo, useState, type FormEvent, type ReactNode } from 'react';
import { api, type CategoryNode, type Product } from '../api.ts';
import { money, pick, useI18n } from '../i18n.tsx';
import { Link, useRouter } from '../router.tsx';
import { useApi } from '../use-api.ts';
import { Pager, Status, Thumb } from './common.tsx';

type Range = [number, number];
interface Hit {
  id: number;
  score: number;
  titleZh: string;
  titleEn: string;
  highlights: { titleZh: Range[]; titleEn: Range[] };
  product: Product;
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
      facets?: { category: CatFacet[]; priceBand: Bucket<string>[]; moqBand: Bucket<string>[]; district: Bucket<number>[]; creditClass: Bucket<string>[] };
      interpretation: { didYouMean?: string; relaxed: boolean };
    }
  | { kind: 'stall'; stall: { id: number } | null; address?: string };
interface Suggestion {
  text: string;
  via: string;
  count: number;
}

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

export function SearchPage() {
  const { lang, t: all } = useI18n();
  const t = all.searchPage;
  const { search: params, navigate } = useRouter();
  const q = params.get('q') ?? '';
  const [input, setInput] = useState(q);
  const [suggestions, setSuggestions] = useState<Suggestion[]>([]);
  useEffect(() => setInput(q), [q]);
  useEffect(() => {
    if (!input.trim() || input === q) return setSuggestions([]);
    const id = setTimeout(() => api<Suggestion[]>(`/api/search/suggest?q=${encodeURIComponent(input)}`).then(setSuggestions, () => setSuggestions([])), 120);
    return () => clearTimeout(id);
  }, [input, q]);
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

  const set = (changes: Record<string, string | null>) => {
    const next = new URLSearchParams(params);
    for (const [k, v] of Object.entries(changes)) v === null || v === '' ? next.delete(k) : next.set(k, v);
    if (!('page' in changes)) next.delete('page');
    navigate(`/search?${next.toString()}`);
  };
  const apiQuery = new URLSearchParams(params);
  apiQuery.set('lang', lang);
  const { data, error, loading } = useApi<Result>(q || params.get('category') ? `/api/search?${apiQuery.toString()}` : null);
  useEffect(() => {
    if (data?.kind === 'stall' && data.stall) navigate(`/stall/${data.stall.id}`);
  }, [data, navigate]);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setSuggestions([]);
    set({ q: input });
  };
  const page = Number(params.get('page') ?? 1);
  const res = data?.kind === 'results' ? data : undefined;
  const bandRange = (key: string): Record<string, string | null> => {
    const [lo, hi] = key.replace('+', '-').split('-');
    return { priceMin: String(Number(lo) * 100), priceMax: hi ? String(Number(hi) * 100 - 1) : null, band: key };
  };
  return (
    <>
      {/* biome-ignore lint/a11y/useSemanticElements: the <search> element is too new for the browsers buyers use; role=search on the form is equivalent */}
      <form className="search-box" onSubmit={submit} role="search">
        <input
          value={input}
          onChange={(e) => setInput(e.target.value)}
          placeholder={t.placeholder}
          data-testid="search-input"
          aria-label={t.search}
          autoComplete="off"
        />
        <button type="submit" data-testid="search-submit">
          {t.search}
        </button>
        {suggestions.length ? (
          <ul className="suggestions" data-testid="suggestions">
            {suggestions.map((s) => (
              <li key={s.text + s.via}>
                <button
                  type="button"
                  onClick={() => {
                    setSuggestions([]);
                    set({ q: s.text });
                  }}
                >
                  {s.text} <span className="muted small">{s.count}</span>
                </button>
              </li>
            ))}
          </ul>
        ) : null}
      </form>
      <Status loading={loading && !data} error={error} />
      {data?.kind === 'stall' && !data.stall ? (
        <p className="error">
          {t.noStall}: {data.address}
        </p>
      ) : null}
      {res ? (
        <div className="search-layout">
          <aside className="facets" data-testid="facets">
            {params.toString().match(/category|priceMin|moqMax|district|credit/) ? (
              <button
                type="button"
                onClick={() => set({ category: null, priceMin: null, priceMax: null, band: null, moqMax: null, district: null, credit: null })}
              >
                {t.clear}
              </button>
            ) : null}
            <h3>{t.category}</h3>
            <ul>
              {(res.facets?.category ?? []).slice(0, 12).map((c) => (
                <li key={c.code}>
                  <button
                    type="button"
                    className={params.get('category') === c.code ? 'facet active' : 'facet'}
                    onClick={() => set({ category: params.get('category') === c.code ? null : c.code })}
                    data-testid="facet-category"
                  >
                    {pick(lang, names.get(c.code)?.nameZh, names.get(c.code)?.nameEn) || c.code} <span className="muted">{c.count}</span>
                  </button>
                  {params.get('category')?.startsWith(c.code) && c.children ? (
                    <ul>
                      {c.children.slice(0, 10).map((s) => (
                        <li key={s.code}>
                          <button
                            type="button"
                            className={params.get('category') === s.code ? 'facet active' : 'facet'}
                            onClick={() => set({ category: s.code })}
                          >
                            {pick(lang, names.get(s.code)?.nameZh, names.get(s.code)?.nameEn) || s.code} <span className="muted">{s.count}</span>
                          </button>
                        </li>
                      ))}
                    </ul>
                  ) : null}
                </li>
              ))}
            </ul>
            <h3>{t.price}</h3>
            <ul>
              {(res.facets?.priceBand ?? [])
                .filter((b) => b.count > 0)
                .map((b) => (
                  <li key={b.key}>
                    <button
                      type="button"
                      className={params.get('band') === b.key ? 'facet active' : 'facet'}
                      onClick={() => set(params.get('band') === b.key ? { priceMin: null, priceMax: null, band: null } : bandRange(b.key))}
                      data-testid="facet-price"
                    >
                      ¥{b.key} <span className="muted">{b.count}</span>
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
                      onClick={() =>
                        set(
                          params.get('moqBand') === b.key
                            ? { moqMax: null, moqBand: null }
                            : { moqMax: b.key.endsWith('+') ? null : b.key.split('-')[1]!, moqBand: b.key },
                        )
                      }
                    >
                      ≤ {b.key.split('-')[1] ?? b.key} <span className="muted">{b.count}</span>
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
                      onClick={() => set({ district: params.get('district') === String(b.key) ? null : String(b.key) })}
                      data-testid="facet-district"
                    >
                      {t.districtN.replace('{n}', String(b.key))} <span className="muted">{b.count}</span>
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
                        <button type="button" className="facet" disabled={b.key === 'none'} onClick={() => set({ credit: b.key })}>
                          {b.key === 'none' ? t.unrated : b.key} <span className="muted">{b.count}</span>
                        </button>
                      </li>
                    ))}
                </ul>
              </>
            ) : null}
          </aside>
          <section>
            <div className="toolbar">
              <span data-testid="search-total">
                {res.total.toLocaleString()} {t.results}{' '}
                <span className="muted small">
                  · {t.took} {res.tookMs.toFixed(1)} ms
                </span>
              </span>
              <select value={params.get('sort') ?? 'relevance'} onChange={(e) => set({ sort: e.target.value })} aria-label={t.sort}>
                <option value="relevance">{t.relevance}</option>
                <option value="price_asc">{t.priceAsc}</option>
                <option value="price_desc">{t.priceDesc}</option>
                <option value="newest">{t.newest}</option>
              </select>
            </div>
            {res.interpretation.didYouMean ? (
              <p>
                {t.didYouMean}:{' '}
                <button type="button" className="facet" onClick={() => set({ q: res.interpretation.didYouMean! })} data-testid="did-you-mean">
                  {res.interpretation.didYouMean}
                </button>
              </p>
            ) : null}
            {res.interpretation.relaxed ? <p className="muted">{t.relaxed}</p> : null}
            {res.total === 0 ? <p className="muted">{t.none}</p> : null}
            <ol className="hits">
              {res.items.map((h) => (
                <li key={h.id} className="hit" data-testid="search-hit">
                  <Thumb p={h.product} />
                  <div>
                    <Link to={`/product/${h.id}`} className="hit-title">
                      {lang === 'zh' ? <Marked text={h.titleZh} ranges={h.highlights.titleZh} /> : <Marked text={h.titleEn} ranges={h.highlights.titleEn} />}
                    </Link>
                    <div className="muted small">
                      {lang === 'zh' ? <Marked text={h.titleEn} ranges={h.highlights.titleEn} /> : <Marked text={h.titleZh} ranges={h.highlights.titleZh} />}
                    </div>
                    <div>
                      <span className="price">
                        {money(h.product.priceTiers[h.product.priceTiers.length - 1]!.unitPrice, h.product.currency)}–
                        {money(h.product.priceTiers[0]!.unitPrice, h.product.currency)}
                      </span>
                      <span className="muted small">
                        {' '}
                        · MOQ {h.product.moq} {h.product.unit}
                      </span>
                      {h.product.stall ? (
                        <>
                          {' '}
                          ·{' '}
                          <Link to={`/stall/${h.product.stall.id}`} className="small">
                            {lang === 'zh' ? h.product.stall.addressZh : h.product.stall.address}
                          </Link>
                        </>
                      ) : null}
                    </div>
                    <div className="muted small">{pick(lang, h.product.merchant.nameZh, h.product.merchant.nameEn)}</div>
                  </div>
                </li>
              ))}
            </ol>
            {res.total > res.pageSize ? (
              <Pager page={page} total={Math.min(res.total, 500 * res.pageSize)} pageSize={res.pageSize} onPage={(p) => set({ page: String(p) })} />
            ) : null}
          </section>
        </div>
      ) : null}
    </>
  );
}
