import { useEffect, useId, useState, type FormEvent, type KeyboardEvent } from 'react';
import { api, ApiError } from '../api.ts';
import { errorText, useI18n } from '../i18n.tsx';
import { useRouter } from '../router.tsx';

export interface Suggestion {
  text: string;
  via: string;
  count: number;
}

const HAN = /\p{Script=Han}/u;

/** As-you-type suggestions (Chinese, English, pinyin, initials) for a search box; none while the text is what was searched. */
export function useSuggestions(input: string, searched: string): [Suggestion[], () => void] {
  const [suggestions, setSuggestions] = useState<Suggestion[]>([]);
  useEffect(() => {
    if (!input.trim() || input === searched) return setSuggestions([]);
    const id = setTimeout(() => api<Suggestion[]>(`/api/search/suggest?q=${encodeURIComponent(input)}`).then(setSuggestions, () => setSuggestions([])), 120);
    return () => clearTimeout(id);
  }, [input, searched]);
  return [suggestions, () => setSuggestions([])];
}

/** The list under a search box; arrow keys move through it (the input keeps focus), Enter picks. */
export function SuggestionList({ id, items, active, onPick }: { id: string; items: Suggestion[]; active: number; onPick: (s: Suggestion) => void }) {
  const { t } = useI18n();
  if (!items.length) return null;
  return (
    <ul className="suggestions" id={id} aria-label={t.searchPage.suggestions} data-testid="suggestions">
      {items.map((s, i) => (
        <li key={s.text + s.via} id={`${id}-${i}`}>
          <button
            type="button"
            tabIndex={-1}
            className={i === active ? 'active' : undefined}
            aria-current={i === active ? 'true' : undefined}
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => onPick(s)}
          >
            <span lang={HAN.test(s.text) ? 'zh-CN' : undefined}>{s.text}</span> <span className="muted small">{s.count}</span>
          </button>
        </li>
      ))}
    </ul>
  );
}

/** Arrow-key handling shared by the header box and the search page's box. */
export function useActive(items: Suggestion[]): [number, (e: KeyboardEvent) => Suggestion | null | undefined] {
  const [active, setActive] = useState(-1);
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new list of suggestions starts with none chosen
  useEffect(() => setActive(-1), [items]);
  const onKey = (e: KeyboardEvent): Suggestion | null | undefined => {
    if (!items.length) return undefined;
    if (e.key === 'ArrowDown') {
      e.preventDefault();
      setActive((a) => (a + 1) % items.length);
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      setActive((a) => (a <= 0 ? items.length - 1 : a - 1));
    } else if (e.key === 'Enter' && active >= 0) {
      e.preventDefault();
      return items[active];
    } else if (e.key === 'Escape') return null;
    return undefined;
  };
  return [active, onKey];
}

/**
 * The product search box in the header of every page. What looks like a stall address
 * (1区1楼1街10001, D1-F1-S1-10001, …) goes straight to that shop; anything else is a product search.
 */
export function HeaderSearch() {
  const { t } = useI18n();
  const { path, search, navigate } = useRouter();
  const searched = path === '/search' ? (search.get('q') ?? '') : '';
  const [input, setInput] = useState(searched);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => setInput(searched), [searched]);
  // biome-ignore lint/correctness/useExhaustiveDependencies: going to another page clears the message
  useEffect(() => setError(null), [path]);
  const [suggestions, clear] = useSuggestions(input, searched);
  const [active, onKey] = useActive(suggestions);
  const listId = useId();

  const searchFor = (q: string) => {
    clear();
    navigate(q ? `/search?q=${encodeURIComponent(q)}` : '/search');
  };
  const go = async (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    const q = input.trim();
    // A stall address always has digits; plain words are never looked up as one.
    if (/\d{3,}/.test(q)) {
      try {
        const s = await api<{ id: number }>(`/api/stalls/by-address?address=${encodeURIComponent(q)}`);
        clear();
        navigate(`/stall/${s.id}`);
        return;
      } catch (err) {
        if (err instanceof ApiError && err.code === 'NOT_FOUND') {
          setError(errorText(t, { code: 'STALL_NOT_FOUND' }, { address: q }));
          return;
        }
        if (!(err instanceof ApiError)) {
          setError(errorText(t, err));
          return;
        }
        // BAD_ADDRESS: not an address after all, so it is a product search
      }
    }
    searchFor(q);
  };
  return (
    // biome-ignore lint/a11y/useSemanticElements: the <search> element is too new for the browsers buyers use; role=search on the form is equivalent
    <form className="header-search" onSubmit={go} role="search">
      <input
        type="search"
        aria-label={t.headerSearch}
        placeholder={t.headerPlaceholder}
        value={input}
        onChange={(e) => setInput(e.target.value)}
        onKeyDown={(e) => {
          const picked = onKey(e);
          if (picked) {
            setInput(picked.text);
            searchFor(picked.text);
          } else if (picked === null) clear();
        }}
        onBlur={() => setTimeout(clear, 150)}
        autoComplete="off"
        aria-controls={suggestions.length ? listId : undefined}
        data-testid="header-search"
      />
      <button type="submit" aria-label={t.search} data-testid="header-search-submit">
        <svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false">
          <circle cx="10.5" cy="10.5" r="6.5" fill="none" stroke="currentColor" strokeWidth="2.4" />
          <path d="M15.5 15.5 21 21" stroke="currentColor" strokeWidth="2.4" strokeLinecap="round" />
        </svg>
      </button>
      <SuggestionList
        id={listId}
        items={suggestions}
        active={active}
        onPick={(s) => {
          setInput(s.text);
          searchFor(s.text);
        }}
      />
      {error ? (
        <div className="header-error error" role="alert" data-testid="header-error">
          {error}
        </div>
      ) : null}
    </form>
  );
}
