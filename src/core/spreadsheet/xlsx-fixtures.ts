/**
 * Test helpers: build normal and hostile .xlsx files without holding their
 * unpacked contents in memory (members are deflated as streams), so a test
 * can make a 300 MB zip bomb in well under 1 MB.
 */
import { once } from 'node:events';
import { createDeflateRaw, crc32 } from 'node:zlib';

export interface Member {
  name: string;
  /** The member's text or bytes, in pieces (a generator for large members). */
  parts: Iterable<string | Buffer>;
  /** Lie about the unpacked size in the zip headers (a reader must not trust it). */
  declaredSize?: number;
}

async function deflate(parts: Iterable<string | Buffer>): Promise<{ data: Buffer; crc: number; size: number }> {
  const z = createDeflateRaw({ level: 9, memLevel: 9 });
  const out: Buffer[] = [];
  z.on('data', (b: Buffer) => out.push(b));
  let crc = 0;
  let size = 0;
  for (const p of parts) {
    const b = typeof p === 'string' ? Buffer.from(p, 'utf8') : p;
    crc = crc32(b, crc);
    size += b.length;
    if (!z.write(b)) await once(z, 'drain');
  }
  z.end();
  await once(z, 'end');
  return { data: Buffer.concat(out), crc, size };
}

/** A zip archive of deflated members. */
export async function zip(members: Member[]): Promise<Buffer> {
  const locals: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const m of members) {
    const { data, crc, size } = await deflate(m.parts);
    const name = Buffer.from(m.name, 'utf8');
    const declared = m.declaredSize ?? size;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(crc >>> 0, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(declared, 22);
    local.writeUInt16LE(name.length, 26);
    const cd = Buffer.alloc(46);
    cd.writeUInt32LE(0x02014b50, 0);
    cd.writeUInt16LE(20, 4);
    cd.writeUInt16LE(20, 6);
    cd.writeUInt16LE(0x0800, 8);
    cd.writeUInt16LE(8, 10);
    cd.writeUInt32LE(crc >>> 0, 16);
    cd.writeUInt32LE(data.length, 20);
    cd.writeUInt32LE(declared, 24);
    cd.writeUInt16LE(name.length, 28);
    cd.writeUInt32LE(offset, 42);
    locals.push(local, name, data);
    central.push(cd, name);
    offset += 30 + name.length + data.length;
  }
  const cdBuf = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(members.length, 8);
  end.writeUInt16LE(members.length, 10);
  end.writeUInt32LE(cdBuf.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cdBuf, end]);
}

const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** A one-sheet workbook whose sheet data (the XML inside <sheetData>) is `rows`. */
export async function xlsx(
  rows: Iterable<string>,
  opts: { sharedStrings?: string[]; styles?: string; declaredSize?: number; extra?: Member[] } = {},
): Promise<Buffer> {
  const sst = opts.sharedStrings;
  const members: Member[] = [
    {
      name: '[Content_Types].xml',
      parts: [
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
          '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
          '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' +
          (sst
            ? '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
            : '') +
          (opts.styles ? '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>' : '') +
          '</Types>',
      ],
    },
    {
      name: '_rels/.rels',
      parts: [
        `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
      ],
    },
    {
      name: 'xl/workbook.xml',
      parts: [`<?xml version="1.0" encoding="UTF-8"?><workbook ${NS}><sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>`],
    },
    {
      name: 'xl/_rels/workbook.xml.rels',
      parts: [
        `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/>` +
          (sst ? `<Relationship Id="rId2" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/>` : '') +
          (opts.styles ? `<Relationship Id="rId3" Type="${REL}/styles" Target="styles.xml"/>` : '') +
          '</Relationships>',
      ],
    },
    {
      name: 'xl/worksheets/sheet1.xml',
      declaredSize: opts.declaredSize,
      parts: (function* () {
        yield `<?xml version="1.0" encoding="UTF-8"?><worksheet ${NS}><sheetData>`;
        yield* rows;
        yield '</sheetData></worksheet>';
      })(),
    },
  ];
  if (sst)
    members.push({
      name: 'xl/sharedStrings.xml',
      parts: [
        `<?xml version="1.0" encoding="UTF-8"?><sst ${NS} count="${sst.length}" uniqueCount="${sst.length}">`,
        ...sst.map((s) => `<si><t xml:space="preserve">${s}</t></si>`),
        '</sst>',
      ],
    });
  if (opts.styles) members.push({ name: 'xl/styles.xml', parts: [`<?xml version="1.0" encoding="UTF-8"?><styleSheet ${NS}>${opts.styles}</styleSheet>`] });
  return zip([...members, ...(opts.extra ?? [])]);
}

/** `count` copies of `text`, in pieces of about 1 MB. */
export function* repeat(text: string, count: number): Generator<string> {
  const per = Math.max(1, Math.floor((1 << 20) / text.length));
  const piece = text.repeat(per);
  for (let done = 0; done < count; done += per) yield count - done >= per ? piece : text.repeat(count - done);
}
