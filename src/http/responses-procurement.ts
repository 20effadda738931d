/**
 * Response schemas of the market procurement (1039) API, checked against the
 * procurement module's types at compile time like src/http/responses-trade.ts.
 */
import { z } from 'zod';
import type * as procurement from '../modules/procurement/index.ts';

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const same = <A, B>(_proof: Same<A, B>): void => {};
const int = () => z.number().int();
const minor = () => z.number().int().meta({ description: 'Minor units of the currency (fen for CNY)' });
const page = <T extends z.ZodType>(item: T, id: string) => z.object({ items: z.array(item), total: int() }).meta({ id });

export const Registration = z
  .object({
    entityId: int(),
    kind: z.enum(['agent', 'buyer', 'merchant']),
    name: z.string(),
    country: z.string(),
    status: z.enum(['active', 'suspended']),
    customsCode: z.string().nullable().meta({ description: "The agent's customs registration code (海关注册编码)" }),
    nationality: z.string().nullable().meta({ description: "The buyer's nationality, ISO 3166-1 alpha-2" }),
    documentType: z.enum(['passport', 'id_card', 'travel_permit', 'other']).nullable(),
    documentNumber: z.string().nullable().meta({ description: 'Full for the buyer, its agents, customs and the operator; masked (E1*****78) for others' }),
    documentMasked: z.boolean(),
    agentIds: z.array(int()).meta({ description: 'The export agents the party is registered with' }),
    registeredAt: z.string(),
    history: z
      .array(z.object({ seq: int(), at: z.string(), actorRole: z.string(), status: z.enum(['active', 'suspended']), reason: z.string().nullable() }))
      .optional(),
  })
  .meta({ id: 'ProcurementRegistration', description: 'A party registered for market procurement (1039)' });
same<z.infer<typeof Registration>, procurement.Registration>(true);
export const RegistrationPage = page(Registration, 'ProcurementRegistrationPage');

export const Account = z
  .object({ id: int(), ownerId: int(), bank: z.string(), accountNumber: z.string(), currency: z.string(), active: z.boolean() })
  .meta({ id: 'SettlementAccount', description: 'A registered settlement account of an agent or a merchant' });
same<z.infer<typeof Account>, procurement.SettlementAccount>(true);

export const HsRule = z
  .object({
    prefix: z.string().meta({ description: 'HS code prefix of 2, 4, 6, 8 or 10 digits' }),
    kind: z.enum(['prohibited', 'restricted']),
    reasonZh: z.string(),
    reasonEn: z.string(),
    source: z.string().nullable(),
    updatedAt: z.string(),
  })
  .meta({ id: 'HsRule' });
same<z.infer<typeof HsRule>, procurement.HsRule>(true);

export const HsRuleEdit = z
  .object({
    seq: int(),
    prefix: z.string(),
    action: z.enum(['add', 'update', 'remove']),
    kind: z.enum(['prohibited', 'restricted']).nullable(),
    reasonZh: z.string().nullable(),
    reasonEn: z.string().nullable(),
    actorUserId: int().nullable(),
    actorRole: z.string(),
    at: z.string(),
  })
  .meta({ id: 'HsRuleEdit' });
same<z.infer<typeof HsRuleEdit>, procurement.HsRuleEdit>(true);

export const TradeRecord = z
  .object({
    id: int(),
    agentEntityId: int(),
    buyerEntityId: int(),
    merchantEntityId: int(),
    orderId: int(),
    lines: z.array(
      z.object({
        orderLineId: int().meta({ description: "The order line's number within the order" }),
        productId: int().nullable(),
        hs: z.string(),
        goodsName: z.string(),
        quantity: int(),
        unit: z.string(),
        valueMinor: minor(),
        currency: z.string(),
        restricted: z.boolean(),
      }),
    ),
    status: z.enum(['recorded', 'cancelled']),
    restricted: z.boolean(),
    licenceRef: z.string().nullable(),
    currency: z.string(),
    totalMinor: minor(),
    recordedOn: z.string(),
    createdAt: z.string(),
  })
  .meta({ id: 'TradeRecord', description: 'A 1039 trade record: an order (lines) tied to a registered merchant, buyer and agent' });
same<z.infer<typeof TradeRecord>, procurement.TradeRecord>(true);
export const TradeRecordPage = page(TradeRecord, 'TradeRecordPage');

export const ProcPayment = z
  .object({
    id: int(),
    agentId: int(),
    buyerId: int(),
    accountId: int(),
    collectorId: int().meta({ description: 'The registered agent or merchant whose account received it' }),
    method: z.string(),
    reference: z.string(),
    amountMinor: minor(),
    currency: z.string(),
    receivedOn: z.string(),
    allocatedMinor: minor(),
    allocations: z.array(z.object({ orderId: int(), merchantId: int(), amountMinor: minor(), currency: z.string() })),
  })
  .meta({ id: 'ProcurementPayment', description: "A buyer's payment (never cash) and its allocation to merchants' orders" });
same<z.infer<typeof ProcPayment>, procurement.ProcPaymentView>(true);
export const ProcPaymentPage = page(ProcPayment, 'ProcurementPaymentPage');

export const MerchantBalance = z
  .object({
    merchantId: int(),
    merchantName: z.string(),
    currency: z.string(),
    records: int(),
    owedMinor: minor(),
    paidMinor: minor(),
    outstandingMinor: minor(),
  })
  .meta({ id: 'MerchantBalance', description: 'What a merchant is owed under trade records and was paid, in one currency' });
same<z.infer<typeof MerchantBalance>, procurement.MerchantBalance>(true);

export const VatReport = z
  .object({
    month: z.string(),
    fileIn: z.string().meta({ description: 'The month the exemption is filed in (the month after)' }),
    rows: z.array(z.object({ merchantId: int(), merchantName: z.string(), currency: z.string(), records: int(), lines: int(), salesMinor: minor() })),
  })
  .meta({ id: 'VatExemptReport', description: 'Monthly per-merchant VAT-exempt (免征不退) export sales' });
same<z.infer<typeof VatReport>, procurement.VatReport>(true);
