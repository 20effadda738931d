/**
 * The first worksheet of an .xlsx file as rows of strings, read as a stream
 * under the limits of sheet-limits.ts. Cell text as the catalogue import has
 * always seen it: shared, inline and rich-text strings joined; numbers as
 * JavaScript prints them; booleans as true/false; errors empty; formula cells
 * as their cached result; numbers in a date format as YYYY-MM-DD.
 */
import { ZipArchive, type ZipEntry } from './zip.ts';
import { attr, attrs, decodeExcelEscapes, decodeXml, type XmlHandler } from './xml-scan.ts';
import { RowSink, type RowSinkOptions, type SheetRows } from './row-sink.ts';
import { badSheet, sheetTooLarge, type SheetLimits } from './sheet-limits.ts';
import { readSharedStrings, readStyles, scanPart, SharedStrings } from './xlsx-parts.ts';

export async function readXlsx(data: Buffer, limits: SheetLimits, sinkOptions: RowSinkOptions = {}): Promise<SheetRows> {
  if (data.length >= 4 && data.readUInt32BE(0) === 0xd0cf11e0) {
    throw badSheet('this is an old .xls workbook or a password-protected one; save it from Excel as .xlsx without a password, or as CSV');
  }
  if (data.length < 4 || data[0] !== 0x50 || data[1] !== 0x4b) {
    throw badSheet('this is not an .xlsx file (an xlsx file is a zip archive); save it from Excel as .xlsx or upload CSV');
  }
  const zip = new ZipArchive(data, limits);
  const sink = new RowSink(limits, sinkOptions);
  const workbookPath = (await relTargets(zip, '_rels/.rels', '', limits)).find((r) => r.type.endsWith('/officeDocument'))?.target ?? 'xl/workbook.xml';
  const wbEntry = zip.find(workbookPath);
  if (!wbEntry) throw badSheet('this zip file is not an .xlsx workbook (it has no workbook part); save it from Excel as .xlsx or upload CSV');
  const wb = await readWorkbook(zip, wbEntry, limits);
  const dir = workbookPath.includes('/') ? workbookPath.slice(0, workbookPath.lastIndexOf('/') + 1) : '';
  const rels = await relTargets(zip, `${dir}_rels/${workbookPath.slice(dir.length)}.rels`, dir, limits);
  const sheetTarget = rels.find((r) => r.id === wb.firstSheetRel)?.target;
  const sheetEntry = sheetTarget ? zip.find(sheetTarget) : undefined;
  if (!sheetEntry) throw badSheet('the workbook has no sheet');
  const partOf = (type: string, fallback: string) => zip.find(rels.find((r) => r.type.endsWith(type))?.target ?? fallback);
  const sstEntry = partOf('/sharedStrings', `${dir}sharedStrings.xml`);
  const stylesEntry = partOf('/styles', `${dir}styles.xml`);
  const strings = sstEntry ? await readSharedStrings(zip, sstEntry, limits, sink) : new SharedStrings();
  const dateStyles = stylesEntry ? await readStyles(zip, stylesEntry, limits) : new Set<number>();
  await scanPart(zip, sheetEntry, 'maxSheetXmlBytes', limits, new SheetHandler(sink, strings, dateStyles, wb.date1904), sink);
  return sink.finish();
}

interface Rel {
  id: string;
  type: string;
  target: string;
}

async function relTargets(zip: ZipArchive, path: string, base: string, limits: SheetLimits): Promise<Rel[]> {
  const entry = zip.find(path);
  if (!entry) return [];
  const rels: Rel[] = [];
  await scanPart(zip, entry, 'maxPartBytes', limits, {
    open(name, tag) {
      if (name !== 'Relationship') return;
      if (rels.length >= limits.maxZipMembers) throw sheetTooLarge(limits, 'maxZipMembers', `${path} lists more relationships than that`);
      const target = attr(tag, 'Target') ?? '';
      if (attr(tag, 'TargetMode') === 'External') return;
      rels.push({ id: attr(tag, 'Id') ?? '', type: attr(tag, 'Type') ?? '', target: resolvePath(base, target) });
    },
    close() {},
    text() {},
    wantText: () => false,
  });
  return rels;
}

function resolvePath(base: string, target: string): string {
  const parts = (target.startsWith('/') ? target.slice(1) : base + target).split('/');
  const out: string[] = [];
  for (const p of parts) {
    if (p === '..') out.pop();
    else if (p !== '.' && p !== '') out.push(p);
  }
  return out.join('/');
}

async function readWorkbook(zip: ZipArchive, entry: ZipEntry, limits: SheetLimits): Promise<{ firstSheetRel: string | undefined; date1904: boolean }> {
  let firstSheetRel: string | undefined;
  let date1904 = false;
  await scanPart(zip, entry, 'maxPartBytes', limits, {
    open(name, tag) {
      if (name === 'sheet' && firstSheetRel === undefined) firstSheetRel = attr(tag, 'id');
      else if (name === 'workbookPr') date1904 = ['1', 'true'].includes(attr(tag, 'date1904') ?? '');
    },
    close() {},
    text() {},
    wantText: () => false,
  });
  return { firstSheetRel, date1904 };
}

/** The worksheet: <row r>, <c r t s>, <v>, <is><t>, rich text runs (phonetic runs skipped). */
class SheetHandler implements XmlHandler {
  private inData = false;
  private rowNo = 0;
  private cells: string[] | undefined;
  private col = 0;
  private cellType = '';
  private cellStyle = 0;
  private inCell = false;
  private value: string | undefined;
  private inline = '';
  private run: 'v' | 't' | undefined;
  private runText = '';
  private phonetic = 0;

  constructor(
    private readonly sink: RowSink,
    private readonly strings: SharedStrings,
    private readonly dateStyles: Set<number>,
    private readonly date1904: boolean,
  ) {}

  wantText(): boolean {
    return this.run !== undefined && this.phonetic === 0;
  }

  text(raw: string, cdata: boolean): void {
    // CDATA is literal: its '&' is escaped so that the one decode at the end of the run restores it
    this.runText += cdata ? raw.replace(/&/g, '&amp;') : raw;
    // still escaped here, so allow for entities (&quot; is 6 characters for 1)
    this.sink.checkText(Math.floor(this.runText.length / 6), () => this.where());
  }

  open(name: string, tag: string, selfClosing: boolean): void {
    if (!this.inData) {
      if (name === 'sheetData') this.inData = !selfClosing;
      return;
    }
    if (name === 'row') {
      const r = attrs(tag).r;
      const rowNo = r === undefined ? this.rowNo + 1 : /^\d{1,15}$/.test(r) ? Number(r) : NaN;
      if (!(rowNo >= 1)) throw badSheet(`the sheet has a row numbered "${r}"`);
      this.sink.checkRow(rowNo);
      this.rowNo = rowNo;
      this.cells = [];
      this.col = 0;
    } else if (name === 'c') {
      if (!this.cells) throw badSheet('the sheet has a cell outside any row');
      const a = attrs(tag);
      this.col = a.r === undefined ? this.col + 1 : columnOf(a.r, this.rowNo);
      this.sink.checkColumn(this.col, this.rowNo);
      this.sink.countCell();
      this.cellType = a.t ?? 'n';
      this.cellStyle = a.s === undefined ? 0 : Number(a.s);
      this.inCell = true;
      this.value = undefined;
      this.inline = '';
    } else if (this.inCell && this.phonetic === 0) {
      if (name === 'v') this.startRun('v');
      else if (name === 't') this.startRun('t');
      else if (name === 'rPh') this.phonetic++;
    }
  }

  close(name: string): void {
    if (!this.inData) return;
    if (name === 'sheetData') this.inData = false;
    else if (name === 'row') {
      if (this.cells) this.sink.row(this.rowNo, this.cells);
      this.cells = undefined;
    } else if (name === 'c' && this.inCell) {
      this.inCell = false;
      const text = this.cellText();
      this.sink.checkText(text.length, () => this.where());
      this.cells![this.col - 1] = text;
    } else if (name === 'rPh') {
      if (this.phonetic > 0) this.phonetic--;
    } else if (this.run && name === this.run && this.phonetic === 0) {
      const text = decodeXml(this.runText);
      if (this.run === 'v') this.value = (this.value ?? '') + text;
      else this.inline += decodeExcelEscapes(text);
      this.sink.checkText(this.inline.length + (this.value?.length ?? 0), () => this.where());
      this.run = undefined;
    }
  }

  private startRun(kind: 'v' | 't'): void {
    this.run = kind;
    this.runText = '';
  }

  private cellText(): string {
    const v = this.value;
    switch (this.cellType) {
      case 's': {
        if (v === undefined || v.trim() === '') return '';
        const s = this.strings.get(Number(v));
        if (s === undefined) throw badSheet(`cell ${this.where()} refers to shared string ${v}, which the file does not have`);
        return s;
      }
      case 'inlineStr':
        return this.inline;
      case 'str':
        return v ?? '';
      case 'b':
        return v === undefined ? '' : String(v.trim() === '1' || v.trim() === 'true');
      case 'e':
        return '';
      case 'd':
        return v === undefined ? '' : (isoDate(Date.parse(v)) ?? v);
      default: {
        if (v === undefined || v.trim() === '') return this.inline;
        const n = Number(v);
        if (!Number.isFinite(n)) return v;
        if (this.dateStyles.has(this.cellStyle)) return isoDate(Math.round((n - 25569 + (this.date1904 ? 1462 : 0)) * 86_400_000)) ?? String(n);
        return String(n);
      }
    }
  }

  private where(): string {
    return `${columnName(this.col)}${this.rowNo}`;
  }
}

function isoDate(ms: number): string | undefined {
  if (!Number.isFinite(ms) || Math.abs(ms) > 8.64e15) return undefined;
  return new Date(ms).toISOString().slice(0, 10);
}

/** Column number of a reference like "BC12"; more than three letters is past XFD and reported as such. */
function columnOf(ref: string, rowNo: number): number {
  let col = 0;
  let i = 0;
  for (; i < ref.length; i++) {
    const c = ref.charCodeAt(i) | 0x20;
    if (c < 0x61 || c > 0x7a) break;
    if (i >= 3) return 16_385;
    col = col * 26 + (c - 0x60);
  }
  if (i === 0) throw badSheet(`row ${rowNo} has a cell with the reference "${ref.slice(0, 20)}"`);
  return col;
}

function columnName(col: number): string {
  let s = '';
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}
