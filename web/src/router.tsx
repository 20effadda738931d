import { createContext, useContext, useEffect, useState, type AnchorHTMLAttributes, type MouseEvent, type ReactNode } from 'react';

/** A tiny history-API router: enough for a handful of pages, no dependency. */
const RouterContext = createContext<{ path: string; search: URLSearchParams; navigate: (to: string) => void }>({
  path: '/',
  search: new URLSearchParams(),
  navigate: () => {},
});

export function Router({ children }: { children: ReactNode }) {
  const [loc, setLoc] = useState(() => window.location.pathname + window.location.search);
  useEffect(() => {
    const on = () => setLoc(window.location.pathname + window.location.search);
    window.addEventListener('popstate', on);
    return () => window.removeEventListener('popstate', on);
  }, []);
  const navigate = (to: string) => {
    window.history.pushState(null, '', to);
    setLoc(to);
    window.scrollTo(0, 0);
  };
  const url = new URL(loc, window.location.origin);
  return <RouterContext.Provider value={{ path: url.pathname, search: url.searchParams, navigate }}>{children}</RouterContext.Provider>;
}

export const useRouter = () => useContext(RouterContext);

export function Link({
  to,
  children,
  className,
  testId,
  ...rest
}: { to: string; children: ReactNode; className?: string; testId?: string } & Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'href' | 'onClick'>) {
  const { navigate } = useRouter();
  const onClick = (e: MouseEvent) => {
    if (e.metaKey || e.ctrlKey || e.shiftKey || e.button !== 0) return;
    e.preventDefault();
    navigate(to);
  };
  return (
    <a {...rest} href={to} onClick={onClick} className={className} data-testid={testId}>
      {children}
    </a>
  );
}

/** Match "/product/:id" style patterns. */
export function match(pattern: string, path: string): Record<string, string> | null {
  const a = pattern.split('/');
  const b = path.split('/');
  if (a.length !== b.length) return null;
  const params: Record<string, string> = {};
  for (let i = 0; i < a.length; i++) {
    if (a[i]!.startsWith(':')) params[a[i]!.slice(1)] = decodeURIComponent(b[i]!);
    else if (a[i] !== b[i]) return null;
  }
  return params;
}
