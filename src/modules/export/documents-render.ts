/**
 * The consignment documents rendered off the event loop: xlsx and PDF files
 * are drawn in one work pool of two worker threads (the machine's cores), so a
 * request for a document never blocks the server, and a whole set (three
 * documents, two formats) is drawn two at a time, the longest first.
 *
 * The documents cross to a worker once as v8-serialised bytes (the structured
 * clone the pool would make, done once per set instead of once per file); a
 * worker keeps the last set it decoded, so it decodes a set once however many
 * of its files it draws.
 */
import { randomUUID } from 'node:crypto';
import { deserialize, serialize } from 'node:v8';
import { WorkPool } from '../../core/work-pool.ts';
import { DOCUMENT_KINDS, type DocumentKind } from './document-tables.ts';
import type { ConsignmentDocuments } from './documents.ts';
import { renderDocumentPdf } from './documents-pdf.ts';
import { renderDocumentXlsx } from './documents-xlsx.ts';

export const DOCUMENT_FORMATS = ['pdf', 'xlsx'] as const;
export type DocumentFormat = (typeof DOCUMENT_FORMATS)[number];

interface Payload {
  /** Names the set: a worker that decoded it already skips `bytes`. */
  set: string;
  bytes: Uint8Array;
  kind: DocumentKind;
  format: DocumentFormat;
}

let last: { set: string; docs: ConsignmentDocuments } | undefined;

/** The task a worker runs: one file's bytes. */
export async function renderDocumentFile(p: Payload): Promise<Uint8Array> {
  if (last?.set !== p.set) last = { set: p.set, docs: deserialize(p.bytes) as ConsignmentDocuments };
  const docs = last.docs;
  if (p.format === 'pdf') return renderDocumentPdf({ docs, kind: p.kind });
  const b = await renderDocumentXlsx(docs, p.kind);
  return new Uint8Array(b.buffer, b.byteOffset, b.byteLength);
}

let pool: WorkPool | undefined;
/** Two workers, eight files waiting (a whole set and two more); more → 503 BUSY. A file has 60 s. */
const thePool = (): WorkPool => (pool ??= new WorkPool({ name: 'export documents', size: 2, maxQueue: 8, retryAfterSeconds: 5 }));

const MODULE = new URL(import.meta.url);

/** Drawing the same format and kind takes about this long relative to the others: the longest go first. */
const COST: Record<DocumentFormat, Record<DocumentKind, number>> = {
  pdf: { 'packing-list': 6, 'goods-list': 5, declarations: 4 },
  xlsx: { 'packing-list': 3, declarations: 2, 'goods-list': 1 },
};

/**
 * Files of the documents, drawn in the worker pool.
 * @example
 * ```ts
 * const files = await documentFiles(docs); // all six
 * files.get('packing-list.pdf');
 * ```
 */
export async function documentFiles(
  docs: ConsignmentDocuments,
  want: readonly { kind: DocumentKind; format: DocumentFormat }[] = DOCUMENT_KINDS.flatMap((kind) => DOCUMENT_FORMATS.map((format) => ({ kind, format }))),
): Promise<Map<`${DocumentKind}.${DocumentFormat}`, Buffer>> {
  const set = randomUUID();
  const bytes = serialize(docs);
  const order = [...want].sort((a, b) => COST[b.format][b.kind] - COST[a.format][a.kind]);
  const files = await Promise.all(
    order.map((w) => thePool().run<Uint8Array>(MODULE, 'renderDocumentFile', { set, bytes, ...w } satisfies Payload, { timeoutMs: 60_000 })),
  );
  return new Map(order.map((w, i) => [`${w.kind}.${w.format}` as const, Buffer.from(files[i]!.buffer, files[i]!.byteOffset, files[i]!.byteLength)]));
}

/** One file, drawn in the worker pool. */
export async function documentFile(docs: ConsignmentDocuments, kind: DocumentKind, format: DocumentFormat): Promise<Buffer> {
  return (await documentFiles(docs, [{ kind, format }])).get(`${kind}.${format}`)!;
}

/** The PDF of a document, drawn in the worker pool. */
export const documentPdfBytes = (docs: ConsignmentDocuments, kind: DocumentKind): Promise<Buffer> => documentFile(docs, kind, 'pdf');
/** The xlsx workbook of a document, drawn in the worker pool. */
export const documentXlsx = (docs: ConsignmentDocuments, kind: DocumentKind): Promise<Buffer> => documentFile(docs, kind, 'xlsx');

/** Stop the pool's workers (tests; a server's workers end with it). */
export async function closeDocumentPool(): Promise<void> {
  const p = pool;
  pool = undefined;
  await p?.close();
}
