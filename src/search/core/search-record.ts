/**
 * Turns an extracted page into a Pagefind custom record: the page's words in
 * the site's own tokenization, weighted headings, filters, display metadata,
 * and the map of anchored parts.
 */
import { BLOCK_BREAK, encodeAnchors, type Anchor } from './anchor-map.ts';
import type { FoldTable } from './fold.ts';
import { indexWords } from './tokenize.ts';
import { nameKey, nameToken } from './query-plan.ts';
import type { SearchName } from './term-names.ts';

/** Pagefind's index language. Not "zh": Pagefind would re-segment Chinese with its own segmenter. */
export const INDEX_LANGUAGE = 'und';

export { BLOCK_BREAK };

/** One block of a page's text: a heading, paragraph, list item, table cell … */
export interface PageBlock {
  text: string;
  /** Heading level 1–6, for headings. */
  heading?: number;
  /** Ids of anchored elements that start at this block (outermost first). */
  ids: string[];
  /** From the nearest data-pagefind-weight around the block. */
  weight?: number;
}

/** A page as the index step reads it from its built HTML (src/search/build/extract-page.ts). */
export interface ExtractedPage {
  lang: string;
  title: string;
  filters: Record<string, string[]>;
  meta: Record<string, string>;
  blocks: PageBlock[];
}

/** How much a match counts, by heading level (Pagefind's weights; body text is 1). */
const HEADING_WEIGHT: Record<number, number> = { 1: 7, 2: 3, 3: 2, 4: 1.5 };

export interface SearchRecord {
  url: string;
  content: string;
  language: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}

/** Metadata written in index words, so that metadata matches behave like content matches. */
export const tokenizedMeta = (value: string, table: FoldTable): string => indexWords(value, table).join(' ');

export function buildSearchRecord(url: string, page: ExtractedPage, table: FoldTable, options: { names?: SearchName[] } = {}): SearchRecord {
  const words: string[] = [];
  const anchors: Anchor[] = [];
  let position = 0;
  for (const block of page.blocks) {
    const blockWords = indexWords(block.text, table).filter((w) => !w.startsWith('___'));
    if (blockWords.length === 0) continue;
    block.ids.forEach((id, i) => {
      const isHeading = block.heading !== undefined && i === block.ids.length - 1;
      anchors.push(isHeading ? { pos: position, id, heading: block.text } : { pos: position, id });
    });
    const weight = block.heading ? HEADING_WEIGHT[block.heading] : block.weight;
    if (weight) words.push(`___PAGEFIND_WEIGHT___${weight}`);
    words.push(...blockWords);
    if (weight) words.push('___END_PAGEFIND_WEIGHT___');
    words.push(BLOCK_BREAK);
    position += blockWords.length + 1;
  }
  const meta: Record<string, string> = { title: tokenizedMeta(page.title, table) };
  for (const [key, value] of Object.entries(page.meta)) if (key !== 'title') meta[key] = tokenizedMeta(value, table);
  if (options.names && options.names.length > 0) {
    meta.names = options.names.map((n) => tokenizedMeta(n.text, table)).join(` ${BLOCK_BREAK} `);
    meta.namekeys = [...new Set(options.names.map((n) => nameToken(nameKey(n.text, table), n.rank)))].join(' ');
  }
  if (anchors.length > 0) meta.anchors = encodeAnchors(anchors);
  return { url, content: words.join(' '), language: INDEX_LANGUAGE, meta, filters: page.filters };
}
