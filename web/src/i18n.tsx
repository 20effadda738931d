import { createContext, useContext, useEffect, type ReactNode } from 'react';
import { unitName as coreUnitName } from '../../src/core/units.ts';
import { ar } from './i18n/ar.ts';
import { en } from './i18n/en.ts';
import { zh, type Messages } from './i18n/zh.ts';

export type Lang = 'zh' | 'en' | 'ar';
export const LANGS: Lang[] = ['zh', 'en', 'ar'];

/** One catalogue per language (web/src/i18n/zh.ts, en.ts, ar.ts); every page reads its text from here. */
export const MESSAGES: Record<Lang, Messages> = { zh, en, ar };
export type { Messages };

/** The BCP 47 tag and writing direction of each UI language. */
export const LANG_TAG: Record<Lang, string> = { zh: 'zh-CN', en: 'en', ar: 'ar' };
export const LANG_DIR: Record<Lang, 'ltr' | 'rtl'> = { zh: 'ltr', en: 'ltr', ar: 'rtl' };

export const LangContext = createContext<{ lang: Lang; t: Messages; setLang: (l: Lang) => void }>({ lang: 'zh', t: zh, setLang: () => {} });
export const useI18n = () => useContext(LangContext);

/** Pick the text for the current language, falling back to the other (the data has Chinese and English only: Arabic readers get English). */
export function pick(lang: Lang, zhText: string | null | undefined, enText: string | null | undefined): string {
  return (lang === 'zh' ? zhText || enText : enText || zhText) ?? '';
}

/**
 * A piece of data (a title, a name) shown in whichever language the data has: when that is not
 * the page's language it is marked with its own `lang`, so screen readers (and the script check of
 * the browser test) know it is a name in another language, not an untranslated label.
 */
export function Data({
  lang,
  zh: zhText,
  en: enText,
  className,
}: {
  lang: Lang;
  zh: string | null | undefined;
  en: string | null | undefined;
  className?: string;
}) {
  const text = pick(lang, zhText, enText);
  const shownIsZh = lang === 'zh' ? !!zhText : !enText;
  const own = lang === 'zh' ? shownIsZh : lang === 'en' ? !shownIsZh : false;
  // data-content: a name or title as its owner wrote it (it may hold Latin brand words such as "ins风")
  return (
    <span className={className} lang={own ? undefined : shownIsZh ? 'zh-CN' : 'en'} data-content="">
      {text}
    </span>
  );
}

/**
 * The browser tab's title for a page: "<page> - <brand>" in the reader's language, or the brand
 * alone while `page` is empty (still loading). Back to the brand when the page goes away.
 * (The app shell sets the brand in a layout effect, which runs before this passive effect.)
 */
export function useDocumentTitle(page: string | null | undefined): void {
  const { t } = useI18n();
  useEffect(() => {
    document.title = page ? fmt(t.pageTitle, { page, brand: t.brand }) : t.brand;
    return () => {
      document.title = t.brand;
    };
  }, [page, t]);
}

/** Fill `{name}` placeholders of a catalogue text. */
export function fmt(text: string, vars: Record<string, string | number>): string {
  return text.replace(/\{(\w+)\}/g, (m, k: string) => (k in vars ? String(vars[k]) : m));
}

/** A number in the reader's locale (Western digits in all three: the market's documents use them). */
export function num(n: number, lang: Lang, digits?: number): string {
  return n.toLocaleString(
    lang === 'zh' ? 'zh-CN' : lang === 'ar' ? 'ar-u-nu-latn' : 'en',
    digits === undefined ? {} : { minimumFractionDigits: digits, maximumFractionDigits: digits },
  );
}

/** The name of a unit (the stored key: pcs, set, pair, …) in the reader's language, from src/core/units.ts (UN/ECE Rec 20); English plural for a quantity other than 1. */
export function unitName(lang: Lang, key: string, quantity?: number): string {
  return coreUnitName(key, lang, quantity);
}

/** The name of a product attribute (the API's English key) in the reader's language. */
export function attrName(t: Messages, key: string): string {
  return (t.attrs as Record<string, string>)[key] ?? key;
}

/** What to tell the reader for an error of the API: worded by its code, never the server's English message. */
export function errorText(t: Messages, err: unknown, vars: Record<string, string | number> = {}): string {
  const e = err as { code?: string; name?: string } | null;
  const code = e?.code;
  if (!code) return e?.name === 'TypeError' ? t.errors.NETWORK : fmt(t.errors.UNKNOWN, { code: 'ERROR' });
  const known = (t.errors as Record<string, string>)[code];
  return known ? fmt(known, vars) : fmt(t.errors.UNKNOWN, { code });
}

export function money(minor: number, currency: string): string {
  const exp = currency === 'JPY' || currency === 'KRW' ? 0 : 2;
  const sym = currency === 'CNY' ? '¥' : currency === 'USD' ? '$' : `${currency} `;
  const digits = String(Math.abs(minor)).padStart(exp + 1, '0');
  const whole = (exp ? digits.slice(0, -exp) : digits).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const text = exp ? `${whole}.${digits.slice(-exp)}` : whole;
  return (minor < 0 ? '-' : '') + sym + text;
}

/** A price range; equal ends are one price ("¥76.00", never "¥76.00–¥76.00"). */
export function priceRange(lo: number, hi: number, currency: string): string {
  const [a, b] = lo <= hi ? [lo, hi] : [hi, lo];
  return a === b ? money(a, currency) : `${money(a, currency)}–${money(b, currency)}`;
}

/** Text that must read left to right inside a right-to-left page (codes, ranges, addresses). */
export function Ltr({ children }: { children: ReactNode }) {
  return <bdi dir="ltr">{children}</bdi>;
}
