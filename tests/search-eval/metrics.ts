/** Retrieval metrics for the search evaluation (pure; unit-tested). */

export interface Judged {
  /** Result pages in rank order (e.g. "terms/x"). */
  results: string[];
  /** Pages the query must find. */
  mustFind: string[];
  /** Pages that count as relevant for precision (must-find plus pages that truly contain the query). */
  relevant: ReadonlySet<string>;
  /** The page that must be result 1, if any. */
  first?: string;
}

export function recallAt(k: number, j: Judged): number {
  if (j.mustFind.length === 0) return 1;
  const top = new Set(j.results.slice(0, k));
  return j.mustFind.filter((p) => top.has(p)).length / j.mustFind.length;
}

/** Share of the top k results that are relevant (over the results shown, if fewer than k). */
export function precisionAt(k: number, j: Judged): number {
  const top = j.results.slice(0, k);
  if (top.length === 0) return 0;
  return top.filter((p) => j.relevant.has(p)).length / top.length;
}

/** 1 / rank of the first must-find page (the `first` page when given), 0 if absent. */
export function reciprocalRank(j: Judged): number {
  const targets = j.first ? [j.first] : j.mustFind;
  const index = j.results.findIndex((p) => targets.includes(p));
  return index < 0 ? 0 : 1 / (index + 1);
}

export const mean = (values: number[]): number => (values.length === 0 ? 0 : values.reduce((a, b) => a + b, 0) / values.length);
