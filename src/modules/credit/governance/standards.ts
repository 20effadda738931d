/**
 * Standards shown (亮标): a merchant declares, for its own product, the
 * standards it meets — national (GB, mandatory), national recommended (GB/T),
 * industry (e.g. QB/T), group (T/…) or enterprise (Q/…) — each with its
 * number and year, format-checked. The declarations are public on the product
 * and list products per standard (a filter). An inspection that finds a
 * product below a standard it declared records the credit event
 * `below_declared_standard`.
 */
import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { DB } from '../../../core/db/schema.ts';
import { requireRole, type Actor } from '../../../core/auth/actor.ts';
import { AppError, notFound } from '../../../core/errors.ts';
import { parseInput } from '../../../core/validation.ts';
import { getProduct } from '../../catalog/index.ts';
import { recordCreditEvent } from '../events.ts';
import { today } from '../scores.ts';
import { audit } from './audit.ts';
import { govDb, type StandardKind } from './tables.ts';

const NUM = String.raw`\d{1,6}(?:\.\d{1,3}){0,2}-(?:19[5-9]\d|20\d\d)`;
/** The number format of each kind of standard (after normalising spaces, full-width slashes and dashes). */
export const STANDARD_FORMATS: Readonly<Record<StandardKind, RegExp>> = {
  national: new RegExp(`^GB ${NUM}$`),
  national_recommended: new RegExp(`^GB/T ${NUM}$`),
  industry: new RegExp(`^(?!GB)[A-Z]{2}(?:/T)? ${NUM}$`),
  group: new RegExp(`^T/[A-Z0-9]{2,12} ${NUM}$`),
  enterprise: new RegExp(`^Q/[A-Z0-9]{2,20} ${NUM}$`),
};

/** "gb/t  1234—2008" → "GB/T 1234-2008". */
export function normaliseStandardCode(code: string): string {
  return code
    .normalize('NFKC')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/\s*\/\s*/g, '/')
    .replace(/\s+/g, ' ')
    .trim()
    .toUpperCase()
    .replace(/^([A-Z/0-9]+?)(\d)/, '$1 $2');
}

export const StandardInput = z
  .strictObject({
    kind: z.enum(['national', 'national_recommended', 'industry', 'group', 'enterprise']),
    code: z
      .string()
      .max(60)
      .transform(normaliseStandardCode)
      .meta({ description: 'e.g. GB 4806.9-2016, GB/T 1234-2008, QB/T 2332-2017, T/ZZB 0001-2018, Q/YW 001-2023' }),
    title: z.string().trim().min(1).max(200).optional(),
  })
  .superRefine((s, ctx) => {
    if (!STANDARD_FORMATS[s.kind].test(s.code))
      ctx.addIssue({ code: 'custom', path: ['code'], message: `"${s.code}" is not the number of a ${s.kind} standard` });
  });
export const StandardCheckInput = z.strictObject({
  result: z.enum(['meets', 'below']),
  inspectedOn: z.iso.date(),
  evidenceRef: z.string().trim().min(1).max(500),
  note: z.string().trim().max(2000).optional(),
});

export interface DeclaredStandard {
  id: number;
  productId: number;
  merchantId: number;
  kind: StandardKind;
  code: string;
  title: string | null;
  declaredAt: string;
}

const toStd = (r: {
  id: number;
  product_id: number;
  merchant_id: number;
  kind: StandardKind;
  code: string;
  title: string | null;
  declared_at: Date;
}): DeclaredStandard => ({
  id: r.id,
  productId: r.product_id,
  merchantId: r.merchant_id,
  kind: r.kind,
  code: r.code,
  title: r.title,
  declaredAt: r.declared_at.toISOString(),
});
const COLS = ['id', 'product_id', 'merchant_id', 'kind', 'code', 'title', 'declared_at'] as const;

/** The merchant of a product the actor may declare for (its own merchant only). */
async function ownProduct(db: Kysely<DB>, actor: Actor, productId: number): Promise<number> {
  requireRole(actor, 'merchant');
  const p = await getProduct(db, actor, productId);
  if (p.merchant.id !== actor.entityId) throw notFound('product of yours', productId);
  return p.merchant.id;
}

/** A merchant declares a standard its own product meets (DUPLICATE when declared already). */
export async function declareStandard(db: Kysely<DB>, actor: Actor, productId: number, raw: unknown): Promise<DeclaredStandard> {
  const merchantId = await ownProduct(db, actor, productId);
  const s = parseInput(StandardInput, raw);
  return db.transaction().execute(async (tx) => {
    const row = await govDb(tx)
      .insertInto('credit_standards')
      .values({ product_id: productId, merchant_id: merchantId, kind: s.kind, code: s.code, title: s.title ?? null })
      .returning(COLS)
      .executeTakeFirstOrThrow();
    await audit(tx, actor, 'standard.declare', merchantId, null, { standardId: row.id, productId, code: s.code, kind: s.kind });
    return toStd(row);
  });
}

/** The merchant withdraws a declaration (it stays on record, no longer shown). */
export async function withdrawStandard(db: Kysely<DB>, actor: Actor, standardId: number): Promise<void> {
  requireRole(actor, 'merchant');
  const s = await govDb(db).selectFrom('credit_standards').select(['product_id', 'merchant_id']).where('id', '=', standardId).executeTakeFirst();
  if (!s || s.merchant_id !== actor.entityId) throw notFound('declared standard', standardId);
  const productId = s.product_id;
  const merchantId = s.merchant_id;
  await db.transaction().execute(async (tx) => {
    const r = await govDb(tx)
      .updateTable('credit_standards')
      .set({ withdrawn_at: new Date() })
      .where('id', '=', standardId)
      .where('withdrawn_at', 'is', null)
      .returning('id')
      .executeTakeFirst();
    if (!r) throw notFound('declared standard', standardId);
    await audit(tx, actor, 'standard.withdraw', merchantId, null, { standardId, productId });
  });
}

/** The standards declared on a product (public). */
export async function productStandards(db: Kysely<DB>, productId: number): Promise<DeclaredStandard[]> {
  const rows = await govDb(db)
    .selectFrom('credit_standards')
    .select(COLS)
    .where('product_id', '=', productId)
    .where('withdrawn_at', 'is', null)
    .orderBy('id')
    .execute();
  return rows.map(toStd);
}

/** Product ids that declare a standard (public; the filter "meets GB/T 1234-2008"). */
export async function productsMeeting(db: Kysely<DB>, code: string, limit = 1000): Promise<number[]> {
  const rows = await govDb(db)
    .selectFrom('credit_standards')
    .select('product_id')
    .where('code', '=', normaliseStandardCode(code))
    .where('withdrawn_at', 'is', null)
    .orderBy('product_id')
    .limit(limit)
    .execute();
  return rows.map((r) => r.product_id);
}

/** An inspector's finding on a declared standard; `below` records the credit event against the merchant. */
export async function recordStandardCheck(
  db: Kysely<DB>,
  actor: Actor,
  standardId: number,
  raw: unknown,
): Promise<{ checkId: number; result: 'meets' | 'below'; eventId: number | null }> {
  requireRole(actor, 'regulator');
  const c = parseInput(StandardCheckInput, raw);
  if (c.inspectedOn > today()) throw new AppError('VALIDATION', 'inspectedOn: after today');
  return db.transaction().execute(async (tx) => {
    const s = await govDb(tx).selectFrom('credit_standards').selectAll().where('id', '=', standardId).executeTakeFirst();
    if (!s) throw notFound('declared standard', standardId);
    const check = await govDb(tx)
      .insertInto('credit_standard_checks')
      .values({
        standard_id: standardId,
        merchant_id: s.merchant_id,
        product_id: s.product_id,
        result: c.result,
        inspected_on: c.inspectedOn,
        evidence_ref: c.evidenceRef,
        note: c.note ?? null,
        recorded_by: actor.userId,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    let eventId: number | null = null;
    if (c.result === 'below') {
      eventId = (
        await recordCreditEvent(tx, actor, {
          entityId: s.merchant_id,
          source: 'inspection',
          kind: 'below_declared_standard',
          occurredOn: c.inspectedOn,
          evidenceRef: c.evidenceRef,
          externalId: `standard-check:${check.id}`,
          note: `product ${s.product_id} below ${s.code}${c.note ? `: ${c.note}` : ''}`.slice(0, 2000),
        })
      ).id;
      await govDb(tx).updateTable('credit_standard_checks').set({ event_id: eventId }).where('id', '=', check.id).execute();
    }
    await audit(tx, actor, 'standard.check', s.merchant_id, c.note ?? null, {
      standardId,
      productId: s.product_id,
      result: c.result,
      eventId,
      evidenceRef: c.evidenceRef,
    });
    return { checkId: check.id, result: c.result, eventId };
  });
}

/** A merchant's own declarations on all its products. */
export async function merchantStandards(db: Kysely<DB>, actor: Actor): Promise<DeclaredStandard[]> {
  requireRole(actor, 'merchant');
  const rows = await govDb(db)
    .selectFrom('credit_standards')
    .select(COLS)
    .where('merchant_id', '=', actor.entityId ?? -1)
    .where('withdrawn_at', 'is', null)
    .orderBy('product_id')
    .orderBy('id')
    .limit(5000)
    .execute();
  return rows.map(toStd);
}
