/**
 * Stable anchors for deep links: every heading, paragraph, list item, quote,
 * key-figure row and inference gets an id derived from its own content, never
 * from its position. Editing, adding or reordering OTHER elements leaves an
 * element's id alone.
 *
 * - Paragraphs, list items and quoted paragraphs in Markdown: a short hash of the
 *   element's normalised text (`p-…`, `li-…`, `q-…`). The normalisation ignores
 *   white space, punctuation, full/half width and Simplified/Traditional, so
 *   fixing a comma or converting the script keeps the id.
 * - Frontmatter rows (key figures, quotes, inferences, components): a readable
 *   pinyin slug of the label or text (`figure-dang-nian-tuo-pin-ren-kou`).
 *
 * When an element's OWN text changes, its id changes too. The URL manifest test
 * (tests/build/url-manifest.test.ts) then reports the vanished anchor, and the
 * editor declares the old id as an alias in content/redirects.yaml; the page
 * keeps a tiny empty target with the old id inside the element, so old links
 * still land on it.
 */
import { pinyinSlug } from '../text/slug.ts';
import { comparisonKey } from '../text/comparison-keys.ts';

/** Text reduced to what identifies it: no white space, punctuation or symbols; width and script folded. */
export function anchorKey(text: string): string {
  return comparisonKey(text).replace(/[\p{P}\p{S}\p{Z}]/gu, '');
}

/** FNV-1a (32 bit) of the UTF-16 code units, in base 36, always 7 characters. */
export function shortHash(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(36).padStart(7, '0');
}

export type BlockKind = 'p' | 'li' | 'q';

/** Id of a Markdown block from its text: `p-1x9k3ba`. */
export function blockAnchor(kind: BlockKind, text: string): string {
  return `${kind}-${shortHash(anchorKey(text))}`;
}

/** Readable id from a label or a quote: `figure-` + pinyin of its first syllables. */
export function labelAnchor(prefix: string, text: string, maxSyllables = 16): string {
  const slug = pinyinSlug(comparisonKey(text), maxSyllables);
  return `${prefix}-${slug || shortHash(anchorKey(text))}`;
}

/**
 * Ids for a list of items that must be unique on one page. Items whose base id
 * collides get a 4-character hash of their own text appended, so the result
 * still does not depend on the order of the items. Items with identical text
 * (after normalisation) are told apart by a counter, the only case where order
 * matters.
 */
export function uniqueAnchors(items: Array<{ base: string; text: string }>): string[] {
  const counts = new Map<string, number>();
  for (const { base } of items) counts.set(base, (counts.get(base) ?? 0) + 1);
  const seen = new Map<string, number>();
  return items.map(({ base, text }) => {
    let id = counts.get(base)! > 1 ? `${base}-${shortHash(anchorKey(text)).slice(-4)}` : base;
    const n = (seen.get(id) ?? 0) + 1;
    seen.set(id, n);
    if (n > 1) id = `${id}-${n}`;
    return id;
  });
}

/** Ids for the rows of a frontmatter list, from one text per row. */
export function rowAnchors(prefix: string, texts: string[], maxSyllables = 16): string[] {
  return uniqueAnchors(texts.map((text) => ({ base: labelAnchor(prefix, text, maxSyllables), text })));
}

/** Accessible names of the "link to here" controls. */
export const LINK_LABEL = {
  heading: '链接到本节',
  p: '链接到本段',
  li: '链接到本条',
  q: '链接到本段引文',
  row: '链接到本行',
  quote: '链接到本条摘句',
  definition: '链接到定义',
} as const;

/** How many syllables a quote's id keeps: enough to read, short enough to share. */
export const QUOTE_SYLLABLES = 8;
