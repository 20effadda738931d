import type { FastifyInstance } from 'fastify';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { DB } from '../../core/db/schema.ts';
import { requireRole } from '../../core/auth/actor.ts';
import * as service from '../../modules/service-desk/index.ts';
import { IdParams as Id } from './params.ts';
import { download, errors, XLSX } from '../openapi.ts';
import { sendSpreadsheet } from '../spreadsheet-reply.ts';
import { DispatchRule, ServiceDepartment, ServiceIndexRow, ServiceItem, ServiceItemPage, ServiceOverview, SweepResult } from '../responses-service.ts';

const CategoryParams = z.strictObject({ category: service.CategoryCode });
const ReportQuery = z.strictObject({ month: service.Month, lang: z.enum(['zh', 'en']).default('zh') });

/** The service desk (市场吹哨、部门报到), thin over src/modules/service-desk. */
export async function serviceRoutes(app0: FastifyInstance, db: Kysely<DB>): Promise<void> {
  const app = app0.withTypeProvider<ZodTypeProvider>();
  const tags = ['service desk'];
  app.get(
    '/api/service/departments',
    {
      schema: {
        tags,
        operationId: 'listServiceDepartments',
        summary: 'The departments problems are dispatched to',
        response: { 200: z.array(ServiceDepartment), ...errors(403) },
      },
    },
    async (req) => {
      requireRole(req.actor, 'operator', 'merchant', 'buyer', 'department', 'regulator');
      return service.listDepartments(db);
    },
  );
  app.get(
    '/api/service/rules',
    {
      schema: {
        tags,
        operationId: 'listServiceRules',
        summary: 'The dispatch rules: category → department, deadlines in hours',
        response: { 200: z.array(DispatchRule), ...errors(403) },
      },
    },
    async (req) => {
      requireRole(req.actor, 'operator', 'merchant', 'buyer', 'department', 'regulator');
      return service.listRules(db);
    },
  );
  app.put(
    '/api/service/rules/:category',
    {
      schema: {
        tags,
        operationId: 'setServiceRule',
        summary: "The operator sets a category's department and deadlines (applies to items raised afterwards)",
        params: CategoryParams,
        body: service.RuleInput,
        response: { 200: DispatchRule, ...errors(403) },
      },
    },
    async (req) => service.setRule(db, req.actor, req.params.category, req.body),
  );
  app.post(
    '/api/service/items',
    {
      schema: {
        tags,
        operationId: 'raiseServiceItem',
        summary: 'A merchant or a buyer raises a problem; it is dispatched by the rules with a deadline',
        body: service.RaiseInput,
        response: { 201: ServiceItem, ...errors(403) },
      },
    },
    async (req, reply) => reply.status(201).send(await service.raiseItem(db, req.actor, req.body)),
  );
  app.get(
    '/api/service/items',
    {
      schema: {
        tags,
        operationId: 'listServiceItems',
        summary: "Service items, newest first: a department's own, a raiser's own, all for the operator",
        querystring: service.ItemQuery,
        response: { 200: ServiceItemPage, ...errors(403) },
      },
    },
    async (req) => service.listItems(db, req.actor, req.query),
  );
  app.get(
    '/api/service/items/:id',
    {
      schema: {
        tags,
        operationId: 'getServiceItem',
        summary: 'One service item with every step',
        params: Id,
        response: { 200: ServiceItem, ...errors(403, 404) },
      },
    },
    async (req) => service.getItem(db, req.actor, req.params.id),
  );
  app.post(
    '/api/service/items/:id/actions',
    {
      schema: {
        tags,
        operationId: 'actOnServiceItem',
        summary: 'Move an item on: accept or reply (its department), confirm with a rating or reopen (its raiser), reassign (the operator)',
        description: 'An action not allowed from the state or for the caller is 409 ILLEGAL_TRANSITION with details.allowed.',
        params: Id,
        body: service.ActionInput,
        response: { 200: ServiceItem, ...errors(403, 404, 409) },
      },
    },
    async (req) => service.actOnItem(db, req.actor, req.params.id, req.body),
  );
  app.post(
    '/api/service/sweep',
    {
      schema: {
        tags,
        operationId: 'sweepServiceItems',
        summary: 'The operator runs the sweep now: escalate overdue items, close week-old unanswered replies (the server also runs it on a timer)',
        response: { 200: SweepResult, ...errors(403) },
      },
    },
    async (req) => service.runSweep(db, req.actor),
  );
  app.get(
    '/api/service/overview',
    {
      schema: {
        tags,
        operationId: 'getServiceOverview',
        summary: 'Items by state, overdue and escalated now, by department',
        response: { 200: ServiceOverview, ...errors(403) },
      },
    },
    async (req) => service.serviceOverview(db, req.actor),
  );
  app.get(
    '/api/service/index',
    {
      schema: {
        tags,
        operationId: 'getServiceIndex',
        summary: 'The service index by department and month (CST): on-time rate, reopen rate, mean rating, time to close',
        querystring: service.IndexQuery,
        response: { 200: z.array(ServiceIndexRow), ...errors(403) },
      },
    },
    async (req) => service.serviceIndex(db, req.actor, req.query),
  );
  app.get(
    '/api/service/report',
    {
      schema: {
        tags,
        operationId: 'downloadServiceReport',
        summary: "The month's service report as xlsx: the index by department and every item raised or closed in the month",
        querystring: ReportQuery,
        response: { 200: download('The monthly service report', [XLSX]), ...errors(403) },
      },
    },
    async (req, reply) =>
      sendSpreadsheet(reply, 'xlsx', `service-report-${req.query.month}`, await service.monthlyReport(db, req.actor, req.query.month, req.query.lang)),
  );
}
