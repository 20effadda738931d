import { useEffect, useState } from 'react';
import { api, ApiError } from './api.ts';

/** Fetch on mount and when the path changes; keeps the last error for display. */
export function useApi<T>(path: string | null): { data: T | undefined; error: ApiError | Error | undefined; loading: boolean } {
  const [state, setState] = useState<{ data?: T; error?: Error; loading: boolean }>({ loading: true });
  useEffect(() => {
    if (!path) return;
    let live = true;
    setState((s) => ({ ...s, loading: true }));
    api<T>(path).then(
      (data) => live && setState({ data, loading: false }),
      (error: Error) => live && setState({ error, loading: false }),
    );
    return () => {
      live = false;
    };
  }, [path]);
  return { data: state.data, error: state.error, loading: state.loading };
}
