/**
 * Random inspection campaigns (双随机 + 信用): a regulator defines who may be
 * drawn (the population), how many, the draw rate per class and the
 * inspectors; the seed is fixed and recorded when the campaign is defined,
 * before anyone knows who will be drawn. Drawing freezes the population with
 * each entity's class at that moment, runs `draw()` (draw.ts) and records the
 * list with SHA-256 digests of population and draw; `verifyCampaign` re-runs
 * the draw from the recorded inputs and says whether it matches. Results come
 * back as credit events (source 'inspection').
 */
import { randomInt } from 'node:crypto';
import type { Kysely, Transaction } from 'kysely';
import { z } from 'zod';
import type { DB } from '../../../core/db/schema.ts';
import { requireRole, type Actor } from '../../../core/auth/actor.ts';
import { AppError, notFound } from '../../../core/errors.ts';
import { parseInput } from '../../../core/validation.ts';
import { entityIdsOfKind, listStalls } from '../../market/index.ts';
import { audit } from './audit.ts';
import { currentClasses } from '../scores.ts';
import { CLASSES, DRAW_ALGORITHM, draw, drawSha, populationSha, type Drawn } from './draw.ts';
import { govDb, type CampaignStatus, type ClassRates, type CreditClass, type Population } from './tables.ts';

const Rate = z.number().min(0).max(1);
export const CampaignInput = z.strictObject({
  name: z.string().trim().min(3).max(200),
  population: z.strictObject({
    kind: z.enum(['merchant', 'buyer', 'agent']),
    district: z.number().int().min(1).max(99).optional().meta({ description: 'Only the current stall holders of this district (merchants)' }),
  }),
  size: z.number().int().min(1).max(1_000_000).nullable().default(null).meta({ description: 'How many to draw in all (null: as the rates give)' }),
  rates: z.strictObject({ A: Rate, B: Rate, C: Rate, D: Rate }).refine((r) => r.A <= r.B && r.B <= r.C && r.C <= r.D, {
    message: 'rates must not fall from A to D (A lowest, D highest)',
  }),
  inspectors: z.array(z.string().trim().min(1).max(100)).min(1).max(500),
  perEntity: z.number().int().min(1).max(5).default(2),
  seed: z.number().int().min(0).max(4294967295).optional().meta({ description: 'The seed (default: drawn by the platform now and recorded)' }),
});
export const ResultInput = z.strictObject({
  entityId: z.number().int().positive(),
  result: z.enum(['compliant', 'minor_issues', 'violation', 'serious_violation', 'refused']),
  evidenceRef: z.string().trim().min(1).max(500),
  inspectedOn: z.iso.date(),
  note: z.string().trim().max(2000).optional(),
});

export interface Campaign {
  id: number;
  name: string;
  population: Population;
  size: number | null;
  rates: ClassRates;
  inspectors: string[];
  perEntity: number;
  seed: number;
  algorithm: string;
  status: CampaignStatus;
  createdAt: string;
  drawnAt: string | null;
  populationCount: number | null;
  populationSha: string | null;
  drawSha: string | null;
  drawn: (Drawn & { result: string | null; resultNote: string | null; evidenceRef: string | null; eventId: number | null })[];
}
export interface Verification {
  campaignId: number;
  matches: boolean;
  populationSha: string;
  recordedDrawSha: string;
  rerunDrawSha: string;
  drawn: number;
  /** Whether the population as it is today (entities and classes) is still the one frozen at the draw (informative only). */
  populationUnchangedSinceDraw: boolean;
}

/** The entities of a population with their current class. */
async function resolvePopulation(db: Kysely<DB>, p: Population): Promise<{ entityId: number; class: CreditClass }[]> {
  let ids: number[];
  if (p.district !== undefined) {
    const set = new Set<number>();
    for (let page = 1; ; page++) {
      const r = await listStalls(db, { district: p.district, page, pageSize: 200 });
      for (const s of r.items) if (s.holder) set.add(s.holder.entityId);
      if (page * 200 >= r.total) break;
    }
    ids = [...set];
  } else ids = await entityIdsOfKind(db, p.kind, 50_000_000);
  const classes = await currentClasses(db, ids);
  return ids.map((id) => ({ entityId: id, class: classes.get(id)! }));
}

/** A regulator defines a campaign; its seed is fixed now (given, or drawn by the platform) and audited. */
export async function defineCampaign(db: Kysely<DB>, actor: Actor, raw: unknown): Promise<Campaign> {
  requireRole(actor, 'regulator');
  const c = parseInput(CampaignInput, raw);
  const seed = c.seed ?? randomInt(0, 2 ** 32);
  const id = await db.transaction().execute(async (tx) => {
    const row = await govDb(tx)
      .insertInto('credit_campaigns')
      .values({
        name: c.name,
        population: JSON.stringify(c.population),
        size: c.size,
        rates: JSON.stringify(c.rates),
        inspectors: c.inspectors,
        per_entity: c.perEntity,
        seed,
        algorithm: DRAW_ALGORITHM,
        created_by: actor.userId,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await audit(tx, actor, 'campaign.define', null, c.name, { campaignId: row.id, seed, population: c.population, rates: c.rates, size: c.size });
    return row.id;
  });
  return getCampaign(db, actor, id);
}

/** Draw a defined campaign: freeze its population with classes, record the draw and digests. */
export async function drawCampaign(db: Kysely<DB>, actor: Actor, id: number): Promise<Campaign> {
  requireRole(actor, 'regulator');
  const c = await campaignRow(db, id);
  if (c.status !== 'defined') throw new AppError('CONFLICT', `campaign ${id} was drawn already`);
  const population = await resolvePopulation(db, c.population);
  const drawn = draw({ population, rates: c.rates, size: c.size, inspectors: c.inspectors, perEntity: c.per_entity, seed: c.seed });
  await db.transaction().execute(async (tx) => {
    const g = govDb(tx);
    const locked = await g
      .updateTable('credit_campaigns')
      .set({ status: 'drawn' })
      .where('id', '=', id)
      .where('status', '=', 'defined')
      .returning('id')
      .executeTakeFirst();
    if (!locked) throw new AppError('CONFLICT', `campaign ${id} was drawn already`);
    for (let i = 0; i < population.length; i += 5000) {
      await g
        .insertInto('credit_campaign_population')
        .values(population.slice(i, i + 5000).map((p) => ({ campaign_id: id, entity_id: p.entityId, class: p.class })))
        .execute();
    }
    for (let i = 0; i < drawn.length; i += 2000) {
      await g
        .insertInto('credit_campaign_draws')
        .values(drawn.slice(i, i + 2000).map((d) => ({ campaign_id: id, seq: d.seq, entity_id: d.entityId, class: d.class, inspectors: d.inspectors })))
        .execute();
    }
    const pSha = populationSha(population);
    const dSha = drawSha(drawn);
    await g
      .updateTable('credit_campaigns')
      .set({ drawn_at: new Date(), population_n: population.length, population_sha: pSha, draw_sha: dSha })
      .where('id', '=', id)
      .execute();
    await audit(tx, actor, 'campaign.draw', null, null, {
      campaignId: id,
      seed: c.seed,
      populationCount: population.length,
      drawn: drawn.length,
      populationSha: pSha,
      drawSha: dSha,
    });
  });
  return getCampaign(db, actor, id);
}

/** Re-run a drawn campaign's draw from its recorded population, rates, inspectors and seed; anyone may verify. */
export async function verifyCampaign(db: Kysely<DB>, id: number): Promise<Verification> {
  const c = await campaignRow(db, id);
  if (c.status === 'defined' || c.draw_sha === null) throw new AppError('CONFLICT', `campaign ${id} has not been drawn yet`);
  const g = govDb(db);
  const population = (await g.selectFrom('credit_campaign_population').select(['entity_id', 'class']).where('campaign_id', '=', id).execute()).map((p) => ({
    entityId: p.entity_id,
    class: p.class,
  }));
  const rerun = draw({ population, rates: c.rates, size: c.size, inspectors: c.inspectors, perEntity: c.per_entity, seed: c.seed });
  const recorded = await g
    .selectFrom('credit_campaign_draws')
    .select(['seq', 'entity_id', 'class', 'inspectors'])
    .where('campaign_id', '=', id)
    .orderBy('seq')
    .execute();
  const recordedSha = drawSha(recorded.map((r) => ({ seq: r.seq, entityId: r.entity_id, class: r.class, inspectors: r.inspectors })));
  const pSha = populationSha(population);
  const now = await resolvePopulation(db, c.population);
  return {
    campaignId: id,
    matches: recordedSha === drawSha(rerun) && recordedSha === c.draw_sha && pSha === c.population_sha,
    populationSha: pSha,
    recordedDrawSha: recordedSha,
    rerunDrawSha: drawSha(rerun),
    drawn: recorded.length,
    populationUnchangedSinceDraw: populationSha(now) === pSha,
  };
}

async function campaignRow(db: Kysely<DB> | Transaction<DB>, id: number) {
  const c = await govDb(db as Kysely<DB>)
    .selectFrom('credit_campaigns')
    .selectAll()
    .where('id', '=', id)
    .executeTakeFirst();
  if (!c) throw notFound('campaign', id);
  return c;
}

/** One campaign with its draw and results (regulators and the operator). */
export async function getCampaign(db: Kysely<DB>, actor: Actor, id: number): Promise<Campaign> {
  requireRole(actor, 'regulator', 'operator');
  const c = await campaignRow(db, id);
  const drawn = await govDb(db).selectFrom('credit_campaign_draws').selectAll().where('campaign_id', '=', id).orderBy('seq').execute();
  return {
    ...summary(c),
    drawn: drawn.map((d) => ({
      seq: d.seq,
      entityId: d.entity_id,
      class: d.class,
      inspectors: d.inspectors,
      result: d.result,
      resultNote: d.result_note,
      evidenceRef: d.evidence_ref,
      eventId: d.event_id,
    })),
  };
}

function summary(c: Awaited<ReturnType<typeof campaignRow>>): Omit<Campaign, 'drawn'> {
  return {
    id: c.id,
    name: c.name,
    population: c.population,
    size: c.size,
    rates: c.rates,
    inspectors: c.inspectors,
    perEntity: c.per_entity,
    seed: Number(c.seed),
    algorithm: c.algorithm,
    status: c.status,
    createdAt: c.created_at.toISOString(),
    drawnAt: c.drawn_at?.toISOString() ?? null,
    populationCount: c.population_n,
    populationSha: c.population_sha,
    drawSha: c.draw_sha,
  };
}

/** Campaigns, newest first, without their lists. */
export async function listCampaigns(db: Kysely<DB>, actor: Actor): Promise<Omit<Campaign, 'drawn'>[]> {
  requireRole(actor, 'regulator', 'operator');
  return (await govDb(db).selectFrom('credit_campaigns').selectAll().orderBy('id', 'desc').limit(200).execute()).map(summary);
}

export { CLASSES };
