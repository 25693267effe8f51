/**
 * Character classes shared by the index tokenizer and the query planner.
 * Both sides must agree on them exactly, so they live in one place.
 */

/** A Han character (CJK ideograph), the unit of Chinese text. */
export const isHan = (ch: string): boolean => /\p{Script=Han}/u.test(ch);

/**
 * Marks that do not break a Chinese phrase: quote marks, the enumeration comma,
 * middle dots, dashes and spaces. “绣花”功夫 reads as 绣花功夫 and 先诊疗、后付费
 * as 先诊疗后付费, in the index and in queries alike.
 */
export const isJoiner = (ch: string): boolean => /[\s“”‘’"'「」『』《》〈〉、·・•‧—–‐\u00a0\u3000]/u.test(ch);

/** Letters and digits outside Han: pinyin, English, numbers. */
export const isWordChar = (ch: string): boolean => /[\p{L}\p{N}]/u.test(ch) && !isHan(ch);

/** Signs that belong inside a Latin or numeric word: 20.9% · 5+18+N · 1×5 · 2013-2017. */
export const isWordInner = (ch: string): boolean => /[.%+×\-/'’]/u.test(ch);

/** Removes tone marks and other diacritics: liǎng → liang, lǜ → lu. */
export const stripDiacritics = (text: string): string => text.normalize('NFD').replace(/\p{M}/gu, '');

/**
 * How Pagefind normalises a word before indexing it: lower case, diacritics
 * removed, only letters and digits kept. Query words are sent in this form so
 * they compare equal to what the index holds.
 */
export const indexForm = (word: string): string => stripDiacritics(word.toLowerCase()).replace(/[^\p{L}\p{N}]/gu, '');
