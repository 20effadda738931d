/**
 * Response schemas of the credit governance API (blacklist, repairs, promises,
 * red list, standards, campaigns, sharing, audit), checked against the credit
 * module's types at compile time like src/http/responses.ts.
 */
import { z } from 'zod';
import type * as credit from '../modules/credit/index.ts';

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const same = <A, B>(_proof: Same<A, B>): void => {};
const int = () => z.number().int();
const ns = () => z.string().nullable();
const Klass = z.enum(['A', 'B', 'C', 'D']);

export const BlacklistEntry = z
  .object({
    id: int(),
    entityId: int(),
    entityNameZh: ns(),
    entityNameEn: ns(),
    rule: z
      .enum(['severe_event', 'class_d', 'broken_promise', 'manual'])
      .meta({ description: 'The published rule that listed the entity (docs/credit-governance.md)' }),
    reason: z.string(),
    evidenceRefs: z.array(z.string()),
    eventIds: z.array(int()),
    listedAt: z.string(),
    removedAt: ns(),
    removedReason: ns(),
    repairId: int().nullable(),
  })
  .meta({ id: 'BlacklistEntry' });
same<z.output<typeof BlacklistEntry>, credit.BlacklistEntry>(true);
export const BlacklistPage = z.object({ items: z.array(BlacklistEntry), total: int() }).meta({ id: 'BlacklistPage' });
export const BlacklistWarning = z
  .object({
    entityId: int(),
    blacklisted: z.boolean(),
    warning: z.object({ entryId: int(), rule: z.string(), reason: z.string(), listedAt: z.string() }).nullable(),
    redList: z.array(z.object({ year: int(), category: z.string(), rank: int() })),
  })
  .meta({ id: 'CreditBadges', description: 'What a buyer is shown about an entity: a blacklist warning (null when not listed) and its red-list badges' });

export const Repair = z
  .object({
    id: int(),
    entityId: int(),
    blacklistId: int(),
    statement: z.string(),
    evidenceRefs: z.array(z.string()),
    status: z.enum(['pending', 'approved', 'rejected']),
    appliedAt: z.string(),
    decidedAt: ns(),
    decisionReason: ns(),
  })
  .meta({ id: 'CreditRepair' });
same<z.output<typeof Repair>, credit.Repair>(true);

export const CreditPromise = z
  .object({
    id: int(),
    entityId: int(),
    applicationKind: z.string(),
    applicationRef: z.string(),
    promiseText: z.string(),
    classAtSigning: z.enum(['A', 'B']),
    signedAt: z.string(),
    checkDueOn: z.string(),
    status: z.enum(['approved', 'kept', 'broken']).meta({ description: 'approved: the application was approved on the promise and awaits its check' }),
    checkedAt: ns(),
    checkReason: ns(),
    eventId: int().nullable(),
  })
  .meta({ id: 'CreditPromise' });
same<z.output<typeof CreditPromise>, credit.CreditPromise>(true);

export const RedListEntry = z
  .object({
    year: int(),
    category: z.enum(['merchant', 'foreign_buyer', 'firm']),
    rank: int(),
    entityId: int(),
    entityNameZh: ns(),
    entityNameEn: ns(),
    score: int().meta({ description: 'Score at the end of the period, hundredths of a point' }),
  })
  .meta({ id: 'RedListEntry' });
same<z.output<typeof RedListEntry>, credit.RedListEntry>(true);
export const RedList = z.object({ year: int(), rules: z.string(), items: z.array(RedListEntry) }).meta({ id: 'RedList' });

export const DeclaredStandard = z
  .object({
    id: int(),
    productId: int(),
    merchantId: int(),
    kind: z.enum(['national', 'national_recommended', 'industry', 'group', 'enterprise']),
    code: z.string(),
    title: ns(),
    declaredAt: z.string(),
  })
  .meta({ id: 'DeclaredStandard' });
same<z.output<typeof DeclaredStandard>, credit.DeclaredStandard>(true);
export const StandardCheck = z.object({ checkId: int(), result: z.enum(['meets', 'below']), eventId: int().nullable() }).meta({ id: 'StandardCheck' });

const Rates = z.object({ A: z.number(), B: z.number(), C: z.number(), D: z.number() });
const CampaignFields = {
  id: int(),
  name: z.string(),
  population: z.object({ kind: z.enum(['merchant', 'buyer', 'agent']), district: int().optional() }),
  size: int().nullable(),
  rates: Rates,
  inspectors: z.array(z.string()),
  perEntity: int(),
  seed: int().meta({ description: 'The recorded seed (0 … 2^32−1) from which anyone can re-run the draw' }),
  algorithm: z.string(),
  status: z.enum(['defined', 'drawn', 'closed']),
  createdAt: z.string(),
  drawnAt: ns(),
  populationCount: int().nullable(),
  populationSha: ns(),
  drawSha: ns(),
};
export const CampaignSummary = z.object(CampaignFields).meta({ id: 'CampaignSummary' });
export const Campaign = z
  .object({
    ...CampaignFields,
    drawn: z.array(
      z.object({
        seq: int(),
        entityId: int(),
        class: Klass,
        inspectors: z.array(z.string()),
        result: ns(),
        resultNote: ns(),
        evidenceRef: ns(),
        eventId: int().nullable(),
      }),
    ),
  })
  .meta({ id: 'Campaign' });
same<z.output<typeof Campaign>, credit.Campaign>(true);
export const Verification = z
  .object({
    campaignId: int(),
    matches: z.boolean(),
    populationSha: z.string(),
    recordedDrawSha: z.string(),
    rerunDrawSha: z.string(),
    drawn: int(),
    populationUnchangedSinceDraw: z.boolean(),
  })
  .meta({ id: 'CampaignVerification' });
same<z.output<typeof Verification>, credit.Verification>(true);

export const Share = z
  .object({
    id: int(),
    granteeName: z.string(),
    granteeEntityId: int().nullable(),
    purpose: ns(),
    validFrom: z.string(),
    validTo: z.string(),
    revokedAt: ns(),
    active: z.boolean(),
  })
  .meta({ id: 'CreditShare' });
same<z.output<typeof Share>, credit.Share>(true);
export const ShareGranted = Share.extend({ token: z.string().meta({ description: 'Shown once: the grantee sends it as X-Credit-Share-Token' }) }).meta({
  id: 'CreditShareGranted',
});
export const ShareLog = z
  .object({ shares: z.array(Share), reads: z.array(z.object({ id: int(), shareId: int(), at: z.string(), reader: z.string(), address: ns() })) })
  .meta({ id: 'CreditShareLog' });
export const SharedReport = z
  .object({
    entityId: int(),
    standing: z.object({
      entityId: int(),
      score: int(),
      class: Klass,
      since: z.string(),
      asOf: z.string(),
      recentSerious: z.array(
        z.object({
          eventId: int(),
          kind: z.string(),
          severity: z.enum(['positive', 'minor', 'moderate', 'serious', 'severe']),
          source: z.string(),
          occurredOn: z.string(),
          reason: z.string(),
          reasonZh: z.string(),
        }),
      ),
    }),
    blacklisted: z.object({ rule: z.string(), reason: z.string(), listedAt: z.string() }).nullable(),
    redList: z.array(z.object({ year: int(), category: z.string(), rank: int() })),
    sharedWith: z.string(),
    validTo: z.string(),
  })
  .meta({ id: 'SharedCreditReport' });

export const AuditEntry = z
  .object({
    id: int(),
    at: z.string(),
    actorUserId: int().nullable(),
    actorRole: z.string(),
    action: z.string(),
    entityId: int().nullable(),
    reason: ns(),
    details: z.record(z.string(), z.unknown()),
  })
  .meta({ id: 'CreditAuditEntry' });
same<z.output<typeof AuditEntry>, credit.AuditEntry>(true);
