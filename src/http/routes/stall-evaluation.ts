import type { FastifyInstance } from 'fastify';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { DB } from '../../core/db/schema.ts';
import { requireRole } from '../../core/auth/actor.ts';
import * as ev from '../../modules/stall-evaluation/index.ts';
import { evaluateStalls } from '../../flows/evaluate-stalls.ts';
import { applyForStall, awardRound, TakeBackInput, takeBackStall } from '../../flows/reallocate-stall.ts';
import { IdParams as Id } from './params.ts';
import { errors } from '../openapi.ts';
import * as R from '../responses-stall-evaluation.ts';

const Period = z.string().regex(/^\d{4}Q[1-4]$/, 'a quarter such as 2026Q3');
const PeriodQuery = z.strictObject({ period: Period.optional() });

/** Stall evaluation and open re-allocation (thin over src/modules/stall-evaluation and its flows). */
export async function stallEvaluationRoutes(app0: FastifyInstance, db: Kysely<DB>): Promise<void> {
  const app = app0.withTypeProvider<ZodTypeProvider>();
  const tags = ['stall evaluation'];
  const base = '/api/stall-evaluation';
  app.get(
    `${base}/method`,
    {
      schema: {
        tags,
        operationId: 'getStallEvaluationMethod',
        summary: 'The published method: indicators, weights, grade bands, fees and services',
        security: [],
        response: { 200: R.Method },
      },
    },
    async () => ev.methodDocument(),
  );
  app.post(
    `${base}/runs`,
    {
      schema: {
        tags,
        operationId: 'runStallEvaluation',
        summary: 'Evaluate every held stall for a quarter (operator); flags idle and lowest-grade stalls',
        body: z.strictObject({ period: Period }),
        response: { 201: R.RunSummary, ...errors(403) },
      },
    },
    async (req, reply) => reply.status(201).send(await evaluateStalls(db, req.actor, req.body.period)),
  );
  app.get(
    `${base}/runs`,
    {
      schema: {
        tags,
        operationId: 'listStallEvaluationRuns',
        summary: 'Evaluation runs, newest first (operator)',
        response: { 200: R.RunList, ...errors(403) },
      },
    },
    async (req) => ev.listRuns(db, req.actor),
  );
  app.get(
    `${base}/summary`,
    {
      schema: {
        tags,
        operationId: 'getStallGradeSummary',
        summary: 'Stalls by grade and by district (operator; default: the latest period evaluated)',
        querystring: PeriodQuery,
        response: { 200: R.GradeSummary, ...errors(403) },
      },
    },
    async (req) => {
      requireRole(req.actor, 'operator');
      return ev.gradeSummary(db, { period: req.query.period });
    },
  );
  app.get(
    `${base}/idle`,
    {
      schema: {
        tags,
        operationId: 'listIdleStalls',
        summary: 'Idle stalls (no trade, no listings) of a period, with their flag (operator)',
        querystring: z.strictObject({ period: Period.optional(), limit: z.coerce.number().int().min(1).max(1000).default(100) }),
        response: { 200: R.IdleStalls, ...errors(403) },
      },
    },
    async (req) => {
      requireRole(req.actor, 'operator');
      return ev.idleStalls(db, req.query);
    },
  );
  app.get(
    `${base}/mine`,
    {
      schema: {
        tags,
        operationId: 'myStallEvaluations',
        summary: 'The signed-in merchant’s stalls in the latest period',
        response: { 200: R.MyEvaluations, ...errors(403) },
      },
    },
    async (req) => ev.myEvaluations(db, req.actor),
  );
  app.get(
    `${base}/stalls/:id`,
    {
      schema: {
        tags,
        operationId: 'getStallBreakdown',
        summary: 'A stall’s score with its explanation: indicators, values, points, weights, contributions, peer group (its holder or the operator)',
        params: Id,
        querystring: PeriodQuery,
        response: { 200: R.Breakdown, ...errors(403, 404) },
      },
    },
    async (req) => ev.stallBreakdown(db, req.actor, req.params.id, req.query.period),
  );
  app.get(
    `${base}/stalls/:id/history`,
    {
      schema: {
        tags,
        operationId: 'getStallScoreHistory',
        summary: 'A stall’s score in every period evaluated',
        params: Id,
        response: { 200: R.ScoreHistory, ...errors(403) },
      },
    },
    async (req) => ev.scoreHistory(db, req.actor, req.params.id),
  );
  app.post(
    `${base}/stalls/:id/objections`,
    {
      schema: {
        tags,
        operationId: 'objectToStallScore',
        summary: 'The holder objects to its stall’s score of a period',
        params: Id,
        body: ev.ObjectionInput,
        response: { 201: R.Objection, ...errors(403, 404, 409) },
      },
    },
    async (req, reply) => reply.status(201).send(await ev.objectToScore(db, req.actor, req.params.id, req.body)),
  );
  app.get(
    `${base}/objections`,
    {
      schema: {
        tags,
        operationId: 'listStallObjections',
        summary: 'Objections: all (operator) or one’s own (merchant)',
        querystring: z.strictObject({ status: z.enum(['open', 'answered']).optional() }),
        response: { 200: z.array(R.Objection), ...errors(403) },
      },
    },
    async (req) => ev.listObjections(db, req.actor, req.query),
  );
  app.post(
    `${base}/objections/:id/answer`,
    {
      schema: {
        tags,
        operationId: 'answerStallObjection',
        summary: 'The operator answers an objection',
        params: Id,
        body: ev.AnswerInput,
        response: { 200: R.Objection, ...errors(403, 404, 409) },
      },
    },
    async (req) => ev.answerObjection(db, req.actor, req.params.id, req.body),
  );
  app.get(
    `${base}/flags`,
    {
      schema: {
        tags,
        operationId: 'listStallFlags',
        summary: 'Flagged stalls with deadline: all (operator) or the warnings on one’s own stalls (merchant)',
        querystring: z.strictObject({ status: z.enum(['warned', 'cleared', 'taken_back']).optional() }),
        response: { 200: z.array(R.Flag), ...errors(403) },
      },
    },
    async (req) => ev.listFlags(db, req.actor, req.query),
  );
  app.post(
    `${base}/flags/:id/take-back`,
    {
      schema: {
        tags,
        operationId: 'takeBackStall',
        summary: 'Take a flagged stall back after its deadline and open its re-allocation round (operator; one transaction)',
        description: '`round` takes the fields of createStallRound except stallId and flagId.',
        params: Id,
        body: TakeBackInput,
        response: { 200: R.TakeBack, ...errors(403, 404, 409) },
      },
    },
    async (req) => takeBackStall(db, req.actor, req.params.id, req.body),
  );
  roundRoutes(app0, db, base, tags);
}

function roundRoutes(app0: FastifyInstance, db: Kysely<DB>, base: string, tags: string[]): void {
  const a = app0.withTypeProvider<ZodTypeProvider>();
  a.get(
    `${base}/rounds`,
    {
      schema: {
        tags,
        operationId: 'listStallRounds',
        summary: 'Re-allocation rounds: open and published ones for everybody, all for the operator',
        security: [],
        querystring: z.strictObject({ status: z.enum(['open', 'awarded', 'published', 'void']).optional() }),
        response: { 200: R.RoundList },
      },
    },
    async (req) => ev.listRounds(db, req.actor, req.query),
  );
  a.post(
    `${base}/rounds`,
    {
      schema: {
        tags,
        operationId: 'createStallRound',
        summary: 'Open a re-allocation round for a vacant stall (operator)',
        body: ev.RoundInput,
        response: { 201: R.Round, ...errors(403, 404, 409) },
      },
    },
    async (req, reply) => reply.status(201).send(await ev.createRound(db, req.actor, req.body)),
  );
  a.get(
    `${base}/rounds/:id`,
    {
      schema: {
        tags,
        operationId: 'getStallRound',
        summary: 'A round: its rules, and once published its applications, ranking and winner (sealed bids hidden until awarded)',
        security: [],
        params: Id,
        response: { 200: R.Round, ...errors(404) },
      },
    },
    async (req) => ev.getRound(db, req.actor, req.params.id),
  );
  a.post(
    `${base}/rounds/:id/applications`,
    {
      schema: {
        tags,
        operationId: 'applyForStallRound',
        summary: 'A merchant applies (with a sealed bid when the round takes one); eligibility from its credit class and record',
        params: Id,
        body: ev.ApplicationInput,
        response: { 201: R.Application, ...errors(403, 404, 409) },
      },
    },
    async (req, reply) => reply.status(201).send(await applyForStall(db, req.actor, req.params.id, req.body)),
  );
  a.post(
    `${base}/rounds/:id/award`,
    {
      schema: {
        tags,
        operationId: 'awardStallRound',
        summary: 'Rank a closed round and start the winner’s use right through the stall transfer (operator; one transaction)',
        params: Id,
        response: { 200: R.Round, ...errors(403, 404, 409) },
      },
    },
    async (req) => awardRound(db, req.actor, req.params.id),
  );
  a.post(
    `${base}/rounds/:id/publish`,
    {
      schema: {
        tags,
        operationId: 'publishStallRound',
        summary: 'Publish an awarded round’s record (operator)',
        params: Id,
        response: { 200: R.Round, ...errors(403, 404, 409) },
      },
    },
    async (req) => ev.publishRound(db, req.actor, req.params.id),
  );
  a.get(
    `${base}/rounds/:id/recompute`,
    {
      schema: {
        tags,
        operationId: 'recomputeStallRound',
        summary: 'Re-compute a round’s ranking from its kept record and compare it with the stored winner (anyone, once published)',
        security: [],
        params: Id,
        response: { 200: R.Recomputation, ...errors(404, 409) },
      },
    },
    async (req) => ev.recomputeRound(db, req.actor, req.params.id),
  );
}
