/**
 * The prohibited/restricted list by HS code prefix (2, 4, 6, 8 or 10 digits).
 * Anyone may read it; the operator adds, changes and removes rules, and every
 * edit is kept (who, when, what) in proc_hs_rule_edits.
 */
import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { DB } from '../../core/db/schema.ts';
import { requireRole, type Actor } from '../../core/auth/index.ts';
import { AppError } from '../../core/errors.ts';
import { parseInput } from '../../core/validation.ts';
import { procDb, type HsRuleKind } from './tables.ts';

export const HsPrefix = z
  .string()
  .trim()
  .regex(/^(\d{2}|\d{4}|\d{6}|\d{8}|\d{10})$/, 'an HS prefix is 2, 4, 6, 8 or 10 digits');

export const HsRuleInput = z.strictObject({
  prefix: HsPrefix,
  kind: z.enum(['prohibited', 'restricted']),
  reasonZh: z.string().trim().min(1).max(500),
  reasonEn: z.string().trim().min(1).max(500),
  source: z.string().trim().min(1).max(300).optional(),
});
export type HsRuleInput = z.input<typeof HsRuleInput>;

export interface HsRule {
  prefix: string;
  kind: HsRuleKind;
  reasonZh: string;
  reasonEn: string;
  source: string | null;
  updatedAt: string;
}

export interface HsRuleEdit {
  seq: number;
  prefix: string;
  action: 'add' | 'update' | 'remove';
  kind: HsRuleKind | null;
  reasonZh: string | null;
  reasonEn: string | null;
  actorUserId: number | null;
  actorRole: string;
  at: string;
}

const iso = (d: Date | string): string => (d instanceof Date ? d.toISOString() : new Date(d).toISOString());

/** The whole list, by prefix (a few hundred rules at most). Public. */
export async function listHsRules(db0: Kysely<DB>): Promise<HsRule[]> {
  const rows = await procDb(db0).selectFrom('proc_hs_rules').selectAll().orderBy('prefix').execute();
  return rows.map((r) => ({ prefix: r.prefix, kind: r.kind, reasonZh: r.reason_zh, reasonEn: r.reason_en, source: r.source, updatedAt: iso(r.updated_at) }));
}

/** Add a rule, or change the one with that prefix (operator only); the edit is logged. */
export async function putHsRule(db0: Kysely<DB>, actor: Actor, raw: unknown): Promise<HsRule> {
  requireRole(actor, 'operator');
  const r = parseInput(HsRuleInput, raw);
  await db0.transaction().execute(async (t) => {
    const tx = procDb(t);
    const old = await tx.selectFrom('proc_hs_rules').select('prefix').where('prefix', '=', r.prefix).forUpdate().executeTakeFirst();
    const row = { kind: r.kind, reason_zh: r.reasonZh, reason_en: r.reasonEn, source: r.source ?? null, updated_at: new Date(), updated_by: actor.userId };
    if (old) await tx.updateTable('proc_hs_rules').set(row).where('prefix', '=', r.prefix).execute();
    else
      await tx
        .insertInto('proc_hs_rules')
        .values({ prefix: r.prefix, ...row })
        .execute();
    await tx
      .insertInto('proc_hs_rule_edits')
      .values({
        prefix: r.prefix,
        action: old ? 'update' : 'add',
        kind: r.kind,
        reason_zh: r.reasonZh,
        reason_en: r.reasonEn,
        actor_user_id: actor.userId,
        actor_role: actor.role,
      })
      .execute();
  });
  const all = await listHsRules(db0);
  return all.find((x) => x.prefix === r.prefix)!;
}

/** Remove a rule (operator only); the edit is logged. Throws `NOT_FOUND`. */
export async function removeHsRule(db0: Kysely<DB>, actor: Actor, rawPrefix: unknown): Promise<void> {
  requireRole(actor, 'operator');
  const prefix = parseInput(HsPrefix, rawPrefix, 'prefix');
  await db0.transaction().execute(async (t) => {
    const tx = procDb(t);
    const gone = await tx.deleteFrom('proc_hs_rules').where('prefix', '=', prefix).returning('prefix').executeTakeFirst();
    if (!gone) throw new AppError('NOT_FOUND', `no rule for HS prefix ${prefix}`);
    await tx
      .insertInto('proc_hs_rule_edits')
      .values({ prefix, action: 'remove', kind: null, reason_zh: null, reason_en: null, actor_user_id: actor.userId, actor_role: actor.role })
      .execute();
  });
}

/** The list's edit log, newest first (operator and customs). */
export async function hsRuleEdits(db0: Kysely<DB>, actor: Actor, limit = 200): Promise<HsRuleEdit[]> {
  requireRole(actor, 'operator', 'customs');
  const rows = await procDb(db0).selectFrom('proc_hs_rule_edits').selectAll().orderBy('seq', 'desc').limit(limit).execute();
  return rows.map((r) => ({
    seq: r.seq,
    prefix: r.prefix,
    action: r.action,
    kind: r.kind,
    reasonZh: r.reason_zh,
    reasonEn: r.reason_en,
    actorUserId: r.actor_user_id,
    actorRole: r.actor_role,
    at: iso(r.at),
  }));
}
