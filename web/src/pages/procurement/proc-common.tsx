/**
 * What the market procurement (1039) pages share: the API's answers as types
 * (from the server's response schemas, type-only), refusals worded by their
 * reason code and the page guard for a role.
 */
import type { ReactNode } from 'react';
import type { z } from 'zod';
import type {
  Account as AccountSchema,
  HsRule as HsRuleSchema,
  HsRuleEdit as HsRuleEditSchema,
  MerchantBalance as BalanceSchema,
  ProcPaymentPage as PaymentPageSchema,
  RegistrationPage as RegistrationPageSchema,
  TradeRecordPage as RecordPageSchema,
} from '../../../../src/http/responses-procurement.ts';
import { useI18n } from '../../i18n.tsx';
import { ForRoles as GovForRoles, ServerWords } from '../credit-gov/gov-common.tsx';
import type { Me } from '../trade/trade-common.tsx';
import '../credit-gov/credit-gov.css';
import './procurement.css';

export type Account = z.infer<typeof AccountSchema>;
export type HsRule = z.infer<typeof HsRuleSchema>;
export type HsRuleEdit = z.infer<typeof HsRuleEditSchema>;
export type Balance = z.infer<typeof BalanceSchema>;
export type PaymentPage = z.infer<typeof PaymentPageSchema>;
export type RegistrationPage = z.infer<typeof RegistrationPageSchema>;
export type Registration = RegistrationPage['items'][number];
export type RecordPage = z.infer<typeof RecordPageSchema>;

/** A refusal in the reader's language (by details.reason, else the code); the server's own words follow in English. */
export function ProcRefusal({ err }: { err: unknown }) {
  const { t } = useI18n();
  if (!err) return null;
  const e = err as { code?: string; message?: string; details?: { reason?: string; reasons?: { code: string }[] } };
  const w = t.procurement.reason as Record<string, string>;
  const codes = e.details?.reasons?.map((r) => r.code) ?? (e.details?.reason ? [e.details.reason] : []);
  const own = codes.length ? codes.map((c) => w[c] ?? w.other).join('；') : ((t.creditGov.error as Record<string, string>)[e.code ?? ''] ?? w.other);
  return (
    <p className="error" role="alert" data-testid="proc-refusal" data-code={e.code} data-reason={codes.join(' ')}>
      {own}
      <ServerWords message={e.message} />
    </p>
  );
}

/** Data written the same in every language (numbers, codes): the credit pages' Datum. */
export { Datum as Code } from '../credit-gov/gov-common.tsx';

/** The credit pages' role gate, with the procurement pages' note. */
export function ForRoles({ roles, children }: { roles: string[]; children: (me: Me) => ReactNode }) {
  const { t } = useI18n();
  return (
    <GovForRoles roles={roles} note={t.procurement.forRole} testId="proc-not-for-role">
      {children}
    </GovForRoles>
  );
}
