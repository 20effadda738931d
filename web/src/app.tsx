import { lazy, Suspense, useEffect, useLayoutEffect, useState } from 'react';
import { auth } from './api.ts';
import { LANG_DIR, LANG_TAG, LANGS, LangContext, MESSAGES, useI18n, type Lang } from './i18n.tsx';
import { Link, Router, match, useRouter } from './router.tsx';
import { HomePage } from './pages/home.tsx';
import { CategoryPage } from './pages/category.tsx';
import { ProductPage } from './pages/product.tsx';
import { StallPage } from './pages/stall.tsx';
import { MerchantPage } from './pages/merchant.tsx';
import { SignInPage } from './pages/sign-in.tsx';
import { SearchPage } from './pages/search.tsx';
import { HeaderSearch } from './pages/header-search.tsx';
import { Status } from './pages/common.tsx';
import { TradeNav } from './pages/trade/trade-nav.tsx';

// The charts (ECharts) and the load planner with its 3D view are loaded only on their own pages.
const IndexPage = lazy(() => import('./pages/index-page.tsx').then((m) => ({ default: m.IndexPage })));
const LoadPlanPage = lazy(() => import('./pages/load-plan.tsx').then((m) => ({ default: m.LoadPlanPage })));
// Trade pages (issue 11), each loaded on its own.
const PurchaseListPage = lazy(() => import('./pages/trade/purchase-list.tsx').then((m) => ({ default: m.PurchaseListPage })));
const PurchasesPage = lazy(() => import('./pages/trade/purchases.tsx').then((m) => ({ default: m.PurchasesPage })));
const PurchasePage = lazy(() => import('./pages/trade/purchases.tsx').then((m) => ({ default: m.PurchasePage })));
const OrderPage = lazy(() => import('./pages/trade/order.tsx').then((m) => ({ default: m.OrderPage })));
const InquiriesPage = lazy(() => import('./pages/trade/inquiries.tsx').then((m) => ({ default: m.InquiriesPage })));
const InquiryPage = lazy(() => import('./pages/trade/inquiries.tsx').then((m) => ({ default: m.InquiryPage })));
const RfqsPage = lazy(() => import('./pages/trade/rfqs.tsx').then((m) => ({ default: m.RfqsPage })));
const NewRfqPage = lazy(() => import('./pages/trade/rfq-new.tsx').then((m) => ({ default: m.NewRfqPage })));
const RfqPage = lazy(() => import('./pages/trade/rfqs.tsx').then((m) => ({ default: m.RfqPage })));
const MerchantOrdersPage = lazy(() => import('./pages/trade/merchant-orders.tsx').then((m) => ({ default: m.MerchantOrdersPage })));
const DisputesPage = lazy(() => import('./pages/trade/disputes.tsx').then((m) => ({ default: m.DisputesPage })));

function initialLang(): Lang {
  const fromUrl = new URLSearchParams(window.location.search).get('lang');
  if (fromUrl === 'zh' || fromUrl === 'en' || fromUrl === 'ar') return fromUrl;
  const saved = localStorage.getItem('yiwu.lang');
  if (saved === 'zh' || saved === 'en' || saved === 'ar') return saved;
  const nav = navigator.language.toLowerCase();
  return nav.startsWith('zh') ? 'zh' : nav.startsWith('ar') ? 'ar' : 'en';
}

export function App() {
  const [lang, setLangState] = useState<Lang>(initialLang);
  const setLang = (l: Lang) => {
    localStorage.setItem('yiwu.lang', l);
    setLangState(l);
  };
  // a layout effect: it runs before the pages' (passive) title effects, which then put their own title
  useLayoutEffect(() => {
    document.documentElement.lang = LANG_TAG[lang];
    document.documentElement.dir = LANG_DIR[lang];
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
      <main className="container" id="main">
        <Suspense fallback={<Status loading error={undefined} />}>{route(path)}</Suspense>
      </main>
      <footer className="footer">
        {t.footer} · <a href="/docs">{t.footerApi}</a>
      </footer>
    </>
  );
}

function NotFound() {
  const { t } = useI18n();
  return (
    <section className="empty-page">
      <h1>{t.pageNotFound}</h1>
      <Link to="/" className="button-link">
        {t.backHome}
      </Link>
    </section>
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
  if (path === '/list') return <PurchaseListPage />;
  if (path === '/purchases') return <PurchasesPage />;
  if ((m = match('/purchases/:id', path))) return <PurchasePage id={m.id!} />;
  if ((m = match('/orders/:id', path))) return <OrderPage id={m.id!} />;
  if (path === '/inquiries') return <InquiriesPage />;
  if ((m = match('/inquiries/:id', path))) return <InquiryPage id={m.id!} />;
  if (path === '/rfqs') return <RfqsPage />;
  if (path === '/rfqs/new') return <NewRfqPage />;
  if ((m = match('/rfqs/:id', path))) return <RfqPage id={m.id!} />;
  if (path === '/merchant/orders') return <MerchantOrdersPage />;
  if (path === '/disputes') return <DisputesPage />;
  return <NotFound />;
}

function Header() {
  const { lang, t, setLang } = useI18n();
  const { path } = useRouter();
  const [menuOpen, setMenuOpen] = useState(false);
  // a new page closes the menu
  // biome-ignore lint/correctness/useExhaustiveDependencies: `path` is the trigger
  useEffect(() => setMenuOpen(false), [path]);
  return (
    <header className="header">
      <div className="container header-row">
        <button
          type="button"
          className="menu-button"
          aria-expanded={menuOpen}
          aria-controls="site-nav"
          aria-label={menuOpen ? t.closeMenu : t.menu}
          onClick={() => setMenuOpen(!menuOpen)}
          data-testid="menu-button"
        >
          <span aria-hidden="true">{menuOpen ? '✕' : '☰'}</span>
        </button>
        <Link to="/" className="logo" testId="home-link" aria-label={t.brand}>
          <span className="brand-long">{t.brand}</span>
          <span className="brand-short" aria-hidden="true">
            {t.brandShort}
          </span>
        </Link>
        <HeaderSearch />
        <label className="lang-select">
          <span className="visually-hidden">{t.languageLabel}</span>
          <select value={lang} onChange={(e) => setLang(e.target.value as Lang)} data-testid="lang-select">
            {LANGS.map((l) => (
              <option key={l} value={l} lang={LANG_TAG[l]}>
                {MESSAGES[l].language}
              </option>
            ))}
          </select>
        </label>
        <nav id="site-nav" className={menuOpen ? 'header-nav open' : 'header-nav'} data-testid="site-nav">
          <Link to="/search">{t.search}</Link>
          <Link to="/index">{t.commodityIndex}</Link>
          <Link to="/load-plan">{t.loadPlanner}</Link>
          <Link to="/merchant">{t.merchantCentre}</Link>
          <TradeNav />
          {auth.token ? null : <Link to="/sign-in">{t.signIn}</Link>}
        </nav>
      </div>
    </header>
  );
}
