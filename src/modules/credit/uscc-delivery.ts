/**
 * Department deliveries that name entities by their unified social credit
 * code (统一社会信用代码, GB 32100-2015) instead of the platform's entity id.
 * Each row may give `uscc` (validated, check character included) in place of
 * `entityId`, or both (they must agree). The code is matched to the entity
 * (market module), then the delivery is recorded as usual by
 * `recordCreditEvents`: all rows or none, a resent delivery changes nothing,
 * and a row whose code is malformed or matches no entity is reported among the
 * delivery's bad rows (column `uscc`), never half-loaded.
 */
import type { Kysely } from 'kysely';
import type { DB } from '../../core/db/schema.ts';
import type { Actor } from '../../core/auth/actor.ts';
import { AppError } from '../../core/errors.ts';
import { sheetRejected } from '../../core/spreadsheet/sheet-table.ts';
import { checkUscc, entityIdsByUscc } from '../market/index.ts';
import { recordCreditEvents, type DeliveryReport, type EventProblem } from './events.ts';

type Opts = Parameters<typeof recordCreditEvents>[3];

/** Record a delivery whose rows may name the entity by USCC (`uscc`) instead of `entityId`. */
export async function recordCreditEventsWithUscc(db: Kysely<DB>, actor: Actor, inputs: readonly unknown[], opts: Opts = {}): Promise<DeliveryReport> {
  const rowNo = opts?.rowNo ?? ((i: number) => i + 1);
  const mine: EventProblem[] = [];
  const badRows = new Set<number>();
  const codes: { i: number; code: string }[] = [];
  const prepared: unknown[] = inputs.map((raw, i) => {
    if (raw === null || typeof raw !== 'object' || !('uscc' in raw)) return raw;
    const { uscc, ...rest } = raw as Record<string, unknown>;
    if (uscc === undefined || uscc === null || uscc === '') return rest;
    const c = checkUscc(String(uscc));
    if (!c.ok) {
      mine.push({ row: rowNo(i), column: 'uscc', code: 'BAD_USCC', reason: `${String(uscc)}: ${c.reason}` });
      badRows.add(i);
      return { ...rest, entityId: 0 };
    }
    codes.push({ i, code: c.code });
    return rest;
  });
  if (codes.length > 0) {
    const ids = await entityIdsByUscc(
      db,
      codes.map((c) => c.code),
    );
    for (const { i, code } of codes) {
      const id = ids.get(code);
      const row = prepared[i] as Record<string, unknown>;
      if (id === undefined) {
        mine.push({ row: rowNo(i), column: 'uscc', code: 'UNKNOWN_USCC', reason: `no entity has the unified social credit code ${code}` });
        badRows.add(i);
        prepared[i] = { ...row, entityId: 0 };
      } else if (row.entityId !== undefined && row.entityId !== id) {
        mine.push({ row: rowNo(i), column: 'uscc', code: 'USCC_MISMATCH', reason: `${code} is entity ${id}, not ${String(row.entityId)}` });
        badRows.add(i);
        prepared[i] = { ...row, entityId: 0 };
      } else prepared[i] = { ...row, entityId: id };
    }
  }
  try {
    // A bad row carries entityId 0, which the delivery refuses: nothing is recorded, its other problems are still found.
    return await recordCreditEvents(db, actor, prepared, opts);
  } catch (e) {
    if (mine.length === 0 || !(e instanceof AppError) || e.code !== 'IMPORT_REJECTED') throw e;
    const theirs = ((e.details as { errors?: EventProblem[] } | undefined)?.errors ?? []).filter(
      (p) => !(p.column === 'entityId' && [...badRows].some((i) => rowNo(i) === p.row)),
    );
    const all = [...mine, ...theirs].sort((a, b) => a.row - b.row);
    throw sheetRejected(all, 'nothing was recorded', 'deliver the events again');
  }
}
