/**
 * How the matching pages of a query are laid out on the results page.
 *
 * - The glossary entry the query names (in any of its forms) is shown first,
 *   apart from the results, with its definition.
 * - The other matching glossary entries form a compact block of links (术语),
 *   which is not counted among the results.
 * - The results are the sources, then any other page. A source is one result,
 *   however many of its pages match: its summary stands for it, with the
 *   matching paragraph of its original text (facet 原文) beside it; a source
 *   matched only in its original text is that text.
 *
 * So whenever ten or fewer sources match, every one of them is among the first
 * ten results, whatever the number of matching entries.
 */

/**
 * Views loaded with the search (the first screen): the entry the query names, if
 * any, and the first results. Each view is a Pagefind fragment of 3–9 KB (gzip)
 * holding the page's whole text, and these are part of the first search's bytes;
 * “显示更多” loads the next ones. Four, so that a query naming a glossary entry
 * shows the entry and the sources that use it (两不愁三保障: three) on the first
 * screen. The block of other matching entries loads no view (page-directory.ts).
 */
export const FIRST_PAGE = 4;

/**
 * Entry links shown in the block of other matching entries at first; the others are behind
 * “另外 N 条术语” (a disclosure), and on a large site their rows load when it is opened.
 */
export const ENTRY_LINKS_SHOWN = 12;

export interface LayoutKinds {
  /** A glossary entry. */
  isEntry(id: string): boolean;
  /** The source a page belongs to (its summary's id), or undefined for a page of no source. */
  sourceOf(id: string): string | undefined;
}

/** One result: a source (its summary, or its original text when only that matched), or another page. */
export interface ResultGroup {
  /** The page the result links to first: the summary, or the original text for a source matched only there. */
  id: string;
  /** The source's original text, when it matches beside its summary. */
  text?: string;
  /** The source's summary, when the result is its original text (only that matched). */
  source?: string;
}

export interface ResultLayout {
  /** The entry the query names, shown first, apart from the results. */
  named?: string;
  /** The other matching entries, in rank order. */
  entries: string[];
  /** Sources (one result each, in the rank of their best page), then other pages. */
  results: ResultGroup[];
}

/** @param ranked matching pages in rank order (see rank.ts) */
export function layoutResults(ranked: string[], kinds: LayoutKinds, named?: string): ResultLayout {
  const entries: string[] = [];
  const sources = new Map<string, string[]>();
  const others: ResultGroup[] = [];
  let namedShown: string | undefined;
  for (const id of ranked) {
    if (id === named) namedShown = id;
    else if (kinds.isEntry(id)) entries.push(id);
    else {
      const source = kinds.sourceOf(id);
      if (source === undefined) others.push({ id });
      else sources.set(source, [...(sources.get(source) ?? []), id]);
    }
  }
  const results: ResultGroup[] = [...sources].map(([source, pages]) => {
    if (!pages.includes(source)) return { id: pages[0]!, source };
    const text = pages.find((p) => p !== source);
    return text === undefined ? { id: source } : { id: source, text };
  });
  return { named: namedShown, entries, results: [...results, ...others] };
}

/**
 * The results of a search that reached the original texts (`next`), laid over the results of the
 * same query before it (`before`) without moving them: each keeps its place, with its original
 * text beside it when that matches too, and the results that are new (sources found only in their
 * original texts) follow, in their rank order. A result is the same when it stands for the same
 * source (or is the same other page).
 */
export function mergeTextResults(before: readonly ResultGroup[], next: readonly ResultGroup[]): ResultGroup[] {
  const key = (group: ResultGroup) => group.source ?? group.id;
  const byKey = new Map(next.map((group) => [key(group), group]));
  const kept = before.map((group) => {
    const now = byKey.get(key(group));
    return now && now.id === group.id ? now : group;
  });
  const known = new Set(before.map(key));
  return [...kept, ...next.filter((group) => !known.has(key(group)))];
}

/**
 * The start of the longest run of consecutive word positions (a phrase's
 * bigrams match at consecutive positions), the earliest among equals; for
 * finding the paragraph of a page where a query matched from Pagefind's match
 * positions alone.
 */
export function longestRunStart(positions: readonly number[]): number | undefined {
  const sorted = [...new Set(positions)].sort((a, b) => a - b);
  let best: number | undefined;
  let bestLength = 0;
  for (let i = 0; i < sorted.length; ) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j]! + 1) j++;
    if (j - i + 1 > bestLength) {
      bestLength = j - i + 1;
      best = sorted[i];
    }
    i = j + 1;
  }
  return best;
}
