import type { FastifyInstance } from 'fastify';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { DB } from '../../core/db/schema.ts';
import * as credit from '../../modules/credit/index.ts';
import { decideIpComplaint, fileCounterNotice, fileIpComplaint, takeDownListing } from '../../flows/ip-takedown.ts';
import { IdParams as Id } from './params.ts';
import { errors } from '../openapi.ts';

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const same = <A, B>(_proof: Same<A, B>): void => {};
const int = () => z.number().int();
const ns = () => z.string().nullable();

export const IpNoticeSchema = z
  .object({
    id: int(),
    productId: int(),
    merchantId: int(),
    complainant: z.string().meta({ description: 'The rights holder' }),
    complainantEntityId: int().nullable().meta({ description: 'The filing entity (null when the operator filed on the rights holder’s behalf)' }),
    rightKind: z.enum(['trademark', 'copyright', 'patent', 'design']),
    rightRef: z.string(),
    claim: z.string(),
    evidenceRefs: z.array(z.string()),
    status: z.enum(['filed', 'taken_down', 'countered', 'upheld', 'rejected']),
    filedAt: z.string(),
    filedRole: z.string(),
    takenDownAt: ns(),
    takedownReason: ns(),
    counterStatement: ns(),
    counterEvidenceRefs: z.array(z.string()).nullable(),
    counteredAt: ns(),
    decidedAt: ns(),
    decisionReason: ns(),
    eventId: int().nullable().meta({ description: 'The credit event ip_infringement recorded when the complaint was upheld' }),
  })
  .meta({ id: 'IpNotice' });
same<z.output<typeof IpNoticeSchema>, credit.IpNotice>(true);

/**
 * IP notice and takedown (thin over src/flows/ip-takedown.ts and the credit module): file a
 * complaint, take the listing down, counter-notice, decide; list and read with role checks.
 */
export async function creditIpRoutes(app0: FastifyInstance, db: Kysely<DB>): Promise<void> {
  const app = app0.withTypeProvider<ZodTypeProvider>();
  const tags = ['credit governance'];
  app.get(
    '/api/credit/ip-notices',
    {
      schema: {
        tags,
        operationId: 'listIpNotices',
        summary: 'IP complaints, newest first: all for regulators and the operator; for a merchant those about its listings (and any it filed)',
        querystring: credit.IpNoticeQuery,
        response: { 200: z.array(IpNoticeSchema), ...errors(403) },
      },
    },
    async (req) => credit.listIpNotices(db, req.actor, req.query),
  );
  app.get(
    '/api/credit/ip-notices/:id',
    {
      schema: {
        tags,
        operationId: 'getIpNotice',
        summary: 'One IP complaint with every step and its time (404 when it is not yours to see)',
        params: Id,
        response: { 200: IpNoticeSchema, ...errors(403, 404) },
      },
    },
    async (req) => credit.getIpNotice(db, req.actor, req.params.id),
  );
  app.post(
    '/api/credit/ip-notices',
    {
      schema: {
        tags,
        operationId: 'fileIpNotice',
        summary: 'A rights holder (merchant or buyer account), or the operator on its behalf, files an IP complaint against a listing with evidence',
        body: credit.IpNoticeInput,
        response: { 201: IpNoticeSchema, ...errors(403, 404) },
      },
    },
    async (req, reply) => reply.status(201).send(await fileIpComplaint(db, req.actor, req.body)),
  );
  app.post(
    '/api/credit/ip-notices/:id/takedown',
    {
      schema: {
        tags,
        operationId: 'takeDownListing',
        summary: 'The operator or a regulator takes the listing down pending a decision (hidden from search and its page)',
        params: Id,
        body: credit.IpTakedownInput,
        response: { 200: IpNoticeSchema, ...errors(403, 404, 409) },
      },
    },
    async (req) => takeDownListing(db, req.actor, req.params.id, req.body),
  );
  app.post(
    '/api/credit/ip-notices/:id/counter',
    {
      schema: {
        tags,
        operationId: 'counterIpNotice',
        summary: "The listing's merchant files its counter-notice with evidence (once, after the takedown)",
        params: Id,
        body: credit.IpCounterInput,
        response: { 200: IpNoticeSchema, ...errors(403, 404, 409) },
      },
    },
    async (req) => fileCounterNotice(db, req.actor, req.params.id, req.body),
  );
  app.post(
    '/api/credit/ip-notices/:id/decision',
    {
      schema: {
        tags,
        operationId: 'decideIpNotice',
        summary: 'A regulator upholds (listing stays down; credit event ip_infringement) or rejects (listing restored) the complaint',
        params: Id,
        body: credit.IpDecisionInput,
        response: { 200: IpNoticeSchema, ...errors(403, 404, 409) },
      },
    },
    async (req) => decideIpComplaint(db, req.actor, req.params.id, req.body),
  );
}
