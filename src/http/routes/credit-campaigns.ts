import type { FastifyInstance } from 'fastify';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { DB } from '../../core/db/schema.ts';
import * as credit from '../../modules/credit/index.ts';
import { IdParams as Id } from './params.ts';
import { errors } from '../openapi.ts';
import { AuditEntry, Campaign, CampaignSummary, Share, ShareGranted, ShareLog, SharedReport, Verification } from '../responses-credit-gov.ts';

/** Credit governance, continued (thin over src/modules/credit): inspection campaigns, consented sharing, the audit log. */
export async function creditCampaignAndShareRoutes(app0: FastifyInstance, db: Kysely<DB>): Promise<void> {
  const app = app0.withTypeProvider<ZodTypeProvider>();
  const tags = ['credit governance'];

  // ---- campaigns ------------------------------------------------------------
  app.post(
    '/api/credit/campaigns',
    {
      schema: {
        tags,
        operationId: 'defineCampaign',
        summary: 'Define a random inspection campaign (双随机): population, size, draw rate per class, inspectors; the seed is fixed now',
        body: credit.CampaignInput,
        response: { 201: Campaign, ...errors(403) },
      },
    },
    async (req, reply) => reply.status(201).send(await credit.defineCampaign(db, req.actor, req.body)),
  );
  app.get(
    '/api/credit/campaigns',
    { schema: { tags, operationId: 'listCampaigns', summary: 'Campaigns, newest first', response: { 200: z.array(CampaignSummary), ...errors(403) } } },
    async (req) => credit.listCampaigns(db, req.actor),
  );
  app.get(
    '/api/credit/campaigns/:id',
    {
      schema: {
        tags,
        operationId: 'getCampaign',
        summary: 'A campaign with its draw and results',
        params: Id,
        response: { 200: Campaign, ...errors(403, 404) },
      },
    },
    async (req) => credit.getCampaign(db, req.actor, req.params.id),
  );
  app.post(
    '/api/credit/campaigns/:id/draw',
    {
      schema: {
        tags,
        operationId: 'drawCampaign',
        summary: 'Draw the entities and assign inspectors from the recorded seed (stratified by class)',
        params: Id,
        response: { 200: Campaign, ...errors(403, 404, 409) },
      },
    },
    async (req) => credit.drawCampaign(db, req.actor, req.params.id),
  );
  app.get(
    '/api/credit/campaigns/:id/verify',
    {
      schema: {
        tags,
        operationId: 'verifyCampaign',
        summary: 'Re-run the draw from the recorded population, rates, inspectors and seed, and say whether it matches (public)',
        security: [],
        params: Id,
        response: { 200: Verification, ...errors(404, 409) },
      },
    },
    async (req) => credit.verifyCampaign(db, req.params.id),
  );
  app.post(
    '/api/credit/campaigns/:id/results',
    {
      schema: {
        tags,
        operationId: 'recordCampaignResult',
        summary: 'Record the inspection result of a drawn entity; it becomes a credit event (source inspection)',
        params: Id,
        body: credit.ResultInput,
        response: { 200: Campaign, ...errors(403, 404, 409, 422) },
      },
    },
    async (req) => credit.recordCampaignResult(db, req.actor, req.params.id, req.body),
  );

  // ---- sharing --------------------------------------------------------------
  app.post(
    '/api/credit/shares',
    {
      schema: {
        tags,
        operationId: 'grantCreditShare',
        summary: 'Grant a bank (an entity, or a named party with the token) read access to your credit report for a period',
        body: credit.ShareInput,
        response: { 201: ShareGranted, ...errors(403) },
      },
    },
    async (req, reply) => reply.status(201).send(await credit.grantShare(db, req.actor, req.body)),
  );
  app.get(
    '/api/credit/shares',
    { schema: { tags, operationId: 'listCreditShares', summary: 'Your grants and the log of every read', response: { 200: ShareLog, ...errors(403) } } },
    async (req) => credit.listShares(db, req.actor),
  );
  app.post(
    '/api/credit/shares/:id/revoke',
    { schema: { tags, operationId: 'revokeCreditShare', summary: 'Revoke a grant', params: Id, response: { 200: Share, ...errors(403, 404) } } },
    async (req) => credit.revokeShare(db, req.actor, req.params.id),
  );
  app.get(
    '/api/credit/shares/report',
    {
      schema: {
        tags,
        operationId: 'readSharedCreditReport',
        summary: 'Read a shared credit report: with the X-Credit-Share-Token header, or signed in as the grantee with ?share=; every read is logged',
        description: 'No sign-in needed with the token; a grantee that is an entity on the platform may instead sign in (bearer) and name the share',
        security: [],
        headers: z.object({ 'x-credit-share-token': z.string().min(10).max(100).optional() }),
        querystring: z.strictObject({ share: z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER).optional() }),
        response: { 200: SharedReport, ...errors(401, 404) },
      },
    },
    async (req) =>
      credit.readSharedReport(db, req.actor, {
        ...(req.headers['x-credit-share-token'] ? { token: req.headers['x-credit-share-token'] } : {}),
        ...(req.query.share ? { shareId: req.query.share } : {}),
        address: req.ip,
      }),
  );

  // ---- audit ----------------------------------------------------------------
  app.get(
    '/api/credit/audit',
    {
      schema: {
        tags,
        operationId: 'listCreditAudit',
        summary: 'The append-only audit log of credit decisions, newest first (a regulator sees all; an entity its own rows)',
        querystring: credit.AuditQuery,
        response: { 200: z.array(AuditEntry), ...errors(403) },
      },
    },
    async (req) => credit.listAudit(db, req.actor, req.query),
  );
}
