/**
 * GET /api/notifications: the counts behind the header's badges for the
 * signed-in account, in one cheap request the UI polls gently (on navigation,
 * and every 60 s while the page is visible).
 */
import type { FastifyInstance } from 'fastify';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { DB } from '../../core/db/schema.ts';
import * as trade from '../../modules/trade/index.ts';
import { errors } from '../openapi.ts';
import { Role } from '../responses.ts';

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const same = <A, B>(_proof: Same<A, B>): void => {};
const count = (description: string) => z.number().int().min(0).meta({ description });

export const Notifications = z
  .object({
    role: Role,
    listLines: count('Buyer: lines in its purchase list'),
    inquiriesUnread: count('Buyer and merchant: inquiry messages from the other side not read yet; operator: reported threads'),
    ordersPlaced: count('Merchant: incoming orders waiting for its confirmation'),
    ordersToAct: count('Buyer: orders waiting for it (proposed changes, delivered orders to complete)'),
    rfqsUnseen: count('Merchant: open RFQs matched to it that it has not opened'),
    quotesOpen: count('Buyer: open quotes on its open RFQs'),
    disputesOpen: count('Operator: all open disputes; buyer and merchant: open disputes about its own orders'),
  })
  .meta({ id: 'Notifications', description: 'Counts for the signed-in account only; a count that does not apply to its role is 0' });
same<z.infer<typeof Notifications>, trade.Notifications>(true);

export async function notificationRoutes(app0: FastifyInstance, db: Kysely<DB>): Promise<void> {
  const app = app0.withTypeProvider<ZodTypeProvider>();
  app.get(
    '/api/notifications',
    {
      schema: {
        tags: ['trade'],
        operationId: 'getNotifications',
        summary: "What is waiting for the signed-in account (the header's badges): unread inquiries, new orders, unseen RFQs, open quotes and disputes",
        response: { 200: Notifications, ...errors(403) },
      },
    },
    async (req, reply) => {
      reply.header('cache-control', 'private, no-store');
      return trade.notifications(db, req.actor);
    },
  );
}
