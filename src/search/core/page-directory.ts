/**
 * What the search page knows about some indexed pages before loading any of
 * them (each Pagefind result's data is a fragment of several KB): every
 * glossary entry's address and title, so the block of matching entries costs
 * no fragment; and, for each source's original text, the source's summary and
 * the text's paragraph anchors, so a source is one result and its 原文 line
 * links to the matching paragraph without loading the text. Keyed by
 * Pagefind's page ids (its fragment names), written by the index build
 * (src/search/build/page-directory-file.ts) into the search bundle.
 */
import type { Anchor } from './anchor-map.ts';

/** The type facet's values (data-pagefind-filter type on the pages). */
export const PAGE_TYPES = { source: '来源', text: '原文', entry: '术语' } as const;

export interface PageDirectory {
  /** Glossary entry id → [url, title]. */
  entries: Record<string, [string, string]>;
  /** Original text id → [its source's summary id, url, paragraph start positions (as deltas), paragraph ids]. */
  texts: Record<string, [string, string, number[], string[]]>;
}

/** Positions as deltas from the one before (smaller numbers: the directory ships in the search bundle). */
export function textEntry(summaryId: string, url: string, anchors: Anchor[]): PageDirectory['texts'][string] {
  let last = 0;
  const deltas = anchors.map((a) => {
    const d = a.pos - last;
    last = a.pos;
    return d;
  });
  return [summaryId, url, deltas, anchors.map((a) => a.id)];
}

/** The paragraph anchors of an original text, as word positions and ids. */
export function textAnchors(entry: PageDirectory['texts'][string]): Anchor[] {
  let pos = 0;
  return entry[2].map((d, i) => {
    pos += d;
    return { pos, id: entry[3][i]! };
  });
}
