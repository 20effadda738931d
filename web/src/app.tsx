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
import { ServiceNav } from './pages/service/service-nav.tsx';
import { CreditGovNav } from './pages/credit-gov/gov-nav.tsx';
import { CreditNav } from './pages/credit/credit-nav.tsx';
import { ConsolidationNav } from './pages/consolidation/consolidation-nav.tsx';
import { ProcurementNav } from './pages/procurement/proc-nav.tsx';
import { StallsEvalNav } from './pages/stalls-eval/stalls-eval-nav.tsx';

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
// The service desk (市场吹哨、部门报到) and the operator's dashboard, each loaded on its own.
const ServiceItemsPage = lazy(() => import('./pages/service/items.tsx').then((m) => ({ default: m.ServiceItemsPage })));
const ServiceItemPage = lazy(() => import('./pages/service/item.tsx').then((m) => ({ default: m.ServiceItemPage })));
const RaisePage = lazy(() => import('./pages/service/raise.tsx').then((m) => ({ default: m.RaisePage })));
const ServiceOverviewPage = lazy(() => import('./pages/service/overview.tsx').then((m) => ({ default: m.ServiceOverviewPage })));
const DashboardPage = lazy(() => import('./pages/dashboard/dashboard.tsx').then((m) => ({ default: m.DashboardPage })));
// Credit governance (issue 13): the public blacklist, campaigns, repairs, an entity's promises, sharing and standards.
const BlacklistPage = lazy(() => import('./pages/credit-gov/blacklist.tsx').then((m) => ({ default: m.BlacklistPage })));
const CampaignsPage = lazy(() => import('./pages/credit-gov/campaigns.tsx').then((m) => ({ default: m.CampaignsPage })));
const CampaignPage = lazy(() => import('./pages/credit-gov/campaigns.tsx').then((m) => ({ default: m.CampaignPage })));
const RepairsPage = lazy(() => import('./pages/credit-gov/repairs.tsx').then((m) => ({ default: m.RepairsPage })));
const IpNoticesPage = lazy(() => import('./pages/credit-gov/ip-notices.tsx').then((m) => ({ default: m.IpNoticesPage })));
const MyCreditPage = lazy(() => import('./pages/credit-gov/my-credit.tsx').then((m) => ({ default: m.MyCreditPage })));
// The credit data centre (issue 13): the merchant's score, the regulator's oversight, the market credit index.
const MyScorePage = lazy(() => import('./pages/credit/my-score.tsx').then((m) => ({ default: m.MyScorePage })));
const CreditOversightPage = lazy(() => import('./pages/credit/oversight.tsx').then((m) => ({ default: m.CreditOversightPage })));
const CreditIndexPage = lazy(() => import('./pages/credit/oversight.tsx').then((m) => ({ default: m.CreditIndexPage })));
const ConsignmentsPage = lazy(() => import('./pages/consolidation/consignments.tsx').then((m) => ({ default: m.ConsignmentsPage })));
const ConsignmentPage = lazy(() => import('./pages/consolidation/consignment.tsx').then((m) => ({ default: m.ConsignmentPage })));
const InspectionPage = lazy(() => import('./pages/consolidation/inspection.tsx').then((m) => ({ default: m.InspectionPage })));
const MyLotsPage = lazy(() => import('./pages/consolidation/my-lots.tsx').then((m) => ({ default: m.MyLotsPage })));
// Market procurement (1039, issue 12): the agent's registrations, records and payments; the operator's HS list; a merchant's payments.
const ProcurementPage = lazy(() => import('./pages/procurement/agent.tsx').then((m) => ({ default: m.ProcurementPage })));
const HsListPage = lazy(() => import('./pages/procurement/hs-list.tsx').then((m) => ({ default: m.HsListPage })));
const MyPaymentsPage = lazy(() => import('./pages/procurement/my-payments.tsx').then((m) => ({ default: m.MyPaymentsPage })));
const MyEvaluationPage = lazy(() => import('./pages/stalls-eval/my-evaluation.tsx').then((m) => ({ default: m.MyEvaluationPage })));
const EvaluationConsolePage = lazy(() => import('./pages/stalls-eval/console.tsx').then((m) => ({ default: m.EvaluationConsolePage })));
const RoundsPage = lazy(() => import('./pages/stalls-eval/rounds.tsx').then((m) => ({ default: m.RoundsPage })));
const RoundPage = lazy(() => import('./pages/stalls-eval/rounds.tsx').then((m) => ({ default: m.RoundPage })));

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
  if (path === '/service') return <ServiceItemsPage />;
  if (path === '/service/new') return <RaisePage />;
  if (path === '/service/overview') return <ServiceOverviewPage />;
  if ((m = match('/service/:id', path))) return <ServiceItemPage id={m.id!} />;
  if (path === '/dashboard') return <DashboardPage />;
  if (path === '/credit/blacklist') return <BlacklistPage />;
  if (path === '/credit/campaigns') return <CampaignsPage />;
  if ((m = match('/credit/campaigns/:id', path))) return <CampaignPage id={m.id!} />;
  if (path === '/credit/repairs') return <RepairsPage />;
  if (path === '/credit/ip') return <IpNoticesPage />;
  if (path === '/credit/mine') return <MyCreditPage />;
  if (path === '/credit/score') return <MyScorePage />;
  if (path === '/credit/oversight') return <CreditOversightPage />;
  if (path === '/credit/index') return <CreditIndexPage />;
  if (path === '/export/consignments') return <ConsignmentsPage />;
  if ((m = match('/export/consignments/:id', path))) return <ConsignmentPage id={m.id!} />;
  if (path === '/export/inspection') return <InspectionPage />;
  if (path === '/export/my-lots') return <MyLotsPage />;
  if (path === '/procurement') return <ProcurementPage />;
  if (path === '/procurement/hs-list') return <HsListPage />;
  if (path === '/procurement/my-payments') return <MyPaymentsPage />;
  if (path === '/stalls/evaluation') return <MyEvaluationPage />;
  if (path === '/stalls/evaluation/console') return <EvaluationConsolePage />;
  if (path === '/stalls/rounds') return <RoundsPage />;
  if ((m = match('/stalls/rounds/:id', path))) return <RoundPage id={m.id!} />;
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
        {/* the link's name is the brand as shown (long, or short on a phone): only one of the two is displayed */}
        <Link to="/" className="logo" testId="home-link">
          <span className="brand-long">{t.brand}</span>
          <span className="brand-short">{t.brandShort}</span>
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
          <ServiceNav />
          <CreditGovNav />
          <CreditNav />
          <ConsolidationNav />
          <ProcurementNav />
          <StallsEvalNav />
          {auth.token ? null : <Link to="/sign-in">{t.signIn}</Link>}
        </nav>
      </div>
    </header>
  );
}
