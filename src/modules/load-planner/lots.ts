/**
 * Lots from a table (CSV text or the first sheet of an .xlsx workbook).
 *
 * Columns (header row required, names case-insensitive, any order):
 *   lot           lot id, unique
 *   owner         owner id or label (merchant, declaration)
 *   count         number of cartons (integer ≥ 1)
 *   length_cm, width_cm, height_cm   outer carton size, cm (decimals allowed)
 *   gross_kg      gross weight of ONE carton, kg
 *   this_side_up  yes/no (also y/n, true/false, 1/0); blank = yes. yes: only
 *                 height_cm may be vertical; no: any side may be vertical.
 */
import type { LotInput } from './types.ts';

export class LotParseError extends Error {
  override name = 'LotParseError';
}

export const LOT_COLUMNS = ['lot', 'owner', 'count', 'length_cm', 'width_cm', 'height_cm', 'gross_kg', 'this_side_up'] as const;

/** Split CSV text into rows of cells (RFC 4180 quotes; comma or semicolon). */
export function parseCsv(text: string): string[][] {
  const src = text.replace(/^\uFEFF/, '');
  const firstLine = src.split(/\r?\n/, 1)[0] ?? '';
  const sep = !firstLine.includes(',') && firstLine.includes(';') ? ';' : ',';
  const rows: string[][] = [];
  let row: string[] = [], cell = '', q = false;
  for (let i = 0; i < src.length; i++) {
    const ch = src[i]!;
    if (q) {
      if (ch === '"') {
        if (src[i + 1] === '"') { cell += '"'; i++; } else q = false;
      } else cell += ch;
    } else if (ch === '"') q = true;
    else if (ch === sep) { row.push(cell); cell = ''; }
    else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && src[i + 1] === '\n') i++;
      row.push(cell); rows.push(row); row = []; cell = '';
    } else cell += ch;
  }
  if (q) throw new LotParseError('unterminated quoted field');
  if (cell !== '' || row.length > 0) { row.push(cell); rows.push(row); }
  return rows.filter((r) => r.some((c) => c.trim() !== ''));
}

function yesNo(v: string, where: string): boolean {
  const s = v.trim().toLowerCase();
  if (s === '' || ['yes', 'y', 'true', '1', '是'].includes(s)) return true;
  if (['no', 'n', 'false', '0', '否'].includes(s)) return false;
  throw new LotParseError(`${where}: this_side_up must be yes or no, got "${v}"`);
}

/** Lots from table rows; the first row is the header. Errors name the row (1-based, as in a spreadsheet). */
export function lotsFromRows(rows: readonly (readonly string[])[]): LotInput[] {
  const header = rows[0];
  if (!header) throw new LotParseError('the table is empty');
  const col = new Map(header.map((h, i) => [h.trim().toLowerCase(), i]));
  const missing = LOT_COLUMNS.filter((c) => c !== 'this_side_up' && !col.has(c));
  if (missing.length) throw new LotParseError(`missing column(s): ${missing.join(', ')} (expected ${LOT_COLUMNS.join(',')})`);
  const out: LotInput[] = [];
  const seen = new Set<string>();
  for (let r = 1; r < rows.length; r++) {
    const row = rows[r]!;
    const where = `row ${r + 1}`;
    const get = (c: string): string => (col.has(c) ? (row[col.get(c)!] ?? '') : '').trim();
    const num = (c: string, opts: { int?: boolean; min0?: boolean } = {}): number => {
      const s = get(c);
      const v = Number(s.replace(/,/g, '.'));
      if (s === '' || !Number.isFinite(v)) throw new LotParseError(`${where}: ${c} must be a number, got "${s}"`);
      if (opts.int && !Number.isInteger(v)) throw new LotParseError(`${where}: ${c} must be a whole number, got "${s}"`);
      if (opts.min0 ? v < 0 : v <= 0) throw new LotParseError(`${where}: ${c} must be ${opts.min0 ? '≥ 0' : '> 0'}, got "${s}"`);
      return v;
    };
    const id = get('lot');
    if (!id) throw new LotParseError(`${where}: lot id is empty`);
    if (seen.has(id)) throw new LotParseError(`${where}: lot "${id}" appears twice`);
    seen.add(id);
    const up = yesNo(get('this_side_up'), where);
    out.push({
      id, owner: get('owner') || id,
      count: num('count', { int: true }),
      lengthCm: num('length_cm'), widthCm: num('width_cm'), heightCm: num('height_cm'),
      grossKg: num('gross_kg', { min0: true }),
      verticalAllowed: up ? [false, false, true] : [true, true, true],
    });
  }
  if (out.length === 0) throw new LotParseError('no lots in the table');
  return out;
}

export function lotsFromCsv(text: string): LotInput[] {
  return lotsFromRows(parseCsv(text));
}

/** Lots from the first worksheet of an .xlsx file. */
export async function lotsFromXlsx(path: string): Promise<LotInput[]> {
  const { default: ExcelJS } = await import('exceljs');
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  const ws = wb.worksheets[0];
  if (!ws) throw new LotParseError('the workbook has no sheet');
  const rows: string[][] = [];
  ws.eachRow({ includeEmpty: false }, (row) => {
    const cells: string[] = [];
    for (let c = 1; c <= row.cellCount; c++) {
      const v = row.getCell(c).value;
      cells.push(v === null || v === undefined ? '' : typeof v === 'object' && 'result' in v ? String(v.result ?? '') : typeof v === 'object' && 'text' in v ? String(v.text) : String(v));
    }
    rows.push(cells);
  });
  return lotsFromRows(rows);
}
