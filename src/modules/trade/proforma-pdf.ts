/**
 * The proforma invoice as a PDF (pdfkit), in Chinese or English, with Noto
 * Sans SC (SIL OFL 1.1, from the npm package @expo-google-fonts/noto-sans-sc,
 * so `npm ci` brings it; no system font is used) embedded as a subset of the
 * glyphs the document uses: a one-page invoice is tens of KB, not the font's
 * 10 MB. Laying out CJK text costs about a millisecond per cell, so a large
 * order takes a few hundred ms: `proformaPdf` renders in a small bounded
 * worker pool (one worker, eight waiting; more → 503 BUSY), and the worker
 * parses each font once.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type * as Fontkit from 'fontkit';
import { WorkPool } from '../../core/work-pool.ts';
import type { ProformaData, ProformaLang } from './proforma.ts';
import { description, LABELS, money, partyName, paymentTerms, stallLine, unitLabel } from './proforma-labels.ts';

const FONT_FILES = {
  regular: '@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf',
  bold: '@expo-google-fonts/noto-sans-sc/700Bold/NotoSansSC_700Bold.ttf',
} as const;

let fonts: { regular: Fontkit.Font; bold: Fontkit.Font } | undefined;
/**
 * The two faces, parsed once per thread (pdfkit accepts a parsed fontkit font and subsets it per document).
 * pdfkit and fontkit are imported here, in the worker, so the server's main thread never loads them.
 */
async function loadFonts(): Promise<{ regular: Fontkit.Font; bold: Fontkit.Font }> {
  if (fonts) return fonts;
  const fontkit = await import('fontkit');
  const require = createRequire(import.meta.url);
  const open = (file: string) => fontkit.create(readFileSync(require.resolve(file))) as Fontkit.Font;
  fonts = { regular: open(FONT_FILES.regular), bold: open(FONT_FILES.bold) };
  return fonts;
}

const A4 = { width: 595.28, height: 841.89 };
const MARGIN = 40;
const INK = '#1f2328';
const MUTED = '#57606a';
const RULE = '#d0d7de';

/** Table columns: key, width in points, alignment. */
const COLUMNS = [
  { key: 'lineNo', width: 26, align: 'left' },
  { key: 'sku', width: 70, align: 'left' },
  { key: 'description', width: 158, align: 'left' },
  { key: 'hs', width: 60, align: 'left' },
  { key: 'qty', width: 48, align: 'right' },
  { key: 'unit', width: 36, align: 'left' },
  { key: 'unitPrice', width: 58, align: 'right' },
  { key: 'amount', width: 59.28, align: 'right' },
] as const;

/** The task a worker runs: the PDF's bytes. */
export async function renderProformaPdf({ data, lang }: { data: ProformaData; lang: ProformaLang }): Promise<Uint8Array> {
  const L = LABELS[lang];
  const f = await loadFonts();
  const { default: PDFDocument } = await import('pdfkit');
  const doc = new PDFDocument({
    size: 'A4',
    margin: MARGIN,
    compress: true,
    lang: lang === 'zh' ? 'zh-CN' : 'en',
    info: { Title: `${L.title} ${data.number}`, Subject: `${L.title} ${data.number}`, Author: partyName(data.seller, lang), Creator: 'yiwu' },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const ended = new Promise<void>((resolve, reject) => {
    doc.on('end', resolve);
    doc.on('error', reject);
  });
  // pdfkit takes a parsed fontkit font where its types say file or bytes (PDFFontFactory.open: `typeof src.layout === 'function'`)
  doc.registerFont('regular', f.regular as unknown as Buffer);
  doc.registerFont('bold', f.bold as unknown as Buffer);
  const right = A4.width - MARGIN;
  const width = right - MARGIN;

  // ---- header: title left, number and dates right
  doc.fillColor(INK).font('bold').fontSize(20).text(L.title, MARGIN, MARGIN, { lineBreak: false });
  doc
    .font('regular')
    .fontSize(10)
    .fillColor(MUTED)
    .text(L.subtitle, MARGIN, MARGIN + 26, { lineBreak: false });
  const meta: [string, string][] = [
    [L.number, data.number],
    [L.date, data.issueDate],
    [L.validUntil, data.validUntil],
    [L.order, `#${data.orderId}`],
    [L.purchase, `#${data.purchaseId}`],
  ];
  let y = MARGIN;
  for (const [k, v] of meta) {
    doc
      .font('regular')
      .fontSize(9)
      .fillColor(MUTED)
      .text(k, right - 210, y, { width: 80, lineBreak: false });
    doc
      .font('bold')
      .fillColor(INK)
      .text(v, right - 130, y, { width: 130, align: 'right', lineBreak: false });
    y += 14;
  }
  y = Math.max(y, MARGIN + 48) + 10;
  doc.moveTo(MARGIN, y).lineTo(right, y).strokeColor(RULE).lineWidth(1).stroke();
  y += 10;

  // ---- parties
  const half = (width - 20) / 2;
  const party = (x: number, title: string, lines: string[]) => {
    let py = y;
    doc.font('bold').fontSize(10).fillColor(MUTED).text(title, x, py, { width: half });
    py += 15;
    for (const [i, line] of lines.entries()) {
      doc
        .font(i === 0 ? 'bold' : 'regular')
        .fontSize(i === 0 ? 10.5 : 9)
        .fillColor(INK)
        .text(line, x, py, { width: half });
      py = doc.y + 2;
    }
    return py;
  };
  const s = data.seller;
  const shop = lang === 'zh' ? s.shopNameZh || s.shopNameEn : s.shopNameEn || s.shopNameZh;
  const stall = stallLine(data, lang);
  const sellerLines = [
    partyName(s, lang),
    ...(shop ? [shop] : []),
    ...(stall ? [`${L.stall}: ${stall}`] : []),
    ...(s.uscc ? [`${L.uscc}: ${s.uscc}`] : []),
    ...(s.stall?.phone ? [`${L.phone}: ${s.stall.phone}`] : []),
  ];
  const buyerLines = [partyName(data.buyer, lang), `${L.country}: ${data.buyer.country}`];
  y = Math.max(party(MARGIN, L.seller, sellerLines), party(MARGIN + half + 20, L.buyer, buyerLines)) + 12;

  // ---- lines
  const heads = COLUMNS.map((c) => (c.key === 'unitPrice' || c.key === 'amount' ? `${L[c.key]} (${data.currency})` : L[c.key]));
  const headerRow = () => {
    doc.font('bold').fontSize(8.5);
    const h = Math.max(...heads.map((t, i) => doc.heightOfString(t, { width: COLUMNS[i]!.width - 6 }))) + 9;
    doc.rect(MARGIN, y, width, h).fill('#f6f8fa');
    let x = MARGIN;
    doc.fillColor(INK);
    for (const [i, c] of COLUMNS.entries()) {
      doc.text(heads[i]!, x + 3, y + 5, { width: c.width - 6, align: c.align });
      x += c.width;
    }
    y += h + 2;
  };
  headerRow();
  for (const l of data.lines) {
    const cells: Record<(typeof COLUMNS)[number]['key'], string> = {
      lineNo: String(l.lineNo),
      sku: l.sku,
      description: description(l, lang),
      hs: l.hsCode ?? '',
      qty: l.qty.toLocaleString('en-US'),
      unit: unitLabel(l, lang),
      unitPrice: money(l.unitPrice, data.currency),
      amount: money(l.lineTotal, data.currency),
    };
    doc.font('regular').fontSize(8.5);
    const descWidth = COLUMNS[2].width - 6;
    const h = Math.max(12, doc.heightOfString(cells.description, { width: descWidth }), doc.heightOfString(cells.sku, { width: COLUMNS[1].width - 6 })) + 6;
    if (y + h > A4.height - MARGIN - 20) {
      doc.addPage();
      y = MARGIN;
      headerRow();
    }
    let x = MARGIN;
    doc.fillColor(INK);
    for (const c of COLUMNS) {
      const wraps = c.key === 'description' || c.key === 'sku';
      doc.text(cells[c.key], x + 3, y + 3, { width: c.width - 6, align: c.align, ...(wraps ? {} : { lineBreak: false, ellipsis: true }) });
      x += c.width;
    }
    y += h;
    doc.moveTo(MARGIN, y).lineTo(right, y).strokeColor(RULE).lineWidth(0.5).stroke();
  }

  // ---- totals
  if (y + 90 > A4.height - MARGIN) {
    doc.addPage();
    y = MARGIN;
  }
  y += 8;
  const totals: [string, number, boolean][] = [
    [L.total, data.total, true],
    [`${L.deposit} (${(data.depositBp / 100).toFixed(data.depositBp % 100 === 0 ? 0 : 2)}%)`, data.deposit, false],
    [L.balance, data.balance, false],
    ...(data.paid > 0 ? ([[L.paid, data.paid, false]] as [string, number, boolean][]) : []),
  ];
  for (const [k, v, strong] of totals) {
    doc
      .font(strong ? 'bold' : 'regular')
      .fontSize(strong ? 11 : 9.5)
      .fillColor(INK);
    doc.text(k, right - 260, y, { width: 120, align: 'right', lineBreak: false });
    doc.text(`${data.currency} ${money(v, data.currency)}`, right - 130, y, { width: 130, align: 'right', lineBreak: false });
    y += strong ? 18 : 14;
  }

  // ---- terms and the note
  y += 10;
  const terms: [string, string][] = [
    [L.currency, data.currency],
    ...(data.incoterm ? ([[L.incoterm, data.incoterm]] as [string, string][]) : []),
    ...(data.port ? ([[L.port, data.port]] as [string, string][]) : []),
    ...(data.leadTimeDays !== null ? ([[L.leadTime, `${data.leadTimeDays} ${L.days}`]] as [string, string][]) : []),
    [L.paymentTerms, paymentTerms(data, lang)],
    [L.validity, `${data.issueDate} – ${data.validUntil}`],
  ];
  for (const [k, v] of terms) {
    doc.font('bold').fontSize(9).fillColor(MUTED).text(k, MARGIN, y, { width: 110 });
    doc
      .font('regular')
      .fillColor(INK)
      .text(v, MARGIN + 115, y, { width: width - 115 });
    y = Math.max(doc.y, y + 12) + 4;
  }
  y += 8;
  doc.font('regular').fontSize(8.5).fillColor(MUTED).text(L.notTaxInvoice, MARGIN, y, { width });
  doc.end();
  await ended;
  const out = Buffer.concat(chunks);
  return new Uint8Array(out.buffer, out.byteOffset, out.byteLength);
}

let pool: WorkPool | undefined;
/** Rendering pool: one worker, eight waiting; a ninth request is refused at once with 503 BUSY. */
const thePool = (): WorkPool => (pool ??= new WorkPool({ name: 'proforma pdf', size: 1, maxQueue: 8, retryAfterSeconds: 5 }));

/**
 * Render in the worker pool (BUSY when full; a job has 30 s).
 * @example
 * ```ts
 * const pdf = await proformaPdfBytes(await proformaData(db, buyer, 42), 'zh');
 * ```
 */
export async function proformaPdfBytes(data: ProformaData, lang: ProformaLang): Promise<Buffer> {
  const bytes = await thePool().run<Uint8Array>(new URL(import.meta.url), 'renderProformaPdf', { data, lang }, { timeoutMs: 30_000 });
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}
