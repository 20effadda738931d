/**
 * How the spreadsheet's compound cells are written and read, losslessly.
 *
 * Name/value cells (attributes, titles): merchants write `material=alloy; colour=gold`
 * (also `:` `：` and `；`). When a name or value could not survive that form (it
 * holds a separator, a control character or edge spaces) the export writes the
 * cell as a JSON object instead, `{"size":"3; 4"}`, which the import also reads.
 * Image cells: URLs or file names, one a line or separated by `;`, or a JSON array when one holds a separator.
 */

const SIMPLE_KEY = /^[^\s;；=:：{}"\p{Cc}](?:[^;；=:：\p{Cc}]*[^\s;；=:：\p{Cc}])?$/u;
const SIMPLE_VALUE = /^(?:[^\s;；\p{Cc}](?:[^;；\p{Cc}]*[^\s;；\p{Cc}])?)?$/u;

export function encodePairs(rec: Readonly<Record<string, string>>): string {
  const entries = Object.entries(rec);
  if (entries.every(([k, v]) => SIMPLE_KEY.test(k) && SIMPLE_VALUE.test(v))) return entries.map(([k, v]) => `${k}=${v}`).join('; ');
  return JSON.stringify(rec);
}

/** The cell → a record, or a reason it cannot be read. */
export function decodePairs(cell: string): { value: Record<string, string> } | { error: string } {
  const s = cell.trim();
  const out: Record<string, string> = {};
  if (s.startsWith('{')) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(s);
    } catch {
      return { error: `"${s.slice(0, 30)}" starts with { but is not a JSON object; write name=value; name=value or a JSON object of texts` };
    }
    if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed) || !Object.values(parsed).every((v) => typeof v === 'string')) {
      return { error: 'a JSON cell must be an object whose values are texts, e.g. {"size":"3; 4"}' };
    }
    for (const [k, v] of Object.entries(parsed as Record<string, string>)) out[k] = v;
    return { value: out };
  }
  for (const part of s.split(/[;；]/)) {
    if (part.trim() === '') continue;
    const m = /^\s*([^=:：]+?)\s*[=:：]\s*(.*?)\s*$/.exec(part);
    if (!m) return { error: `"${part.slice(0, 30)}" should be name=value` };
    out[m[1]!] = m[2]!;
  }
  return { value: out };
}

/** An image list cell: one reference (URL or file name) a line, or a JSON array when a reference holds a separator. */
export function encodeList(items: readonly string[]): string {
  return items.every((u) => u.trim() === u && u !== '' && !/[\r\n;；|]/.test(u) && !u.startsWith('[') && !/^https?:\/\/\S*\s/.test(u))
    ? items.join('\n')
    : JSON.stringify(items);
}

/**
 * An image list cell → its references. Separated by line breaks or ";" (also "；" and "|"); a part
 * made only of URLs separated by spaces is split too (the layout of older exports). A cell
 * starting with [ is a JSON array of texts.
 */
export function decodeList(cell: string): { value: string[] } | { error: string } {
  const s = cell.trim();
  if (!s.startsWith('[')) {
    const out: string[] = [];
    for (const part of s.split(/[\r\n;；|]+/)) {
      const p = part.trim();
      if (p === '') continue;
      const words = p.split(/\s+/);
      if (words.length > 1 && words.every((w) => /^https?:\/\//i.test(w))) out.push(...words);
      else out.push(p);
    }
    return { value: out };
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(s);
  } catch {
    return { error: `"${s.slice(0, 30)}" starts with [ but is not a JSON list; put one image on each line or separate them with ;` };
  }
  if (!Array.isArray(parsed) || !parsed.every((v) => typeof v === 'string')) return { error: 'a JSON cell must be a list of texts' };
  return { value: parsed as string[] };
}
