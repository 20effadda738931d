/** The shared-strings and styles parts of an xlsx, read as streams under their limits. */
import type { ZipArchive, ZipEntry } from './zip.ts';
import { XmlScanner, attr, decodeExcelEscapes, decodeXml, type XmlHandler } from './xml-scan.ts';
import type { RowSink } from './row-sink.ts';
import { sheetTooLarge, type SheetLimits } from './sheet-limits.ts';

/** Stream one part through an XML handler under its size limit. */
export async function scanPart(zip: ZipArchive, entry: ZipEntry, limit: keyof SheetLimits, limits: SheetLimits, h: XmlHandler, sink?: RowSink): Promise<void> {
  const scanner = new XmlScanner(h, limits, entry.name);
  for await (const chunk of zip.read(entry, limit)) {
    scanner.feed(chunk);
    sink?.checkTime();
  }
  scanner.end();
}

/**
 * The shared-strings table kept compactly: every string's UTF-8 bytes end to end in one buffer and
 * where each ends, instead of a JS string (and its header) per entry; a string is decoded when a
 * cell refers to it. A 200,000-row sheet has a few hundred thousand entries.
 */
export class SharedStrings {
  private bytes = Buffer.allocUnsafe(64 * 1024);
  private ends = new Uint32Array(1024);
  private used = 0;
  length = 0;

  push(s: string): void {
    const need = Buffer.byteLength(s, 'utf8');
    if (this.used + need > this.bytes.length) {
      const grown = Buffer.allocUnsafe(Math.max(this.bytes.length * 2, this.used + need));
      this.bytes.copy(grown, 0, 0, this.used);
      this.bytes = grown;
    }
    if (this.length === this.ends.length) {
      const grown = new Uint32Array(this.ends.length * 2);
      grown.set(this.ends);
      this.ends = grown;
    }
    this.used += this.bytes.write(s, this.used, 'utf8');
    this.ends[this.length++] = this.used;
  }

  /** Entry i, or undefined when the table has no such entry. */
  get(i: number): string | undefined {
    if (!(i >= 0 && i < this.length && Number.isInteger(i))) return undefined;
    return this.bytes.toString('utf8', i === 0 ? 0 : this.ends[i - 1]!, this.ends[i]!);
  }
}

/** xl/sharedStrings.xml: each <si> is its <t> texts joined (rich-text runs included, phonetic runs not). */
export async function readSharedStrings(zip: ZipArchive, entry: ZipEntry, limits: SheetLimits, sink: RowSink): Promise<SharedStrings> {
  const strings = new SharedStrings();
  let inItem = false;
  let inT = false;
  let phonetic = 0;
  let item = '';
  let raw = '';
  const tooLong = () => sheetTooLarge(limits, 'maxCellChars', `shared string ${strings.length} is longer than that`);
  await scanPart(
    zip,
    entry,
    'maxSharedStringsBytes',
    limits,
    {
      open(name) {
        if (name === 'si') {
          if (strings.length >= limits.maxSharedStrings) throw sheetTooLarge(limits, 'maxSharedStrings', 'the file has more than that');
          inItem = true;
          item = '';
        } else if (inItem && name === 'rPh') phonetic++;
        else if (inItem && name === 't' && phonetic === 0) {
          inT = true;
          raw = '';
        }
      },
      close(name) {
        if (name === 'si' && inItem) {
          strings.push(item);
          inItem = false;
          phonetic = 0;
        } else if (name === 'rPh' && phonetic > 0) phonetic--;
        else if (name === 't' && inT) {
          inT = false;
          item += decodeExcelEscapes(decodeXml(raw));
          if (item.length > limits.maxCellChars) throw tooLong();
        }
      },
      text(t, cdata) {
        raw += cdata ? t.replace(/&/g, '&amp;') : t;
        if (raw.length > 6 * limits.maxCellChars) throw tooLong();
      },
      wantText: () => inT,
    },
    sink,
  );
  return strings;
}

/** Built-in number formats that show dates or times (ECMA-376 §18.8.30, and the East Asian ones). */
const BUILTIN_DATE_FORMATS = new Set([
  14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54, 55, 56, 57, 58,
]);

/** A format code shows a date when, outside quoted text and [..] sections, it has a y, m, d, h, s or b. */
export function isDateFormat(code: string): boolean {
  return /[ymdhMsb]/.test(code.replace(/\[[^\]]*]/g, '').replace(/"[^"]*"/g, ''));
}

/** xl/styles.xml: the indexes of the cell formats (cellXfs) that show numbers as dates. */
export async function readStyles(zip: ZipArchive, entry: ZipEntry, limits: SheetLimits): Promise<Set<number>> {
  const customDate = new Map<number, boolean>();
  const xfFormats: number[] = [];
  let inCellXfs = false;
  await scanPart(zip, entry, 'maxPartBytes', limits, {
    open(name, tag, selfClosing) {
      if (name === 'numFmt') customDate.set(Number(attr(tag, 'numFmtId')), isDateFormat(attr(tag, 'formatCode') ?? ''));
      else if (name === 'cellXfs') inCellXfs = !selfClosing;
      else if (name === 'xf' && inCellXfs) xfFormats.push(Number(attr(tag, 'numFmtId') ?? 0));
    },
    close(name) {
      if (name === 'cellXfs') inCellXfs = false;
    },
    text() {},
    wantText: () => false,
  });
  const dates = new Set<number>();
  xfFormats.forEach((fmt, i) => {
    if (customDate.get(fmt) ?? BUILTIN_DATE_FORMATS.has(fmt)) dates.add(i);
  });
  return dates;
}
