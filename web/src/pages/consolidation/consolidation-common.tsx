/**
 * What the consolidation pages share: the API's answers as types (the server's
 * response schemas, type-only), refusals worded by code, the role guard, the
 * status tags and the header's links for agents, customs and merchants.
 */
import type { ReactNode } from 'react';
import type { z } from 'zod';
import type { Consignment as ConsignmentSchema, ExportLoadPlan as PlanSchema, ExportLot as LotSchema } from '../../../../src/http/responses-export.ts';
import { auth } from '../../api.ts';
import { useI18n } from '../../i18n.tsx';
import { Status } from '../common.tsx';
import { SignInPrompt } from '../trade/talk-common.tsx';
import { useMe, type Me } from '../trade/trade-common.tsx';
import './consolidation.css';

export type Consignment = z.infer<typeof ConsignmentSchema>;
export type ExportLot = z.infer<typeof LotSchema>;
export type LoadPlan = z.infer<typeof PlanSchema>;

/** A refusal of the API in the reader's language; the server's own words follow in English. */
export function Refusal({ err }: { err: unknown }) {
  const { t } = useI18n();
  if (!err) return null;
  const e = err as { code?: string; message?: string };
  const w = t.consolidation.error as Record<string, string>;
  return (
    <p className="error" role="alert" data-testid="export-refusal" data-code={e.code}>
      {w[e.code ?? ''] ?? w.other}
      {e.message ? (
        <>
          {' — '}
          <span lang="en" dir="ltr">
            {e.message}
          </span>
        </>
      ) : null}
    </p>
  );
}

/** Render `children(me)` for a signed-in user of `role`; otherwise a sign-in prompt or a note. */
export function ForRole({ who: role, children }: { who: 'agent' | 'customs' | 'merchant'; children: (me: Me) => ReactNode }) {
  const { t } = useI18n();
  const me = useMe();
  const w = t.consolidation;
  if (!auth.token) return <SignInPrompt />;
  if (!me.data) return <Status loading={me.loading} error={me.error} />;
  if (me.data.role !== role)
    return (
      <section className="empty-page" data-testid="export-not-for-role">
        <p>{role === 'agent' ? w.agentOnly : role === 'customs' ? w.customsOnly : w.merchantOnly}</p>
      </section>
    );
  return <>{children(me.data)}</>;
}

/** Codes, numbers and weights: written the same in every language, left to right. */
export function Code({ children, testId }: { children: ReactNode; testId?: string }) {
  return (
    <bdi dir="ltr" translate="no" className="code" data-content="" data-testid={testId}>
      {children}
    </bdi>
  );
}

export function InspectionTag({ s }: { s: ExportLot['inspection'] }) {
  const { t } = useI18n();
  return (
    <span className={`tag inspection-${s}`} data-testid="inspection" data-inspection={s}>
      {t.consolidation.inspection[s]}
    </span>
  );
}
