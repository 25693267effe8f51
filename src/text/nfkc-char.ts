/**
 * One character's NFKC form (full-width Ａ → A, ２ → 2, compatibility
 * ideographs → unified ones), kept only when it is still one character.
 *
 * Folding runs over every character of every page, and `normalize` costs more
 * than the rest of a fold, so the characters NFKC never changes skip it: ASCII
 * and the unified ideographs (Extension A and the main block).
 */
export function nfkcChar(ch: string): string {
  const code = ch.charCodeAt(0);
  if (code < 0x80 || (code >= 0x3400 && code <= 0x4dbf) || (code >= 0x4e00 && code <= 0x9fff)) return ch;
  const nfkc = ch.normalize('NFKC');
  return [...nfkc].length === 1 ? nfkc : ch;
}
