/**
 * A consignment document as a PDF (pdfkit), A4 landscape, with Noto Sans SC
 * embedded as a subset (as the proforma invoice: src/modules/trade/proforma-pdf.ts):
 * one section per declaration or container, the table's header repeated on
 * every page. `documentPdfBytes` renders in a small worker pool.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type * as Fontkit from 'fontkit';
import { WorkPool } from '../../core/work-pool.ts';
import type { ConsignmentDocuments } from './documents.ts';
import { type Cell, type DocumentKind, documentTables, moneyText } from './document-tables.ts';

const NOTO_SC = '@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf';
let font: Fontkit.Font | undefined;
async function notoSansSc(): Promise<Fontkit.Font> {
  if (!font) {
    const fontkit = await import('fontkit');
    font = fontkit.create(readFileSync(createRequire(import.meta.url).resolve(NOTO_SC))) as Fontkit.Font;
  }
  return font;
}

const PAGE = { width: 841.89, height: 595.28 };
const MARGIN = 30;
const ROW = 11;
const SIZE = 7;

const text = (c: Cell): string => (typeof c === 'object' ? moneyText(c) : String(c));
/**
 * Character widths at SIZE, measured once per character (a cell is then sized
 * without laying it out; kerning is ignored, which moves a right edge by a
 * fraction of a point): cells are drawn without pdfkit's line wrapper.
 */
function widths(doc: PDFKit.PDFDocument): (s: string) => number {
  const cache = new Map<string, number>();
  return (s) => {
    let w = 0;
    for (const ch of s) {
      let c = cache.get(ch);
      if (c === undefined) {
        c = doc.widthOfString(ch);
        cache.set(ch, c);
      }
      w += c;
    }
    return w;
  };
}

/** Clip to `points` with an ellipsis; returns the text and its width. */
function clip(s: string, points: number, width: (s: string) => number): [string, number] {
  let w = 0;
  let out = '';
  for (const ch of s) {
    const c = width(ch);
    if (w + c > points) return [`${out}…`, w + width('…')];
    w += c;
    out += ch;
  }
  return [out, w];
}

/** The task a worker runs: the PDF's bytes. */
export async function renderDocumentPdf({ docs, kind }: { docs: ConsignmentDocuments; kind: DocumentKind }): Promise<Uint8Array> {
  const t = documentTables(docs, kind);
  const f = await notoSansSc();
  const { default: PDFDocument } = await import('pdfkit');
  const doc = new PDFDocument({
    size: 'A4',
    layout: 'landscape',
    margin: MARGIN,
    compress: true,
    autoFirstPage: false,
    info: { Title: `${t.title} #${docs.consignmentId}`, Creator: 'yiwu' },
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
  const width = widths(doc);
  for (const s of t.sections) {
    doc.addPage();
    doc.font('sc').fillColor('#1f2328').fontSize(14).text(s.name, MARGIN, MARGIN, { lineBreak: false });
    let y = MARGIN + 22;
    for (const [k, v] of s.meta) {
      doc.fontSize(8).fillColor('#57606a').text(k, MARGIN, y, { width: 140, lineBreak: false });
      doc.fillColor('#1f2328').text(v, MARGIN + 145, y, { width: span - 145 });
      y = Math.max(doc.y, y + 11);
    }
    y += 6;
    const total = s.columns.reduce((a, c) => a + c.width, 0);
    const xs: number[] = [];
    let x = MARGIN;
    for (const c of s.columns) {
      xs.push(x);
      x += (c.width / total) * span;
    }
    const w = (i: number) => (s.columns[i]!.width / total) * span - 3;
    const row = (cells: Cell[], shade: string | null) => {
      if (shade) doc.rect(MARGIN, y - 2, span, ROW).fill(shade);
      doc.fillColor('#1f2328').fontSize(SIZE);
      cells.forEach((c, i) => {
        const [v, vw] = clip(text(c), w(i), width);
        if (v) doc.text(v, s.columns[i]!.align === 'right' ? xs[i]! + w(i) - vw : xs[i]!, y, { lineBreak: false });
      });
      y += ROW;
    };
    const header = () =>
      row(
        s.columns.map((c) => c.label),
        '#eaeef2',
      );
    header();
    for (const r of s.rows) {
      if (y > PAGE.height - MARGIN - 2 * ROW) {
        doc.addPage();
        y = MARGIN;
        header();
      }
      row(r, null);
    }
    if (s.total) row(s.total, '#f6f8fa');
  }
  doc.end();
  await ended;
  const out = Buffer.concat(chunks);
  return new Uint8Array(out.buffer, out.byteOffset, out.byteLength);
}

let pool: WorkPool | undefined;
/** One worker, four waiting; more → 503 BUSY. A document has 60 s. */
const thePool = (): WorkPool => (pool ??= new WorkPool({ name: 'export documents pdf', size: 1, maxQueue: 4, retryAfterSeconds: 5 }));

/** Render in the worker pool. */
export async function documentPdfBytes(docs: ConsignmentDocuments, kind: DocumentKind): Promise<Buffer> {
  const bytes = await thePool().run<Uint8Array>(new URL(import.meta.url), 'renderDocumentPdf', { docs, kind }, { timeoutMs: 60_000 });
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}
