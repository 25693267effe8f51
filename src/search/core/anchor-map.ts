/**
 * Where each part of a page starts in its search record, so a result can link
 * to the section or paragraph that matched.
 *
 * The map travels in a Pagefind meta field. Pagefind indexes every meta field
 * as searchable words, and anchor ids are pinyin (a query for "yao" must not
 * match a section called yao-dian), so the map is written in an alphabet of
 * ASCII punctuation only: Pagefind finds no letters or digits in it and
 * indexes nothing.
 */

import { detokenize } from './tokenize.ts';

/** A word that separates blocks in a search record: nothing to index, so no phrase runs from one paragraph into the next. */
export const BLOCK_BREAK = '⁋';

export interface Anchor {
  /** Index of the first word of this part in the record's content. */
  pos: number;
  /** Element id on the page. */
  id: string;
  /** Heading text, for headings; paragraphs and other anchored elements have none. */
  heading?: string;
}

/**
 * 16 characters, one for each half of a byte. Each byte of the UTF-8 text is always
 * written as the same two characters, so text that repeats (ids, headings) repeats
 * in the encoded form too and gzip compresses it as well as the text itself. ("
 * and \ are left out: JSON would escape them.)
 */
const ALPHABET = '!#$%&()*+,-./:;<';

export function encodeOpaque(text: string): string {
  let out = '';
  for (const byte of new TextEncoder().encode(text)) out += ALPHABET[byte >> 4]! + ALPHABET[byte & 15]!;
  return out;
}

export function decodeOpaque(encoded: string): string {
  if (encoded.length % 2 !== 0) throw new Error('not an opaque string: odd length');
  const bytes = new Uint8Array(encoded.length / 2);
  for (let i = 0; i < bytes.length; i++) {
    const high = ALPHABET.indexOf(encoded[2 * i]!);
    const low = ALPHABET.indexOf(encoded[2 * i + 1]!);
    if (high < 0 || low < 0) throw new Error(`not an opaque string: unexpected ${JSON.stringify(encoded.slice(2 * i, 2 * i + 2))}`);
    bytes[i] = (high << 4) | low;
  }
  return new TextDecoder().decode(bytes);
}

/**
 * Compact form: [pos, id] or, for a heading, [pos, id, 1], positions as deltas.
 * A heading's text is not written: it is the block that starts at its
 * position, which the record's content holds already.
 */
export function encodeAnchors(anchors: Anchor[]): string {
  return encodeOpaque(anchorRows(anchors));
}

/**
 * The compact form as plain JSON: what a slimmed fragment carries (src/search/build/slim-fragments.ts
 * rewrites fragments after indexing, when Pagefind no longer reads the meta fields).
 */
export function anchorRows(anchors: Anchor[]): string {
  let last = 0;
  const rows = anchors.map((a) => {
    const row: Array<number | string> = [a.pos - last, a.id];
    if (a.heading !== undefined) row.push(1);
    last = a.pos;
    return row;
  });
  return JSON.stringify(rows);
}

/** @param words the record's content split at spaces, where the headings' text is read */
export function decodeAnchors(encoded: string | undefined, words: readonly string[]): Anchor[] {
  return decodeAnchorRows(encoded ? decodeOpaque(encoded) : undefined, words);
}

/** Reads anchorRows's form; `words` as for decodeAnchors. */
export function decodeAnchorRows(json: string | undefined, words: readonly string[]): Anchor[] {
  if (!json) return [];
  const rows = JSON.parse(json) as Array<[number, string, 1?]>;
  let pos = 0;
  return rows.map(([delta, id, heading]) => {
    pos += delta;
    return heading === undefined ? { pos, id } : { pos, id, heading: blockText(words, pos) };
  });
}

/** The displayed text of the block that starts at word `pos`. */
function blockText(words: readonly string[], pos: number): string {
  let end = pos;
  while (end < words.length && words[end] !== BLOCK_BREAK) end++;
  return detokenize(words.slice(pos, end)).text.trim();
}

/** The innermost anchored part, and the section heading, that contain word `pos`. */
export function anchorAt(anchors: Anchor[], pos: number): { id?: string; heading?: string } {
  let id: string | undefined;
  let heading: string | undefined;
  for (const anchor of anchors) {
    if (anchor.pos > pos) break;
    id = anchor.id;
    if (anchor.heading !== undefined) heading = anchor.heading;
  }
  return { id, heading };
}
