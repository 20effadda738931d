import { useCallback, useEffect, useState } from 'react';
import { api, type ApiError } from './api.ts';

/**
 * Fetch on mount and when the path changes; keeps the last error for display.
 * `reload()` fetches the same path again (e.g. after an upload changed it) without
 * adding anything to the request.
 */
export function useApi<T>(path: string | null): { data: T | undefined; error: ApiError | Error | undefined; loading: boolean; reload: () => void } {
  const [state, setState] = useState<{ data?: T; error?: Error; loading: boolean }>({ loading: true });
  const [generation, setGeneration] = useState(0);
  const reload = useCallback(() => setGeneration((g) => g + 1), []);
  // biome-ignore lint/correctness/useExhaustiveDependencies: `generation` is the reload trigger: a new value re-runs the request
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
  }, [path, generation]);
  return { data: state.data, error: state.error, loading: state.loading, reload };
}
