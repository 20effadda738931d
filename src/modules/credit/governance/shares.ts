/**
 * Consented sharing: an entity grants a party (a bank that is an entity on
 * the platform, or a named party holding a token) read access to its credit
 * report for a period. Every read is logged with who and from where, and the
 * entity sees the log. The token is shown once; only its SHA-256 is kept.
 */
import { createHash, randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { DB } from '../../../core/db/schema.ts';
import { requireRole, type Actor } from '../../../core/auth/actor.ts';
import { AppError, forbidden, notFound } from '../../../core/errors.ts';
import { parseInput } from '../../../core/validation.ts';
import { creditStanding, type CreditStanding } from '../scores.ts';
import { audit } from './audit.ts';
import { blacklistWarning } from './blacklist.ts';
import { redListBadges } from './redlist.ts';
import { govDb } from './tables.ts';

export const ShareInput = z.strictObject({
  granteeName: z.string().trim().min(2).max(200).meta({ description: 'Who may read, as the entity names it (e.g. 义乌农商银行 credit department)' }),
  granteeEntityId: z.number().int().positive().optional().meta({ description: "The grantee's entity on the platform: its users may read without the token" }),
  purpose: z.string().trim().max(500).optional(),
  validTo: z.iso.datetime({ offset: true }).meta({ description: 'End of the access (at most one year ahead)' }),
});

export interface Share {
  id: number;
  granteeName: string;
  granteeEntityId: number | null;
  purpose: string | null;
  validFrom: string;
  validTo: string;
  revokedAt: string | null;
  active: boolean;
}
export interface ShareRead {
  id: number;
  shareId: number;
  at: string;
  reader: string;
  address: string | null;
}
export interface SharedReport {
  entityId: number;
  standing: CreditStanding;
  blacklisted: { rule: string; reason: string; listedAt: string } | null;
  redList: { year: number; category: string; rank: number }[];
  sharedWith: string;
  validTo: string;
}

const sha = (t: string) => createHash('sha256').update(t).digest('hex');
const toShare = (r: {
  id: number;
  grantee_name: string;
  grantee_entity_id: number | null;
  purpose: string | null;
  valid_from: Date;
  valid_to: Date | string;
  revoked_at: Date | null;
}): Share => {
  const to = new Date(r.valid_to);
  return {
    id: r.id,
    granteeName: r.grantee_name,
    granteeEntityId: r.grantee_entity_id,
    purpose: r.purpose,
    validFrom: r.valid_from.toISOString(),
    validTo: to.toISOString(),
    revokedAt: r.revoked_at?.toISOString() ?? null,
    active: r.revoked_at === null && to.getTime() > Date.now() && r.valid_from.getTime() <= Date.now(),
  };
};
const COLS = ['id', 'grantee_name', 'grantee_entity_id', 'purpose', 'valid_from', 'valid_to', 'revoked_at'] as const;

function ownEntity(actor: Actor): number {
  requireRole(actor, 'merchant', 'buyer', 'agent');
  if (actor.entityId === null) throw forbidden('your account acts for no entity');
  return actor.entityId;
}

/** Grant access; the answer carries the token once (give it to the grantee). */
export async function grantShare(db: Kysely<DB>, actor: Actor, raw: unknown): Promise<Share & { token: string }> {
  const entityId = ownEntity(actor);
  const s = parseInput(ShareInput, raw);
  const to = new Date(s.validTo);
  if (to.getTime() <= Date.now()) throw new AppError('VALIDATION', 'validTo: must be in the future');
  if (to.getTime() > Date.now() + 366 * 86_400_000) throw new AppError('VALIDATION', 'validTo: at most one year ahead');
  const token = randomBytes(24).toString('base64url');
  return db.transaction().execute(async (tx) => {
    const row = await govDb(tx)
      .insertInto('credit_shares')
      .values({
        entity_id: entityId,
        grantee_name: s.granteeName,
        grantee_entity_id: s.granteeEntityId ?? null,
        token_sha256: sha(token),
        purpose: s.purpose ?? null,
        valid_to: to,
      })
      .returning(COLS)
      .executeTakeFirstOrThrow();
    await audit(tx, actor, 'share.grant', entityId, s.purpose ?? null, {
      shareId: row.id,
      grantee: s.granteeName,
      granteeEntityId: s.granteeEntityId ?? null,
      validTo: to.toISOString(),
    });
    return { ...toShare(row), token };
  });
}

/** Revoke a grant of one's own. */
export async function revokeShare(db: Kysely<DB>, actor: Actor, id: number): Promise<Share> {
  const entityId = ownEntity(actor);
  return db.transaction().execute(async (tx) => {
    const row = await govDb(tx)
      .updateTable('credit_shares')
      .set({ revoked_at: new Date() })
      .where('id', '=', id)
      .where('entity_id', '=', entityId)
      .where('revoked_at', 'is', null)
      .returning(COLS)
      .executeTakeFirst();
    if (!row) throw notFound('active share of yours', id);
    await audit(tx, actor, 'share.revoke', entityId, null, { shareId: id });
    return toShare(row);
  });
}

/** One's own grants and the log of every read. */
export async function listShares(db: Kysely<DB>, actor: Actor): Promise<{ shares: Share[]; reads: ShareRead[] }> {
  const entityId = ownEntity(actor);
  const g = govDb(db);
  const [shares, reads] = await Promise.all([
    g.selectFrom('credit_shares').select(COLS).where('entity_id', '=', entityId).orderBy('id', 'desc').execute(),
    g.selectFrom('credit_share_reads').selectAll().where('entity_id', '=', entityId).orderBy('id', 'desc').limit(1000).execute(),
  ]);
  return {
    shares: shares.map(toShare),
    reads: reads.map((r) => ({ id: r.id, shareId: r.share_id, at: r.at.toISOString(), reader: r.reader, address: r.address })),
  };
}

/**
 * Read a shared report: with the grant's token, or as a signed-in user of the grantee entity naming the grant.
 * The read is logged before the report is answered. A grant that is unknown, revoked or out of its period is NOT_FOUND.
 */
export async function readSharedReport(db: Kysely<DB>, actor: Actor, how: { token?: string; shareId?: number; address?: string }): Promise<SharedReport> {
  const g = govDb(db);
  let q = g.selectFrom('credit_shares').selectAll().where('revoked_at', 'is', null).where('valid_to', '>', new Date()).where('valid_from', '<=', new Date());
  let reader: string;
  if (how.token) q = q.where('token_sha256', '=', sha(how.token));
  else if (how.shareId !== undefined && actor.entityId !== null && actor.role !== 'anonymous') {
    q = q.where('id', '=', how.shareId).where('grantee_entity_id', '=', actor.entityId);
  } else throw new AppError('UNAUTHENTICATED', 'send the share token (X-Credit-Share-Token) or sign in as the grantee and name the share');
  const share = await q.executeTakeFirst();
  if (!share) throw notFound('active credit share', how.shareId ?? 'for this token');
  if (how.token) reader = `${share.grantee_name} (token)`;
  else reader = `${share.grantee_name} (user ${actor.userId}, entity ${actor.entityId})`;
  await g
    .insertInto('credit_share_reads')
    .values({ share_id: share.id, entity_id: share.entity_id, reader, address: how.address ?? null })
    .execute();
  const warn = await blacklistWarning(db, share.entity_id);
  return {
    entityId: share.entity_id,
    standing: await creditStanding(db, share.entity_id),
    blacklisted: warn ? { rule: warn.rule, reason: warn.reason, listedAt: warn.listedAt } : null,
    redList: await redListBadges(db, share.entity_id),
    sharedWith: share.grantee_name,
    validTo: new Date(share.valid_to).toISOString(),
  };
}
