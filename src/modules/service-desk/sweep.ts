/**
 * The sweep: escalates items whose deadline has passed while the department
 * still owes an answer, and closes items whose reply the raiser left
 * unanswered for a week. Idempotent (an item escalates to each level once per
 * round) and safe with several processes (rows are taken `for update skip locked`).
 * Runs on a timer in the server (`startServiceSweeper`) and by `yiwu service sweep`.
 */
import type { Kysely } from 'kysely';
import type { DB } from '../../core/db/schema.ts';
import { requireRole, type Actor } from '../../core/auth/actor.ts';
import { AWAITING_DEPARTMENT } from './states.ts';
import { appendStep } from './items.ts';
import { serviceDb, type EscalationTarget } from './tables.ts';

const HOUR = 3600_000;
/** Overdue by this many hours more, an item escalates from the department's head to the market office. */
export const SECOND_ESCALATION_HOURS = 24;
/** A reply the raiser neither confirms nor reopens within this many days closes the item (unrated). */
export const AUTO_CLOSE_DAYS = 7;
/** Items handled per sweep transaction (the sweep repeats until none is left). */
const BATCH = 200;

export interface SweepResult {
  escalated: { id: number; level: number; to: EscalationTarget }[];
  autoClosed: number[];
}

const SYSTEM_ACTOR: Actor = { userId: null, role: 'operator', entityId: null };

/** The level an item overdue since `dueAt` has reached at `now` (0: not overdue). */
export function escalationLevelAt(dueAt: Date, now: Date): 0 | 1 | 2 {
  const late = now.getTime() - dueAt.getTime();
  if (late <= 0) return 0;
  return late > SECOND_ESCALATION_HOURS * HOUR ? 2 : 1;
}

/**
 * One sweep at `now` (the system acts; no role check: callers check theirs, e.g. `runSweep`).
 * @example
 * ```ts
 * const r = await sweepServiceItems(db, new Date());
 * console.log(r.escalated.length, r.autoClosed.length);
 * ```
 */
export async function sweepServiceItems(db0: Kysely<DB>, now: Date = new Date()): Promise<SweepResult> {
  const out: SweepResult = { escalated: [], autoClosed: [] };
  for (;;) {
    const n = await db0.transaction().execute(async (tx0) => {
      const tx = serviceDb(tx0);
      const overdue = await tx
        .selectFrom('service_items')
        .select(['id', 'raiser_id', 'status', 'due_at', 'escalation_level', 'version'])
        .where('status', 'in', [...AWAITING_DEPARTMENT])
        .where('due_at', '<', now)
        .where((eb) =>
          eb.or([
            eb('escalation_level', '=', 0),
            eb.and([eb('escalation_level', '=', 1), eb('due_at', '<', new Date(now.getTime() - SECOND_ESCALATION_HOURS * HOUR))]),
          ]),
        )
        .orderBy('id')
        .limit(BATCH)
        .forUpdate()
        .skipLocked()
        .execute();
      for (const it of overdue) {
        const level = escalationLevelAt(new Date(it.due_at), now);
        if (level <= it.escalation_level) continue;
        const to: EscalationTarget = level === 1 ? 'department_head' : 'market_office';
        await tx
          .updateTable('service_items')
          .set({ escalation_level: level, escalated_to: to, missed_deadline: true, updated_at: now, version: it.version + 1 })
          .where('id', '=', it.id)
          .execute();
        const overdueHours = Math.floor((now.getTime() - new Date(it.due_at).getTime()) / HOUR);
        await appendStep(tx, SYSTEM_ACTOR, it, {
          action: 'escalate',
          from: it.status,
          to: it.status,
          at: now,
          actorRole: 'system',
          detail: { level, to, overdueHours },
        });
        out.escalated.push({ id: it.id, level, to });
      }
      const stale = await tx
        .selectFrom('service_items')
        .select(['id', 'raiser_id', 'version'])
        .where('status', '=', 'replied')
        .where('replied_at', '<', new Date(now.getTime() - AUTO_CLOSE_DAYS * 24 * HOUR))
        .orderBy('id')
        .limit(BATCH)
        .forUpdate()
        .skipLocked()
        .execute();
      for (const it of stale) {
        await tx
          .updateTable('service_items')
          .set({ status: 'closed', closed_at: now, closed_by: 'sweep', updated_at: now, version: it.version + 1 })
          .where('id', '=', it.id)
          .execute();
        await appendStep(tx, SYSTEM_ACTOR, it, {
          action: 'auto_close',
          from: 'replied',
          to: 'closed',
          at: now,
          actorRole: 'system',
          detail: { afterDays: AUTO_CLOSE_DAYS },
        });
        out.autoClosed.push(it.id);
      }
      return overdue.length + stale.length;
    });
    if (n === 0) break;
  }
  return out;
}

/** The operator runs a sweep now (HTTP, CLI). */
export async function runSweep(db: Kysely<DB>, actor: Actor, now: Date = new Date()): Promise<SweepResult> {
  requireRole(actor, 'operator');
  return sweepServiceItems(db, now);
}

interface LoggerLike {
  info(obj: unknown, msg?: string): void;
  error(obj: unknown, msg?: string): void;
}

/**
 * Start the sweep on a timer in the server (default every 5 minutes, first run after 10 s).
 * @example
 * ```ts
 * const sweeper = startServiceSweeper(database.db, logger);
 * process.once('SIGTERM', () => sweeper.stop());
 * ```
 */
export function startServiceSweeper(db: Kysely<DB>, logger: LoggerLike, opts: { intervalMs?: number } = {}): { stop(): void } {
  const interval = opts.intervalMs ?? 5 * 60_000;
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  const loop = () => {
    if (stopped) return;
    void sweepServiceItems(db)
      .then((r) => {
        if (r.escalated.length || r.autoClosed.length)
          logger.info({ serviceSweep: { escalated: r.escalated.length, autoClosed: r.autoClosed.length } }, 'service desk: sweep');
      })
      .catch((err: unknown) => logger.error({ err }, 'service desk: sweep failed (will retry)'))
      .finally(() => {
        if (stopped) return;
        timer = setTimeout(loop, interval);
        timer.unref();
      });
  };
  timer = setTimeout(loop, 10_000);
  timer.unref();
  return {
    stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
    },
  };
}
