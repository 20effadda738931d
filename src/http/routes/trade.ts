import type { FastifyInstance } from 'fastify';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { DB } from '../../core/db/schema.ts';
import * as trade from '../../modules/trade/index.ts';
import type { LiveSearch } from '../../modules/search/index.ts';
import { matchRfq } from '../../flows/match-rfq.ts';
import { moveOrderAndObserve } from '../../flows/record-order.ts';
import { IndicativeQuery, indicativeOfList, indicativeOfPurchase } from '../../flows/indicative-amounts.ts';
import { IdParams as Id } from './params.ts';
import { errors, NoContent } from '../openapi.ts';
import {
  AcceptedQuote,
  Dispute,
  ResponseStats,
  Inbox,
  InquiryThread,
  Quote,
  Rfq,
  RfqList,
  listBody,
  Order,
  OrderPage,
  Purchase,
  PurchaseList,
} from '../responses-trade.ts';

const ProductParams = z.strictObject({ productId: z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER) });

/** The purchase list, checkout and merchant orders (thin over src/modules/trade). */
export async function tradeRoutes(app0: FastifyInstance, db: Kysely<DB>, search?: LiveSearch): Promise<void> {
  const app = app0.withTypeProvider<ZodTypeProvider>();
  const tags = ['trade'];
  app.get(
    '/api/purchase-list',
    {
      schema: {
        tags,
        operationId: 'getPurchaseList',
        summary: "The buyer's purchase list (进货单), priced at today's tiers and grouped into one order per merchant, with what is missing",
        description: '`currency=USD` adds `indicative`: the amounts in that currency at the rates in force (absent without a rate); never for settlement',
        querystring: IndicativeQuery,
        response: { 200: PurchaseList, ...errors(403) },
      },
    },
    async (req) => {
      const list = await trade.getList(db, req.actor);
      return { ...listBody(list), ...(await indicativeOfList(db, list, req.query)) };
    },
  );
  app.put(
    '/api/purchase-list/lines/:productId',
    {
      schema: {
        tags,
        operationId: 'setPurchaseListLine',
        summary: 'Add a product to the purchase list, or change its quantity',
        params: ProductParams,
        body: trade.LineInput,
        response: { 200: PurchaseList, ...errors(403, 404, 409) },
      },
    },
    async (req) => {
      await trade.setListLine(db, req.actor, req.params.productId, req.body);
      return listBody(await trade.getList(db, req.actor));
    },
  );
  app.delete(
    '/api/purchase-list/lines/:productId',
    {
      schema: {
        tags,
        operationId: 'removePurchaseListLine',
        summary: 'Remove a product from the purchase list',
        params: ProductParams,
        response: { 204: NoContent, ...errors(403) },
      },
    },
    async (req, reply) => {
      await trade.removeListLine(db, req.actor, req.params.productId);
      return reply.status(204).send();
    },
  );
  app.post(
    '/api/purchases',
    {
      schema: {
        tags,
        operationId: 'checkout',
        summary: 'Check out: one purchase split into one order per merchant, stock reserved. Idempotent by the Idempotency-Key header',
        headers: z.object({ 'idempotency-key': trade.IdempotencyKey }),
        body: trade.CheckoutInput,
        response: {
          201: Purchase.meta({ description: 'The purchase was made' }),
          200: Purchase.meta({ description: 'A retry: the purchase this key made before' }),
          ...errors(403, 409, 422),
        },
      },
    },
    async (req, reply) => {
      const { purchase, created } = await trade.checkout(db, req.actor, req.headers['idempotency-key'], req.body);
      return reply.status(created ? 201 : 200).send(purchase);
    },
  );
  app.get(
    '/api/purchases/:id',
    {
      schema: {
        tags,
        operationId: 'getPurchase',
        summary: 'One of your purchases with its merchant orders',
        description: '`currency=USD` adds `indicative`: the amounts in that currency at the rates in force (absent without a rate); never for settlement',
        params: Id,
        querystring: IndicativeQuery,
        response: { 200: Purchase, ...errors(403, 404) },
      },
    },
    async (req) => {
      const purchase = await trade.getPurchase(db, req.actor, req.params.id);
      return { ...purchase, ...(await indicativeOfPurchase(db, purchase, req.query)) };
    },
  );
  app.get(
    '/api/orders',
    {
      schema: {
        tags,
        operationId: 'listOrders',
        summary: "Orders: a buyer's own, a merchant's incoming, all for the operator; newest first",
        querystring: trade.OrderQuery,
        response: { 200: OrderPage, ...errors(403) },
      },
    },
    async (req) => trade.listOrders(db, req.actor, req.query),
  );
  app.get(
    '/api/orders/:id',
    {
      schema: {
        tags,
        operationId: 'getOrder',
        summary: 'One order with its lines, timeline and payments (its buyer, its merchant or the operator)',
        params: Id,
        response: { 200: Order, ...errors(403, 404) },
      },
    },
    async (req) => trade.getOrder(db, req.actor, req.params.id),
  );
  app.post(
    '/api/orders/:id/moves',
    {
      schema: {
        tags,
        operationId: 'moveOrder',
        summary:
          'Move an order on (confirm, propose changes, accept, decline, start production, ready, deliver, complete, cancel); only the role each step names',
        params: Id,
        body: trade.MoveInput,
        response: { 200: Order, ...errors(403, 404, 409) },
      },
    },
    async (req) => moveOrderAndObserve(db, req.actor, req.params.id, req.body),
  );
  app.post(
    '/api/orders/:id/payments',
    {
      schema: {
        tags,
        operationId: 'recordPayment',
        summary: 'Record a payment against an order (never cash); a deposit that reaches the deposit amount moves a confirmed order on',
        params: Id,
        body: trade.PaymentInput,
        response: { 200: Order, ...errors(403, 404, 409) },
      },
    },
    async (req) => trade.recordPayment(db, req.actor, req.params.id, req.body),
  );
  app.get(
    '/api/inquiries',
    {
      schema: {
        tags,
        operationId: 'listInquiries',
        summary: "The caller's inquiry inbox (a buyer's or a merchant's; the operator's holds reported threads), with unread counts",
        querystring: trade.InboxQuery,
        response: { 200: Inbox, ...errors(403) },
      },
    },
    async (req) => trade.inbox(db, req.actor, req.query),
  );
  app.post(
    '/api/inquiries',
    {
      schema: {
        tags,
        operationId: 'openInquiry',
        summary: 'A buyer asks a merchant about a product (productId) or its stall (merchantId)',
        body: trade.InquiryInput,
        response: { 201: InquiryThread, ...errors(403, 404) },
      },
    },
    async (req, reply) => reply.status(201).send(await trade.openInquiry(db, req.actor, req.body)),
  );
  app.get(
    '/api/inquiries/:id',
    {
      schema: {
        tags,
        operationId: 'getInquiry',
        summary: 'One thread with its messages and read receipts; reading marks it read for your side',
        params: Id,
        response: { 200: InquiryThread, ...errors(403, 404) },
      },
    },
    async (req) => trade.getInquiry(db, req.actor, req.params.id),
  );
  app.post(
    '/api/inquiries/:id/messages',
    {
      schema: {
        tags,
        operationId: 'postInquiryMessage',
        summary: 'Answer in a thread (its buyer or its merchant): text, attachments by URL, a product card',
        params: Id,
        body: trade.MessageInput,
        response: { 200: InquiryThread, ...errors(403, 404, 409) },
      },
    },
    async (req) => trade.postMessage(db, req.actor, req.params.id, req.body),
  );
  app.post(
    '/api/inquiries/:id/report',
    {
      schema: {
        tags,
        operationId: 'reportInquiry',
        summary: 'Report a thread to the market operator (who can read it from then on)',
        params: Id,
        body: trade.ReportInput,
        response: { 200: InquiryThread, ...errors(403, 404, 409) },
      },
    },
    async (req) => trade.reportInquiry(db, req.actor, req.params.id, req.body),
  );
  app.post(
    '/api/orders/:id/disputes',
    {
      schema: {
        tags,
        operationId: 'openDispute',
        summary: 'Open a dispute about an order (its buyer or its merchant), with evidence by URL',
        params: Id,
        body: trade.DisputeInput,
        response: { 201: Dispute, ...errors(403, 404, 409) },
      },
    },
    async (req, reply) => reply.status(201).send(await trade.openDispute(db, req.actor, req.params.id, req.body)),
  );
  app.get(
    '/api/disputes',
    {
      schema: {
        tags,
        operationId: 'listDisputes',
        summary: "Disputes: a party's own, all for the operator (open first)",
        response: { 200: z.array(Dispute), ...errors(403) },
      },
    },
    async (req) => trade.listDisputes(db, req.actor),
  );
  app.post(
    '/api/disputes/:id/resolution',
    {
      schema: {
        tags,
        operationId: 'resolveDispute',
        summary: 'The operator resolves a dispute: full refund (cancels the order), partial refund, or rejected',
        params: Id,
        body: trade.Resolution,
        response: { 200: Dispute, ...errors(403, 404, 409) },
      },
    },
    async (req) => trade.resolveDispute(db, req.actor, req.params.id, req.body),
  );
  app.post(
    '/api/rfqs',
    {
      schema: {
        tags,
        operationId: 'postRfq',
        summary: 'A buyer posts an RFQ; the platform matches merchants whose goods fit and notifies the top ones (货找人)',
        body: trade.RfqInput,
        response: { 201: Rfq, ...errors(403) },
      },
    },
    async (req, reply) => {
      const rfq = await trade.postRfq(db, req.actor, req.body);
      // While a first start builds the search index, matching runs once it is ready (the RFQ shows no matches until then).
      if (search?.isBuilding()) void search.ready.then(() => matchRfq(db, search, rfq.id)).catch((e) => req.log.warn({ err: e }, 'RFQ matching failed'));
      else if (search) await matchRfq(db, search, rfq.id);
      return reply.status(201).send(await trade.getRfq(db, req.actor, rfq.id));
    },
  );
  app.get(
    '/api/rfqs',
    {
      schema: {
        tags,
        operationId: 'listRfqs',
        summary: "RFQs: a buyer's own; those a merchant was matched to (unseen: its badge); all for the operator",
        response: { 200: RfqList, ...errors(403) },
      },
    },
    async (req) => trade.listRfqs(db, req.actor),
  );
  app.get(
    '/api/rfqs/:id',
    {
      schema: {
        tags,
        operationId: 'getRfq',
        summary: 'One RFQ: its buyer sees the matches with their reasons and every quote side by side; a matched merchant its own quote',
        params: Id,
        response: { 200: Rfq, ...errors(403, 404) },
      },
    },
    async (req) => trade.getRfq(db, req.actor, req.params.id),
  );
  app.put(
    '/api/rfqs/:id/quote',
    {
      schema: {
        tags,
        operationId: 'submitQuote',
        summary: 'A matched merchant quotes on an RFQ (or changes its open quote): tiers, MOQ, lead time, validity, Incoterm, samples',
        params: Id,
        body: trade.QuoteInput,
        response: { 200: Quote, ...errors(403, 404, 409) },
      },
    },
    async (req) => trade.submitQuote(db, req.actor, req.params.id, req.body),
  );
  app.post(
    '/api/quotes/:id/accept',
    {
      schema: {
        tags,
        operationId: 'acceptQuote',
        summary: "The buyer accepts a quote: it becomes an order at the quote's price for the RFQ's quantity; the other quotes are declined",
        params: Id,
        response: { 201: AcceptedQuote, ...errors(403, 404, 409) },
      },
    },
    async (req, reply) => reply.status(201).send(await trade.acceptQuote(db, req.actor, req.params.id)),
  );
  app.get(
    '/api/merchants/:id/response-time',
    {
      schema: {
        tags,
        operationId: 'merchantResponseTime',
        summary: "A merchant's inquiry record: how many of its last inquiries it answered, and its median first-response time (public, as on 1688)",
        security: [],
        params: Id,
        response: { 200: ResponseStats },
      },
    },
    async (req) => trade.responseStats(db, req.params.id),
  );
}
