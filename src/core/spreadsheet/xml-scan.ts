/**
 * A small streaming XML tokenizer for the parts of an xlsx: text is fed in
 * chunks, complete tags and text runs are reported as they are found, and
 * only the one token still incomplete is kept between chunks (at most
 * `maxElementChars`). DTDs are refused, so no entity can expand; only the
 * five predefined entities and character references are decoded.
 */
import { badSheet, sheetTooLarge, type SheetLimits } from './sheet-limits.ts';

export interface XmlHandler {
  /** `name` without namespace prefix; `tag` is the raw text between < and >, for attr(). */
  open(name: string, tag: string, selfClosing: boolean): void;
  close(name: string): void;
  /** Raw text between tags (entities not yet decoded); only called when wantText() is true. */
  text(raw: string, cdata: boolean): void;
  wantText(): boolean;
}

export class XmlScanner {
  private rest = '';
  private readonly decoder = new TextDecoder('utf-8');
  private started = false;

  constructor(
    private readonly h: XmlHandler,
    private readonly limits: SheetLimits,
    private readonly part: string,
  ) {}

  /** Feed the next bytes of the part. */
  feed(bytes: Uint8Array): void {
    if (!this.started) {
      this.started = true;
      if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) {
        throw badSheet(`${this.part} is UTF-16 encoded, which is not accepted; save the file again from Excel`);
      }
    }
    this.scan(this.rest + this.decoder.decode(bytes, { stream: true }));
  }

  /** The part has ended: nothing may be left incomplete. */
  end(): void {
    this.scan(this.rest + this.decoder.decode());
    if (this.rest.trim() !== '') throw badSheet(`${this.part} in the .xlsx file is cut off; save it again from Excel`);
  }

  private scan(s: string): void {
    const h = this.h;
    let i = 0;
    const n = s.length;
    for (;;) {
      const lt = s.indexOf('<', i);
      if (lt < 0) {
        if (!h.wantText()) i = n; // text nobody reads (whitespace between tags) is not kept
        break;
      }
      if (lt > i && h.wantText()) h.text(s.slice(i, lt), false);
      i = lt;
      const c1 = s.charCodeAt(lt + 1);
      if (Number.isNaN(c1)) break;
      if (c1 === 0x21 /* ! */) {
        if (s.startsWith('<!--', lt)) {
          const e = s.indexOf('-->', lt + 4);
          if (e < 0) break;
          i = e + 3;
          continue;
        }
        if (s.startsWith('<![CDATA[', lt)) {
          const e = s.indexOf(']]>', lt + 9);
          if (e < 0) break;
          if (h.wantText()) h.text(s.slice(lt + 9, e), true);
          i = e + 3;
          continue;
        }
        if (n - lt < 9) break;
        throw badSheet(`${this.part} in the .xlsx file contains a document type declaration, which is not accepted`);
      }
      if (c1 === 0x3f /* ? */) {
        const e = s.indexOf('?>', lt + 2);
        if (e < 0) break;
        i = e + 2;
        continue;
      }
      const e = tagEnd(s, lt + 1);
      if (e < 0) break;
      if (c1 === 0x2f /* / */) {
        h.close(localName(s, lt + 2, e));
      } else {
        const selfClosing = s.charCodeAt(e - 1) === 0x2f;
        const name = localName(s, lt + 1, selfClosing ? e - 1 : e);
        const tag = s.slice(lt + 1, selfClosing ? e - 1 : e);
        h.open(name, tag, selfClosing);
        if (selfClosing) h.close(name);
      }
      i = e + 1;
    }
    this.rest = i === 0 ? s : s.slice(i);
    if (this.rest.length > this.limits.maxElementChars) {
      throw sheetTooLarge(this.limits, 'maxElementChars', `${this.part} has an element or text run longer than that`);
    }
  }
}

/** Index of the '>' ending the tag that starts at `from`, skipping quoted attribute values; -1 if not yet in `s`. */
function tagEnd(s: string, from: number): number {
  let q = 0;
  for (let i = from; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (q) {
      if (c === q) q = 0;
    } else if (c === 0x3e) return i;
    else if (c === 0x22 || c === 0x27) q = c;
  }
  return -1;
}

function localName(s: string, from: number, to: number): string {
  let end = from;
  while (end < to) {
    const c = s.charCodeAt(end);
    if (c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d || c === 0x2f) break;
    end++;
  }
  const name = s.slice(from, end);
  const colon = name.indexOf(':');
  return colon < 0 ? name : name.slice(colon + 1);
}

/**
 * The attributes of a raw tag by local name (`r:id` → `id`), values decoded; one pass over the tag.
 * Malformed attribute text ends the scan (what was read so far is kept).
 */
export function attrs(tag: string): Record<string, string> {
  const out: Record<string, string> = {};
  const n = tag.length;
  let i = 0;
  while (i < n && !isSpace(tag.charCodeAt(i))) i++; // the element name
  for (;;) {
    while (i < n && isSpace(tag.charCodeAt(i))) i++;
    if (i >= n) return out;
    const nameStart = i;
    while (i < n && tag.charCodeAt(i) !== 0x3d && !isSpace(tag.charCodeAt(i))) i++;
    const full = tag.slice(nameStart, i);
    while (i < n && isSpace(tag.charCodeAt(i))) i++;
    if (tag.charCodeAt(i) !== 0x3d) return out;
    i++;
    while (i < n && isSpace(tag.charCodeAt(i))) i++;
    const q = tag.charCodeAt(i);
    if (q !== 0x22 && q !== 0x27) return out;
    const end = tag.indexOf(q === 0x22 ? '"' : "'", i + 1);
    if (end < 0) return out;
    const colon = full.indexOf(':');
    out[colon < 0 ? full : full.slice(colon + 1)] = decodeXml(tag.slice(i + 1, end));
    i = end + 1;
  }
}

const isSpace = (c: number) => c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d;

/** One attribute's decoded value from a raw tag, by local name (`id` matches `r:id`). */
export function attr(tag: string, name: string): string | undefined {
  return attrs(tag)[name];
}

const ENTITY = /&(?:#x([0-9a-fA-F]{1,6})|#([0-9]{1,7})|(lt|gt|amp|quot|apos));/g;
const NAMED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/**
 * Text as an XML processor reports it: line ends normalized to LF (XML 1.0 §2.11),
 * then the predefined entities and character references decoded; anything else is kept as written.
 */
export function decodeXml(raw: string): string {
  const s = raw.indexOf('\r') < 0 ? raw : raw.replace(/\r\n?/g, '\n');
  if (s.indexOf('&') < 0) return s;
  return s.replace(ENTITY, (_m, hex: string | undefined, dec: string | undefined, named: string | undefined) => {
    if (named) return NAMED[named]!;
    const cp = hex ? parseInt(hex, 16) : Number(dec);
    return cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff) ? '\ufffd' : String.fromCodePoint(cp);
  });
}

/** Excel's escape for characters XML cannot hold: _x000D_ is a carriage return, _x005F_ an underscore. */
export function decodeExcelEscapes(s: string): string {
  if (s.indexOf('_x') < 0) return s;
  return s.replace(/_x([0-9A-F]{4})_/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}
