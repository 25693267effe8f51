/**
 * Normalisation shared by quote checks, figure checks and noise checks.
 */

const HALF_TO_FULL: Record<string, string> = {
  ',': '，',
  ':': '：',
  ';': '；',
  '?': '？',
  '!': '！',
  '(': '（',
  ')': '）',
};

/** Any of HALF_TO_FULL's keys (none of them is special inside a character class). */
const HALF_WIDTH = new RegExp(`[${Object.keys(HALF_TO_FULL).join('')}]`, 'g');

const CJK = /[\u3000-\u303f\u3400-\u9fff\uf900-\ufaff\uff00-\uffef“”‘’]/;

/**
 * Turn half-width punctuation into full-width where it sits in Chinese text.
 * A comma or colon between two digits (1,000 or 20:34) stays as it is.
 */
export function toFullWidthPunctuation(text: string): string {
  return text.replace(HALF_WIDTH, (ch, i: number) => {
    const prev = text[i - 1] ?? '';
    const next = text[i + 1] ?? '';
    const betweenDigits = /\d/.test(prev) && /\d/.test(next);
    const nearCjk = CJK.test(prev) || CJK.test(next) || ch === '(' || ch === ')';
    return !betweenDigits && nearCjk ? HALF_TO_FULL[ch]! : ch;
  });
}
