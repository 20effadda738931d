import type { FastifyInstance } from 'fastify';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { DB } from '../../core/db/schema.ts';
import * as proc from '../../modules/procurement/index.ts';
import { recordTrade, TradeRecordInput, type IsBlacklisted } from '../../flows/record-trade.ts';
import { IdParams as Id } from './params.ts';
import { download, errors, NoContent, XLSX } from '../openapi.ts';
import { sendSpreadsheet } from '../spreadsheet-reply.ts';
import {
  Account,
  HsRule,
  HsRuleEdit,
  MerchantBalance,
  ProcPayment,
  ProcPaymentPage,
  Registration,
  RegistrationPage,
  TradeRecord,
  TradeRecordPage,
  VatReport,
} from '../responses-procurement.ts';

const PrefixParams = z.strictObject({ prefix: proc.HsPrefix });
const RuleBody = proc.HsRuleInput.omit({ prefix: true });
const VatQuery = z.strictObject({ month: proc.VatMonth });

/**
 * Market procurement (1039): registrations, settlement accounts, the HS list,
 * trade records, payments, balances and the VAT-exempt report (thin over
 * src/modules/procurement and src/flows/record-trade.ts). `isBlacklisted`
 * answers whether a merchant is on the market's blacklist (default: the credit
 * module's; tests pass their own).
 */
export async function procurementRoutes(app0: FastifyInstance, db: Kysely<DB>, isBlacklisted?: IsBlacklisted): Promise<void> {
  const app = app0.withTypeProvider<ZodTypeProvider>();
  const tags = ['procurement'];
  app.get(
    '/api/procurement/registrations',
    {
      schema: {
        tags,
        operationId: 'listProcurementRegistrations',
        summary: 'Registrations the caller may read (operator, customs: all; an agent: itself and its parties; others: their own)',
        querystring: proc.RegistrationQuery,
        response: { 200: RegistrationPage, ...errors(403) },
      },
    },
    (req) => proc.listRegistrations(db, req.actor, req.query),
  );
  app.post(
    '/api/procurement/registrations',
    {
      schema: {
        tags,
        operationId: 'registerProcurementParty',
        summary: 'Register an agent (operator), a buyer or merchant (its agent or the operator), or a merchant itself',
        body: proc.RegistrationInput,
        response: { 201: Registration, ...errors(403, 404, 409, 422) },
      },
    },
    async (req, reply) => reply.status(201).send(await proc.register(db, req.actor, req.body)),
  );
  app.get(
    '/api/procurement/registrations/:id',
    {
      schema: {
        tags,
        operationId: 'getProcurementRegistration',
        summary: 'One registration with its status history (the buyer document number masked for those who may not read it)',
        params: Id,
        response: { 200: Registration, ...errors(403, 404) },
      },
    },
    (req) => proc.getRegistration(db, req.actor, req.params.id),
  );
  app.post(
    '/api/procurement/registrations/:id/status',
    {
      schema: {
        tags,
        operationId: 'setProcurementRegistrationStatus',
        summary: 'Suspend or reactivate a registration, with the reason (operator)',
        params: Id,
        body: proc.StatusInput,
        response: { 200: Registration, ...errors(403, 404, 409) },
      },
    },
    (req) => proc.setRegistrationStatus(db, req.actor, req.params.id, req.body),
  );
  app.get(
    '/api/procurement/accounts',
    {
      schema: {
        tags,
        operationId: 'listSettlementAccounts',
        summary: 'Settlement accounts the caller may read',
        querystring: proc.AccountQuery,
        response: { 200: z.array(Account), ...errors(403) },
      },
    },
    (req) => proc.listAccounts(db, req.actor, req.query),
  );
  app.post(
    '/api/procurement/accounts',
    {
      schema: {
        tags,
        operationId: 'addSettlementAccount',
        summary: 'Register a settlement account of a registered agent or merchant',
        body: proc.NewAccountInput,
        response: { 201: Account, ...errors(403, 404, 409, 422) },
      },
    },
    async (req, reply) => reply.status(201).send(await proc.addAccount(db, req.actor, req.body)),
  );
  app.get(
    '/api/procurement/hs-rules',
    {
      schema: { tags, operationId: 'listHsRules', summary: 'The prohibited/restricted list by HS prefix (public)', response: { 200: z.array(HsRule) } },
    },
    () => proc.listHsRules(db),
  );
  app.get(
    '/api/procurement/hs-rules/edits',
    {
      schema: {
        tags,
        operationId: 'listHsRuleEdits',
        summary: "The HS list's edits, newest first (operator, customs)",
        response: { 200: z.array(HsRuleEdit), ...errors(403) },
      },
    },
    (req) => proc.hsRuleEdits(db, req.actor),
  );
  app.put(
    '/api/procurement/hs-rules/:prefix',
    {
      schema: {
        tags,
        operationId: 'putHsRule',
        summary: 'Add or change the rule for an HS prefix (operator; the edit is logged)',
        params: PrefixParams,
        body: RuleBody,
        response: { 200: HsRule, ...errors(403) },
      },
    },
    (req) => proc.putHsRule(db, req.actor, { ...req.body, prefix: req.params.prefix }),
  );
  app.delete(
    '/api/procurement/hs-rules/:prefix',
    {
      schema: {
        tags,
        operationId: 'removeHsRule',
        summary: 'Remove the rule for an HS prefix (operator; the edit is logged)',
        params: PrefixParams,
        response: { 204: NoContent, ...errors(403, 404) },
      },
    },
    async (req, reply) => {
      await proc.removeHsRule(db, req.actor, req.params.prefix);
      return reply.status(204).send();
    },
  );
  app.get(
    '/api/procurement/trade-records',
    {
      schema: {
        tags,
        operationId: 'listTradeRecords',
        summary: 'Trade records the caller may read (agent, merchant, buyer: their own; operator, customs: all)',
        querystring: proc.RecordQuery,
        response: { 200: TradeRecordPage, ...errors(403) },
      },
    },
    (req) => proc.listTradeRecords(db, req.actor, req.query),
  );
  app.post(
    '/api/procurement/trade-records',
    {
      schema: {
        tags,
        operationId: 'recordTrade',
        summary: 'Record a 1039 trade for (lines of) an order; goods that do not qualify are refused with the reasons (422 NOT_QUALIFIED)',
        description:
          'details.reason is a stable code: CASH_PAYMENT, MERCHANT_UNREGISTERED, MERCHANT_SUSPENDED, MERCHANT_BLACKLISTED, BUYER_UNREGISTERED, BUYER_SUSPENDED, AGENT_UNREGISTERED, AGENT_SUSPENDED, NOT_YOUR_BUYER, HS_PROHIBITED, HS_MISSING, LICENCE_REQUIRED; details.reasons lists every one',
        body: TradeRecordInput,
        response: { 201: TradeRecord, ...errors(403, 404, 409, 422) },
      },
    },
    async (req, reply) => reply.status(201).send(await recordTrade(db, req.actor, req.body, isBlacklisted)),
  );
  app.get(
    '/api/procurement/trade-records/:id',
    {
      schema: {
        tags,
        operationId: 'getTradeRecord',
        summary: 'One trade record, if it is yours',
        params: Id,
        response: { 200: TradeRecord, ...errors(403, 404) },
      },
    },
    (req) => proc.getTradeRecord(db, req.actor, req.params.id),
  );
  app.get(
    '/api/procurement/payments',
    {
      schema: {
        tags,
        operationId: 'listProcurementPayments',
        summary: "Buyers' payments the caller may read (a merchant: into its accounts or allocated to its orders)",
        querystring: proc.PaymentQuery,
        response: { 200: ProcPaymentPage, ...errors(403) },
      },
    },
    (req) => proc.listProcPayments(db, req.actor, req.query),
  );
  app.post(
    '/api/procurement/payments',
    {
      schema: {
        tags,
        operationId: 'recordProcurementPayment',
        summary: "Record a buyer's payment into a registered settlement account (never cash), optionally allocated",
        description:
          'Refusals (422 NOT_QUALIFIED, details.reason): CASH_PAYMENT, AGENT_UNREGISTERED, BUYER_UNREGISTERED, NOT_YOUR_BUYER, COLLECTOR_UNREGISTERED, ACCOUNT_CLOSED, CURRENCY_MISMATCH, NO_TRADE_RECORD',
        body: proc.ProcPaymentInput,
        response: { 201: ProcPayment, ...errors(403, 404, 409, 422) },
      },
    },
    async (req, reply) => reply.status(201).send(await proc.recordProcPayment(db, req.actor, req.body)),
  );
  app.get(
    '/api/procurement/payments/:id',
    {
      schema: {
        tags,
        operationId: 'getProcurementPayment',
        summary: 'One payment, if the caller may read it',
        params: Id,
        response: { 200: ProcPayment, ...errors(403, 404) },
      },
    },
    (req) => proc.getProcPayment(db, req.actor, req.params.id),
  );
  app.post(
    '/api/procurement/payments/:id/allocations',
    {
      schema: {
        tags,
        operationId: 'allocateProcurementPayment',
        summary: "Allocate (more of) a payment to merchants' orders under trade records; never more than the payment",
        params: Id,
        body: proc.AllocateInput,
        response: { 200: ProcPayment, ...errors(403, 404, 409, 422) },
      },
    },
    (req) => proc.allocate(db, req.actor, req.params.id, req.body),
  );
  app.get(
    '/api/procurement/balances',
    {
      schema: {
        tags,
        operationId: 'listMerchantBalances',
        summary: 'What each merchant is owed under trade records and was paid, per currency (a merchant: its own)',
        querystring: proc.BalanceQuery,
        response: { 200: z.array(MerchantBalance), ...errors(403) },
      },
    },
    (req) => proc.merchantBalances(db, req.actor, req.query),
  );
  app.get(
    '/api/procurement/vat-report',
    {
      schema: {
        tags,
        operationId: 'getVatExemptReport',
        summary: 'Monthly per-merchant VAT-exempt (免征不退) export sales (operator, customs: all; an agent: its records; a merchant: its own)',
        querystring: VatQuery,
        response: { 200: VatReport, ...errors(403) },
      },
    },
    (req) => proc.vatReport(db, req.actor, req.query.month),
  );
  app.get(
    '/api/procurement/vat-report.xlsx',
    {
      schema: {
        tags,
        operationId: 'downloadVatExemptReport',
        summary: 'The monthly VAT-exempt export sales report as a workbook',
        querystring: VatQuery.extend({ lang: z.enum(['zh', 'en']).default('zh') }),
        response: { 200: download('The report as xlsx', [XLSX]), ...errors(403) },
      },
    },
    async (req, reply) => {
      const r = await proc.vatReport(db, req.actor, req.query.month);
      return sendSpreadsheet(reply, 'xlsx', `vat-exempt-${r.month}`, await proc.vatReportXlsx(r, req.query.lang));
    },
  );
}
