/** Readable ASCII slugs for URLs and anchors. */
import { pinyin } from 'pinyin-pro';

/**
 * Pinyin slug for Chinese text: 推动殷殷嘱托 → tui-dong-yin-yin-zhu-tuo.
 * Latin letters and digits are kept; everything else separates words.
 */
export function pinyinSlug(text: string, maxSyllables = 8): string {
  const syllables = pinyin(text, { toneType: 'none', type: 'array', nonZh: 'consecutive', v: true })
    .flatMap((part) => part.toLowerCase().split(/[^a-z0-9]+/))
    .filter(Boolean);
  return syllables.slice(0, maxSyllables).join('-');
}

/** Makes each slug unique within one page by suffixing -2, -3 … */
export function createSlugger(): (base: string) => string {
  const used = new Map<string, number>();
  return (base) => {
    const count = used.get(base) ?? 0;
    used.set(base, count + 1);
    return count === 0 ? base : `${base}-${count + 1}`;
  };
}

/** First letter A–Z of a pinyin string, for glossary grouping ('#' for digits). */
export function pinyinInitial(pinyinText: string): string {
  const first =
    pinyinText
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .trim()[0]
      ?.toUpperCase() ?? '#';
  return /[A-Z]/.test(first) ? first : '#';
}
