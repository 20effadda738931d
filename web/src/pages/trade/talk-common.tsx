/**
 * What the messaging and merchant trade pages share (inquiries, RFQs, incoming
 * orders, disputes): the API's answers as types, entity names fetched once per
 * page load, durations and codes worded for the reader, a sign-in prompt, and
 * the nudge that makes the header's badges ask again after a change.
 */
import { Fragment, useEffect, useState, type ReactNode } from 'react';
import type { z } from 'zod';
import type {
  Dispute as DisputeSchema,
  InquirySummary as InquirySummarySchema,
  InquiryThread as InquiryThreadSchema,
  Quote as QuoteSchema,
  Rfq as RfqSchema,
} from '../../../../src/http/responses-trade.ts';
import { api } from '../../api.ts';
import { Data, errorText, fmt, money, num, useI18n, type Lang, type Messages } from '../../i18n.tsx';
import { useRouter } from '../../router.tsx';
import { badgesChanged } from './badges.ts';

export type InquirySummary = z.infer<typeof InquirySummarySchema>;
export type InquiryThread = z.infer<typeof InquiryThreadSchema>;
export type Rfq = z.infer<typeof RfqSchema>;
export type Quote = z.infer<typeof QuoteSchema>;
export type Dispute = z.infer<typeof DisputeSchema>;
export type Incoterm = Rfq['incoterm'];
export const INCOTERMS: readonly Incoterm[] = ['EXW', 'FCA', 'CPT', 'CIP', 'DAP', 'DPU', 'DDP', 'FAS', 'FOB', 'CFR', 'CIF'];
export { badgesChanged };

type Names = { nameZh: string | null; nameEn: string | null };
const names = new Map<number, Promise<Names | null>>();

/** A market entity's registered name (buyer or merchant), fetched once per page load whatever the number of rows naming it. */
export function EntityName({ id, kind }: { id: number; kind: 'buyer' | 'merchant' }) {
  const { lang, t } = useI18n();
  const [n, setN] = useState<Names | null | undefined>(undefined);
  useEffect(() => {
    let live = true;
    let p = names.get(id);
    if (!p) {
      p = api<Names>(`/api/entities/${id}`).catch(() => null);
      names.set(id, p);
    }
    p.then((v) => live && setN(v));
    return () => {
      live = false;
    };
  }, [id]);
  if (!n || (!n.nameZh && !n.nameEn)) return <span>{`${t.talk.common[kind]} #${num(id, lang)}`}</span>;
  return (
    <span dir="auto" className="entity-name">
      <Data lang={lang} zh={n.nameZh} en={n.nameEn} />
    </span>
  );
}

/** A code every language writes the same way (Incoterm, UN/LOCODE, currency): data, left to right. */
export function Code({ children }: { children: string }) {
  return (
    <bdi dir="ltr" data-content="" translate="no" className="code">
      {children}
    </bdi>
  );
}

/** A duration in seconds worded roughly ("35 分钟", "2 h", "3 يوم"). */
export function duration(t: Messages, lang: Lang, seconds: number): string {
  const c = t.talk.common;
  if (seconds < 60) return c.seconds;
  if (seconds < 3600) return fmt(c.minutes, { n: num(Math.round(seconds / 60), lang) });
  if (seconds < 48 * 3600) return fmt(c.hours, { n: num(Math.round((seconds / 3600) * 10) / 10, lang) });
  return fmt(c.days, { n: num(Math.round(seconds / 86400), lang) });
}

/** A calendar date (YYYY-MM-DD or ISO) in the reader's locale. */
export function dateText(iso: string, lang: Lang): string {
  const d = new Date(iso.length === 10 ? `${iso}T00:00:00Z` : iso);
  return d.toLocaleDateString(lang === 'ar' ? 'ar-u-nu-latn' : lang === 'zh' ? 'zh-CN' : 'en', {
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    timeZone: iso.length === 10 ? 'UTC' : undefined,
  });
}

/** The name of a message's language (ISO 639), or "other language". */
export function langName(t: Messages, code: string): string {
  return (t.talk.langs as Record<string, string>)[code] ?? t.talk.langs.other;
}

/** A refused request worded by its code; for a validation failure the fields to check, named by `fields`. */
export function refusal(t: Messages, err: unknown, fields: Record<string, string> = {}): string {
  const e = err as { code?: string; details?: { issues?: { path: string }[]; field?: string } } | null;
  const own = e?.code ? (t.purchase.errors as Record<string, string>)[e.code] : undefined;
  const base = own ?? errorText(t, err);
  if (e?.code !== 'VALIDATION') return base;
  const paths = [...(e.details?.issues?.map((i) => i.path) ?? []), ...(e.details?.field ? [e.details.field] : [])];
  const named = [...new Set(paths.map((p) => fields[p.split('.')[0] ?? ''] ?? fields[p]).filter((x): x is string => !!x))];
  return named.length ? `${base} ${fmt(t.talk.common.fieldsToCheck, { fields: named.join(t.talk.common.listSep) })}` : base;
}

/** What a page shows a visitor who has not signed in. */
export function SignInPrompt() {
  const { t } = useI18n();
  const { navigate } = useRouter();
  return (
    <section className="empty-page" data-testid="sign-in-prompt">
      <p>{t.talk.common.signIn}</p>
      <button type="button" onClick={() => navigate('/sign-in')}>
        {t.talk.common.signInButton}
      </button>
    </section>
  );
}

/** Attachment URLs typed one per line → the API's attachments; null names the first that is not an http(s) URL. */
export function parseUrls(text: string): { ok: { url: string; name: null }[] } | { bad: string } {
  const ok: { url: string; name: null }[] = [];
  for (const line of text.split('\n')) {
    const url = line.trim();
    if (!url) continue;
    if (!/^https?:\/\/[^\s/$.?#][^\s]*$/i.test(url)) return { bad: url };
    ok.push({ url, name: null });
  }
  return { ok };
}

/** A date `days` from today as YYYY-MM-DD (UTC, as the API compares). */
export function daysFromToday(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

/** `fmt` for text whose placeholders are elements (money or codes that must keep their own direction inside Arabic text). */
export function fmtNodes(text: string, vars: Record<string, ReactNode>): ReactNode {
  const parts = text.split(/(\{\w+\})/);
  return parts.map((p, i) => {
    const k = /^\{(\w+)\}$/.exec(p)?.[1];
    return <Fragment key={i}>{k !== undefined && k in vars ? vars[k] : p}</Fragment>;
  });
}

/** An amount that reads left to right inside any page ("¥11.50" stays "¥11.50" in Arabic). */
export function Amount({ minor, currency }: { minor: number; currency: string }) {
  return <bdi dir="ltr">{money(minor, currency)}</bdi>;
}
