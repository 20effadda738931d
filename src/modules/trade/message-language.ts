/** The language of an inquiry message, told from its script when the sender does not say. */
/**
 * The language of a message from its script when the sender did not say:
 * Han → zh, kana → ja, Hangul → ko, Arabic → ar, Cyrillic → ru, Thai → th;
 * Latin text → the sender's stated language, else "und" (undetermined, ISO 639-2).
 */
export function detectLang(text: string): string {
  const counts: Record<string, number> = {};
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    const lang =
      c >= 0x3040 && c <= 0x30ff
        ? 'ja'
        : c >= 0xac00 && c <= 0xd7af
          ? 'ko'
          : (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf)
            ? 'zh'
            : c >= 0x0600 && c <= 0x06ff
              ? 'ar'
              : c >= 0x0400 && c <= 0x04ff
                ? 'ru'
                : c >= 0x0e00 && c <= 0x0e7f
                  ? 'th'
                  : undefined;
    if (lang) counts[lang] = (counts[lang] ?? 0) + 1;
  }
  if (counts.ja) return 'ja'; // Japanese mixes kana with kanji
  const best = Object.entries(counts).sort((a, b) => b[1] - a[1])[0];
  return best ? best[0] : 'und';
}
