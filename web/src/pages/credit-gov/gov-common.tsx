/**
 * What the credit governance pages share: the API's answers as types (from
 * the server's response schemas, type-only), refusals worded by code, dates,
 * small form helpers and the page guard for a role.
 */
import type { ReactNode } from 'react';
import type { z } from 'zod';
import type {
  BlacklistEntry as EntrySchema,
  BlacklistPage as PageSchema,
  Campaign as CampaignSchema,
  CampaignSummary as SummarySchema,
  CreditPromise as PromiseSchema,
  DeclaredStandard as StandardSchema,
  Repair as RepairSchema,
  ShareGranted as GrantedSchema,
  ShareLog as ShareLogSchema,
  Verification as VerificationSchema,
} from '../../../../src/http/responses-credit-gov.ts';
import { auth } from '../../api.ts';
import { LANG_TAG, useI18n, type Lang, type Messages } from '../../i18n.tsx';
import { Status } from '../common.tsx';
import { SignInPrompt } from '../trade/talk-common.tsx';
import { useMe, type Me } from '../trade/trade-common.tsx';
import './credit-gov.css';

export type BlacklistEntry = z.infer<typeof EntrySchema>;
export type BlacklistPage = z.infer<typeof PageSchema>;
export type Campaign = z.infer<typeof CampaignSchema>;
export type CampaignSummary = z.infer<typeof SummarySchema>;
export type CreditPromise = z.infer<typeof PromiseSchema>;
export type DeclaredStandard = z.infer<typeof StandardSchema>;
export type Repair = z.infer<typeof RepairSchema>;
export type ShareGranted = z.infer<typeof GrantedSchema>;
export type ShareLog = z.infer<typeof ShareLogSchema>;
export type Verification = z.infer<typeof VerificationSchema>;

/** A refusal of the API in the reader's language; the server's own words follow in English, marked as such. */
export function Refusal({ err }: { err: unknown }) {
  const { t } = useI18n();
  if (!err) return null;
  const e = err as { code?: string; message?: string; details?: { ineligible?: string } };
  const w = t.creditGov;
  const own =
    e.details?.ineligible === 'class'
      ? w.promises.ineligibleClass
      : e.details?.ineligible === 'blacklisted'
        ? w.promises.ineligibleListed
        : ((w.error as Record<string, string>)[e.code ?? ''] ?? w.error.other);
  return (
    <p className="error" role="alert" data-testid="gov-refusal" data-code={e.code}>
      {own}
      <ServerWords message={e.message} />
    </p>
  );
}

/** The server's own words after a refusal worded in the reader's language: English, marked as such. */
export function ServerWords({ message }: { message?: string | undefined }) {
  if (!message) return null;
  return (
    <>
      {' — '}
      <span lang="en" dir="ltr">
        {message}
      </span>
    </>
  );
}

/** A date (YYYY-MM-DD or ISO) in the reader's locale, Western digits. */
export function day(iso: string, lang: Lang): string {
  const tag = lang === 'ar' ? 'ar-u-nu-latn' : LANG_TAG[lang];
  return new Date(iso.length === 10 ? `${iso}T00:00:00Z` : iso).toLocaleDateString(tag, { year: 'numeric', month: '2-digit', day: '2-digit', timeZone: 'UTC' });
}

/** Lines of a textarea, trimmed, empty ones dropped. */
export const lines = (s: string): string[] =>
  s
    .split('\n')
    .map((x) => x.trim())
    .filter(Boolean);

/** A credit class, a standard number, a seed or a digest: data written the same in every language. */
export function Datum({ children, testId }: { children: ReactNode; testId?: string }) {
  return (
    <bdi dir="ltr" data-content="" translate="no" className="code" data-testid={testId}>
      {children}
    </bdi>
  );
}

/**
 * Render `children(me)` for a signed-in user of one of `roles`; otherwise a sign-in prompt, or `note`
 * (default: the credit pages' "for regulators" note) under `testId`.
 */
export function ForRoles({
  roles,
  children,
  note,
  testId = 'gov-not-for-role',
}: {
  roles: string[];
  children: (me: Me) => ReactNode;
  note?: string;
  testId?: string;
}) {
  const { t } = useI18n();
  const me = useMe();
  if (!auth.token) return <SignInPrompt />;
  if (!me.data) return <Status loading={me.loading} error={me.error} />;
  if (!roles.includes(me.data.role))
    return (
      <section className="empty-page" data-testid={testId}>
        <p>{note ?? t.creditGov.regulatorOnly}</p>
      </section>
    );
  return <>{children(me.data)}</>;
}

export type { Messages };
