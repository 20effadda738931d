/** Thin client for the platform's HTTP API. Errors carry the API's stable code. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
  }
}

const TOKEN_KEY = 'yiwu.token';
export const auth = {
  get token(): string | null {
    return localStorage.getItem(TOKEN_KEY);
  },
  set token(t: string | null) {
    if (t) localStorage.setItem(TOKEN_KEY, t);
    else localStorage.removeItem(TOKEN_KEY);
  },
};

/** The characters of a bearer token (RFC 6750 token68); anything else in storage is dropped, never sent. */
const TOKEN68 = /^[A-Za-z0-9\-._~+/]+=*$/;

export async function api<T>(path: string, init: RequestInit = {}): Promise<T> {
  const headers = new Headers(init.headers);
  const token = auth.token;
  const sent = token !== null && TOKEN68.test(token) && token !== 'undefined' && token !== 'null' ? token : null;
  if (token !== null && !sent) auth.token = null;
  // Only a real token is sent: never `Bearer `, `Bearer undefined` or `Bearer null` (the API answers those with 401).
  if (sent) headers.set('authorization', `Bearer ${sent}`);
  if (init.body && typeof init.body === 'string' && !headers.has('content-type')) headers.set('content-type', 'application/json');
  let res = await fetch(path, { ...init, headers });
  if (res.status === 401 && sent) {
    // The session expired or was revoked: forget it and ask again as a visitor, so that public pages and
    // the sign-in itself keep working; pages that need an account then show their own sign-in prompt.
    if (auth.token === sent) auth.token = null;
    headers.delete('authorization');
    if (!(init.body instanceof ReadableStream)) res = await fetch(path, { ...init, headers });
  }
  if (res.status === 204) return undefined as T;
  const ct = res.headers.get('content-type') ?? '';
  const body = ct.includes('json') ? await res.json() : await res.blob();
  if (!res.ok) {
    const e = (body as { error?: { code: string; message: string; details?: unknown } }).error;
    throw new ApiError(res.status, e?.code ?? `HTTP_${res.status}`, e?.message ?? res.statusText, e?.details);
  }
  return body as T;
}

export interface CategoryNode {
  id: number;
  code: string;
  nameZh: string;
  nameEn: string;
  children: CategoryNode[];
}
export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize?: number;
}
/** The API's answers are the modules' own types (type-only: nothing of the server is bundled). */
export type { Holding, Stall } from '../../src/modules/market/index.ts';
export type { Product, ProductCard } from '../../src/modules/catalog/index.ts';
