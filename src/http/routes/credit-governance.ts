import type { FastifyInstance } from 'fastify';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { DB } from '../../core/db/schema.ts';
import * as credit from '../../modules/credit/index.ts';
import { declareStandardSearchable, withdrawStandardSearchable } from '../../flows/declared-standards.ts';
import { IdParams as Id } from './params.ts';
import { creditCampaignAndShareRoutes } from './credit-campaigns.ts';
import { creditIpRoutes } from './credit-ip.ts';
import { errors, NoContent } from '../openapi.ts';
import { BlacklistEntry, BlacklistPage, BlacklistWarning, CreditPromise, DeclaredStandard, RedList, Repair, StandardCheck } from '../responses-credit-gov.ts';

const EntityParams = z.strictObject({ entityId: z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER) });
const ProductQuery = z.strictObject({ product: z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER) });

/** Credit governance (thin over src/modules/credit): blacklist, repairs, promises, red list, standards, campaigns, shares, audit. */
export async function creditGovernanceRoutes(app0: FastifyInstance, db: Kysely<DB>): Promise<void> {
  const app = app0.withTypeProvider<ZodTypeProvider>();
  const tags = ['credit governance'];

  // ---- blacklist ------------------------------------------------------------
  app.get(
    '/api/credit/blacklist',
    {
      schema: {
        tags,
        operationId: 'listBlacklist',
        summary: 'The public blacklist of dishonest entities (失信黑名单): active entries with reason and evidence, newest first',
        security: [],
        querystring: credit.BlacklistQuery,
        response: { 200: BlacklistPage },
      },
    },
    async (req) => credit.listBlacklist(db, req.query),
  );
  app.get(
    '/api/credit/blacklist/:id',
    {
      schema: {
        tags,
        operationId: 'getBlacklistEntry',
        summary: 'One blacklist entry (public)',
        security: [],
        params: Id,
        response: { 200: BlacklistEntry, ...errors(404) },
      },
    },
    async (req) => credit.getBlacklistEntry(db, req.params.id),
  );
  app.post(
    '/api/credit/blacklist',
    {
      schema: {
        tags,
        operationId: 'listEntityManually',
        summary: 'A regulator lists an entity by decision (rule manual), with reason and evidence',
        body: credit.ManualListing,
        response: { 201: BlacklistEntry, ...errors(403, 404, 409) },
      },
    },
    async (req, reply) => reply.status(201).send(await credit.listManually(db, req.actor, req.body)),
  );
  app.post(
    '/api/credit/blacklist/sweep',
    {
      schema: {
        tags,
        operationId: 'applyBlacklistRules',
        summary: 'Apply the published listing rules to every entity (a severe event; class D held for the set time); answers the new entries',
        body: z.strictObject({ asOf: z.iso.date().optional() }),
        response: { 200: z.object({ added: z.array(BlacklistEntry) }), ...errors(403) },
      },
    },
    async (req) => {
      const ids = await credit.applyBlacklistRules(db, req.actor, req.body.asOf ? { asOf: req.body.asOf } : {});
      return { added: await Promise.all(ids.map((id) => credit.getBlacklistEntry(db, id))) };
    },
  );
  app.post(
    '/api/credit/blacklist/:id/revoke',
    {
      schema: {
        tags,
        operationId: 'revokeBlacklistEntry',
        summary: 'A regulator ends an entry listed in error, with the reason',
        params: Id,
        body: credit.Revocation,
        response: { 200: BlacklistEntry, ...errors(403, 404) },
      },
    },
    async (req) => credit.revokeEntry(db, req.actor, req.params.id, req.body),
  );
  app.get(
    '/api/credit/badges/:entityId',
    {
      schema: {
        tags,
        operationId: 'creditBadges',
        summary: 'What a buyer sees about an entity: the blacklist warning and its red-list badges (public)',
        security: [],
        params: EntityParams,
        response: { 200: BlacklistWarning },
      },
    },
    async (req) => {
      const warning = await credit.blacklistWarning(db, req.params.entityId);
      return { entityId: req.params.entityId, blacklisted: warning !== null, warning, redList: await credit.redListBadges(db, req.params.entityId) };
    },
  );

  // ---- repairs --------------------------------------------------------------
  app.post(
    '/api/credit/repairs',
    {
      schema: {
        tags,
        operationId: 'applyForRepair',
        summary: 'The listed entity applies for credit repair (信用修复) with evidence of correction',
        body: credit.RepairInput,
        response: { 201: Repair, ...errors(403, 409) },
      },
    },
    async (req, reply) => reply.status(201).send(await credit.applyForRepair(db, req.actor, req.body)),
  );
  app.get(
    '/api/credit/repairs',
    {
      schema: {
        tags,
        operationId: 'listRepairs',
        summary: "Repair applications: a regulator's queue (by status), or the caller's own",
        querystring: credit.RepairQuery,
        response: { 200: z.array(Repair), ...errors(403) },
      },
    },
    async (req) => credit.listRepairs(db, req.actor, req.query),
  );
  app.get(
    '/api/credit/repairs/:id',
    {
      schema: {
        tags,
        operationId: 'getRepair',
        summary: 'One repair application (its entity or a regulator)',
        params: Id,
        response: { 200: Repair, ...errors(403, 404) },
      },
    },
    async (req) => credit.getRepair(db, req.actor, req.params.id),
  );
  app.post(
    '/api/credit/repairs/:id/decision',
    {
      schema: {
        tags,
        operationId: 'decideRepair',
        summary: 'A regulator approves (the entity leaves the list) or rejects (with the reason) a pending application',
        params: Id,
        body: credit.RepairDecision,
        response: { 200: Repair, ...errors(403, 404, 409) },
      },
    },
    async (req) => credit.decideRepair(db, req.actor, req.params.id, req.body),
  );

  // ---- promises -------------------------------------------------------------
  app.post(
    '/api/credit/promises',
    {
      schema: {
        tags,
        operationId: 'signPromise',
        summary: 'Sign a credit promise (信用承诺) for an application: approved at once for class A or B, not blacklisted',
        description: 'Refused with 403 FORBIDDEN and details.ineligible = class | blacklisted',
        body: credit.PromiseInput,
        response: { 201: CreditPromise, ...errors(403, 409) },
      },
    },
    async (req, reply) => reply.status(201).send(await credit.signPromise(db, req.actor, req.body)),
  );
  app.get(
    '/api/credit/promises',
    {
      schema: {
        tags,
        operationId: 'listPromises',
        summary: 'Credit promises: the caller’s own, or all for a regulator (by status, due by a date)',
        querystring: credit.PromiseQuery,
        response: { 200: z.array(CreditPromise), ...errors(403) },
      },
    },
    async (req) => credit.listPromises(db, req.actor, req.query),
  );
  app.get(
    '/api/credit/promises/:id',
    { schema: { tags, operationId: 'getPromise', summary: 'One credit promise', params: Id, response: { 200: CreditPromise, ...errors(403, 404) } } },
    async (req) => credit.getPromise(db, req.actor, req.params.id),
  );
  app.post(
    '/api/credit/promises/:id/check',
    {
      schema: {
        tags,
        operationId: 'checkPromise',
        summary: 'A regulator checks a promise later: kept, or broken (a severe credit event; the blacklist rules apply at once)',
        params: Id,
        body: credit.PromiseCheck,
        response: { 200: CreditPromise, ...errors(403, 404, 409, 422) },
      },
    },
    async (req) => credit.checkPromise(db, req.actor, req.params.id, req.body),
  );

  // ---- red list -------------------------------------------------------------
  app.get(
    '/api/credit/redlist',
    {
      schema: {
        tags,
        operationId: 'getRedList',
        summary: "A year's red list (诚信红名单) by category and rank (public)",
        security: [],
        querystring: credit.RedListQuery,
        response: { 200: RedList },
      },
    },
    async (req) => ({ year: req.query.year, rules: credit.REDLIST_RULES, items: await credit.listRedList(db, req.query) }),
  );
  app.post(
    '/api/credit/redlist',
    {
      schema: {
        tags,
        operationId: 'computeRedList',
        summary: "Compute and publish a year's red list from the credit events by the published rules (deterministic; replaces the year's list)",
        body: credit.RedListCompute,
        response: { 200: RedList, ...errors(403) },
      },
    },
    async (req) => ({ year: req.body.year, rules: credit.REDLIST_RULES, items: await credit.computeRedList(db, req.actor, req.body) }),
  );

  // ---- standards ------------------------------------------------------------
  app.get(
    '/api/credit/standards',
    {
      schema: {
        tags,
        operationId: 'productStandards',
        summary: 'The standards declared on a product (亮标; public)',
        security: [],
        querystring: ProductQuery,
        response: { 200: z.array(DeclaredStandard) },
      },
    },
    async (req) => credit.productStandards(db, req.query.product),
  );
  app.get(
    '/api/credit/standards/mine',
    {
      schema: {
        tags,
        operationId: 'myStandards',
        summary: "The merchant's declarations on its own products",
        response: { 200: z.array(DeclaredStandard), ...errors(403) },
      },
    },
    async (req) => credit.merchantStandards(db, req.actor),
  );
  app.get(
    '/api/credit/standards/products',
    {
      schema: {
        tags,
        operationId: 'productsMeetingStandard',
        summary: 'Ids of products that declare a standard (the filter "meets GB/T 1234-2008"; public; at most 1,000)',
        security: [],
        querystring: z.strictObject({ code: z.string().min(4).max(60) }),
        response: { 200: z.object({ code: z.string(), productIds: z.array(z.number().int()) }) },
      },
    },
    async (req) => ({ code: credit.normaliseStandardCode(req.query.code), productIds: await credit.productsMeeting(db, req.query.code) }),
  );
  app.post(
    '/api/credit/standards',
    {
      schema: {
        tags,
        operationId: 'declareStandard',
        summary: 'A merchant declares a standard its own product meets (GB, GB/T, industry, group or enterprise, with its number)',
        querystring: ProductQuery,
        body: credit.StandardInput,
        response: { 201: DeclaredStandard, ...errors(403, 404, 409) },
      },
    },
    async (req, reply) => reply.status(201).send(await declareStandardSearchable(db, req.actor, req.query.product, req.body)),
  );
  app.delete(
    '/api/credit/standards/:id',
    {
      schema: {
        tags,
        operationId: 'withdrawStandard',
        summary: 'The merchant withdraws a declaration (kept on record)',
        params: Id,
        response: { 204: NoContent, ...errors(403, 404) },
      },
    },
    async (req, reply) => {
      await withdrawStandardSearchable(db, req.actor, req.params.id);
      return reply.status(204).send();
    },
  );
  app.post(
    '/api/credit/standards/:id/checks',
    {
      schema: {
        tags,
        operationId: 'recordStandardCheck',
        summary: "A regulator records an inspection of a declared standard; 'below' records the credit event below_declared_standard",
        params: Id,
        body: credit.StandardCheckInput,
        response: { 201: StandardCheck, ...errors(403, 404, 422) },
      },
    },
    async (req, reply) => reply.status(201).send(await credit.recordStandardCheck(db, req.actor, req.params.id, req.body)),
  );

  await creditCampaignAndShareRoutes(app0, db);
  await creditIpRoutes(app0, db);
}
