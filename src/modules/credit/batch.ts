/**
 * A department's delivery as a spreadsheet (xlsx or CSV): one event per row
 * under a header naming the columns (English keys or the Chinese labels); the
 * entity by `entity_id` or by its unified social credit code (`uscc`).
 * Rows are checked and recorded as one delivery by `recordCreditEvents`: all or
 * nothing, problems reported with the sheet's row numbers, a resent file
 * changes nothing.
 */
import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { DB } from '../../core/db/schema.ts';
import type { Actor } from '../../core/auth/actor.ts';
import { readSheet, type SheetFormat } from '../../core/spreadsheet/read-sheet.ts';
import { checkSheetSize, sheetRejected, sheetTable, type SheetColumn } from '../../core/spreadsheet/sheet-table.ts';
import { MAX_EVENTS_PER_DELIVERY, type DeliveryReport } from './events.ts';
import { recordCreditEventsWithUscc } from './uscc-delivery.ts';

type Col = 'entity_id' | 'uscc' | 'source' | 'kind' | 'severity' | 'occurred_on' | 'evidence_ref' | 'external_id' | 'note';

/** The columns of a delivery sheet. */
export const EVENT_SHEET_COLUMNS: readonly SheetColumn<Col>[] = [
  { key: 'entity_id', aliases: ['entityId', '主体编号'], label: '主体编号' },
  { key: 'uscc', aliases: ['USCC', '统一社会信用代码', '信用代码'], label: '统一社会信用代码' },
  { key: 'source', aliases: ['来源'], required: true, label: '来源' },
  { key: 'kind', aliases: ['事项', '指标'], required: true, label: '事项' },
  { key: 'severity', aliases: ['严重程度'], label: '严重程度' },
  { key: 'occurred_on', aliases: ['occurredOn', '发生日期'], required: true, label: '发生日期' },
  { key: 'evidence_ref', aliases: ['evidenceRef', '证据编号'], required: true, label: '证据编号' },
  { key: 'external_id', aliases: ['externalId', '编号'], required: true, label: '编号' },
  { key: 'note', aliases: ['说明'], label: '说明' },
];

const FIELD: Record<string, Col> = {
  entityId: 'entity_id',
  uscc: 'uscc',
  source: 'source',
  kind: 'kind',
  severity: 'severity',
  occurredOn: 'occurred_on',
  evidenceRef: 'evidence_ref',
  externalId: 'external_id',
  note: 'note',
};

/** Read and record a delivery sheet; problems are reported with sheet row numbers and sheet column keys. */
export async function importCreditEventsSheet(db: Kysely<DB>, actor: Actor, data: Buffer, format: SheetFormat, fileName?: string): Promise<DeliveryReport> {
  const rows = await readSheet(data, format);
  checkSheetSize(rows, MAX_EVENTS_PER_DELIVERY, { rows: 'events', per: 'delivery' });
  const table = sheetTable(rows, EVENT_SHEET_COLUMNS);
  if (table.errors.length > 0) throw sheetRejected(table.errors, 'nothing was recorded', 'deliver the file again');
  const inputs: Record<string, unknown>[] = [];
  const rowNos: number[] = [];
  for (const row of table.rows()) {
    const opt = (k: Col) => row.get(k).trim() || undefined;
    const id = row.get('entity_id').trim();
    inputs.push({
      entityId: /^\d{1,15}$/.test(id) ? Number(id) : id === '' ? undefined : id,
      // A row may name the entity by its unified social credit code instead (uscc-delivery.ts).
      uscc: opt('uscc'),
      source: opt('source'),
      kind: opt('kind'),
      severity: opt('severity'),
      occurredOn: opt('occurred_on'),
      evidenceRef: opt('evidence_ref'),
      externalId: opt('external_id'),
      note: opt('note'),
    });
    rowNos.push(row.rowNo);
  }
  const sha256 = createHash('sha256').update(data).digest('hex');
  try {
    return await recordCreditEventsWithUscc(db, actor, inputs, { fileName: fileName ?? 'upload', sha256, rowNo: (i) => rowNos[i] ?? i + 2 });
  } catch (e) {
    // name the sheet's columns rather than the API's fields
    const d = (e as { details?: { errors?: { column: string }[] } }).details;
    for (const p of d?.errors ?? []) p.column = FIELD[p.column] ?? p.column;
    throw e;
  }
}
