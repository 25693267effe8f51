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

/** Characters below this code point (Latin, punctuation, symbols) are never folded. */
const FIRST_FOLDABLE = 0x2e80;

/**
 * OpenCC's answer for one character, or the character itself when the answer
 * has another length in UTF-16 code units (several characters, or a BMP
 * character whose form lies outside the BMP such as 孻 → 𡥧): offsets must not shift.
 */
function convertChar(ch: string): string {
  const converted = phraseConverter(ch);
  return converted.length === ch.length && [...converted].length === 1 ? converted : ch;
}

/**
 * The Simplified form of every Basic Multilingual Plane character, by code unit
 * (0 where the character does not fold). Computed once, in about 50 ms, so that
 * folding is one pass over the text's code units, copying unchanged runs whole.
 */
let bmpFold: Uint16Array | undefined;

function getBmpFold(): Uint16Array {
  if (bmpFold) return bmpFold;
  bmpFold = new Uint16Array(0x10000);
  for (let code = FIRST_FOLDABLE; code <= 0xffff; code++) {
    if (code >= 0xd800 && code <= 0xdfff) continue;
    const ch = String.fromCharCode(code);
    const folded = convertChar(ch);
    if (folded !== ch) bmpFold[code] = folded.charCodeAt(0);
  }
  return bmpFold;
}

const astralCache = new Map<string, string>();

function foldAstral(ch: string): string {
  let folded = astralCache.get(ch);
  if (folded === undefined) astralCache.set(ch, (folded = convertChar(ch)));
  return folded;
}

/** Length-preserving Traditional → Simplified fold (per UTF-16 code unit for BMP text). */
export function foldToSimplified(text: string): string {
  const fold = getBmpFold();
  let out = '';
  /** Start of the run of unchanged text not yet copied to `out`. */
  let copied = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < FIRST_FOLDABLE) continue;
    let replacement: string;
    let width = 1;
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      width = 2;
      const ch = text.slice(i, i + 2);
      replacement = foldAstral(ch);
      if (replacement === ch) {
        i++;
        continue;
      }
    } else {
      const folded = fold[code]!;
      if (folded === 0) continue;
      replacement = String.fromCharCode(folded);
    }
    out += text.slice(copied, i) + replacement;
    copied = i + width;
    i += width - 1;
  }
  return copied === 0 ? text : out + text.slice(copied);
}

/**
 * Words OpenCC leaves alone that these policy texts always write otherwise:
 * 著 (zhe/zhuó) stays 著, but 著力 here always means 着力.
 */
const SIMPLIFIED_WORDS: ReadonlyArray<readonly [string, string]> = [['著力', '着力']];

/** Applies SIMPLIFIED_WORDS to text that is already Simplified character by character or phrase by phrase. */
export function simplifyWords(text: string): string {
  let out = text;
  for (const [from, to] of SIMPLIFIED_WORDS) out = out.replaceAll(from, to);
  return out;
}

/** Phrase-aware Traditional → Simplified conversion for display. */
export function toSimplified(text: string): string {
  return simplifyWords(phraseConverter(text));
}

/** True when the text contains characters that fold to something else. */
export function hasTraditional(text: string): boolean {
  return foldToSimplified(text) !== text;
}
