/**
 * "Is this the same text?" — the keys two strings are compared by. Each key
 * forgets only what may differ between two spellings of the same words:
 *
 * - comparisonKey: quotations and figures against the cleaned source (the
 *   content guard), anchors' text. Width (NFKC), script, white space.
 * - termKey: glossary names inside running text (the term matcher). Width
 *   and script, character by character, plus quote marks and spaces, so that
 *   四个“首先” is the term 四个首先.
 *
 * Search has two more, in src/search/core, because they run in the browser on
 * the fold table the search bundle ships: nameKey (a query against an entry's
 * names: also case, tones and punctuation) and indexForm (one index word).
 */
import { nfkcChar } from './nfkc-char.ts';
import { foldToSimplified, simplifyWords } from './script-fold.ts';

/**
 * A comparison key: NFKC (full/half width), Traditional folded to Simplified,
 * white space removed. Two strings that differ only in those ways compare equal.
 * 著力 folds to 着力 as toSimplified() shows it.
 */
export function comparisonKey(text: string): string {
  return simplifyWords(foldToSimplified(text.normalize('NFKC')).replace(/\s+/gu, ''));
}

/** Characters that never count inside a glossary name: quote marks and white space. */
export const TERM_IGNORABLE = /[\s“”‘’「」『』"'\u00a0\u3000]/u;

/** One character as the term matcher compares it: full width and Traditional folded. */
export function termChar(ch: string): string {
  return foldToSimplified(nfkcChar(ch));
}

/** The key two names share when they are the same term for matching purposes. */
export function termKey(name: string): string {
  let key = '';
  for (const ch of name) if (!TERM_IGNORABLE.test(ch)) key += termChar(ch);
  return key;
}
