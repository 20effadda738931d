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

export async function api<T>(path: string, init: RequestInit = {}): Promise<T> {
  const headers = new Headers(init.headers);
  if (auth.token) headers.set('authorization', `Bearer ${auth.token}`);
  if (init.body && typeof init.body === 'string' && !headers.has('content-type')) headers.set('content-type', 'application/json');
  const res = await fetch(path, { ...init, headers });
  if (res.status === 204) return undefined as T;
  const ct = res.headers.get('content-type') ?? '';
  const body = ct.includes('json') ? await res.json() : await res.blob();
  if (!res.ok) {
    const e = (body as { error?: { code: string; message: string; details?: unknown } }).error;
    throw new ApiError(res.status, e?.code ?? 'HTTP_' + res.status, e?.message ?? res.statusText, e?.details);
  }
  return body as T;
}

export interface CategoryNode { id: number; code: string; nameZh: string; nameEn: string; children: CategoryNode[] }
export interface Product {
  id: number; sku: string;
  merchant: { id: number; nameZh: string | null; nameEn: string | null };
  stall: { id: number; address: string; addressZh: string; market: string; district: number } | null;
  category: { code: string; nameZh: string; nameEn: string };
  titleZh: string | null; titleEn: string | null; descriptionZh: string | null; descriptionEn: string | null;
  attributes: Record<string, string>; unit: string; moq: number; currency: string;
  priceTiers: { minQty: number; unitPrice: number }[]; stock: number; hsCode: string;
  carton: { units: number; lengthCm: number; widthCm: number; heightCm: number; grossKg: number };
  images: string[];
}
export interface Page<T> { items: T[]; total: number; page: number; pageSize?: number }
export interface Stall {
  id: number; market: { code: string; nameZh: string; nameEn: string }; district: { no: number; nameZh: string; nameEn: string };
  floor: number; street: number; number: number; address: string; addressZh: string; areaM2: number;
  shopNameZh: string | null; shopNameEn: string | null; introZh: string | null; introEn: string | null; phone: string | null;
  holder: { entityId: number; nameZh: string | null; nameEn: string | null; since: string } | null;
}
export interface Holding { id: number; entityId: number; entityNameZh: string | null; entityNameEn: string | null; validFrom: string; validTo: string | null; note: string | null }
