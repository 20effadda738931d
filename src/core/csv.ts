/**
 * The one CSV module: an RFC 4180 reader, and two writers.
 *
 * - `csvLine` / `csvDocument` write files that people open in a spreadsheet. A
 *   cell that a spreadsheet would run as a formula (OWASP "CSV injection": it
 *   starts with = + - @, TAB or CR, or their full-width forms ＝＋－＠, possibly
 *   after spaces) is written with a leading apostrophe, so Excel, LibreOffice
 *   and Google Sheets show it as text. Plain numbers such as -12.5 stay as they are.
 * - `copyCsvLine` writes PostgreSQL `COPY … CSV` input, machine to machine: no
 *   neutralisation (it would change the stored data).
 *
 * Round trip: `restoreCell(neutraliseCell(s)) === s` for every string s. The
 * rule is: export adds one apostrophe to a formula-leading cell and to any cell
 * that already starts with apostrophes followed by a formula trigger; import
 * removes one apostrophe from a cell that starts with apostrophes followed by a
 * formula trigger. A cell such as `'abc` (apostrophe, then no trigger) is left
 * alone both ways.
 */

const TRIGGER = String.raw`(?:[\t\r]|\s*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20])`;
const FORMULA_LEADING = new RegExp(`^${TRIGGER}`);
const QUOTED_FORMULA = new RegExp(`^'+${TRIGGER}`);
const PLAIN_NUMBER = /^[+-]?\d+(\.\d+)?$/;

/** True when a spreadsheet could read the cell as a formula. */
export function isFormulaLeading(s: string): boolean {
  return FORMULA_LEADING.test(s) && !PLAIN_NUMBER.test(s);
}

/** The cell as written to a CSV file people open: a formula-leading cell gets a leading apostrophe. */
export function neutraliseCell(s: string): string {
  return QUOTED_FORMULA.test(s) || isFormulaLeading(s) ? `'${s}` : s;
}

/**
 * For formats whose text cells are never formulas (xlsx string cells): only the
 * apostrophe-escaped form is escaped again, so that `restoreCell` stays exact.
 */
export function escapeQuotedFormula(s: string): string {
  return QUOTED_FORMULA.test(s) ? `'${s}` : s;
}

/** Undo `neutraliseCell` (and `escapeQuotedFormula`) on import. */
export function restoreCell(s: string): string {
  return QUOTED_FORMULA.test(s) ? s.slice(1) : s;
}

function quote(s: string): string {
  return /[",\r\n]/.test(s) || /^\s|\s$/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** One neutralised, quoted CSV field. Numbers are written as numbers. */
export function csvField(v: unknown): string {
  if (v == null) return '';
  if (typeof v === 'number' || typeof v === 'bigint') return String(v);
  return quote(neutraliseCell(String(v)));
}

/** One CSV record (CRLF-terminated) for a file people open: every cell neutralised. */
export const csvLine = (values: readonly unknown[]): string => values.map(csvField).join(',') + '\r\n';

/** A whole CSV file for people: UTF-8 BOM (so Excel reads UTF-8), header and rows. */
export function csvDocument(header: readonly unknown[], rows: Iterable<readonly unknown[]>): Buffer {
  let s = '\uFEFF' + csvLine(header);
  for (const r of rows) s += csvLine(r);
  return Buffer.from(s, 'utf8');
}

/** One record of PostgreSQL COPY CSV input: quoted as needed, never neutralised (an unquoted empty field is NULL). */
export const copyCsvLine = (values: readonly unknown[]): string =>
  values.map((v) => (v == null ? '' : quote(String(v)))).join(',') + '\r\n';

/** RFC 4180 CSV: fields with quotes, commas or newlines are quoted; "" escapes a quote. A UTF-8 BOM is skipped. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let quoted = false;
  const n = text.length;
  while (i < n) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
        i++;
        continue;
      }
      field += ch;
      i++;
      continue;
    }
    if (ch === '"' && field === '') {
      quoted = true;
    } else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      if (ch === '\r' && text[i + 1] === '\n') i++;
    } else {
      field += ch;
    }
    i++;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}
