/**
 * Noto Sans SC for the consignment PDFs, loaded once per thread, with a layout
 * that gives pdfkit exactly what fontkit would, faster:
 *
 * - a word made only of digits, spaces and the punctuation of numbers
 *   (`PLAIN`) is laid out glyph by glyph from each character's own layout:
 *   Noto Sans SC has no substitution or kerning between these characters (they
 *   shape as script "Zyyy"; letters next to them would not, hence the narrow
 *   set), so the glyphs and positions are those of shaping the whole word
 *   (pdf-font.test.ts compares the two on many strings);
 * - any other word is shaped by fontkit once per thread (not once per
 *   document, as pdfkit's own cache does), up to `maxWords` words.
 *
 * pdfkit accepts any object with fontkit's Font interface; it scales the
 * positions of a run in place, so every call returns fresh position objects.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type * as Fontkit from 'fontkit';

const NOTO_SC = '@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf';

/** Words laid out character by character (see the module's comment). */
export const PLAIN = /^[0-9 .,:;#()+\-/%×]+$/;

interface Laid {
  glyphs: Fontkit.Glyph[];
  /** xAdvance, yAdvance, xOffset, yOffset of each glyph, in font units. */
  pos: number[];
}

/** A run in the shape pdfkit reads: glyphs, positions, advanceWidth (summed from the positions, as fontkit's GlyphRun does). */
function run(l: Laid): Fontkit.GlyphRun {
  const positions: Fontkit.GlyphPosition[] = [];
  for (let i = 0; i < l.pos.length; i += 4)
    positions.push({ xAdvance: l.pos[i]!, yAdvance: l.pos[i + 1]!, xOffset: l.pos[i + 2]!, yOffset: l.pos[i + 3]! } as Fontkit.GlyphPosition);
  const r = {
    glyphs: l.glyphs,
    positions,
    get advanceWidth(): number {
      let w = 0;
      for (const p of r.positions) w += p.xAdvance;
      return w;
    },
  };
  return r as unknown as Fontkit.GlyphRun;
}

/** `font` with the faster layout (only calls without features, script, language or direction take it). */
export function withFastLayout(font: Fontkit.Font, maxWords = 20_000): Fontkit.Font {
  const shaped = (text: string): Laid => {
    const r = font.layout(text);
    return { glyphs: r.glyphs, pos: r.positions.flatMap((p) => [p.xAdvance, p.yAdvance, p.xOffset, p.yOffset]) };
  };
  const chars = new Map<string, Laid>();
  const words = new Map<string, Laid>();
  const layout = (text: string, ...rest: unknown[]): Fontkit.GlyphRun => {
    if (rest.some((x) => x !== undefined)) return (font.layout as (...a: unknown[]) => Fontkit.GlyphRun)(text, ...rest);
    if (PLAIN.test(text)) {
      const glyphs: Fontkit.Glyph[] = [];
      const pos: number[] = [];
      for (const ch of text) {
        let c = chars.get(ch);
        if (!c) {
          c = shaped(ch);
          chars.set(ch, c);
        }
        glyphs.push(...c.glyphs);
        pos.push(...c.pos);
      }
      return run({ glyphs, pos });
    }
    let w = words.get(text);
    if (!w) {
      w = shaped(text);
      if (words.size >= maxWords) words.clear();
      words.set(text, w);
    }
    return run(w);
  };
  return new Proxy(font, { get: (target, key) => (key === 'layout' ? layout : Reflect.get(target, key, target)) });
}

let font: Fontkit.Font | undefined;
let fast: Fontkit.Font | undefined;
/** Noto Sans SC, parsed once per thread; `fast` with the layout above. */
export async function notoSansSc(kind: 'fontkit' | 'fast' = 'fast'): Promise<Fontkit.Font> {
  if (!font) {
    const fontkit = await import('fontkit');
    font = fontkit.create(readFileSync(createRequire(import.meta.url).resolve(NOTO_SC))) as Fontkit.Font;
  }
  if (kind === 'fontkit') return font;
  fast ??= withFastLayout(font);
  return fast;
}
