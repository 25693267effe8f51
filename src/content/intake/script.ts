/**
 * Which script a raw text is written in, by the share of its Han characters that
 * are Traditional-only (they fold to another character: src/text/script-fold.ts),
 * and the stray Traditional characters of a Simplified text (举全縣之力).
 */
import { foldToSimplified } from '../../text/script-fold.ts';

export interface ScriptReport {
  script: 'zh-Hans' | 'zh-Hant';
  han: number;
  traditional: number;
}

/** A text is Traditional when at least this share of its Han characters is Traditional-only. */
const TRADITIONAL_SHARE = 0.1;

const HAN = /\p{Script=Han}/u;

export function detectScript(text: string): ScriptReport {
  let han = 0;
  let traditional = 0;
  for (const ch of text) {
    if (!HAN.test(ch)) continue;
    han++;
    if (foldToSimplified(ch) !== ch) traditional++;
  }
  return { script: han > 0 && traditional / han >= TRADITIONAL_SHARE ? 'zh-Hant' : 'zh-Hans', han, traditional };
}

/** Offsets of Traditional-only characters in a line (for a Simplified text), with their Simplified form. */
export function traditionalChars(line: string): Array<{ index: number; char: string; simplified: string }> {
  const found: Array<{ index: number; char: string; simplified: string }> = [];
  for (let i = 0; i < line.length; i++) {
    const ch = line[i]!;
    if (!HAN.test(ch)) continue;
    const simplified = foldToSimplified(ch);
    if (simplified !== ch) found.push({ index: i, char: ch, simplified });
  }
  return found;
}
