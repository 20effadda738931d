/**
 * Response schemas of the credit API (events, scores, explanations, appeals,
 * warnings, the market credit index), checked against the credit module's types
 * at compile time like src/http/responses-trade.ts.
 */
import { z } from 'zod';
import type * as credit from '../modules/credit/index.ts';

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const same = <A, B>(_proof: Same<A, B>): void => {};
const int = () => z.number().int();
const points = () => z.number().int().meta({ description: 'Hundredths of a score point (70000 = 700.00)' });
const hundredths = () => z.number().int().meta({ description: 'Index points in hundredths (10000 = 100.00)' });

export const CreditClass = z.enum(['A', 'B', 'C', 'D']).meta({ id: 'CreditClass' });
export const CreditSource = z
  .enum(['platform', 'market_supervision', 'customs', 'tax', 'ip_office', 'court', 'consumer_complaints', 'inspection'])
  .meta({ id: 'CreditSource' });
export const CreditSeverity = z.enum(['positive', 'minor', 'moderate', 'serious', 'severe']).meta({ id: 'CreditSeverity' });
const Group = z.enum(['quality', 'fulfilment', 'behaviour', 'compliance']);

export const DeliveryReport = z
  .object({
    inserted: int().meta({ description: 'Events new to the platform' }),
    unchanged: int().meta({ description: 'Events delivered before with the same content (nothing changed)' }),
    ids: z.array(int()).meta({ description: "Each input row's event id, in input order" }),
    batchId: int().nullable(),
    entities: z.array(int()).meta({ description: 'Entities whose scores were updated' }),
  })
  .meta({ id: 'CreditDeliveryReport' });
same<z.infer<typeof DeliveryReport>, credit.DeliveryReport>(true);

export const Classes = z
  .object({ classes: z.array(z.object({ entityId: int(), class: CreditClass })) })
  .meta({ id: 'CreditClasses', description: 'The public class of each entity asked (an entity without events has the base class B)' });

const Contribution = z.object({
  eventId: int(),
  kind: z.string(),
  nameZh: z.string(),
  nameEn: z.string(),
  group: Group,
  severity: CreditSeverity,
  source: CreditSource,
  occurredOn: z.string(),
  amount: points().meta({ description: 'What the event adds to the score (negative lowers it)' }),
  uncapped: points().meta({ description: "What it would add without its indicator's cap" }),
  stopsCountingOn: z.string().meta({ description: 'The first day the event no longer counts' }),
  halvesOn: z.string().nullable().meta({ description: 'The next day its weight halves' }),
});
same<z.infer<typeof Contribution>, credit.ContributionView>(true);

const EventView = z.object({
  id: int(),
  source: CreditSource,
  kind: z.string(),
  nameZh: z.string(),
  nameEn: z.string(),
  severity: CreditSeverity,
  occurredOn: z.string(),
  evidenceRef: z.string(),
  note: z.string().nullable(),
  recordedAt: z.string(),
  voided: z.boolean(),
  voidReason: z.string().nullable(),
  appeal: z.object({ id: int(), status: z.enum(['open', 'upheld', 'rejected']) }).nullable(),
});
same<z.infer<typeof EventView>, credit.CreditEventView>(true);

export const Breakdown = z
  .object({
    entityId: int(),
    asOf: z.string(),
    base: points(),
    score: points().meta({ description: 'base + Σ contributions[].amount, exactly' }),
    class: CreditClass,
    cappedBy: CreditSeverity.nullable().meta({ description: 'A recent serious or severe event that lowered the class below what the score gives' }),
    since: z.string(),
    groups: z.object({ quality: points(), fulfilment: points(), behaviour: points(), compliance: points() }),
    contributions: z.array(Contribution),
    events: z.array(EventView),
    classChanges: z.array(z.object({ changedOn: z.string(), from: CreditClass.nullable(), to: CreditClass, score: points(), cause: z.string() })),
  })
  .meta({ id: 'CreditBreakdown' });
same<z.infer<typeof Breakdown>, credit.Breakdown>(true);

export const History = z.object({ points: z.array(z.object({ date: z.string(), score: points(), class: CreditClass })) }).meta({ id: 'CreditHistory' });

export const TradeRisk = z
  .object({
    entityId: int(),
    class: CreditClass,
    warnings: z.array(
      z.object({
        level: z.enum(['severe', 'serious', 'class_d']),
        kind: z.string().nullable(),
        occurredOn: z.string().nullable(),
        reason: z.string(),
        reasonZh: z.string(),
      }),
    ),
  })
  .meta({ id: 'TradeRisk' });
same<z.infer<typeof TradeRisk>, credit.TradeRisk>(true);

export const Appeal = z
  .object({
    id: int(),
    entityId: int(),
    eventId: int(),
    eventKind: z.string(),
    eventNameZh: z.string(),
    eventNameEn: z.string(),
    eventSeverity: CreditSeverity,
    eventOccurredOn: z.string(),
    reason: z.string(),
    evidenceRef: z.string().nullable(),
    status: z.enum(['open', 'upheld', 'rejected']),
    filedAt: z.string(),
    decidedAt: z.string().nullable(),
    decisionNote: z.string().nullable(),
  })
  .meta({ id: 'CreditAppeal' });
same<z.infer<typeof Appeal>, credit.AppealView>(true);
export const AppealList = z.object({ items: z.array(Appeal) }).meta({ id: 'CreditAppealList' });

export const RecomputeReport = z
  .object({ asOf: z.string(), entities: int(), changed: int(), classChanges: int(), millis: int() })
  .meta({ id: 'CreditRecomputeReport' });
same<z.infer<typeof RecomputeReport>, credit.RecomputeReport>(true);

export const Distribution = z.object({ A: int(), B: int(), C: int(), D: int() }).meta({ id: 'CreditClassDistribution' });

const IndexMonth = z.object({
  month: z.string(),
  composite: hundredths(),
  quality: hundredths(),
  fulfilment: hundredths(),
  behaviour: hundredths(),
  compliance: hundredths(),
  entities: int(),
  baseMonth: z.string(),
});
same<z.infer<typeof IndexMonth>, credit.IndexMonth>(true);
export const IndexSeries = z
  .object({
    weightsBp: z.object({ quality: int(), fulfilment: int(), behaviour: int(), compliance: int() }).meta({ description: 'Published weights in basis points' }),
    months: z.array(IndexMonth),
  })
  .meta({ id: 'CreditIndexSeries' });

export const Model = z
  .object({
    base: points(),
    thresholds: z.object({ A: points(), B: points(), C: points() }),
    severityFactor: z.record(z.string(), int()),
    cutoffDays: z.record(z.string(), int()),
    recentDays: int(),
    indicators: z.array(
      z.object({
        kind: z.string(),
        group: Group,
        sign: z.union([z.literal(1), z.literal(-1)]),
        points: points(),
        halfLifeDays: int(),
        cap: points().optional(),
        defaultSeverity: CreditSeverity,
        sources: z.array(CreditSource),
        zh: z.string(),
        en: z.string(),
      }),
    ),
  })
  .meta({ id: 'CreditModel' });

export const TradeSync = z.object({ facts: int(), recorded: int(), lastSeq: int() }).meta({ id: 'CreditTradeSync' });
