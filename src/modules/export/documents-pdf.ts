/**
 * A consignment document as a PDF (pdfkit), A4 landscape, with Noto Sans SC
 * embedded as a subset (as the proforma invoice: src/modules/trade/proforma-pdf.ts):
 * one section per declaration or container, the table's header repeated on
 * every page. Rendered in the export documents' work pool (documents-render.ts).
 */
import type { ConsignmentDocuments } from './documents.ts';
import { type Cell, type DocumentKind, documentTables, moneyText } from './document-tables.ts';
import { notoSansSc } from './pdf-font.ts';

const PAGE = { width: 841.89, height: 595.28 };
const MARGIN = 30;
const ROW = 11;
const SIZE = 7;

/** Widths of characters at SIZE in Noto Sans SC, measured once per thread. */
const charWidths = new Map<string, number>();

/**
 * Width of `s` at SIZE from each character's width (a cell is then sized
 * without laying it out; kerning is ignored, which moves a right edge by a
 * fraction of a point): cells are drawn without pdfkit's line wrapper.
 */
function widthAtSize(doc: PDFKit.PDFDocument, s: string): number {
  let w = 0;
  for (const ch of s) {
    let c = charWidths.get(ch);
    if (c === undefined) {
      c = doc.widthOfString(ch);
      charWidths.set(ch, c);
    }
    w += c;
  }
  return w;
}

/** Clip to `points` with an ellipsis; returns the text and its width. */
function clip(doc: PDFKit.PDFDocument, s: string, points: number): [string, number] {
  let w = 0;
  let out = '';
  for (const ch of s) {
    const c = widthAtSize(doc, ch);
    if (w + c > points) return [`${out}…`, w + widthAtSize(doc, '…')];
    w += c;
    out += ch;
  }
  return [out, w];
}

/** What `TextWriter` reads of pdfkit 0.20's state: the current font (an EmbeddedFont), its size and the page. */
interface PdfkitState {
  _font: {
    id: string;
    ascender: number;
    encode(text: string): [string[], { xAdvance: number; advanceWidth: number; xOffset: number; yOffset: number }[]];
    ref(): unknown;
  };
  _fontSize: number;
  page: { height: number; fonts: Record<string, unknown> };
}

/** pdfkit's number formatting in content streams (PDFObject.number). */
const num = (n: number): number => Math.round(n * 1e6) / 1e6;

/**
 * Writes one line of text as pdfkit's `text(s, x, y, { lineBreak: false })`
 * does (left-aligned, no spacing options), and a line that fits its width as
 * `text(s, x, y, { width })` does: the same operators, byte for byte
 * (documents-pdf.test.ts renders documents both ways and compares the files),
 * gathered into one content write per row instead of eight per cell, and
 * without measuring each text twice or running the line wrapper. Text that
 * pdfkit would draw otherwise (a line break, a glyph offset) goes to
 * `doc.text` itself. `reference` sends everything there.
 */
class TextWriter {
  private ops: string[] = [];
  constructor(
    private readonly doc: PDFKit.PDFDocument,
    private readonly reference: boolean,
  ) {}

  /** `text(s, x, y, { lineBreak: false })`. */
  cell(s: string, x: number, y: number): void {
    if (this.reference || !this.direct(s, x, y)) {
      this.flush();
      this.doc.text(s, x, y, { lineBreak: false });
    }
  }

  /** `text(s, x, y, { width, lineBreak })`; returns the y below it (pdfkit's `doc.y` after the text). */
  line(s: string, x: number, y: number, width: number, lineBreak = true): number {
    // one line for certain: no break and a margin for kerning between words, which the wrapper measures apart
    if (!this.reference && !/[\n\r\u2028\u2029]/.test(s) && this.doc.widthOfString(s) <= width - 1 && this.direct(s, x, y)) {
      this.flush();
      return y + this.doc.currentLineHeight(true);
    }
    this.flush();
    this.doc.text(s, x, y, { width, lineBreak });
    return this.doc.y;
  }

  /** Write what was gathered (before anything else draws). */
  flush(): void {
    if (this.ops.length) this.doc.addContent(this.ops.join('\n'));
    this.ops = [];
  }

  /** pdfkit's _fragment for a plain left-aligned line; false when the text needs more than that. */
  private direct(s: string, x: number, y: number): boolean {
    if (s.includes('\n')) return false;
    const d = this.doc as unknown as PdfkitState;
    const f = d._font;
    const [encoded, positions] = f.encode(s);
    if (positions.length === 0) return false;
    for (const p of positions) if (p.xOffset || p.yOffset) return false;
    if (d.page.fonts[f.id] == null) d.page.fonts[f.id] = f.ref();
    const size = d._fontSize;
    const top = d.page.height - y - (f.ascender / 1000) * size;
    const ops = this.ops;
    ops.push('q', `1 0 0 -1 0 ${num(d.page.height)} cm`, 'BT', `1 0 0 1 ${num(x)} ${num(top)} Tm`, `/${f.id} ${num(size)} Tf`);
    let tj = '';
    let last = 0;
    for (let i = 1; i <= positions.length; i++) {
      const p = positions[i - 1]!;
      if (i < positions.length && p.xAdvance - p.advanceWidth === 0) continue;
      tj += `${tj ? ' ' : ''}<${encoded.slice(last, i).join('')}> ${num(-(p.xAdvance - p.advanceWidth))}`;
      last = i;
    }
    ops.push(`[${tj}] TJ`, 'ET', 'Q');
    return true;
  }
}

export interface PdfOptions {
  /** pdfkit's own text drawing and fontkit's layout throughout: the reference the faster path is checked against. */
  reference?: boolean;
  /** The document's creation date (default now). */
  createdAt?: Date;
}

/** The task a worker runs: the PDF's bytes. */
export async function renderDocumentPdf({
  docs,
  kind,
  options = {},
}: {
  docs: ConsignmentDocuments;
  kind: DocumentKind;
  options?: PdfOptions;
}): Promise<Uint8Array> {
  const t = documentTables(docs, kind);
  const reference = options.reference === true;
  const f = await notoSansSc(reference ? 'fontkit' : 'fast');
  const { default: PDFDocument } = await import('pdfkit');
  const doc = new PDFDocument({
    size: 'A4',
    layout: 'landscape',
    margin: MARGIN,
    compress: true,
    autoFirstPage: false,
    // the fast font keeps its own layouts (pdfkit's cache would hold every number of the document)
    ...(reference ? {} : { fontLayoutCache: false }),
    info: { Title: `${t.title} #${docs.consignmentId}`, Creator: 'yiwu', ...(options.createdAt ? { CreationDate: options.createdAt } : {}) },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const ended = new Promise<void>((resolve, reject) => {
    doc.on('end', resolve);
    doc.on('error', reject);
  });
  doc.registerFont('sc', f as unknown as Buffer);
  const span = PAGE.width - 2 * MARGIN;
  doc.font('sc').fontSize(SIZE);
  const out = new TextWriter(doc, reference);
  for (const s of t.sections) {
    doc.addPage();
    doc.font('sc').fillColor('#1f2328').fontSize(14).text(s.name, MARGIN, MARGIN, { lineBreak: false });
    let y = MARGIN + 22;
    for (const [k, v] of s.meta) {
      doc.fontSize(8).fillColor('#57606a');
      out.line(k, MARGIN, y, 140, false);
      doc.fillColor('#1f2328');
      y = Math.max(out.line(v, MARGIN + 145, y, span - 145), y + 11);
    }
    out.flush();
    y += 6;
    const total = s.columns.reduce((a, c) => a + c.width, 0);
    const xs: number[] = [];
    const ws: number[] = [];
    let x = MARGIN;
    for (const c of s.columns) {
      xs.push(x);
      ws.push((c.width / total) * span - 3);
      x += (c.width / total) * span;
    }
    const row = (cells: Cell[], shade: string | null) => {
      if (shade) doc.rect(MARGIN, y - 2, span, ROW).fill(shade);
      doc.fillColor('#1f2328').fontSize(SIZE);
      for (let i = 0; i < cells.length; i++) {
        const c = cells[i]!;
        const [v, vw] = clip(doc, typeof c === 'object' ? moneyText(c) : String(c), ws[i]!);
        if (v) out.cell(v, s.columns[i]!.align === 'right' ? xs[i]! + ws[i]! - vw : xs[i]!, y);
      }
      out.flush();
      y += ROW;
    };
    row(
      s.columns.map((c) => c.label),
      '#eaeef2',
    );
    for (const r of s.rows) {
      if (y > PAGE.height - MARGIN - 2 * ROW) {
        doc.addPage();
        y = MARGIN;
        row(
          s.columns.map((c) => c.label),
          '#eaeef2',
        );
      }
      row(r, null);
    }
    if (s.total) row(s.total, '#f6f8fa');
  }
  doc.end();
  await ended;
  const bytes = Buffer.concat(chunks);
  return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}
