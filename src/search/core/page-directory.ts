/**
 * What the search page knows about some indexed pages before loading any of
 * them (each Pagefind result's data is a fragment of several KB): every
 * glossary entry's address and title, so the block of matching entries costs
 * no fragment, and its Chinese names (see expansionNames), so a query that
 * names the entry is widened to them without first waiting for the entry's
 * fragment; and, for each source's original text, the source's summary and
 * the text's paragraph anchors, so a source is one result and its 原文 line
 * links to the matching paragraph without loading the text. Keyed by
 * Pagefind's page ids (its fragment names), written by the index build
 * (src/search/build/page-directory-file.ts) into the search bundle.
 */
import type { Anchor } from './anchor-map.ts';
import { isHan } from './chars.ts';
import type { FoldTable } from './fold.ts';
import { nameKey } from './query-plan.ts';
import { BLOCK_BREAK } from './search-record.ts';
import { detokenize } from './tokenize.ts';

/** The type facet's values (data-pagefind-filter type on the pages). */
export const PAGE_TYPES = { source: '来源', text: '原文', entry: '术语' } as const;

export interface PageDirectory {
  /**
   * Glossary entry id → [url, title, names]. `names` are the entry's
   * expansionNames, left out when they are the title alone.
   */
  entries: Record<string, [string, string, string[]?]>;
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

/** An entry's names as its search record's names field holds them (tokenized, separated by BLOCK_BREAK), as the page shows them. */
export function entryNames(namesField: string | undefined): string[] {
  return (namesField ?? '')
    .split(` ${BLOCK_BREAK} `)
    .map((n) => detokenize(n.split(' ')).text)
    .filter(Boolean);
}

/**
 * The names query-plan.ts's expansionPlans can use: those with Han
 * characters, the first of each comparison key (expansionPlans skips the
 * others), in their order.
 */
export function expansionNames(names: readonly string[], table: FoldTable): string[] {
  const seen = new Set<string>();
  return names.filter((name) => {
    if (![...name].some(isHan)) return false;
    const key = nameKey(name, table);
    return !seen.has(key) && seen.add(key);
  });
}

/** An entry's row: its expansion names are written only when they are not its title alone. */
export function entryRow(url: string, title: string, names: string[]): PageDirectory['entries'][string] {
  return names.length === 1 && names[0] === title ? [url, title] : [url, title, names];
}

/** The names an entry's row stands for (see entryRow). */
export function rowNames(row: PageDirectory['entries'][string]): string[] {
  return row[2] ?? [row[1]];
}
