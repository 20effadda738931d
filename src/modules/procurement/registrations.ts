/**
 * Registrations (备案) before trading under 1039: export agents (with their
 * customs registration code), foreign buyers (name, nationality, identity
 * document — the number private to the buyer, its agents, customs and the
 * operator) and merchants. Each has a status (active | suspended) with its
 * history, and the agents it belongs to (an agent registers its buyers and
 * merchants; registering one already on file links it to the agent).
 */
import type { Kysely, Transaction } from 'kysely';
import { z } from 'zod';
import type { DB } from '../../core/db/schema.ts';
import { requireRole, SYSTEM, type Actor } from '../../core/auth/index.ts';
import { AppError, notFound } from '../../core/errors.ts';
import { parseInput } from '../../core/validation.ts';
import { getEntity, registerEntity } from '../market/index.ts';
import { me, requireReader, seesAll } from './access.ts';
import { AccountInput, insertAccount } from './accounts.ts';
import { procDb, type DocumentType, type ProcDB, type RegistrationKind, type RegistrationStatus } from './tables.ts';

const Country = z.string().regex(/^[A-Z]{2}$/, 'ISO 3166-1 alpha-2 country code, e.g. AE');

export const RegistrationInput = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('agent'),
    entityId: z.number().int().positive(),
    /** The agent's customs registration code (海关注册编码, 10 characters). */
    customsCode: z.string().regex(/^[0-9A-Z]{10}$/, 'a customs registration code is 10 digits or capital letters'),
    account: AccountInput.optional(),
  }),
  z.strictObject({
    kind: z.literal('buyer'),
    /** An existing buyer entity, or none to create one from `name` and `nationality`. */
    entityId: z.number().int().positive().optional(),
    name: z.string().trim().min(1).max(200).optional(),
    nationality: Country,
    documentType: z.enum(['passport', 'id_card', 'travel_permit', 'other']),
    documentNumber: z
      .string()
      .trim()
      .regex(/^[0-9A-Za-z-]{3,40}$/, 'a document number is 3 to 40 letters, digits or dashes'),
    /** The registering agent (the operator names it; an agent is itself). */
    agentId: z.number().int().positive().optional(),
  }),
  z.strictObject({
    kind: z.literal('merchant'),
    entityId: z.number().int().positive(),
    agentId: z.number().int().positive().optional(),
    account: AccountInput.optional(),
  }),
]);
export type RegistrationInput = z.input<typeof RegistrationInput>;

export interface RegistrationEvent {
  seq: number;
  at: string;
  actorRole: string;
  status: RegistrationStatus;
  reason: string | null;
}

export interface Registration {
  entityId: number;
  kind: RegistrationKind;
  name: string;
  country: string;
  status: RegistrationStatus;
  customsCode: string | null;
  nationality: string | null;
  documentType: DocumentType | null;
  /** Full for the buyer, its agents, customs and the operator; masked (first 2 and last 2 characters) for anyone else. */
  documentNumber: string | null;
  documentMasked: boolean;
  agentIds: number[];
  registeredAt: string;
  history?: RegistrationEvent[];
}

/** `E12345678` → `E1*****78`. */
export function maskDocument(n: string): string {
  if (n.length <= 4) return '*'.repeat(n.length);
  return n.slice(0, 2) + '*'.repeat(n.length - 4) + n.slice(-2);
}

/** May the actor read this buyer's document number? */
export function seesDocument(actor: Actor, entityId: number, agentIds: readonly number[]): boolean {
  if (seesAll(actor)) return true;
  if (actor.entityId === entityId) return true;
  return actor.role === 'agent' && actor.entityId !== null && agentIds.includes(actor.entityId);
}

const iso = (d: Date | string): string => (d instanceof Date ? d.toISOString() : new Date(d).toISOString());

async function appendEvent(tx: Transaction<ProcDB>, actor: Actor, entityId: number, status: RegistrationStatus, reason: string | null) {
  const last = await tx
    .selectFrom('proc_registration_events')
    .select((eb) => eb.fn.max('seq').as('seq'))
    .where('entity_id', '=', entityId)
    .executeTakeFirst();
  await tx
    .insertInto('proc_registration_events')
    .values({ entity_id: entityId, seq: (last?.seq ?? 0) + 1, actor_user_id: actor.userId, actor_role: actor.role, status, reason })
    .execute();
}

/** The registering agent: an agent is itself (and must be an active registered agent); the operator names one or none. */
async function registeringAgent(tx: Transaction<ProcDB>, actor: Actor, named: number | undefined): Promise<number | null> {
  const id = actor.role === 'agent' ? me(actor) : (named ?? null);
  if (actor.role === 'agent' && named !== undefined && named !== id) throw new AppError('FORBIDDEN', 'an agent registers parties for itself only');
  if (id === null) return null;
  const a = await tx.selectFrom('proc_registrations').select(['kind', 'status']).where('entity_id', '=', id).executeTakeFirst();
  if (a?.kind !== 'agent') throw new AppError('NOT_QUALIFIED', `entity ${id} is not a registered export agent`, { reason: 'AGENT_UNREGISTERED', entityId: id });
  if (a.status !== 'active') throw new AppError('NOT_QUALIFIED', `export agent ${id} is suspended`, { reason: 'AGENT_SUSPENDED', entityId: id });
  return id;
}

async function checkEntityKind(db: Kysely<DB>, entityId: number, kind: RegistrationKind): Promise<{ name: string; country: string }> {
  const e = await getEntity(db, entityId);
  if (e.kind !== kind) throw new AppError('VALIDATION', `entity ${entityId} is a ${e.kind}, not a ${kind}`);
  return { name: e.nameZh ?? e.nameEn ?? `#${e.id}`, country: e.country };
}

/**
 * Register a party for 1039. Agents: operator only. Buyers and merchants: an
 * active registered agent (linked to itself) or the operator (naming the agent,
 * `agentId`); a merchant may also register itself. Registering a party already
 * on file links it to the agent (a buyer's document must then match), else
 * `DUPLICATE`. Throws `NOT_QUALIFIED` (`details.reason`: AGENT_UNREGISTERED,
 * AGENT_SUSPENDED), `VALIDATION`, `NOT_FOUND` (entity), `FORBIDDEN`.
 * @example
 * ```ts
 * await register(db, agent, { kind: 'buyer', name: 'Ahmed Ali', nationality: 'AE', documentType: 'passport', documentNumber: 'P1234567' });
 * ```
 */
export async function register(db0: Kysely<DB>, actor: Actor, raw: unknown): Promise<Registration> {
  const input = parseInput(RegistrationInput, raw);
  if (input.kind === 'agent') requireRole(actor, 'operator');
  else if (input.kind === 'merchant') {
    requireRole(actor, 'operator', 'agent', 'merchant');
    if (actor.role === 'merchant' && (input.entityId !== actor.entityId || input.agentId !== undefined)) {
      throw new AppError('FORBIDDEN', 'a merchant registers itself only');
    }
  } else requireRole(actor, 'operator', 'agent');
  const entityId = await db0.transaction().execute(async (t) => {
    const tx = procDb(t);
    const agentId = input.kind === 'agent' ? null : await registeringAgent(tx, actor, input.agentId);
    let id: number;
    let who: { name: string; country: string };
    if (input.kind === 'buyer' && input.entityId === undefined) {
      if (!input.name) throw new AppError('VALIDATION', 'name: give the buyer’s name (or entityId of a buyer on file)');
      const e = await registerEntity(t, SYSTEM, { kind: 'buyer', nameEn: input.name, country: input.nationality });
      id = e.id;
      who = { name: input.name, country: input.nationality };
    } else {
      id = input.entityId!;
      who = await checkEntityKind(t, id, input.kind);
      if (input.kind === 'buyer') who = { name: input.name ?? who.name, country: input.nationality };
    }
    const existing = await tx.selectFrom('proc_registrations').selectAll().where('entity_id', '=', id).executeTakeFirst();
    if (existing) {
      const linked =
        agentId !== null &&
        !(await tx.selectFrom('proc_registration_agents').select('agent_id').where('entity_id', '=', id).where('agent_id', '=', agentId).executeTakeFirst());
      if (input.kind === 'buyer' && (existing.document_number !== input.documentNumber || existing.nationality !== input.nationality)) {
        throw new AppError('CONFLICT', `buyer ${id} is registered with another identity document`);
      }
      if (!linked) throw new AppError('DUPLICATE', `entity ${id} is already registered`);
      await tx.insertInto('proc_registration_agents').values({ entity_id: id, agent_id: agentId! }).execute();
      return id;
    }
    await tx
      .insertInto('proc_registrations')
      .values({
        entity_id: id,
        kind: input.kind,
        name: who.name,
        country: who.country,
        customs_code: input.kind === 'agent' ? input.customsCode : null,
        nationality: input.kind === 'buyer' ? input.nationality : null,
        document_type: input.kind === 'buyer' ? input.documentType : null,
        document_number: input.kind === 'buyer' ? input.documentNumber : null,
        registered_by: actor.userId,
      })
      .execute();
    if (agentId !== null) await tx.insertInto('proc_registration_agents').values({ entity_id: id, agent_id: agentId }).execute();
    await appendEvent(tx, actor, id, 'active', 'registered');
    if (input.kind !== 'buyer' && input.account) await insertAccount(tx, id, input.account);
    return id;
  });
  return getRegistration(db0, actor, entityId);
}

export const StatusInput = z.strictObject({
  status: z.enum(['active', 'suspended']),
  reason: z.string().trim().min(1).max(1000),
});

/** Suspend or reactivate a registration (operator only), kept in its history. Throws `NOT_FOUND`, `CONFLICT` (already so). */
export async function setRegistrationStatus(db0: Kysely<DB>, actor: Actor, entityId: number, raw: unknown): Promise<Registration> {
  requireRole(actor, 'operator');
  const input = parseInput(StatusInput, raw);
  await db0.transaction().execute(async (t) => {
    const tx = procDb(t);
    const r = await tx.selectFrom('proc_registrations').select('status').where('entity_id', '=', entityId).forUpdate().executeTakeFirst();
    if (!r) throw notFound('registration', entityId);
    if (r.status === input.status) throw new AppError('CONFLICT', `registration ${entityId} is already ${input.status}`);
    await tx.updateTable('proc_registrations').set({ status: input.status }).where('entity_id', '=', entityId).execute();
    await appendEvent(tx, actor, entityId, input.status, input.reason);
  });
  return getRegistration(db0, actor, entityId);
}

export const RegistrationQuery = z.strictObject({
  kind: z.enum(['agent', 'buyer', 'merchant']).optional(),
  status: z.enum(['active', 'suspended']).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
});

function scoped(db: Kysely<ProcDB>, actor: Actor) {
  requireReader(actor);
  const base = db.selectFrom('proc_registrations as r');
  if (seesAll(actor)) return base;
  const id = me(actor);
  if (actor.role === 'agent')
    return base.where((eb) =>
      eb.or([eb('r.entity_id', '=', id), eb('r.entity_id', 'in', eb.selectFrom('proc_registration_agents').select('entity_id').where('agent_id', '=', id))]),
    );
  return base.where('r.entity_id', '=', id);
}

const COLUMNS = [
  'r.entity_id',
  'r.kind',
  'r.status',
  'r.customs_code',
  'r.nationality',
  'r.document_type',
  'r.document_number',
  'r.registered_at',
  'r.name',
  'r.country',
] as const;

interface RegistrationRow {
  entity_id: number;
  kind: RegistrationKind;
  status: RegistrationStatus;
  customs_code: string | null;
  nationality: string | null;
  document_type: DocumentType | null;
  document_number: string | null;
  registered_at: Date | string;
  name: string;
  country: string;
}

async function toViews(db: Kysely<ProcDB>, actor: Actor, rows: RegistrationRow[]): Promise<Registration[]> {
  const ids = rows.map((r) => r.entity_id);
  const links = ids.length
    ? await db.selectFrom('proc_registration_agents').select(['entity_id', 'agent_id']).where('entity_id', 'in', ids).orderBy('agent_id').execute()
    : [];
  return rows.map((r) => {
    const agentIds = links.filter((l) => l.entity_id === r.entity_id).map((l) => l.agent_id);
    const full = r.document_number === null || seesDocument(actor, r.entity_id, agentIds);
    return {
      entityId: r.entity_id,
      kind: r.kind,
      name: r.name,
      country: r.country,
      status: r.status,
      customsCode: r.customs_code,
      nationality: r.nationality,
      documentType: r.document_type,
      documentNumber: r.document_number === null ? null : full ? r.document_number : maskDocument(r.document_number),
      documentMasked: !full,
      agentIds,
      registeredAt: iso(r.registered_at),
    };
  });
}

function scopedSelect(db: Kysely<ProcDB>, actor: Actor) {
  return scoped(db, actor).select([...COLUMNS]);
}

/** Registrations the actor may read (operator, customs: all; agent: itself and its parties; others: their own). */
export async function listRegistrations(db0: Kysely<DB>, actor: Actor, raw: unknown = {}): Promise<{ items: Registration[]; total: number }> {
  const q = parseInput(RegistrationQuery, raw, 'query');
  const db = procDb(db0);
  let base = scoped(db, actor);
  if (q.kind) base = base.where('r.kind', '=', q.kind);
  if (q.status) base = base.where('r.status', '=', q.status);
  const [rows, count] = await Promise.all([
    base
      .select([...COLUMNS])
      .orderBy('r.entity_id')
      .limit(q.limit)
      .offset(q.offset)
      .execute(),
    base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { items: await toViews(db, actor, rows), total: Number(count.n) };
}

/** One registration with its status history, if the actor may read it. Throws `NOT_FOUND` (absent or not yours). */
export async function getRegistration(db0: Kysely<DB>, actor: Actor, entityId: number): Promise<Registration> {
  const db = procDb(db0);
  const row = await scopedSelect(db, actor).where('r.entity_id', '=', entityId).executeTakeFirst();
  if (!row) throw new AppError('NOT_FOUND', `registration ${entityId} does not exist or is not yours`);
  const [view] = await toViews(db, actor, [row]);
  const events = await db.selectFrom('proc_registration_events').selectAll().where('entity_id', '=', entityId).orderBy('seq').execute();
  return { ...view!, history: events.map((e) => ({ seq: e.seq, at: iso(e.at), actorRole: e.actor_role, status: e.status, reason: e.reason })) };
}

/** Registration facts for qualification (no access check: the caller has done it). */
export async function registrationFacts(
  db0: Kysely<DB>,
  ids: readonly number[],
): Promise<Map<number, { kind: RegistrationKind; status: RegistrationStatus; agentIds: number[] }>> {
  const db = procDb(db0);
  const out = new Map<number, { kind: RegistrationKind; status: RegistrationStatus; agentIds: number[] }>();
  if (ids.length === 0) return out;
  const rows = await db
    .selectFrom('proc_registrations')
    .select(['entity_id', 'kind', 'status'])
    .where('entity_id', 'in', [...ids])
    .execute();
  const links = await db
    .selectFrom('proc_registration_agents')
    .select(['entity_id', 'agent_id'])
    .where('entity_id', 'in', [...ids])
    .execute();
  for (const r of rows)
    out.set(r.entity_id, { kind: r.kind, status: r.status, agentIds: links.filter((l) => l.entity_id === r.entity_id).map((l) => l.agent_id) });
  return out;
}
