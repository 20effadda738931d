import type { FastifyInstance } from 'fastify';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { DB } from '../../core/db/schema.ts';
import * as market from '../../modules/market/index.ts';
import { IdParams as Id } from './params.ts';
import { errors } from '../openapi.ts';
import { District, Entity, EntityPage, Holding, Market, Stall, StallPage, UsccCheck } from '../responses.ts';

export async function marketRoutes(app0: FastifyInstance, db: Kysely<DB>): Promise<void> {
  const app = app0.withTypeProvider<ZodTypeProvider>();
  const tags = ['market'];
  app.get('/api/markets', { schema: { tags, operationId: 'listMarkets', summary: 'Markets', security: [], response: { 200: z.array(Market) } } }, async () =>
    market.listMarkets(db),
  );
  app.get(
    '/api/districts',
    {
      schema: {
        tags,
        operationId: 'listDistricts',
        summary: 'Districts with their floors and specialised categories',
        security: [],
        querystring: z.strictObject({ market: z.string().max(10).optional() }),
        response: { 200: z.array(District) },
      },
    },
    async (req) => market.listDistricts(db, req.query.market),
  );
  app.get(
    '/api/stalls',
    {
      schema: {
        tags,
        operationId: 'listStalls',
        summary: 'Stalls, filtered by market, district, floor, street or holder',
        security: [],
        querystring: market.StallQuery,
        response: { 200: StallPage },
      },
    },
    async (req) => market.listStalls(db, req.query),
  );
  app.get(
    '/api/stalls/by-address',
    {
      schema: {
        tags,
        operationId: 'findStallByAddress',
        summary: 'Find a stall by its address in any common form (2区3楼21街12345, D2-F3-S21-12345)',
        security: [],
        querystring: z.strictObject({ address: z.string().min(1).max(100) }),
        response: { 200: Stall, ...errors(404) },
      },
    },
    async (req) => market.findStallByAddress(db, req.query.address),
  );
  app.get(
    '/api/stalls/:id',
    {
      schema: {
        tags,
        operationId: 'getStall',
        summary: 'One stall with its current holder',
        security: [],
        params: Id,
        response: { 200: Stall, ...errors(404) },
      },
    },
    async (req) => market.getStall(db, req.params.id),
  );
  app.patch(
    '/api/stalls/:id',
    {
      schema: {
        tags,
        operationId: 'updateStall',
        summary: "Change a stall's shop data (its holder or the operator)",
        params: Id,
        body: market.StallPatch,
        response: { 200: Stall, ...errors(403, 404) },
      },
    },
    async (req) => market.updateStall(db, req.actor, req.params.id, req.body),
  );
  app.get(
    '/api/stalls/:id/holdings',
    {
      schema: {
        tags,
        operationId: 'listStallHoldings',
        summary: 'Use-right history of a stall',
        security: [],
        params: Id,
        response: { 200: z.array(Holding), ...errors(404) },
      },
    },
    async (req) => market.stallHistory(db, req.params.id),
  );
  app.post(
    '/api/stalls/:id/transfer',
    {
      schema: {
        tags,
        operationId: 'transferStall',
        summary: 'Transfer (流转) the use right to another merchant (operator)',
        params: Id,
        body: market.TransferInput,
        response: { 200: z.array(Holding), ...errors(403, 404, 409) },
      },
    },
    async (req) => market.transferStall(db, req.actor, req.params.id, req.body),
  );
  app.post(
    '/api/stalls/:id/release',
    {
      schema: {
        tags,
        operationId: 'releaseStall',
        summary: 'End the current holding (operator)',
        params: Id,
        body: z.strictObject({ date: z.string() }),
        response: { 200: z.array(Holding), ...errors(403, 404, 409) },
      },
    },
    async (req) => market.releaseStall(db, req.actor, req.params.id, req.body.date),
  );
  app.get(
    '/api/entities',
    {
      schema: {
        tags,
        operationId: 'listEntities',
        summary: 'Registered market entities',
        security: [],
        response: { 200: EntityPage },
        querystring: z.strictObject({
          kind: z.enum(['merchant', 'buyer', 'agent']).optional(),
          page: z.coerce.number().int().min(1).max(100000).default(1),
          pageSize: z.coerce.number().int().min(1).max(200).default(50),
        }),
      },
    },
    async (req) =>
      market.listEntities(db, {
        ...(req.query.kind ? { kind: req.query.kind } : {}),
        limit: req.query.pageSize,
        offset: (req.query.page - 1) * req.query.pageSize,
      }),
  );
  app.get(
    '/api/entities/:id',
    { schema: { tags, operationId: 'getEntity', summary: 'One market entity', security: [], params: Id, response: { 200: Entity, ...errors(404) } } },
    async (req) => market.getEntity(db, req.params.id),
  );
  app.post(
    '/api/entities',
    {
      schema: {
        tags,
        operationId: 'registerEntity',
        summary: 'Register a market entity (operator); USCC checked per GB 32100',
        body: market.EntityInput,
        response: { 201: Entity, ...errors(403, 409) },
      },
    },
    async (req, reply) => reply.status(201).send(await market.registerEntity(db, req.actor, req.body)),
  );
  app.get(
    '/api/uscc/:code',
    {
      schema: {
        tags,
        operationId: 'checkUscc',
        summary: 'Check a unified social credit code',
        security: [],
        params: z.strictObject({ code: z.string().max(40) }),
        response: { 200: UsccCheck },
      },
    },
    async (req) => market.checkUscc(req.params.code),
  );
}
