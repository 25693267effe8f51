/**
 * Orders the pages that matched every part of a query.
 *
 * 1. Pages that contain the whole query as one phrase come before pages
 *    where its parts are scattered.
 * 2. Within each group, Pagefind's score (BM25 over the query's words, with
 *    heading and title weights) decides.
 * How the ranked pages are then shown (the entry the query names, the block
 * of other entries, one result per source) is result-layout.ts.
 */

export interface ScoredId {
  id: string;
  score: number;
}

export function rankCandidates(candidates: Iterable<string>, scored: ScoredId[], wholePhrase?: ReadonlySet<string>): string[] {
  const score = new Map(scored.map((s) => [s.id, s.score]));
  const order = new Map(scored.map((s, i) => [s.id, i]));
  return [...candidates].sort((a, b) => {
    if (wholePhrase) {
      const pa = wholePhrase.has(a) ? 0 : 1;
      const pb = wholePhrase.has(b) ? 0 : 1;
      if (pa !== pb) return pa - pb;
    }
    const diff = (score.get(b) ?? 0) - (score.get(a) ?? 0);
    if (diff !== 0) return diff;
    return (order.get(a) ?? Infinity) - (order.get(b) ?? Infinity) || a.localeCompare(b);
  });
}

/** Intersection of several id sets (every unit of the query must match). */
export function intersectAll(sets: Array<ReadonlySet<string>>): Set<string> {
  if (sets.length === 0) return new Set();
  const [first, ...rest] = [...sets].sort((a, b) => a.size - b.size);
  return new Set([...first!].filter((id) => rest.every((s) => s.has(id))));
}
