/**
 * Retrieval metrics for the search evaluation (pure; unit-tested).
 *
 * The results page has three parts (src/search/core/result-layout.ts): the
 * entry the query names, shown first; a block of links to the other matching
 * entries; and the results, one per source, then other pages. The metrics
 * read them as a reader does:
 * - the named entry is rank 1, and the results follow it (rank 2, 3 …);
 * - the block's entries are ranked among the entries (after the named one),
 *   and only the links shown without opening “另外 N 条术语” are counted;
 * - a result is one source, whichever of its pages it links to: a source
 *   that appeared twice among the results would take two places.
 */

export interface Judged {
  /** The entry shown first, apart from the results (e.g. "terms/x"). */
  named?: string;
  /** The block of other matching entries, as far as it is shown at first. */
  entries?: string[];
  /** The results in rank order, one page per result (a source counted as its summary, e.g. "sources/x"). */
  results: string[];
  /** Pages the query must find. */
  mustFind: string[];
  /** Pages that count as relevant for precision (must-find plus pages that truly contain the query). */
  relevant: ReadonlySet<string>;
  /** The page that must be shown first, if any. */
  first?: string;
}

/** The named entry (if any) and the results, in reading order. */
const ranked = (j: Judged): string[] => [...(j.named ? [j.named] : []), ...j.results];

/** Share of the must-find pages shown on the first screen: the named entry, the entry block, or the first k results. */
export function recallAt(k: number, j: Judged): number {
  if (j.mustFind.length === 0) return 1;
  const shown = new Set([...(j.named ? [j.named] : []), ...(j.entries ?? []), ...j.results.slice(0, k)]);
  return j.mustFind.filter((p) => shown.has(p)).length / j.mustFind.length;
}

/** Share of the named entry and the first results, k in all, that are relevant (over those shown, if fewer than k). */
export function precisionAt(k: number, j: Judged): number {
  const top = ranked(j).slice(0, k);
  if (top.length === 0) return 0;
  return top.filter((p) => j.relevant.has(p)).length / top.length;
}

/** A page's rank: among the named entry and the results, or, for an entry of the block, among the entries. 0 if absent. */
export function rankOf(page: string, j: Judged): number {
  const inResults = ranked(j).indexOf(page);
  if (inResults >= 0) return inResults + 1;
  const inBlock = (j.entries ?? []).indexOf(page);
  return inBlock < 0 ? 0 : inBlock + 1 + (j.named ? 1 : 0);
}

/** 1 / rank of the best-ranked must-find page (the `first` page when given), 0 if absent. */
export function reciprocalRank(j: Judged): number {
  const targets = j.first ? [j.first] : j.mustFind;
  const ranks = targets.map((p) => rankOf(p, j)).filter((r) => r > 0);
  return ranks.length === 0 ? 0 : 1 / Math.min(...ranks);
}

/** The required first page is the one shown first: the named entry when there is one, else result 1. */
export const shownFirst = (j: Judged): string | undefined => ranked(j)[0];

export const mean = (values: number[]): number => (values.length === 0 ? 0 : values.reduce((a, b) => a + b, 0) / values.length);
