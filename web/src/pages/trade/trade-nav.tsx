/**
 * The header's trade links for the signed-in role, each with its badge. The
 * counts come from one cheap request (GET /api/notifications), asked again on
 * every navigation, when a page says something changed, when the tab becomes
 * visible again, and every 60 s while it is visible — never more.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { api, auth } from '../../api.ts';
import { fmt, num, useI18n } from '../../i18n.tsx';
import { Link, useRouter } from '../../router.tsx';
import { onBadgesChanged } from './badges.ts';

export interface Notifications {
  role: 'operator' | 'merchant' | 'buyer' | 'agent' | 'customs' | 'regulator' | 'department';
  listLines: number;
  inquiriesUnread: number;
  ordersPlaced: number;
  ordersToAct: number;
  rfqsUnseen: number;
  quotesOpen: number;
  disputesOpen: number;
}

/** How often the badges are asked again while the page is visible. */
const POLL_MS = 60_000;

/** A count as a small badge, with its meaning for screen readers (nothing when 0). */
export function CountBadge({ n, label, testId }: { n: number; label: string; testId?: string }) {
  const { lang } = useI18n();
  if (!n) return null;
  return (
    <span className="count-badge" data-testid={testId} data-count={n}>
      <span aria-hidden="true">{n > 99 ? '99+' : num(n, lang)}</span>
      <span className="visually-hidden">{fmt(label, { n: num(n, lang) })}</span>
    </span>
  );
}

/** The signed-in account's counts, refreshed as described above; null while signed out. */
export function useNotifications(): Notifications | null {
  const { path } = useRouter();
  const [n, setN] = useState<Notifications | null>(null);
  const seq = useRef(0);
  const load = useCallback(() => {
    if (!auth.token) {
      setN(null);
      return;
    }
    const mine = ++seq.current;
    api<Notifications>('/api/notifications').then(
      (v) => mine === seq.current && setN(v),
      () => mine === seq.current && setN(null),
    );
  }, []);
  // biome-ignore lint/correctness/useExhaustiveDependencies: `path` is the trigger: every navigation asks again
  useEffect(load, [path, load]);
  useEffect(() => {
    const off = onBadgesChanged(load);
    const timer = window.setInterval(() => {
      if (document.visibilityState === 'visible') load();
    }, POLL_MS);
    const onVisible = () => document.visibilityState === 'visible' && load();
    document.addEventListener('visibilitychange', onVisible);
    return () => {
      off();
      window.clearInterval(timer);
      document.removeEventListener('visibilitychange', onVisible);
    };
  }, [load]);
  return n;
}

function NavLink({ to, label, n, badge, testId }: { to: string; label: string; n: number; badge: string; testId: string }) {
  return (
    <Link to={to} testId={`nav-${testId}`} className="trade-link">
      {label}
      <CountBadge n={n} label={badge} testId={`badge-${testId}`} />
    </Link>
  );
}

export function TradeNav() {
  const { t } = useI18n();
  const n = useNotifications();
  if (!n) return null;
  const w = t.talk.nav;
  if (n.role === 'buyer')
    return (
      <>
        <NavLink to="/list" label={w.purchaseList} n={n.listLines} badge={w.lines} testId="list" />
        <NavLink to="/purchases" label={w.purchases} n={n.ordersToAct} badge={w.waiting} testId="purchases" />
        <NavLink to="/inquiries" label={w.inquiries} n={n.inquiriesUnread} badge={w.unread} testId="inquiries" />
        <NavLink to="/rfqs" label={w.rfqs} n={n.quotesOpen} badge={w.quotes} testId="rfqs" />
        {n.disputesOpen ? <NavLink to="/disputes" label={w.disputes} n={n.disputesOpen} badge={w.open} testId="disputes" /> : null}
      </>
    );
  if (n.role === 'merchant')
    return (
      <>
        <NavLink to="/merchant/orders" label={w.incomingOrders} n={n.ordersPlaced} badge={w.newOrders} testId="orders" />
        <NavLink to="/inquiries" label={w.inquiries} n={n.inquiriesUnread} badge={w.unread} testId="inquiries" />
        <NavLink to="/rfqs" label={w.rfqs} n={n.rfqsUnseen} badge={w.unseen} testId="rfqs" />
        {n.disputesOpen ? <NavLink to="/disputes" label={w.disputes} n={n.disputesOpen} badge={w.open} testId="disputes" /> : null}
      </>
    );
  if (n.role === 'operator')
    return (
      <>
        <NavLink to="/disputes" label={w.disputes} n={n.disputesOpen} badge={w.open} testId="disputes" />
        <NavLink to="/inquiries" label={w.reported} n={n.inquiriesUnread} badge={w.reportedN} testId="inquiries" />
      </>
    );
  return null;
}
