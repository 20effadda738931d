/**
 * What the buyer's trade pages share: the API's answers as types (from the
 * server's response schemas, type-only), the signed-in user, merchant names,
 * order states, shortfalls and trade errors worded in the reader's language,
 * dates, percentages, money typed by a person, and idempotency keys.
 */
import type { z } from 'zod';
import type {
  Order as OrderSchema,
  Purchase as PurchaseSchema,
  PurchaseList as PurchaseListSchema,
  Shortfall as ShortfallSchema,
} from '../../../../src/http/responses-trade.ts';
import { useState } from 'react';
import { auth } from '../../api.ts';
import { Data, errorText, fmt, LANG_TAG, money, num, unitName, useI18n, type Lang, type Messages } from '../../i18n.tsx';
import { useApi } from '../../use-api.ts';

export type PurchaseListBody = z.infer<typeof PurchaseListSchema>;
export type ListOrder = PurchaseListBody['orders'][number];
export type ListLineBody = ListOrder['lines'][number];
export type Shortfall = z.infer<typeof ShortfallSchema>;
export type Order = z.infer<typeof OrderSchema>;
export type OrderStatus = Order['status'];
export type OrderAction = Order['actions'][number];
export type Purchase = z.infer<typeof PurchaseSchema>;

export interface Me {
  id: number;
  username: string;
  role: string;
  entityId: number | null;
  displayName: string | null;
}

/** The signed-in user (none without a token). */
export function useMe() {
  return useApi<Me>(auth.token ? '/api/auth/me' : null);
}

/** Tells other parts of the page (the header's list badge) that the purchase list changed. */
export function listChanged(): void {
  window.dispatchEvent(new CustomEvent('yiwu:purchase-list-changed'));
}

/** A merchant's name as registered (public entity record), in the reader's language where the data has it. */
export function MerchantName({ id }: { id: number }) {
  const { lang, t } = useI18n();
  const e = useApi<{ nameZh: string | null; nameEn: string | null }>(`/api/entities/${id}`);
  if (!e.data || (!e.data.nameZh && !e.data.nameEn)) return <span>{`${t.purchase.list.merchant} #${id}`}</span>;
  // dir="auto": a Latin name keeps its full stop at its end inside an Arabic page
  return (
    <span dir="auto">
      <Data lang={lang} zh={e.data.nameZh} en={e.data.nameEn} />
    </span>
  );
}

export function StatusBadge({ status }: { status: OrderStatus }) {
  const { t } = useI18n();
  return (
    <span className={`order-status status-${status}`} data-testid="order-status" data-status={status}>
      {t.purchase.status[status]}
    </span>
  );
}

/** A percentage from basis points (3000 → "30%"). */
export function pct(bp: number, lang: Lang): string {
  return `${num(bp / 100, lang)}%`;
}

/** A date and time in the reader's locale (Western digits). */
export function when(iso: string, lang: Lang): string {
  const tag = lang === 'ar' ? 'ar-u-nu-latn' : LANG_TAG[lang];
  return new Date(iso).toLocaleString(tag, { year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit' });
}

/** Decimal places of a currency's minor unit. */
export function minorDigits(currency: string): number {
  return currency === 'JPY' || currency === 'KRW' ? 0 : 2;
}

/** Money as a person types it ("123.45", "1,200") → integer minor units; null when it is not an amount. */
export function parseMoney(text: string, currency: string): number | null {
  const s = text.trim().replace(/[,\s]/g, '');
  const d = minorDigits(currency);
  const re = d ? new RegExp(`^(\\d{1,13})(?:\\.(\\d{1,${d}}))?$`) : /^(\d{1,15})$/;
  const m = re.exec(s);
  if (!m) return null;
  const minor = Number(m[1]) * 10 ** d + (d ? Number((m[2] ?? '').padEnd(d, '0') || '0') : 0);
  return Number.isSafeInteger(minor) ? minor : null;
}

/** Minor units written for an input box (no symbol, no grouping). */
export function moneyInput(minor: number, currency: string): string {
  const d = minorDigits(currency);
  return d ? (minor / 10 ** d).toFixed(d) : String(minor);
}

/** A fresh Idempotency-Key (works outside secure contexts too). */
export function newIdempotencyKey(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return `checkout-${[...bytes].map((b) => b.toString(16).padStart(2, '0')).join('')}`;
}

/** What to tell the reader about a refused trade request: the trade wording for its code, else the general one. */
export function tradeError(t: Messages, err: unknown): string {
  const code = (err as { code?: string } | null)?.code;
  const own = code ? (t.purchase.errors as Record<string, string>)[code] : undefined;
  return own ?? errorText(t, err);
}

/** One shortfall worded from its code and numbers; `line` gives the unit (and the currency's amounts are money). */
export function shortfallText(t: Messages, lang: Lang, s: Shortfall | { code: 'UNAVAILABLE'; productId: number }, unit = 'pcs'): string {
  const w = t.purchase.shortfall;
  switch (s.code) {
    case 'BELOW_MOQ':
      return fmt(w.BELOW_MOQ, {
        missing: num(s.missing, lang),
        unit: unitName(lang, unit, s.missing),
        moq: num(s.moq, lang),
        moqUnit: unitName(lang, unit, s.moq),
      });
    case 'OVER_STOCK':
      return fmt(w.OVER_STOCK, {
        stock: num(s.stock, lang),
        stockUnit: unitName(lang, unit, s.stock),
        excess: num(s.excess, lang),
        unit: unitName(lang, unit, s.excess),
      });
    case 'BELOW_MIN_ORDER_VALUE':
      return fmt(w.BELOW_MIN_ORDER_VALUE, { min: money(s.minOrderValue, s.currency), missing: money(s.missing, s.currency) });
    case 'AMOUNT_TOO_LARGE':
      return w.AMOUNT_TOO_LARGE;
    default:
      return w.UNAVAILABLE;
  }
}

/** Money that must read left to right in an Arabic page. */
export function Money({ minor, currency, testId }: { minor: number; currency: string; testId?: string }) {
  return (
    <bdi dir="ltr" data-testid={testId} data-minor={minor}>
      {money(minor, currency)}
    </bdi>
  );
}

const CURRENCY_KEY = 'yiwu.buyer-currency';

/**
 * The currency a buyer wants indicative amounts in (stored on this device; by default USD for a
 * reader not using Chinese) and the currencies the rate table knows. Empty when the platform has
 * no rate table: then no `currency=` is asked for and nothing indicative is shown.
 */
export function useIndicativeCurrency(): { currency: string; choices: string[]; setCurrency: (c: string) => void } {
  const { lang } = useI18n();
  const rates = useApi<{ rates: { currency: string }[] }>('/api/fx/rates');
  const [chosen, setChosen] = useState<string | null>(() => localStorage.getItem(CURRENCY_KEY));
  const choices = (rates.data?.rates ?? []).map((r) => r.currency).filter((c) => /^[A-Z]{3}$/.test(c) && c !== 'CNY');
  const wanted = chosen ?? (lang === 'zh' ? '' : 'USD');
  const currency = wanted && choices.includes(wanted) ? wanted : '';
  const setCurrency = (c: string) => {
    localStorage.setItem(CURRENCY_KEY, c);
    setChosen(c);
  };
  return { currency, choices, setCurrency };
}

export function CurrencyPicker({ currency, choices, setCurrency }: ReturnType<typeof useIndicativeCurrency>) {
  const { t } = useI18n();
  if (!choices.length) return null;
  return (
    <label className="currency-pick small">
      {t.purchase.list.indicativeIn}{' '}
      <select value={currency} onChange={(e) => setCurrency(e.target.value)} data-testid="indicative-currency">
        <option value="">{t.purchase.list.noIndicative}</option>
        {choices.map((c) => (
          <option key={c} value={c}>
            {c}
          </option>
        ))}
      </select>
    </label>
  );
}

/** The indicative amount in the buyer's own currency, when the API sends one (never used for settlement); as `dt`/`dd` of a money list. */
export function Indicative({ value }: { value: unknown }) {
  const { t } = useI18n();
  const items = indicativeItems(value);
  if (!items.length) return null;
  const tl = t.purchase.list;
  const [before, after] = tl.indicativeNote.split('{date}');
  return (
    <>
      <dt>{tl.indicative}</dt>
      <dd data-testid="indicative">
        {items.map((x, i) => (
          <span key={`${x.currency}-${i}`}>
            {i ? ' + ' : null}≈ <Money minor={x.amount} currency={x.currency} />
          </span>
        ))}{' '}
        <span className="muted small">
          ({before}
          <bdi dir="ltr">{items[0]!.date ?? t.dash}</bdi>
          {after})
        </span>
      </dd>
    </>
  );
}

/** Reads `{currency, total|amount, rateDate|asOf|date}` (or a list of them) without depending on more of its shape. */
function indicativeItems(v: unknown): { currency: string; amount: number; date: string | null }[] {
  const one = (x: unknown) => {
    if (!x || typeof x !== 'object') return [];
    const o = x as Record<string, unknown>;
    const amount = typeof o.total === 'number' ? o.total : typeof o.amount === 'number' ? o.amount : null;
    if (typeof o.currency !== 'string' || amount === null) return [];
    const date = [o.rateDate, o.asOf, o.date].find((d): d is string => typeof d === 'string') ?? null;
    return [{ currency: o.currency, amount, date: date ? date.slice(0, 10) : null }];
  };
  return Array.isArray(v) ? v.flatMap(one) : one(v);
}
