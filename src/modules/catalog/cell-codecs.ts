/**
 * How the spreadsheet's compound cells are written and read, losslessly.
 *
 * Name/value cells (attributes, titles): merchants write `material=alloy; colour=gold`
 * (also `:` `：` and `；`). When a name or value could not survive that form (it
 * holds a separator, a control character or edge spaces) the export writes the
 * cell as a JSON object instead, `{"size":"3; 4"}`, which the import also reads.
 * Image cells: URLs separated by spaces or `|`, or a JSON array when a URL holds either.
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

export function encodeList(items: readonly string[]): string {
  return items.every((u) => u !== '' && !/[\s|]/.test(u) && !u.startsWith('[')) ? items.join(' ') : JSON.stringify(items);
}

export function decodeList(cell: string): { value: string[] } | { error: string } {
  const s = cell.trim();
  if (!s.startsWith('[')) return { value: s.split(/[\s|]+/).filter((x) => x !== '') };
  let parsed: unknown;
  try {
    parsed = JSON.parse(s);
  } catch {
    return { error: `"${s.slice(0, 30)}" starts with [ but is not a JSON list; separate the URLs with spaces` };
  }
  if (!Array.isArray(parsed) || !parsed.every((v) => typeof v === 'string')) return { error: 'a JSON cell must be a list of texts' };
  return { value: parsed as string[] };
}
