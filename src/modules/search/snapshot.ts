import { open } from 'node:fs/promises';
import { DocColumns, LeafTable, TitleStore } from './columns.ts';
import { CommodityDictionary } from './dictionary.ts';
import { Lexicon, Postings } from './postings.ts';

/**
 * Snapshot file: "YWSRCH01", a uint32 header length, a JSON header (counts,
 * leaf codes, dictionary, section table), then binary sections at 8-byte
 * aligned offsets — the typed arrays as they are in memory, the term list and
 * the titles as UTF-8 joined by "\n" / U+0000. Loading reads each section
 * straight into its own typed array (no parsing of postings).
 */
const MAGIC = 'YWSRCH01';
const VERSION = 4;
/** Version 3 snapshots (without stored structures) still load; their structures are rebuilt. */
const READABLE = new Set([3, 4]);

export interface SnapshotParts {
  lex: Lexicon;
  post: Postings;
  cols: DocColumns;
  leaves: LeafTable;
  titleDf: Int32Array;
  dict: CommodityDictionary;
  /**
   * Further structures stored as they are (stored.ts: facet lists, sort orders, hot terms): a JSON
   * description and named arrays. Absent when reading a snapshot that has none.
   */
  stored?: { meta: unknown; arrays: [string, Typed][] };
}

type Typed = Int32Array | Uint8Array | Uint16Array | Float64Array;
const CTORS = { Int32Array, Uint8Array, Uint16Array, Float64Array } as const;
type CtorName = keyof typeof CTORS;

const COLUMN_NAMES = ['ids', 'leaf', 'price', 'moq', 'district', 'credit', 'priceBand', 'moqBand', 'quality', 'merchant', 'created', 'dead'] as const;

export async function writeSnapshot(path: string, s: SnapshotParts): Promise<void> {
  const n = s.cols.size;
  const sections: [string, Typed | Uint8Array][] = [
    ['offsets', s.post.offsets],
    ['docs', s.post.docs],
    ['imps', s.post.imps],
    ['titleDf', s.titleDf],
    ...COLUMN_NAMES.map((c) => [c, (s.cols[c] as Typed).subarray(0, n)] as [string, Typed]),
    ['terms', Buffer.from(s.lex.terms.join('\n'), 'utf8')],
    ['titleZh', s.cols.titleZh.buf.subarray(0, s.cols.titleZh.bytesUsed)],
    ['titleZhEnds', s.cols.titleZh.ends.subarray(0, n)],
    ['titleEn', s.cols.titleEn.buf.subarray(0, s.cols.titleEn.bytesUsed)],
    ['titleEnEnds', s.cols.titleEn.ends.subarray(0, n)],
    ...(s.stored?.arrays ?? []).map(([name, arr]) => [`x:${name}`, arr] as [string, Typed]),
  ];
  const table: { name: string; type: CtorName; offset: number; length: number }[] = [];
  let at = 0;
  for (const [name, arr] of sections) {
    const type = (Buffer.isBuffer(arr) ? 'Uint8Array' : arr.constructor.name) as CtorName;
    if (!(type in CTORS)) throw new TypeError(`cannot store ${type}`);
    table.push({ name, type, offset: at, length: arr.length });
    at += Math.ceil(arr.byteLength / 8) * 8;
  }
  const header = Buffer.from(
    JSON.stringify({
      version: VERSION,
      docs: n,
      terms: s.lex.size,
      leaves: s.leaves.codes,
      dictionary: s.dict.toJSON(),
      stored: s.stored?.meta ?? null,
      sections: table,
    }),
    'utf8',
  );
  const pre = Buffer.alloc(12);
  pre.write(MAGIC, 0, 'latin1');
  pre.writeUInt32LE(header.length, 8);
  const dataStart = Math.ceil((12 + header.length) / 8) * 8;
  const fh = await open(path, 'w');
  try {
    await fh.write(pre, 0, 12, 0);
    await fh.write(header, 0, header.length, 12);
    for (let i = 0; i < sections.length; i++) {
      const arr = sections[i]![1];
      const view = new Uint8Array(arr.buffer, arr.byteOffset, arr.byteLength);
      for (let off = 0; off < view.length; off += 1 << 28) {
        const part = view.subarray(off, Math.min(view.length, off + (1 << 28)));
        await fh.write(part, 0, part.length, dataStart + table[i]!.offset + off);
      }
    }
  } finally {
    await fh.close();
  }
}

/** Bytes per read of a snapshot's data (reads run in parallel on libuv's threads). */
const READ_CHUNK = 32 << 20;

export async function readSnapshot(path: string): Promise<SnapshotParts> {
  const fh = await open(path, 'r');
  try {
    const pre = Buffer.alloc(12);
    await fh.read(pre, 0, 12, 0);
    if (pre.toString('latin1', 0, 8) !== MAGIC) throw new Error(`${path} is not a search snapshot`);
    const hlen = pre.readUInt32LE(8);
    const hbuf = Buffer.alloc(hlen);
    await fh.read(hbuf, 0, hlen, 12);
    const header = JSON.parse(hbuf.toString('utf8')) as {
      version: number;
      docs: number;
      terms: number;
      leaves: string[];
      dictionary: { concepts: [string[], string[]][]; words: string[] };
      stored?: unknown;
      sections: { name: string; type: CtorName; offset: number; length: number }[];
    };
    if (!READABLE.has(header.version)) throw new Error(`search snapshot version ${header.version} is not supported (expected ${VERSION})`);
    const dataStart = Math.ceil((12 + hlen) / 8) * 8;
    // One buffer for all sections (no zero-fill); each section is a view at its 8-byte aligned offset.
    // The file is read in READ_CHUNK pieces all issued at once, so libuv's threads read them in parallel:
    // most of a load's time is the kernel mapping fresh pages into the buffer (page faults, zeroing),
    // which then runs on every core instead of one (docs/search.md, "Snapshot load").
    const end = header.sections.reduce((m, sec) => Math.max(m, sec.offset + sec.length * CTORS[sec.type].BYTES_PER_ELEMENT), 0);
    // A plain ArrayBuffer, not a Buffer: node 20 caps Buffers, and byte views, at 4 GB (a 10 × index is
    // ~8 GB; each read and each section gets a view of its own), and a large zeroed ArrayBuffer is fresh
    // mapped memory that nothing touches before the reads.
    const all = new ArrayBuffer(end);
    const readRange = async (from: number, to: number) => {
      for (let off = from; off < to; ) {
        const { bytesRead } = await fh.read(new Uint8Array(all, off, to - off), 0, to - off, dataStart + off);
        if (bytesRead <= 0) throw new Error(`${path}: truncated at byte ${dataStart + off}`);
        off += bytesRead;
      }
    };
    const pieces: Promise<void>[] = [];
    for (let off = 0; off < end; off += READ_CHUNK) pieces.push(readRange(off, Math.min(end, off + READ_CHUNK)));
    await Promise.all(pieces);
    const got = new Map<string, Typed>();
    for (const sec of header.sections) got.set(sec.name, new CTORS[sec.type](all, sec.offset, sec.length));
    const need = (name: string): Typed => {
      const a = got.get(name);
      if (!a) throw new Error(`${path}: missing section ${name}`);
      return a;
    };
    const text = (name: string) => {
      const a = need(name);
      return Buffer.from(a.buffer, a.byteOffset, a.byteLength).toString('utf8');
    };
    const terms = header.terms ? text('terms').split('\n') : [];
    const cols = new DocColumns(Math.max(1, header.docs));
    for (const c of COLUMN_NAMES) (cols as unknown as Record<string, Typed>)[c] = need(c);
    cols.size = header.docs;
    cols.titleZh = TitleStore.from(need('titleZh') as Uint8Array, need('titleZhEnds') as Int32Array);
    cols.titleEn = TitleStore.from(need('titleEn') as Uint8Array, need('titleEnEnds') as Int32Array);
    const dict = CommodityDictionary.fromJSON(header.dictionary);
    const flag = new Int32Array(Math.max(1024, terms.length));
    flag.set(need('titleDf'));
    const stored: [string, Typed][] = [];
    for (const [name, arr] of got) if (name.startsWith('x:')) stored.push([name.slice(2), arr]);
    return {
      ...(header.stored != null ? { stored: { meta: header.stored, arrays: stored } } : {}),
      lex: Lexicon.from(terms),
      post: new Postings(need('offsets') as Int32Array, need('docs') as Int32Array, need('imps') as Uint8Array),
      cols,
      leaves: new LeafTable(header.leaves),
      titleDf: flag,
      dict,
    };
  } finally {
    await fh.close();
  }
}
