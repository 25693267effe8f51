/**
 * Rewrites every fragment Pagefind wrote, after the index and the page
 * directory are made from them, with less in it for the search page to fetch.
 * The index is untouched: what a query finds, and the positions Pagefind
 * reports, stay the same.
 *
 * - The content's bigram chains are folded (src/search/core/fragment-text.ts):
 *   the same words at the same positions, in about a fifth fewer gzip bytes
 *   for a page of Chinese text.
 * - A glossary entry's fragment keeps its content up to the end of its
 *   definition: the search page shows an entry by its title, its names and its
 *   definition only (the entry block's links come from the page directory), and
 *   `namekeys`, the name tokens a query for a name finds the entry by, are in
 *   the index and read from no fragment.
 * - The anchors' map is written as plain JSON (anchor-map.ts's anchorRows)
 *   rather than in the opaque alphabet that kept Pagefind from indexing it,
 *   which doubles its ids' bytes.
 *
 * Fragments are read and written one at a time, so a large site's are never
 * in memory together.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { constants, gunzipSync, gzipSync } from 'node:zlib';
import { anchorRows, decodeAnchors } from '../core/anchor-map.ts';
import { CHAINS_FIELD, foldChains, unfoldChains } from '../core/fragment-text.ts';
import { PAGE_TYPES } from '../core/page-directory.ts';
import { BLOCK_BREAK } from '../core/search-record.ts';
import { SPACE_MARK } from '../core/tokenize.ts';

/** Pagefind's signature before a decompressed fragment's JSON. */
const SIGNATURE = 'pagefind_dcd';

interface Fragment {
  content?: unknown;
  meta?: Record<string, string>;
  filters?: Record<string, string[]>;
  [CHAINS_FIELD]?: number;
}

/**
 * The words and meta fields a fragment keeps: a glossary entry's words up to the end of its
 * definition block (all of them when it has none) and no name tokens; the anchors, of the words
 * kept, as plain JSON (anchorRows: Pagefind, which would index their letters, has read the fields).
 */
function displayCopy(fragment: Fragment, words: string[]): { words: string[]; meta: Record<string, string> } {
  const meta = { ...(fragment.meta ?? {}) };
  const anchors = decodeAnchors(meta.anchors, words);
  let kept = words;
  if (fragment.filters?.type?.[0] === PAGE_TYPES.entry) {
    delete meta.namekeys;
    const definition = anchors.find((a) => a.id === 'definition');
    const end = definition ? words.indexOf(BLOCK_BREAK, definition.pos) : -1;
    if (end >= 0) kept = words.slice(0, end + 1);
  }
  if (meta.anchors !== undefined) meta.anchors = anchorRows(anchors.filter((a) => a.pos < kept.length));
  return { words: kept, meta };
}

/** Slims one fragment file; returns its gzip bytes before and after. */
export function slimFragmentFile(file: string): { before: number; after: number } {
  const stored = readFileSync(file);
  const text = gunzipSync(stored).toString('utf8');
  if (!text.startsWith(SIGNATURE)) throw new Error(`${file}: not a Pagefind fragment (no ${SIGNATURE} signature)`);
  const fragment = JSON.parse(text.slice(SIGNATURE.length)) as Fragment;
  if (fragment[CHAINS_FIELD] || typeof fragment.content !== 'string') return { before: stored.length, after: stored.length };
  const { words, meta } = displayCopy(fragment, fragment.content.split(' '));
  const content = foldChains(words);
  // What the search page will read: Pagefind deletes SPACE_MARK from the content before the page unfolds it.
  const read = unfoldChains(content.replaceAll(SPACE_MARK, ''));
  const bad = words.findIndex((word, i) => word.replaceAll(SPACE_MARK, '') !== read[i]);
  if (bad >= 0 || read.length !== words.length) {
    throw new Error(`${file}: its folded content does not unfold to its words (word ${bad < 0 ? words.length : bad}: “${words[bad] ?? ''}”)`);
  }
  const slim = gzipSync(`${SIGNATURE}${JSON.stringify({ ...fragment, content, meta, [CHAINS_FIELD]: 1 })}`, { level: constants.Z_BEST_COMPRESSION });
  writeFileSync(file, slim);
  return { before: stored.length, after: slim.length };
}

/** Slims every fragment in each shard folder's fragment/ folder. */
export function slimFragments(shardDirs: readonly string[]): { files: number; before: number; after: number } {
  const total = { files: 0, before: 0, after: 0 };
  for (const dir of shardDirs) {
    const fragments = join(dir, 'fragment');
    for (const name of readdirSync(fragments)) {
      const { before, after } = slimFragmentFile(join(fragments, name));
      total.files++;
      total.before += before;
      total.after += after;
    }
  }
  return total;
}
