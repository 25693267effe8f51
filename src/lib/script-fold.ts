/**
 * Simplified/Traditional folding.
 *
 * `foldToSimplified` converts character by character, so the output has exactly
 * the same length as the input and offsets found in the folded text map straight
 * back to the original. That is what term matching and quote checking need.
 * `toSimplified` converts with OpenCC's phrase dictionaries, for display.
 */
import * as OpenCC from 'opencc-js/t2cn';

const phraseConverter = OpenCC.Converter({ from: 't', to: 'cn' });
const charCache = new Map<string, string>();

function foldChar(ch: string): string {
  let folded = charCache.get(ch);
  if (folded === undefined) {
    const converted = phraseConverter(ch);
    // Keep length: a multi-character result would shift offsets.
    folded = [...converted].length === 1 ? converted : ch;
    charCache.set(ch, folded);
  }
  return folded;
}

/** Length-preserving Traditional → Simplified fold (per UTF-16 code unit for BMP text). */
export function foldToSimplified(text: string): string {
  let out = '';
  for (const ch of text) {
    out += ch.charCodeAt(0) < 0x2e80 ? ch : foldChar(ch);
  }
  return out;
}

/** Phrase-aware Traditional → Simplified conversion for display. */
export function toSimplified(text: string): string {
  // OpenCC leaves 著 (zhe/zhuó) alone; in these policy texts 著力 always means 着力.
  return phraseConverter(text).replaceAll('著力', '着力');
}

/** True when the text contains characters that fold to something else. */
export function hasTraditional(text: string): boolean {
  return foldToSimplified(text) !== text;
}
