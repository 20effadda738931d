/**
 * Inquiries (询盘): a buyer asks one merchant about a product or its stall.
 * A thread of messages (text, attachments by URL, a product card), each with
 * its language; read receipts per party; the merchant's first-response time
 * (a ranking and credit signal); an inbox with unread counts for both sides.
 * The operator sees a thread only once one of its parties has reported it.
 */
import { z } from 'zod';
import { sql, type Kysely } from 'kysely';
import type { DB } from '../../core/db/schema.ts';
import { requireRole, type Actor } from '../../core/auth/actor.ts';
import { AppError } from '../../core/errors.ts';
import { parseInput } from '../../core/validation.ts';
import { productTerms } from '../catalog/index.ts';
import { getEntity } from '../market/index.ts';
import { tradeDb, type TradeDB } from './tables.ts';
import { emitTradeEvent } from './events.ts';
import { detectLang } from './message-language.ts';

const Url = z
  .string()
  .max(2000)
  .refine((u) => /^https?:\/\/[^\s/$.?#][^\s]*$/i.test(u), 'an attachment is an http(s) URL');
const Attachment = z.strictObject({ url: Url, name: z.string().trim().min(1).max(200).nullable().default(null) });
const Lang = z.string().regex(/^[a-z]{2,3}$/, 'a language is an ISO 639 code such as zh, en, ar');

export const MessageInput = z.strictObject({
  body: z.string().trim().min(1, 'a message needs some text').max(5000),
  lang: Lang.optional(),
  attachments: z.array(Attachment).max(5).default([]),
  /** A product card in the message (one of the merchant's products). */
  productId: z.number().int().positive().optional(),
});

export const InquiryInput = MessageInput.extend({
  /** Ask about this product (its merchant receives the inquiry) … */
  productId: z.number().int().positive().optional(),
  /** … or ask this merchant directly (its stall). */
  merchantId: z.number().int().positive().optional(),
  subject: z.string().trim().min(1).max(200).optional(),
});

export const ReportInput = z.strictObject({ reason: z.string().trim().min(1).max(1000) });

export const InboxQuery = z.strictObject({
  unread: z.enum(['true', 'false']).optional(),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
  /** The threads after this point of the list (the previous page's `nextCursor`); `page` is then ignored. */
  after: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z~\d{1,18}$/, 'a cursor is the nextCursor of the previous page')
    .optional(),
});

type Party = 'buyer' | 'merchant';

export interface InquiryMessageView {
  seq: number;
  sender: Party;
  body: string;
  lang: string;
  attachments: { url: string; name: string | null }[];
  productId: number | null;
  sentAt: string;
  /** Whether the other party has read it (read receipt). */
  read: boolean;
}
export interface InquirySummary {
  id: number;
  buyerId: number;
  merchantId: number;
  productId: number | null;
  subject: string;
  status: 'open' | 'closed';
  firstResponseSeconds: number | null;
  reported: boolean;
  lastMessageAt: string;
  createdAt: string;
  /** Messages from the other party the caller has not read (0 for the operator). */
  unread: number;
  lastMessage: { sender: Party; body: string } | null;
}
export interface InquiryThread extends InquirySummary {
  messages: InquiryMessageView[];
  report: { by: Party; reason: string; at: string } | null;
}

const iso = (d: Date | string): string => (d instanceof Date ? d.toISOString() : new Date(d).toISOString());

function partyOf(actor: Actor): Party {
  requireRole(actor, 'buyer', 'merchant');
  if (actor.entityId === null) throw new AppError('FORBIDDEN', 'this account is not linked to a market entity');
  return actor.role as Party;
}

async function loadVisible(db: Kysely<TradeDB>, actor: Actor, id: number) {
  requireRole(actor, 'buyer', 'merchant', 'operator');
  const t = await db.selectFrom('inquiries').selectAll().where('id', '=', id).executeTakeFirst();
  const mine = t && ((actor.role === 'buyer' && t.buyer_id === actor.entityId) || (actor.role === 'merchant' && t.merchant_id === actor.entityId));
  const reportedForOperator = t && actor.role === 'operator' && t.reported_at !== null;
  if (!t || !(mine || reportedForOperator)) throw new AppError('NOT_FOUND', `inquiry ${id} does not exist or is not yours`);
  return t;
}

async function appendMessage(
  db: Kysely<TradeDB>,
  actor: Actor,
  t: { id: number; merchant_id: number; created_at: Date | string; first_response_seconds: number | null },
  party: Party,
  m: z.infer<typeof MessageInput>,
): Promise<void> {
  if (m.productId !== undefined) {
    const p = (await productTerms(db as unknown as Kysely<DB>, [m.productId])).get(m.productId);
    if (!p || p.merchantId !== t.merchant_id)
      throw new AppError('VALIDATION', `product ${m.productId} is not one of this merchant's products`, { field: 'productId' });
  }
  await db.transaction().execute(async (tx) => {
    // Lock the thread: messages get consecutive numbers, the first response is set once.
    const cur = await tx.selectFrom('inquiries').select(['first_response_seconds', 'created_at']).where('id', '=', t.id).forUpdate().executeTakeFirstOrThrow();
    const { n } = await tx
      .selectFrom('inquiry_messages')
      .select((eb) => eb.fn.max('seq').as('n'))
      .where('inquiry_id', '=', t.id)
      .executeTakeFirstOrThrow();
    const seq = Number(n ?? 0) + 1;
    const now = new Date();
    await tx
      .insertInto('inquiry_messages')
      .values({
        inquiry_id: t.id,
        seq,
        merchant_id: t.merchant_id,
        sender: party,
        sender_user_id: actor.userId,
        body: m.body,
        lang: m.lang ?? detectLang(m.body),
        attachments: JSON.stringify(m.attachments),
        product_id: m.productId ?? null,
        sent_at: now,
      })
      .execute();
    const set: Record<string, unknown> = { last_message_at: now };
    if (party === 'merchant' && cur.first_response_seconds === null) {
      const seconds = Math.max(0, Math.round((now.getTime() - new Date(cur.created_at).getTime()) / 1000));
      set.first_response_seconds = seconds;
      await emitTradeEvent(tx, { entityId: t.merchant_id, kind: 'inquiry_answered', inquiryId: t.id, detail: { seconds } });
    }
    await tx.updateTable('inquiries').set(set).where('id', '=', t.id).execute();
    // The sender has read everything up to its own message.
    await tx
      .insertInto('inquiry_reads')
      .values({ inquiry_id: t.id, party, merchant_id: t.merchant_id, last_read_seq: seq, read_at: now })
      .onConflict((oc) => oc.columns(['inquiry_id', 'party']).doUpdateSet({ last_read_seq: seq, read_at: now }))
      .execute();
  });
}

/**
 * A buyer opens an inquiry about a product (its merchant receives it) or to a merchant directly.
 * @example
 * ```ts
 * const t = await openInquiry(db, buyer, { productId: 12, body: '500 pcs in blue, FOB Ningbo?' });
 * t.merchantId; // the product's merchant
 * ```
 */
export async function openInquiry(db0: Kysely<DB>, actor: Actor, raw: unknown): Promise<InquiryThread> {
  if (partyOf(actor) !== 'buyer') throw new AppError('FORBIDDEN', 'inquiries are opened by buyers; a merchant answers them');
  const input = parseInput(InquiryInput, raw);
  const db = tradeDb(db0);
  let merchantId = input.merchantId;
  let subject = input.subject;
  if (input.productId !== undefined) {
    const p = (await productTerms(db0, [input.productId])).get(input.productId);
    if (!p?.active) throw new AppError('NOT_FOUND', `product ${input.productId} does not exist or is not for sale`);
    if (merchantId !== undefined && merchantId !== p.merchantId)
      throw new AppError('VALIDATION', `product ${input.productId} belongs to merchant ${p.merchantId}, not ${merchantId}`, { field: 'merchantId' });
    merchantId = p.merchantId;
    subject ??= p.titleZh ?? p.titleEn ?? p.sku;
  }
  if (merchantId === undefined)
    throw new AppError('VALIDATION', 'say which product (productId) or which merchant (merchantId) the inquiry is for', { field: 'productId' });
  const e = await getEntity(db0, merchantId).catch(() => null);
  if (e?.kind !== 'merchant') throw new AppError('NOT_FOUND', `merchant ${merchantId} does not exist`);
  subject ??= input.body.slice(0, 60);
  const t = await db
    .insertInto('inquiries')
    .values({
      buyer_id: actor.entityId!,
      merchant_id: merchantId,
      product_id: input.productId ?? null,
      subject,
      first_response_seconds: null,
      reported_at: null,
      reported_by: null,
      report_reason: null,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  await appendMessage(db, actor, t, 'buyer', input);
  return getInquiry(db0, actor, t.id);
}

/** Post a message in a thread (its buyer or its merchant). */
export async function postMessage(db0: Kysely<DB>, actor: Actor, id: number, raw: unknown): Promise<InquiryThread> {
  const party = partyOf(actor);
  const input = parseInput(MessageInput, raw);
  const db = tradeDb(db0);
  const t = await loadVisible(db, actor, id);
  if (t.status === 'closed') throw new AppError('CONFLICT', `inquiry ${id} is closed`);
  await appendMessage(db, actor, t, party, input);
  return getInquiry(db0, actor, id);
}

/** A thread with its messages; reading it marks it read for the caller's side (not for the operator). */
export async function getInquiry(db0: Kysely<DB>, actor: Actor, id: number): Promise<InquiryThread> {
  const db = tradeDb(db0);
  const t = await loadVisible(db, actor, id);
  const messages = await db.selectFrom('inquiry_messages').selectAll().where('inquiry_id', '=', id).orderBy('seq').execute();
  const last = messages.at(-1)?.seq ?? 0;
  const party: Party | null = actor.role === 'buyer' || actor.role === 'merchant' ? actor.role : null;
  if (party && last > 0)
    await db
      .insertInto('inquiry_reads')
      .values({ inquiry_id: id, party, merchant_id: t.merchant_id, last_read_seq: last })
      .onConflict((oc) =>
        oc
          .columns(['inquiry_id', 'party'])
          .doUpdateSet({ last_read_seq: sql`greatest(inquiry_reads.last_read_seq, excluded.last_read_seq)`, read_at: new Date() }),
      )
      .execute();
  const reads = await db.selectFrom('inquiry_reads').select(['party', 'last_read_seq']).where('inquiry_id', '=', id).execute();
  const readUpTo = (p: Party) => reads.find((r) => r.party === p)?.last_read_seq ?? 0;
  const lastMsg = messages.at(-1);
  return {
    ...summary(t, 0, lastMsg ? { sender: lastMsg.sender, body: lastMsg.body } : null),
    messages: messages.map((m) => ({
      seq: m.seq,
      sender: m.sender,
      body: m.body,
      lang: m.lang,
      attachments: m.attachments,
      productId: m.product_id,
      sentAt: iso(m.sent_at),
      read: readUpTo(m.sender === 'buyer' ? 'merchant' : 'buyer') >= m.seq,
    })),
    report: t.reported_at && t.reported_by ? { by: t.reported_by, reason: t.report_reason ?? '', at: iso(t.reported_at) } : null,
  };
}

function summary(
  t: {
    id: number;
    buyer_id: number;
    merchant_id: number;
    product_id: number | null;
    subject: string;
    status: 'open' | 'closed';
    first_response_seconds: number | null;
    reported_at: Date | null;
    last_message_at: Date | string;
    created_at: Date | string;
  },
  unread: number,
  lastMessage: InquirySummary['lastMessage'],
): InquirySummary {
  return {
    id: t.id,
    buyerId: t.buyer_id,
    merchantId: t.merchant_id,
    productId: t.product_id,
    subject: t.subject,
    status: t.status,
    firstResponseSeconds: t.first_response_seconds,
    reported: t.reported_at !== null,
    lastMessageAt: iso(t.last_message_at),
    createdAt: iso(t.created_at),
    unread,
    lastMessage,
  };
}

/**
 * The caller's inbox, most recent activity first, each thread with its unread count and last
 * message; `unreadTotal` is what a badge shows. The operator's inbox holds the reported threads.
 * Pages by `page` or, at any depth in constant time, by `after` = the previous page's `nextCursor`
 * (keyset on last activity and id). Unread counts are kept on the thread rows (migration 012), the
 * last message on the thread and a party's totals in `inquiry_counts` (migration 025), so neither a
 * message nor a thread is counted here (the operator's reported threads still are).
 */
export async function inbox(
  db0: Kysely<DB>,
  actor: Actor,
  raw: unknown,
): Promise<{ items: InquirySummary[]; total: number; unreadTotal: number; page: number; pageSize: number; nextCursor: string | null }> {
  requireRole(actor, 'buyer', 'merchant', 'operator');
  const q = parseInput(InboxQuery, raw);
  const db = tradeDb(db0);
  const party: Party | null = actor.role === 'operator' ? null : partyOf(actor);
  const unreadCol = party === 'buyer' ? sql<number>`i.buyer_unread` : party === 'merchant' ? sql<number>`i.merchant_unread` : sql<number>`0`;
  let base = db.selectFrom('inquiries as i');
  if (party === 'buyer') base = base.where('i.buyer_id', '=', actor.entityId!);
  else if (party === 'merchant') base = base.where('i.merchant_id', '=', actor.entityId!);
  else base = base.where('i.reported_at', 'is not', null);
  let page = base;
  if (q.unread === 'true') page = page.where(sql<boolean>`${unreadCol} > 0`);
  if (q.after) {
    const [at, id] = q.after.split('~') as [string, string];
    page = page.where(sql<boolean>`(i.last_message_at, i.id) < (${at}::timestamptz, ${Number(id)}::bigint)`);
  }
  const [rows, counts] = await Promise.all([
    page
      .selectAll('i')
      .select([
        unreadCol.as('unread'),
        sql<string>`to_char(i.last_message_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`.as('cursor_at'),
        // kept on the thread by the trigger that counts a new message (migration 025)
        sql<string | null>`i.last_message`.as('last_message'),
      ])
      .orderBy('i.last_message_at', 'desc')
      .orderBy('i.id', 'desc')
      .limit(q.pageSize + 1)
      .offset(q.after ? 0 : (q.page - 1) * q.pageSize)
      .execute(),
    party === null
      ? base
          .select([
            sql<number>`count(*)`.as('n'),
            sql<number>`coalesce(sum(${unreadCol}), 0)`.as('u'),
            sql<number>`count(*) filter (where ${unreadCol} > 0)`.as('nu'),
          ])
          .executeTakeFirstOrThrow()
      : // a party's totals are kept per party (migration 025)
        sql<{ n: number; u: number; nu: number }>`select coalesce(sum(threads), 0)::bigint as n, coalesce(sum(unread_messages), 0)::bigint as u,
            coalesce(sum(unread_threads), 0)::bigint as nu from inquiry_counts where party_id = ${actor.entityId!} and party = ${party}`
          .execute(db)
          .then((r) => r.rows[0]!),
  ]);
  const more = rows.length > q.pageSize;
  const items = rows.slice(0, q.pageSize);
  const lastOf = (v: string | null): InquirySummary['lastMessage'] => {
    if (v === null) return null;
    const i = v.indexOf(':');
    const body = v.slice(i + 1);
    return { sender: v.slice(0, i) as Party, body: body.length > 140 ? `${body.slice(0, 139)}…` : body };
  };
  const lastItem = items.at(-1);
  return {
    items: items.map((r) => summary(r, Number(r.unread), lastOf(r.last_message))),
    total: Number(q.unread === 'true' ? counts.nu : counts.n),
    unreadTotal: Number(counts.u ?? 0),
    page: q.after ? 1 : q.page,
    pageSize: q.pageSize,
    nextCursor: more && lastItem ? `${lastItem.cursor_at}~${lastItem.id}` : null,
  };
}

/** Either party reports a thread (abuse, fraud): from then on the operator can read it. */
export async function reportInquiry(db0: Kysely<DB>, actor: Actor, id: number, raw: unknown): Promise<InquiryThread> {
  const party = partyOf(actor);
  const { reason } = parseInput(ReportInput, raw);
  const db = tradeDb(db0);
  const t = await loadVisible(db, actor, id);
  if (t.reported_at) throw new AppError('CONFLICT', `inquiry ${id} has already been reported`);
  await db.updateTable('inquiries').set({ reported_at: new Date(), reported_by: party, report_reason: reason }).where('id', '=', id).execute();
  return getInquiry(db0, actor, id);
}

/**
 * A merchant's response record over its last `window` inquiries: how many were answered and the
 * median first-response time in seconds (null when none was answered). A ranking and credit signal.
 */
export async function responseStats(
  db0: Kysely<DB>,
  merchantId: number,
  window = 200,
): Promise<{ inquiries: number; answered: number; medianSeconds: number | null }> {
  const rows = await tradeDb(db0)
    .selectFrom('inquiries')
    .select('first_response_seconds')
    .where('merchant_id', '=', merchantId)
    .orderBy('id', 'desc')
    .limit(window)
    .execute();
  const answered = rows
    .map((r) => r.first_response_seconds)
    .filter((s): s is number => s !== null)
    .sort((a, b) => a - b);
  const mid = answered.length >> 1;
  const median = answered.length === 0 ? null : answered.length % 2 ? answered[mid]! : Math.round((answered[mid - 1]! + answered[mid]!) / 2);
  return { inquiries: rows.length, answered: answered.length, medianSeconds: median };
}
