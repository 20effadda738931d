/**
 * Response schemas of the stall-evaluation API, checked against the module's
 * types at compile time like src/http/responses-trade.ts.
 */
import { z } from 'zod';
import type * as ev from '../modules/stall-evaluation/index.ts';

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const same = <A, B>(_proof: Same<A, B>): void => {};
const int = () => z.number().int();
const score = () => int().meta({ description: 'Thousandths of a point: 0–100000 (shown as 0–100)' });

const IndicatorKey = z.enum(['orders', 'trade_value', 'listings_current', 'inquiries_answered', 'response_time', 'credit', 'compliance']);
const GradeTerms = z.object({ grade: int(), rentDiscountPct: int(), fairPriority: int().nullable(), services: z.array(z.string()) });

export const IndicatorLine = z
  .object({
    key: IndicatorKey,
    value: z.union([z.number(), z.string()]).nullable().meta({ description: 'The indicator’s value; null when unknown (scores the neutral 500 points)' }),
    basis: z.enum(['peer', 'absolute']),
    points: int().meta({ description: '0–1000' }),
    weight: int().meta({ description: 'Whole percent' }),
    contribution: int().meta({ description: 'weight × points; the contributions add up to the score' }),
  })
  .meta({ id: 'StallIndicatorLine' });
same<z.infer<typeof IndicatorLine>, ev.IndicatorLine>(true);

export const Method = z
  .object({
    version: z.string(),
    indicators: z.array(z.object({ key: IndicatorKey, weight: int(), basis: z.enum(['peer', 'absolute']), higherIsBetter: z.boolean(), unit: z.string() })),
    creditPoints: z.record(z.string(), int()),
    compliancePoints: z.array(int()),
    neutralPoints: int(),
    minPeers: int(),
    gradeFloors: z.array(int()),
    gradeTerms: z.array(GradeTerms),
    lowestGradePeriods: int(),
    warningDays: int(),
    listingCurrentDays: int(),
    scoreScale: z.string(),
  })
  .meta({ id: 'StallEvaluationMethod' });

export const RunSummary = z
  .object({ runId: int(), period: z.string(), stalls: int(), flagged: int(), cleared: int(), byGrade: z.record(z.string(), int()) })
  .meta({ id: 'StallEvaluationRunSummary' });
same<z.infer<typeof RunSummary>, ev.RunSummary>(true);

export const RunList = z.array(
  z.object({
    id: int(),
    period: z.string(),
    methodVersion: z.string(),
    stalls: int(),
    flagged: int(),
    startedAt: z.string(),
    finishedAt: z.string().nullable(),
  }),
);

export const GradeSummary = z
  .object({
    period: z.string().nullable(),
    runId: int().nullable(),
    byGrade: z.array(z.object({ grade: int(), stalls: int() })),
    byDistrict: z.array(z.object({ districtId: int(), grade: int(), stalls: int() })),
    idle: int(),
  })
  .meta({ id: 'StallGradeSummary' });
same<z.infer<typeof GradeSummary>, ev.GradeSummary>(true);

export const IdleStalls = z.array(
  z.object({
    stallId: int(),
    holderId: int(),
    districtId: int(),
    score: score(),
    grade: int(),
    flag: z.object({ id: int(), status: z.string(), deadline: z.string() }).nullable(),
  }),
);
same<z.infer<typeof IdleStalls>, ev.IdleStall[]>(true);

export const Breakdown = z
  .object({
    stallId: int(),
    period: z.string(),
    runId: int(),
    methodVersion: z.string(),
    holderId: int(),
    peer: z.object({ key: z.string(), size: int(), districtId: int(), categoryId: int() }),
    score: score(),
    grade: int(),
    idle: z.boolean(),
    lines: z.array(IndicatorLine),
    terms: GradeTerms,
  })
  .meta({ id: 'StallBreakdown' });

export const ScoreHistory = z.array(z.object({ period: z.string(), score: score(), grade: int(), idle: z.boolean() }));
export const MyEvaluations = z.object({
  period: z.string().nullable(),
  stalls: z.array(z.object({ stallId: int(), score: score(), grade: int(), idle: z.boolean() })),
});

export const Objection = z
  .object({
    id: int(),
    stallId: int(),
    period: z.string(),
    runId: int(),
    entityId: int(),
    text: z.string(),
    status: z.enum(['open', 'answered']),
    answer: z.string().nullable(),
    answeredAt: z.string().nullable(),
    createdAt: z.string(),
  })
  .meta({ id: 'StallObjection' });
same<z.infer<typeof Objection>, ev.ObjectionView>(true);

export const Flag = z
  .object({
    id: int(),
    stallId: int(),
    period: z.string(),
    reason: z.enum(['lowest_grade', 'idle']),
    holderId: int(),
    deadline: z.string(),
    status: z.enum(['warned', 'cleared', 'taken_back']),
    warnedAt: z.string(),
    closedAt: z.string().nullable(),
    closedNote: z.string().nullable(),
  })
  .meta({ id: 'StallFlag' });
same<z.infer<typeof Flag>, ev.FlagView>(true);

const Ranked = z.object({
  rank: int(),
  applicationId: int(),
  entityId: int(),
  merit: int(),
  bidAmount: int().nullable(),
  bidPoints: int().nullable(),
  points: int(),
});

export const Round = z
  .object({
    id: int(),
    stallId: int(),
    flagId: int().nullable(),
    rules: z.object({
      method: z.enum(['score', 'bid_score']),
      bidWeight: int(),
      minCreditClass: z.string().nullable(),
      currency: z.string(),
      minBid: int(),
    }),
    closesOn: z.string(),
    startsOn: z.string(),
    status: z.enum(['open', 'awarded', 'published', 'void']),
    publishedAt: z.string().nullable(),
    awardedAt: z.string().nullable(),
    winnerEntityId: int().nullable(),
    applicationCount: int(),
    applications: z.array(
      z.object({
        id: int(),
        entityId: int(),
        nameZh: z.string().nullable(),
        nameEn: z.string().nullable(),
        creditClass: z.string(),
        merit: int(),
        bidAmount: int().nullable().meta({ description: 'Sealed (null) until the round is awarded' }),
        eligible: z.boolean(),
        ineligibleReason: z.string().nullable(),
        record: z.record(z.string(), z.union([z.number(), z.string()]).nullable()),
        appliedAt: z.string(),
      }),
    ),
    ranking: z.array(Ranked).nullable(),
  })
  .meta({ id: 'StallRound' });
same<z.infer<typeof Round>, ev.RoundView>(true);

export const RoundList = z.array(
  z.object({
    id: int(),
    stallId: int(),
    method: z.enum(['score', 'bid_score']),
    bidWeight: int(),
    status: z.enum(['open', 'awarded', 'published', 'void']),
    closesOn: z.string(),
    startsOn: z.string(),
    winnerEntityId: int().nullable(),
    published: z.boolean(),
    applications: int(),
  }),
);

export const Application = z.object({ id: int(), roundId: int(), eligible: z.boolean(), ineligibleReason: z.string().nullable(), merit: int() });

export const Recomputation = z
  .object({
    roundId: int(),
    storedWinnerEntityId: int().nullable(),
    winnerEntityId: int().nullable(),
    sameWinner: z.boolean(),
    sameRanking: z.boolean(),
    ranking: z.array(Ranked),
  })
  .meta({ id: 'StallRoundRecomputation' });
same<z.infer<typeof Recomputation>, ev.Recomputation>(true);

export const TakeBack = z.object({ flagId: int(), round: Round.nullable() });
