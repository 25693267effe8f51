/**
 * Script folding for search: Traditional → Simplified, one character to one
 * character, plus full-width → half-width (NFKC) for Latin letters and digits.
 *
 * The index is built in Node, where OpenCC is available; queries are read in
 * the browser, where it is not. So the build turns OpenCC's character mapping
 * into a plain table, and both sides fold with that same table.
 */

import { nfkcChar } from '../../text/nfkc-char.ts';

export type FoldTable = Readonly<Record<string, string>>;

/** The CJK blocks whose characters can have a Simplified form. */
const RANGES: Array<[number, number]> = [
  [0x3400, 0x4dbf], // Extension A
  [0x4e00, 0x9fff], // Unified Ideographs
  [0xf900, 0xfaff], // Compatibility Ideographs
];

/** Builds the table from a character folder (the build passes OpenCC's). Only characters that change are listed. */
export function buildFoldTable(foldChar: (ch: string) => string): Record<string, string> {
  const table: Record<string, string> = {};
  for (const [from, to] of RANGES) {
    for (let code = from; code <= to; code++) {
      const ch = String.fromCharCode(code);
      const folded = foldChar(ch);
      if (folded !== ch && folded.length === 1) table[ch] = folded;
    }
  }
  return table;
}

/** Folds one character: NFKC for full-width forms, then the table. Always returns one character for one. */
export function foldChar(ch: string, table: FoldTable): string {
  const base = nfkcChar(ch);
  return table[base] ?? base;
}

/** Folds a string character by character (code points are preserved one for one). */
export function foldText(text: string, table: FoldTable): string {
  let out = '';
  for (const ch of text) out += foldChar(ch, table);
  return out;
}

/**
 * The table as the search bundle carries it: the Traditional characters in
 * code point order, each as the distance from the one before in base 36
 * (comma-separated), and their Simplified forms as one string in the same
 * order. A third of the bytes of a JSON object, after gzip.
 */
export interface PackedFoldTable {
  from: string;
  to: string;
}

export function packFoldTable(table: FoldTable): PackedFoldTable {
  const codes = Object.keys(table)
    .map((ch) => ch.codePointAt(0)!)
    .sort((a, b) => a - b);
  let last = 0;
  const from = codes.map((code) => {
    const delta = code - last;
    last = code;
    return delta.toString(36);
  });
  return { from: from.join(','), to: codes.map((code) => table[String.fromCodePoint(code)]!).join('') };
}

export function unpackFoldTable(packed: PackedFoldTable): Record<string, string> {
  const table: Record<string, string> = {};
  if (packed.from === '') return table;
  const to = [...packed.to];
  let code = 0;
  packed.from.split(',').forEach((delta, i) => {
    code += parseInt(delta, 36);
    table[String.fromCodePoint(code)] = to[i]!;
  });
  return table;
}
