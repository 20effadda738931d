/**
 * Just enough of a PDF reader for tests: the text a viewer would extract from
 * the PDFs pdfkit writes (objects, Flate streams, each font's ToUnicode CMap,
 * Tf/TJ/Tj in the content streams), and the embedded fonts' names. Not a
 * general PDF parser.
 */
import { inflateSync } from 'node:zlib';

interface PdfObject {
  dict: string;
  stream?: Buffer;
}

function objects(pdf: Buffer): Map<number, PdfObject> {
  const text = pdf.toString('latin1');
  const out = new Map<number, PdfObject>();
  const re = /(\d+) 0 obj\s*([\s\S]*?)endobj/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const body = m[2]!;
    const s = body.indexOf('stream');
    if (s < 0) {
      out.set(Number(m[1]), { dict: body });
      continue;
    }
    const dict = body.slice(0, s);
    let start = s + 'stream'.length;
    if (body[start] === '\r') start++;
    if (body[start] === '\n') start++;
    const end = body.lastIndexOf('endstream');
    let raw = Buffer.from(body.slice(start, end), 'latin1');
    if (raw[raw.length - 1] === 0x0a) raw = raw.subarray(0, raw.length - 1);
    out.set(Number(m[1]), { dict, stream: /\/FlateDecode/.test(dict) ? inflateSync(raw) : raw });
  }
  return out;
}

const hexToString = (raw: string): string => {
  const hex = raw.replace(/\s+/g, ''); // a ligature's code points: <0066 006c>
  let s = '';
  for (let i = 0; i + 4 <= hex.length; i += 4) s += String.fromCharCode(Number.parseInt(hex.slice(i, i + 4), 16));
  return s;
};

function cmap(text: string): Map<number, string> {
  const map = new Map<number, string>();
  for (const block of text.matchAll(/beginbfchar([\s\S]*?)endbfchar/g))
    for (const [, src, dst] of block[1]!.matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F\s]+)>/g)) map.set(Number.parseInt(src!, 16), hexToString(dst!));
  for (const block of text.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
    for (const [, lo, hi, rest] of block[1]!.matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>\s*(\[[^\]]*\]|<[0-9a-fA-F]+>)/g)) {
      const a = Number.parseInt(lo!, 16);
      const b = Number.parseInt(hi!, 16);
      if (rest!.startsWith('[')) {
        const items = [...rest!.matchAll(/<([0-9a-fA-F\s]+)>/g)].map((x) => x[1]!);
        items.forEach((h, i) => map.set(a + i, hexToString(h)));
      } else {
        const base = Number.parseInt(rest!.slice(1, -1), 16);
        for (let c = a; c <= b; c++) map.set(c, String.fromCharCode(base + (c - a)));
      }
    }
  }
  return map;
}

/** The PDF's text, one string per text-showing operation, in content order. */
export function pdfText(pdf: Buffer): string[] {
  const objs = objects(pdf);
  const fontCmaps = new Map<string, Map<number, string>>();
  for (const o of objs.values()) {
    for (const fontDict of o.dict.matchAll(/\/Font\s*<<([^>]*)>>/g)) {
      for (const [, name, ref] of fontDict[1]!.matchAll(/\/(\w+)\s+(\d+) 0 R/g)) {
        const font = objs.get(Number(ref));
        const tu = /\/ToUnicode\s+(\d+) 0 R/.exec(font?.dict ?? '');
        const stream = tu ? objs.get(Number(tu[1]))?.stream : undefined;
        if (stream) fontCmaps.set(name!, cmap(stream.toString('latin1')));
      }
    }
  }
  const out: string[] = [];
  for (const o of objs.values()) {
    if (!o.stream || /\/(Length1|Subtype|Type)\b/.test(o.dict)) continue;
    const content = o.stream.toString('latin1');
    let current: Map<number, string> | undefined;
    const decode = (hex: string) => [...hex.matchAll(/[0-9a-fA-F]{4}/g)].map((g) => current?.get(Number.parseInt(g[0], 16)) ?? '').join('');
    for (const m of content.matchAll(/\/(\w+)\s+[\d.]+\s+Tf|\[((?:<[0-9a-fA-F]*>|[^\]<])*)\]\s*TJ|<([0-9a-fA-F]*)>\s*Tj/g)) {
      if (m[1]) current = fontCmaps.get(m[1]);
      else if (m[2] !== undefined) out.push([...m[2].matchAll(/<([0-9a-fA-F]*)>/g)].map((x) => decode(x[1]!)).join(''));
      else if (m[3] !== undefined) out.push(decode(m[3]));
    }
  }
  return out;
}

/** The BaseFont names of the embedded fonts (a subset carries a six-letter tag: "ABCDEF+NotoSansSC-Regular"). */
export function pdfFontNames(pdf: Buffer): string[] {
  return [...new Set([...pdf.toString('latin1').matchAll(/\/BaseFont\s*\/([^\s/>]+)/g)].map((m) => m[1]!))];
}
