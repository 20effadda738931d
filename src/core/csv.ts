/**
 * The one CSV module: an RFC 4180 parser (incremental, `CsvParser`; whole texts:
 * `parseCsv`, `readCsvRecords`), and two writers.
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
export const csvLine = (values: readonly unknown[]): string => `${values.map(csvField).join(',')}\r\n`;

/** A whole CSV file for people: UTF-8 BOM (so Excel reads UTF-8), header and rows. */
export function csvDocument(header: readonly unknown[], rows: Iterable<readonly unknown[]>): Buffer {
  let s = `\uFEFF${csvLine(header)}`;
  for (const r of rows) s += csvLine(r);
  return Buffer.from(s, 'utf8');
}

/** One record of PostgreSQL COPY CSV input: quoted as needed, never neutralised (an unquoted empty field is NULL). */
export const copyCsvLine = (values: readonly unknown[]): string => `${values.map((v) => (v == null ? '' : quote(String(v)))).join(',')}\r\n`;

export interface CsvOptions {
  /** The field separator: ',' (default), or ';' as written by spreadsheets in decimal-comma locales. */
  readonly separator?: ',' | ';';
}

export interface CsvParserHooks extends CsvOptions {
  /** A record ended; `line` is the 1-based line it starts on (line breaks inside quoted fields count). */
  readonly onRecord: (fields: string[], line: number) => void;
  /** A field ended, before it joins its record; `col` is 0-based (for limits). */
  readonly onField?: (value: string, col: number) => void;
}

const QUOTE = 0x22;
const LF = 0x0a;
const CR = 0x0d;

/**
 * The one CSV parser (RFC 4180), incremental: `push` the text in pieces of any
 * size, then `end`. A quote opens a quoted field only at the start of a field;
 * "" inside quotes is a quote; CR, LF and CRLF end a record (a CRLF split
 * between two pieces too); one leading BOM is skipped; a last line without a
 * line break is a record, an empty last line is not; an empty line is a record
 * of one empty field (callers skip blank rows). A file that ends inside quotes
 * keeps what it read and sets `unterminated`.
 */
export class CsvParser {
  /** Records ended so far. */
  records = 0;
  /** After `end`: the text ended inside a quoted field. */
  unterminated = false;
  private field = '';
  private fields: string[] = [];
  private quoted = false;
  /** A quote was the last character of a piece while quoted: the next character decides. */
  private quoteAtEnd = false;
  /** A CR ended the last record at the end of a piece: a LF right after it belongs to it. */
  private crAtEnd = false;
  private started = false;
  private line = 1;
  private startLine = 1;
  private readonly sep: number;

  constructor(private readonly hooks: CsvParserHooks) {
    this.sep = (hooks.separator ?? ',').charCodeAt(0);
  }

  /** Characters of the field still open (for limits between pieces). */
  get openFieldLength(): number {
    return this.field.length;
  }

  /** 0-based column of the field still open. */
  get openFieldColumn(): number {
    return this.fields.length;
  }

  push(s: string): void {
    const n = s.length;
    let i = 0;
    if (n === 0) return;
    if (!this.started) {
      this.started = true;
      if (s.charCodeAt(0) === 0xfeff) i = 1;
    }
    if (this.quoteAtEnd) {
      this.quoteAtEnd = false;
      if (s.charCodeAt(i) === QUOTE) {
        this.field += '"';
        i++;
      } else this.quoted = false;
    }
    if (this.crAtEnd) {
      this.crAtEnd = false;
      if (s.charCodeAt(i) === LF) i++;
    }
    let seg = i;
    while (i < n) {
      const c = s.charCodeAt(i);
      if (this.quoted) {
        if (c !== QUOTE) {
          if (c === LF) this.line++;
          i++;
          continue;
        }
        this.field += s.slice(seg, i);
        if (i + 1 >= n) {
          this.quoteAtEnd = true;
          seg = ++i;
          break;
        }
        if (s.charCodeAt(i + 1) === QUOTE) {
          this.field += '"';
          i += 2;
        } else {
          this.quoted = false;
          i++;
        }
        seg = i;
      } else if (c === QUOTE && seg === i && this.field.length === 0) {
        this.quoted = true;
        seg = ++i;
      } else if (c === this.sep) {
        this.field += s.slice(seg, i);
        this.endField();
        seg = ++i;
      } else if (c === LF || c === CR) {
        this.field += s.slice(seg, i);
        this.endRecord();
        if (c === CR) {
          if (i + 1 >= n) this.crAtEnd = true;
          else if (s.charCodeAt(i + 1) === LF) i++;
        }
        seg = ++i;
      } else i++;
    }
    if (seg < n) this.field += s.slice(seg, n);
  }

  end(): void {
    if (this.quoteAtEnd) {
      this.quoteAtEnd = false;
      this.quoted = false;
    }
    this.unterminated = this.quoted;
    if (this.field !== '' || this.fields.length > 0) this.endRecord();
  }

  private endField(): void {
    const v = this.field;
    this.field = '';
    this.hooks.onField?.(v, this.fields.length);
    this.fields.push(v);
  }

  private endRecord(): void {
    this.endField();
    const fields = this.fields;
    this.fields = [];
    this.records++;
    this.hooks.onRecord(fields, this.startLine);
    this.startLine = ++this.line;
  }
}

export interface CsvRecord {
  fields: string[];
  /** 1-based line the record starts on. */
  line: number;
}

/** A whole CSV text as records with their line numbers (see CsvParser). */
export function readCsvRecords(text: string, options: CsvOptions = {}): { records: CsvRecord[]; unterminated: boolean } {
  const records: CsvRecord[] = [];
  const parser = new CsvParser({ ...options, onRecord: (fields, line) => records.push({ fields, line }) });
  parser.push(text);
  parser.end();
  return { records, unterminated: parser.unterminated };
}

/** A whole CSV text as rows of fields (RFC 4180; see CsvParser). */
export function parseCsv(text: string, options: CsvOptions = {}): string[][] {
  const rows: string[][] = [];
  const parser = new CsvParser({ ...options, onRecord: (fields) => rows.push(fields) });
  parser.push(text);
  parser.end();
  return rows;
}
