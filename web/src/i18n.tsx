import { createContext, useContext } from 'react';
import { en } from './i18n/en.ts';
import { zh, type Messages } from './i18n/zh.ts';

export type Lang = 'zh' | 'en';

/** One catalogue per language (web/src/i18n/zh.ts, en.ts); every page reads its text from here. */
export const MESSAGES = { zh, en };
export type { Messages };

export const LangContext = createContext<{ lang: Lang; t: Messages; setLang: (l: Lang) => void }>({ lang: 'zh', t: zh, setLang: () => {} });
export const useI18n = () => useContext(LangContext);

/** Pick the text for the current language, falling back to the other. */
export function pick(lang: Lang, zhText: string | null | undefined, enText: string | null | undefined): string {
  return (lang === 'zh' ? zhText || enText : enText || zhText) ?? '';
}

export function money(minor: number, currency: string): string {
  const exp = currency === 'JPY' || currency === 'KRW' ? 0 : 2;
  const sym = currency === 'CNY' ? '¥' : currency === 'USD' ? '$' : `${currency} `;
  const digits = String(Math.abs(minor)).padStart(exp + 1, '0');
  const text = exp ? `${digits.slice(0, -exp)}.${digits.slice(-exp)}` : digits;
  return (minor < 0 ? '-' : '') + sym + text;
}
