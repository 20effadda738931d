/**
 * A minimal zip reader for xlsx uploads: the central directory is parsed
 * with every offset bounds-checked, and a member is inflated as a stream of
 * small chunks whose total is counted against a limit as it is produced.
 * The sizes an archive declares are not trusted; only the bytes actually
 * inflated count.
 */
import { Readable } from 'node:stream';
import { createInflateRaw } from 'node:zlib';
import { AppError } from '../errors.ts';
import { badSheet, sheetTooLarge, type SheetLimits } from './sheet-limits.ts';

export interface ZipEntry {
  name: string;
  method: number;
  flags: number;
  compressedSize: number;
  localOffset: number;
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
/** Compressed bytes fed to the inflater at a time: one slice inflates to at most ~8 MB (deflate's ratio is at most ~1032:1). */
const SLICE = 8 * 1024;

export class ZipArchive {
  readonly entries = new Map<string, ZipEntry>();
  private readonly lower = new Map<string, ZipEntry>();

  constructor(
    private readonly buf: Buffer,
    private readonly limits: SheetLimits,
  ) {
    const eocd = findEndRecord(buf);
    const count = buf.readUInt16LE(eocd + 10);
    const cdSize = buf.readUInt32LE(eocd + 12);
    const cdOffset = buf.readUInt32LE(eocd + 16);
    if (count === 0xffff || cdOffset === 0xffffffff || cdSize === 0xffffffff)
      throw badSheet('this .xlsx uses the zip64 format, which is not accepted; save it again from Excel');
    if (count > limits.maxZipMembers) throw sheetTooLarge(limits, 'maxZipMembers', `the archive lists ${count} files`);
    if (cdOffset + cdSize > buf.length) throw damaged('its directory points outside the file');
    let p = cdOffset;
    for (let i = 0; i < count; i++) {
      if (p + 46 > buf.length || buf.readUInt32LE(p) !== CENTRAL) throw damaged('its directory is broken');
      const nameLen = buf.readUInt16LE(p + 28);
      const next = p + 46 + nameLen + buf.readUInt16LE(p + 30) + buf.readUInt16LE(p + 32);
      if (next > buf.length) throw damaged('its directory is broken');
      const entry: ZipEntry = {
        name: buf.toString('utf8', p + 46, p + 46 + nameLen),
        flags: buf.readUInt16LE(p + 8),
        method: buf.readUInt16LE(p + 10),
        compressedSize: buf.readUInt32LE(p + 20),
        localOffset: buf.readUInt32LE(p + 42),
      };
      if (!this.entries.has(entry.name)) {
        this.entries.set(entry.name, entry);
        this.lower.set(entry.name.toLowerCase(), entry);
      }
      p = next;
    }
  }

  /** The member with this name (exact, else ignoring case). */
  find(name: string): ZipEntry | undefined {
    return this.entries.get(name) ?? this.lower.get(name.toLowerCase());
  }

  /**
   * The member's bytes, inflated chunk by chunk; throws SHEET_TOO_LARGE
   * (`limit`) as soon as more than `limits[limit]` bytes have come out.
   */
  async *read(entry: ZipEntry, limit: keyof SheetLimits): AsyncGenerator<Buffer> {
    const max = this.limits[limit];
    const data = this.dataOf(entry);
    let total = 0;
    const count = (n: number) => {
      total += n;
      if (total > max) throw sheetTooLarge(this.limits, limit, `${entry.name} unpacks to more than that`);
    };
    if (entry.method === 0) {
      for (let i = 0; i < data.length; i += 64 * 1024) {
        const chunk = data.subarray(i, i + 64 * 1024);
        count(chunk.length);
        yield chunk;
      }
      return;
    }
    if (entry.method !== 8)
      throw badSheet(`${entry.name} in this .xlsx uses compression method ${entry.method}, which is not accepted; save it again from Excel`);
    const source = Readable.from(slices(data), { objectMode: false, highWaterMark: SLICE });
    const inflater = createInflateRaw({ chunkSize: 64 * 1024 });
    source.on('error', (e) => inflater.destroy(e));
    source.pipe(inflater);
    try {
      for await (const chunk of inflater as AsyncIterable<Buffer>) {
        count(chunk.length);
        yield chunk;
      }
    } catch (e) {
      if (e instanceof AppError) throw e;
      throw damaged(`${entry.name} cannot be unpacked (${e instanceof Error ? e.message.slice(0, 100) : 'inflate error'})`);
    } finally {
      source.unpipe(inflater);
      source.destroy();
      inflater.destroy();
    }
  }

  private dataOf(entry: ZipEntry): Buffer {
    const buf = this.buf;
    if (entry.flags & 1) throw badSheet('this .xlsx is encrypted; remove the password and upload it again');
    const at = entry.localOffset;
    if (at + 30 > buf.length || buf.readUInt32LE(at) !== LOCAL) throw damaged(`the entry of ${entry.name} is broken`);
    const start = at + 30 + buf.readUInt16LE(at + 26) + buf.readUInt16LE(at + 28);
    const end = start + entry.compressedSize;
    if (end > buf.length) throw damaged(`${entry.name} runs past the end of the file`);
    return buf.subarray(start, end);
  }
}

function* slices(data: Buffer): Generator<Buffer> {
  for (let i = 0; i < data.length; i += SLICE) yield data.subarray(i, i + SLICE);
}

function findEndRecord(buf: Buffer): number {
  const stop = Math.max(0, buf.length - 22 - 0xffff);
  for (let p = buf.length - 22; p >= stop; p--) if (buf.readUInt32LE(p) === EOCD) return p;
  throw damaged('it has no zip directory (is the upload complete?)');
}

function damaged(why: string): AppError {
  return badSheet(`the .xlsx file cannot be read: ${why}; save it again from Excel as .xlsx or upload CSV`);
}
