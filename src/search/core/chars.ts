/**
 * Character classes shared by the index tokenizer and the query planner.
 * Both sides must agree on them exactly, so they live in one place.
 *
 * Each test is a Unicode property expression; the browser runs them for every
 * character of a result's text while it builds the excerpt, so the common
 * cases (ASCII, and the CJK Unified Ideographs block, whose characters are all
 * Han letters without case or decomposition) are answered from the character
 * code first. tests/unit/search/chars.test.ts checks every code point against
 * the expressions alone.
 */

const HAN = /\p{Script=Han}/u;
const JOINER = /[\s“”‘’"'「」『』《》〈〉、·・•‧—–‐\u00a0\u3000]/u;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** A character of the CJK Unified Ideographs block (U+4E00–U+9FFF), where most Chinese text is. */
const isUnifiedIdeograph = (code: number): boolean => code >= 0x4e00 && code <= 0x9fff;
/** ASCII letters and digits. */
const isAsciiAlnum = (code: number): boolean => (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || (code >= 0x30 && code <= 0x39);

/** A Han character (CJK ideograph), the unit of Chinese text. */
export const isHan = (ch: string): boolean => {
  if (ch.length === 1) {
    const code = ch.charCodeAt(0);
    if (code < 0x80) return false;
    if (isUnifiedIdeograph(code)) return true;
  }
  return HAN.test(ch);
};

/**
 * Marks that do not break a Chinese phrase: quote marks, the enumeration comma,
 * middle dots, dashes and spaces. “绣花”功夫 reads as 绣花功夫 and 先诊疗、后付费
 * as 先诊疗后付费, in the index and in queries alike.
 */
export const isJoiner = (ch: string): boolean => {
  if (ch.length === 1) {
    const code = ch.charCodeAt(0);
    // ASCII white space (\t \n \v \f \r and the space), " and '.
    if (code < 0x80) return code === 0x20 || (code >= 0x09 && code <= 0x0d) || code === 0x22 || code === 0x27;
    if (isUnifiedIdeograph(code)) return false;
  }
  return JOINER.test(ch);
};

/** Letters and digits outside Han: pinyin, English, numbers. */
export const isWordChar = (ch: string): boolean => {
  if (ch.length === 1) {
    const code = ch.charCodeAt(0);
    if (code < 0x80) return isAsciiAlnum(code);
    if (isUnifiedIdeograph(code)) return false;
  }
  return LETTER_OR_DIGIT.test(ch) && !isHan(ch);
};

/** Signs that belong inside a Latin or numeric word: 20.9% · 5+18+N · 1×5 · 2013-2017. */
export const isWordInner = (ch: string): boolean => /[.%+×\-/'’]/u.test(ch);

/** Removes tone marks and other diacritics: liǎng → liang, lǜ → lu. */
export const stripDiacritics = (text: string): string => text.normalize('NFD').replace(/\p{M}/gu, '');

/** True when every character is a lower-case ASCII letter, an ASCII digit or a CJK Unified Ideograph: indexForm leaves such a word as it is. */
function isIndexFormAlready(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i);
    if (!((code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39) || isUnifiedIdeograph(code))) return false;
  }
  return true;
}

/**
 * How Pagefind normalises a word before indexing it: lower case, diacritics
 * removed, only letters and digits kept. Query words are sent in this form so
 * they compare equal to what the index holds.
 */
export const indexForm = (word: string): string => (isIndexFormAlready(word) ? word : stripDiacritics(word.toLowerCase()).replace(/[^\p{L}\p{N}]/gu, ''));
