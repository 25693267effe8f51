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

export interface Anchor {
  /** Index of the first word of this part in the record's content. */
  pos: number;
  /** Element id on the page. */
  id: string;
  /** Heading text, for headings; paragraphs and other anchored elements have none. */
  heading?: string;
}

const ALPHABET = '!"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~'; // 32 characters, 5 bits each

export function encodeOpaque(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let out = '';
  let buffer = 0;
  let bits = 0;
  for (const byte of bytes) {
    buffer = (buffer << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += ALPHABET[(buffer >> (bits - 5)) & 31];
      bits -= 5;
    }
    buffer &= (1 << bits) - 1;
  }
  if (bits > 0) out += ALPHABET[(buffer << (5 - bits)) & 31];
  return out;
}

export function decodeOpaque(encoded: string): string {
  const bytes: number[] = [];
  let buffer = 0;
  let bits = 0;
  for (const ch of encoded) {
    const value = ALPHABET.indexOf(ch);
    if (value < 0) throw new Error(`not an opaque string: unexpected ${JSON.stringify(ch)}`);
    buffer = (buffer << 5) | value;
    bits += 5;
    if (bits >= 8) {
      bytes.push((buffer >> (bits - 8)) & 255);
      bits -= 8;
      buffer &= (1 << bits) - 1;
    }
  }
  return new TextDecoder().decode(new Uint8Array(bytes));
}

/** Compact form: [pos, id] or [pos, id, heading], positions as deltas. */
export function encodeAnchors(anchors: Anchor[]): string {
  let last = 0;
  const rows = anchors.map((a) => {
    const row: Array<number | string> = [a.pos - last, a.id];
    if (a.heading !== undefined) row.push(a.heading);
    last = a.pos;
    return row;
  });
  return encodeOpaque(JSON.stringify(rows));
}

export function decodeAnchors(encoded: string | undefined): Anchor[] {
  if (!encoded) return [];
  const rows = JSON.parse(decodeOpaque(encoded)) as Array<[number, string, string?]>;
  let pos = 0;
  return rows.map(([delta, id, heading]) => {
    pos += delta;
    return heading === undefined ? { pos, id } : { pos, id, heading };
  });
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
