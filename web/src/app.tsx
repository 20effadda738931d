import { useEffect, useState, type FormEvent } from 'react';
import { api, auth } from './api.ts';
import { LangContext, MESSAGES, useI18n, type Lang } from './i18n.tsx';
import { Link, Router, match, useRouter } from './router.tsx';
import { HomePage } from './pages/home.tsx';
import { CategoryPage } from './pages/category.tsx';
import { ProductPage } from './pages/product.tsx';
import { StallPage } from './pages/stall.tsx';
import { MerchantPage } from './pages/merchant.tsx';
import { SignInPage } from './pages/sign-in.tsx';
import { IndexPage } from './pages/index-page.tsx';
import { SearchPage } from './pages/search.tsx';
import { LoadPlanPage } from './pages/load-plan.tsx';

function initialLang(): Lang {
  const saved = localStorage.getItem('yiwu.lang');
  if (saved === 'zh' || saved === 'en') return saved;
  return navigator.language.toLowerCase().startsWith('zh') ? 'zh' : 'en';
}

export function App() {
  const [lang, setLangState] = useState<Lang>(initialLang);
  const setLang = (l: Lang) => {
    localStorage.setItem('yiwu.lang', l);
    setLangState(l);
  };
  useEffect(() => {
    document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
    document.title = MESSAGES[lang].brand;
  }, [lang]);
  return (
    <LangContext.Provider value={{ lang, t: MESSAGES[lang], setLang }}>
      <Router>
        <Shell />
      </Router>
    </LangContext.Provider>
  );
}

function Shell() {
  const { path } = useRouter();
  const { t } = useI18n();
  return (
    <>
      <Header />
      <main className="container">{route(path)}</main>
      <footer className="footer">
        {t.footer} · <a href="/docs">API</a>
      </footer>
    </>
  );
}

function route(path: string) {
  let m: Record<string, string> | null;
  if (path === '/') return <HomePage />;
  if ((m = match('/category/:code', path))) return <CategoryPage code={m.code!} />;
  if ((m = match('/product/:id', path))) return <ProductPage id={m.id!} />;
  if ((m = match('/stall/:id', path))) return <StallPage id={m.id!} />;
  if (path === '/merchant') return <MerchantPage />;
  if (path === '/sign-in') return <SignInPage />;
  if (path === '/index') return <IndexPage />;
  if (path === '/search') return <SearchPage />;
  if (path === '/load-plan') return <LoadPlanPage />;
  return <p>404</p>;
}

function Header() {
  const { lang, t, setLang } = useI18n();
  const { navigate } = useRouter();
  const [address, setAddress] = useState('');
  const [error, setError] = useState<string | null>(null);
  const go = async (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    if (!address.trim()) return; // nothing typed: nothing to look up
    try {
      const s = await api<{ id: number }>(`/api/stalls/by-address?address=${encodeURIComponent(address)}`);
      navigate(`/stall/${s.id}`);
    } catch (err) {
      setError((err as Error).message);
    }
  };
  return (
    <header className="header">
      <div className="container header-row">
        <Link to="/" className="logo" testId="home-link">
          {t.brand}
        </Link>
        {/* biome-ignore lint/a11y/useSemanticElements: the <search> element is too new for the browsers buyers use; role=search on the form is equivalent */}
        <form className="stall-search" onSubmit={go} role="search">
          <input
            aria-label={t.goToStall}
            placeholder={t.addressPlaceholder}
            value={address}
            onChange={(e) => setAddress(e.target.value)}
            data-testid="stall-address"
          />
          <button type="submit">{t.go}</button>
        </form>
        <nav className="header-nav">
          <Link to="/search">{t.search}</Link>
          <Link to="/index">{t.commodityIndex}</Link>
          <Link to="/load-plan">{t.loadPlanner}</Link>
          <Link to="/merchant">{t.merchantCentre}</Link>
          {auth.token ? null : <Link to="/sign-in">{t.signIn}</Link>}
          <button type="button" className="lang" onClick={() => setLang(lang === 'zh' ? 'en' : 'zh')} data-testid="lang-switch">
            {t.language}
          </button>
        </nav>
      </div>
      {error ? (
        <div className="container error" role="alert">
          {error}
        </div>
      ) : null}
    </header>
  );
}
