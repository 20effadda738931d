import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { sql } from 'kysely';
import type { Database } from '../../core/db/database.ts';
import { freshDatabase, testEngines } from '../../platform/testing.ts';
import { explain, type EventFact } from './explain.ts';
import { addDays, INDICATORS } from './model.ts';
import { recordCreditEvents } from './events.ts';
import { recomputeAll } from './recompute.ts';
import { entityEventFacts, refreshScore, today } from './scores.ts';
import { creditDb, type Severity, type Source } from './tables.ts';
import { makeMerchants, OPERATOR, REGULATOR } from './test-credit.ts';

const AS_OF = '2026-06-30';
const NEG: Severity[] = ['minor', 'moderate', 'serious', 'severe'];

/** Random events of one entity: any indicator, a fitting severity, any age from −30 to 2000 days, some voided. */
const eventsArb = fc.array(
  fc.record({
    ind: fc.constantFrom(...INDICATORS),
    sev: fc.constantFrom(...NEG),
    age: fc.integer({ min: -30, max: 2000 }),
    voided: fc.integer({ min: 0, max: 9 }).map((n) => n < 2),
  }),
  { maxLength: 60 },
);

test('an explanation is base + Σ contributions exactly, and capped indicators never pass their cap', () => {
  fc.assert(
    fc.property(eventsArb, (raw) => {
      const facts: EventFact[] = raw.map((r, i) => ({
        id: i + 1,
        kind: r.ind.kind,
        severity: r.ind.sign === 1 ? 'positive' : r.sev,
        source: r.ind.sources[0] as Source,
        occurredOn: addDays(AS_OF, -r.age),
        voided: r.voided,
      }));
      const x = explain(facts, AS_OF);
      assert.equal(x.base + x.contributions.reduce((s, c) => s + c.amount, 0), x.score);
      assert.equal(
        Object.values(x.groups).reduce((s, g) => s + g, x.base),
        x.score,
      );
      for (const c of x.contributions) {
        assert.ok(Number.isInteger(c.amount));
        assert.ok(c.stopsCountingOn > AS_OF, 'only counting events are listed');
      }
      for (const ind of INDICATORS.filter((i) => i.cap)) {
        assert.ok(x.contributions.filter((c) => c.kind === ind.kind).reduce((s, c) => s + c.amount, 0) <= ind.cap!);
      }
    }),
    { numRuns: 500 },
  );
});

for (const engine of testEngines()) {
  describe(`the set-based recompute on ${engine}`, () => {
    let d: Database;
    before(async () => {
      d = await freshDatabase(engine);
    });
    after(() => d.close());

    test('gives every entity the score, groups and class that explain() gives its events', async () => {
      const samples = fc.sample(eventsArb, { numRuns: 40, seed: 13 });
      const ids = await makeMerchants(d, samples.length);
      const facts = new Map<number, EventFact[]>();
      let n = 0;
      const rows = samples.flatMap((raw, k) =>
        raw.map((r) => {
          const ev = {
            entity_id: ids[k]!,
            source: r.ind.sources[0] as Source,
            kind: r.ind.kind,
            severity: (r.ind.sign === 1 ? 'positive' : r.sev) as Severity,
            occurred_on: addDays(AS_OF, -r.age),
            evidence_ref: 'test',
            external_id: `e-${++n}`,
            voided_at: r.voided ? new Date() : null,
          };
          return ev;
        }),
      );
      if (rows.length > 0) {
        const inserted = await creditDb(d.db)
          .insertInto('credit_events')
          .values(rows)
          .returning(['id', 'entity_id', 'kind', 'severity', 'source', 'occurred_on', 'voided_at'])
          .execute();
        for (const r of inserted) {
          facts.set(r.entity_id, [
            ...(facts.get(r.entity_id) ?? []),
            { id: r.id, kind: r.kind, severity: r.severity, source: r.source, occurredOn: r.occurred_on, voided: r.voided_at !== null },
          ]);
        }
      }
      const report = await recomputeAll(d.db, REGULATOR, { asOf: AS_OF });
      assert.equal(report.asOf, AS_OF);
      const stored = await creditDb(d.db).selectFrom('credit_scores').selectAll().execute();
      const byId = new Map(stored.map((s) => [s.entity_id, s]));
      for (const id of ids) {
        const x = explain(facts.get(id) ?? [], AS_OF);
        const s = byId.get(id);
        const got = s ? [s.score, s.credit_class, s.quality, s.fulfilment, s.behaviour, s.compliance] : [70_000, 'B', 0, 0, 0, 0];
        assert.deepEqual(got, [x.score, x.class, x.groups.quality, x.groups.fulfilment, x.groups.behaviour, x.groups.compliance], `entity ${id}`);
      }
      // a second run on the same day changes nothing
      const again = await recomputeAll(d.db, REGULATOR, { asOf: AS_OF });
      assert.deepEqual([again.changed, again.classChanges], [0, 0]);
      // a year later most events have decayed or stopped counting: the stored rows follow explain() again
      const later = addDays(AS_OF, 400);
      await recomputeAll(d.db, REGULATOR, { asOf: later });
      for (const s of await creditDb(d.db).selectFrom('credit_scores').selectAll().execute()) {
        assert.equal(s.score, explain(facts.get(s.entity_id) ?? [], later).score, `entity ${s.entity_id} on ${later}`);
      }
      const changes = await sql<{ n: number }>`select count(*)::int as n from credit_class_changes where cause = 'recompute'`.execute(d.db);
      assert.ok((changes.rows[0]?.n ?? 0) > 0);
    });

    test('a new or voided event re-scores its entity as explain() does; a changed model is re-synced by the recompute', async () => {
      const samples = fc.sample(eventsArb, { numRuns: 12, seed: 31 });
      const ids = await makeMerchants(d, samples.length, 'inc');
      const now = today();
      let n = 0;
      for (const [k, raw] of samples.entries()) {
        const inputs = raw
          .filter((r) => r.age >= 0)
          .map((r) => ({
            entityId: ids[k]!,
            source: r.ind.sources[0],
            kind: r.ind.kind,
            severity: r.ind.sign === 1 ? 'positive' : r.sev,
            occurredOn: addDays(now, -r.age),
            evidenceRef: 'test',
            externalId: `inc-${++n}`,
          }));
        // one by one (the single-event path) for the first half, as one delivery for the rest
        const half = Math.floor(inputs.length / 2);
        for (const one of inputs.slice(0, half)) await recordCreditEvents(d.db, OPERATOR, [one]);
        if (inputs.length > half) await recordCreditEvents(d.db, OPERATOR, inputs.slice(half));
      }
      const check = async (label: string) => {
        const stored = new Map(
          (await creditDb(d.db).selectFrom('credit_scores').selectAll().where('entity_id', 'in', ids).execute()).map((s) => [s.entity_id, s]),
        );
        for (const id of ids) {
          const x = explain(await entityEventFacts(creditDb(d.db), id, now), now);
          const s = stored.get(id);
          const got = s ? [s.score, s.credit_class, s.quality, s.fulfilment, s.behaviour, s.compliance] : [70_000, 'B', 0, 0, 0, 0];
          assert.deepEqual(got, [x.score, x.class, x.groups.quality, x.groups.fulfilment, x.groups.behaviour, x.groups.compliance], `${label}: entity ${id}`);
        }
      };
      await check('after the new events');
      // voiding an event (as an upheld appeal does) takes its term out
      const voided = await creditDb(d.db)
        .updateTable('credit_events')
        .set({ voided_at: new Date() })
        .where('entity_id', 'in', ids)
        .where('external_id', 'like', 'inc-%3')
        .returning('entity_id')
        .execute();
      await d.db.transaction().execute(async (tx) => {
        for (const id of new Set(voided.map((v) => v.entity_id))) await refreshScore(tx, id, { text: 'test void' });
      });
      await check('after voids');
      // a stale model row (as after a model change) is put right, and the terms rebuilt, by the next recompute
      await sql`update credit_model_terms set v = v * 2`.execute(d.db);
      await recomputeAll(d.db, REGULATOR, { asOf: now });
      await check('after the model re-sync');
      const terms = await sql<{ n: number }>`select count(*)::int as n from credit_event_terms`.execute(d.db);
      const events = await sql<{ n: number }>`select count(*)::int as n from credit_events where voided_at is null`.execute(d.db);
      assert.equal(terms.rows[0]?.n, events.rows[0]?.n, 'one term per unvoided event');
    });
  });
}
