/**
 * Results of a drawn campaign come back as credit events (source
 * 'inspection'): compliant → `inspection_passed`; minor issues, a violation or
 * a serious violation → `inspection_failed` (minor, moderate, serious);
 * refusing the inspection → `inspection_refused`. The event's external id is
 * `campaign:<id>:<entity>`, so a result cannot be recorded twice. When every
 * drawn entity has its result the campaign is closed.
 */
import type { Kysely } from 'kysely';
import type { DB } from '../../../core/db/schema.ts';
import { requireRole, type Actor } from '../../../core/auth/actor.ts';
import { AppError, notFound } from '../../../core/errors.ts';
import { parseInput } from '../../../core/validation.ts';
import { recordCreditEvent } from '../events.ts';
import type { Severity } from '../tables.ts';
import { today } from '../scores.ts';
import { audit } from './audit.ts';
import { ResultInput, getCampaign, type Campaign } from './campaigns.ts';
import { govDb, type InspectionResult } from './tables.ts';

const EVENT_OF: Record<InspectionResult | 'refused', { kind: string; severity: Severity }> = {
  compliant: { kind: 'inspection_passed', severity: 'positive' },
  minor_issues: { kind: 'inspection_failed', severity: 'minor' },
  violation: { kind: 'inspection_failed', severity: 'moderate' },
  serious_violation: { kind: 'inspection_failed', severity: 'serious' },
  refused: { kind: 'inspection_refused', severity: 'serious' },
};

/** Record the result for one drawn entity (regulator); the event and the audit row in one transaction. */
export async function recordCampaignResult(db: Kysely<DB>, actor: Actor, campaignId: number, raw: unknown): Promise<Campaign> {
  requireRole(actor, 'regulator');
  const r = parseInput(ResultInput, raw);
  if (r.inspectedOn > today()) throw new AppError('VALIDATION', 'inspectedOn: after today');
  await db.transaction().execute(async (tx) => {
    const g = govDb(tx);
    const c = await g.selectFrom('credit_campaigns').select(['status', 'name']).where('id', '=', campaignId).forUpdate().executeTakeFirst();
    if (!c) throw notFound('campaign', campaignId);
    if (c.status !== 'drawn') throw new AppError('CONFLICT', c.status === 'defined' ? 'draw the campaign first' : 'the campaign is closed');
    const d = await g
      .selectFrom('credit_campaign_draws')
      .select(['seq', 'result'])
      .where('campaign_id', '=', campaignId)
      .where('entity_id', '=', r.entityId)
      .executeTakeFirst();
    if (!d) throw notFound(`entity drawn in campaign ${campaignId}`, r.entityId);
    if (d.result !== null) throw new AppError('CONFLICT', `the result for entity ${r.entityId} is recorded already`);
    const ev = EVENT_OF[r.result];
    const event = await recordCreditEvent(tx, actor, {
      entityId: r.entityId,
      source: 'inspection',
      kind: ev.kind,
      severity: ev.severity,
      occurredOn: r.inspectedOn,
      evidenceRef: r.evidenceRef,
      externalId: `campaign:${campaignId}:${r.entityId}`,
      note: `${c.name}: ${r.result}${r.note ? ` — ${r.note}` : ''}`.slice(0, 2000),
    });
    const stored: InspectionResult = r.result === 'refused' ? 'serious_violation' : r.result;
    await g
      .updateTable('credit_campaign_draws')
      .set({
        result: stored,
        result_note: r.result === 'refused' ? `refused${r.note ? `: ${r.note}` : ''}` : (r.note ?? null),
        evidence_ref: r.evidenceRef,
        result_at: new Date(),
        event_id: event.id,
      })
      .where('campaign_id', '=', campaignId)
      .where('seq', '=', d.seq)
      .execute();
    await audit(tx, actor, 'campaign.result', r.entityId, r.note ?? null, { campaignId, result: r.result, eventId: event.id, evidenceRef: r.evidenceRef });
    const open = await g
      .selectFrom('credit_campaign_draws')
      .select('seq')
      .where('campaign_id', '=', campaignId)
      .where('result', 'is', null)
      .limit(1)
      .executeTakeFirst();
    if (!open) {
      await g.updateTable('credit_campaigns').set({ status: 'closed' }).where('id', '=', campaignId).execute();
      await audit(tx, actor, 'campaign.close', null, null, { campaignId });
    }
  });
  return getCampaign(db, actor, campaignId);
}
