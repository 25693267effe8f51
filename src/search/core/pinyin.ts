/**
 * Recognises queries typed in pinyin, so that "liang bu chou", "liǎng bù chóu"
 * and "liangbuchou" all become the same search: the toneless syllables joined
 * together, which is how a glossary entry's pinyin is indexed.
 */
import { stripDiacritics } from './chars.ts';

const INITIALS = ['zh', 'ch', 'sh', 'b', 'p', 'm', 'f', 'd', 't', 'n', 'l', 'g', 'k', 'h', 'j', 'q', 'x', 'r', 'z', 'c', 's', 'y', 'w', ''];
const FINALS = [
  'a',
  'o',
  'e',
  'ai',
  'ei',
  'ao',
  'ou',
  'an',
  'en',
  'ang',
  'eng',
  'ong',
  'er',
  'i',
  'ia',
  'ie',
  'iao',
  'iu',
  'ian',
  'in',
  'iang',
  'ing',
  'iong',
  'u',
  'ua',
  'uo',
  'uai',
  'ui',
  'uan',
  'un',
  'uang',
  'ueng',
  'ue',
];

/** Every syllable of Mandarin pinyin (a superset: a few combinations never occur, which is harmless). */
const SYLLABLES: ReadonlySet<string> = new Set(INITIALS.flatMap((i) => FINALS.map((f) => i + f)).filter((s) => s.length > 0));
const LONGEST = 6; // zhuang, chuang, shuang

/**
 * Lower case, no tones, no spaces or apostrophes. ü loses its dots like every
 * other diacritic (as Pagefind does), and the keyboard spelling v means ü, so
 * lǜ, lü, lv and lu all read lu.
 */
export function compactPinyin(text: string): string {
  return stripDiacritics(text.toLowerCase())
    .replace(/v/g, 'u')
    .replace(/[\s'’-]+/g, '');
}

/** True when the text, with tones and spaces removed, is a sequence of pinyin syllables. */
export function isPinyin(text: string): boolean {
  return pinyinSyllables(text) !== null;
}

/** The syllables of a pinyin string (longest syllables first), or null when it is not pinyin: liangbuchou → liang bu chou. */
export function pinyinSyllables(text: string): string[] | null {
  const s = compactPinyin(text);
  if (!/^[a-z]+$/.test(s)) return null;
  // best[i]: a split of s.slice(i), preferring long syllables.
  const best: Array<string[] | null> = new Array(s.length + 1).fill(null);
  best[s.length] = [];
  for (let i = s.length - 1; i >= 0; i--) {
    for (let len = Math.min(LONGEST, s.length - i); len >= 1; len--) {
      const syllable = s.slice(i, i + len);
      const rest = best[i + len];
      if (SYLLABLES.has(syllable) && rest) {
        best[i] = [syllable, ...rest];
        break;
      }
    }
  }
  return best[0] ?? null;
}
