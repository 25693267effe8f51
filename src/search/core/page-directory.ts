/**
 * What the search page knows about some indexed pages before loading any of
 * them (each Pagefind result's data is a fragment of several KB): every
 * glossary entry's address and title, so the block of matching entries costs
 * no fragment, and its Chinese names (see expansionNames), so a query that
 * names the entry is widened to them without first waiting for the entry's
 * fragment; and which source each original text belongs to, so a source is
 * one result however many of its pages match. Keyed by Pagefind's page ids
 * (its fragment names), written by the index build
 * (src/search/build/page-directory-file.ts) into the search bundle.
 *
 * An original text's address and paragraph anchors, which only its 原文 line
 * on the screen needs, are in small bucket files beside the index
 * (TEXT_BUCKET_SIZE texts each, see textBucketPath), fetched for the texts
 * shown, as Pagefind fetches fragments: on a site of 10,000 sources they
 * would be most of the search bundle. A small site (see textsInBundle) keeps
 * them in the directory instead. The same holds for the glossary entries'
 * rows on a large site (entriesInBundle): they are in bucket files too
 * (ENTRY_BUCKET_SIZE entries each, see entryBucketPath), fetched for the
 * entries a query matches, and the search page tells an entry by the type
 * facet (术语) instead.
 */
import type { Anchor } from './anchor-map.ts';
import { base64FromBytes, bytesFromBase64 } from '../../util/base64.ts';
import { isHan } from './chars.ts';
import type { FoldTable } from './fold.ts';
import { nameKey } from './query-plan.ts';
import { BLOCK_BREAK } from './search-record.ts';
import { detokenize } from './tokenize.ts';

/** The type facet's values (data-pagefind-filter type on the pages). */
export const PAGE_TYPES = { source: '来源', text: '原文', entry: '术语' } as const;

/**
 * A glossary entry's row: [url, title, names]. `names` are the entry's
 * expansionNames, left out when they are the title alone.
 */
export type EntryRow = [string, string, string[]?];

/**
 * A row of a page that is neither a glossary entry nor an original text (a source's summary, the
 * about page): [url, title, type], so the search page can draw it as a result before its fragment is in.
 */
export type PageRow = [string, string, string];

export interface PageDirectory {
  /** Glossary entry id → its row, when the site keeps them in the bundle (entriesInBundle); else they are in the bucket files. */
  entries?: Record<string, EntryRow>;
  /**
   * Each original text's source (packIndices): for the original texts in the
   * order of their ids, the place of their source's summary among the
   * summaries in the order of theirs. The browser has both lists of ids from
   * the type facet (来源 and 原文), which it loads for every search anyway, so
   * a text costs about two bytes here rather than two ids.
   */
  textSources: PackedIndices;
  /** Every original text's row, in the texts' order, when the site keeps them in the bundle (textsInBundle); else they are in the bucket files. */
  textRows?: TextRow[];
  /** The other pages' rows (summaries, the about page), when the site keeps them in the bundle (pagesInBundle); else a result waits for its fragment. */
  pages?: Record<string, PageRow>;
  /**
   * On a site whose index is in shards, the facets of the sources (province and year) by facet name:
   * the index's records carry the type filter alone there (see shardedFacets in
   * src/search/build/search-index-step.ts), and a source's value is found here by its summary's place
   * among the summaries (as textSources), which costs about a byte a source instead of each
   * facet's filter files in every shard.
   */
  sourceFacets?: Record<string, SourceFacet>;
}

/** One facet of the sources: its values, and for each summary in the order of their ids the index of its value plus one (0: none). */
export interface SourceFacet {
  values: string[];
  places: PackedIndices;
}

/** The meta field of a sharded site's summary record that holds its source's facets (JSON of name → values), for the page directory. */
export const SOURCE_FACETS_META = 'facets';

/** The source facets of the summaries, given in the order of their ids (undefined: a summary without facets). */
export function packSourceFacets(summaries: ReadonlyArray<Record<string, string[]> | undefined>): Record<string, SourceFacet> {
  const names = [...new Set(summaries.flatMap((f) => Object.keys(f ?? {})))].sort();
  return Object.fromEntries(
    names.map((name) => {
      const values = [...new Set(summaries.flatMap((f) => f?.[name] ?? []))].sort();
      const index = new Map(values.map((v, i) => [v, i + 1]));
      // A source has one value in each facet (its province, its year).
      return [name, { values, places: packIndices(summaries.map((f) => index.get(f?.[name]?.[0] ?? '') ?? 0)) }];
    }),
  );
}

/** Each summary's value in one source facet, keyed by the summary's id, from the ids of every summary (the type facet's 来源 pages). */
export function sourceFacetValues(facet: SourceFacet, summaryIds: Iterable<string>): Map<string, string> {
  const summaries = idOrder(summaryIds);
  if (summaries.length !== facet.places.count)
    throw new Error(`search: the index has ${summaries.length} summaries, the page directory's facets ${facet.places.count}`);
  const places = unpackIndices(facet.places);
  const out = new Map<string, string>();
  summaries.forEach((id, place) => {
    const value = facet.values[places[place]! - 1];
    if (value !== undefined) out.set(id, value);
  });
  return out;
}

/**
 * Whether the original texts' rows go in the search bundle rather than in
 * bucket files: when the index is one shard and they would fill one bucket
 * at most. A bucket of a few texts costs a request of its own for a few
 * hundred bytes, more than the rows add to the bundle.
 */
export function textsInBundle(texts: number, shards: number): boolean {
  return shards === 1 && texts <= TEXT_BUCKET_SIZE;
}

/**
 * Whether the glossary entries' rows go in the search bundle rather than in
 * bucket files: when the index is one shard and the entries are few (this
 * site's glossary). A query that matches a dozen entries fetches a dozen
 * buckets at most, a few KB; 2,000 entries' rows in the bundle are about
 * 50 KB gzip, loaded by every search.
 */
export function entriesInBundle(entries: number, shards: number): boolean {
  return shards === 1 && entries <= ENTRIES_IN_BUNDLE;
}

/**
 * Whether the rows of the pages that are neither entries nor original texts go in the search bundle:
 * when the index is one shard and they are few. With them the search page draws a result's title link
 * as soon as the matches are known, before the result's fragment (its excerpt) is in; a large site's
 * results wait for their fragments, as 10,000 summaries' titles would be most of the bundle.
 */
export function pagesInBundle(pages: number, shards: number): boolean {
  return shards === 1 && pages <= ENTRIES_IN_BUNDLE;
}

/** Entries (and other pages: pagesInBundle) a one-shard site keeps in the bundle at most (see entriesInBundle). */
export const ENTRIES_IN_BUNDLE = 128;

/**
 * Glossary entries per bucket file. A first search fetches one bucket for each entry link the block
 * shows at first (the entries a common word matches are spread over the buckets): at 8 entries, a
 * bucket is a few hundred bytes, about as much as its response's headers.
 */
export const ENTRY_BUCKET_SIZE = 8;

/** The folder of the entries' bucket files inside the first shard's pagefind/ folder. */
export const ENTRY_BUCKET_DIR = 'kb-entries';

/** The bucket file, relative to pagefind/, of the entry at `place` (its index among the entries' ids in idOrder). */
export function entryBucketPath(place: number): string {
  return `${ENTRY_BUCKET_DIR}/${Math.floor(place / ENTRY_BUCKET_SIZE)}.json`;
}

/** An original text's row in its bucket file: url, paragraph start positions (as deltas), paragraph ids. */
export type TextRow = [string, number[], string[]];

/**
 * Original texts per bucket file: a screen shows at most four 原文 lines, each costing one bucket at
 * most, so a bucket holds few texts (about as many bytes as its response's headers).
 */
export const TEXT_BUCKET_SIZE = 8;

/** The folder of the bucket files inside the first shard's pagefind/ folder (the offline copy serves it as it serves Pagefind's files). */
export const TEXT_BUCKET_DIR = 'kb-texts';

/** The bucket file, relative to pagefind/, of the original text at `place` (its index among the texts in id order). */
export function textBucketPath(place: number): string {
  return `${TEXT_BUCKET_DIR}/${Math.floor(place / TEXT_BUCKET_SIZE)}.json`;
}

/** The ids in the order both the build and the browser sort them (sort's default: by UTF-16 code units). */
export function idOrder(ids: Iterable<string>): string[] {
  return [...ids].sort();
}

/** Whole numbers below 2^width each, as a bit string in base64. */
export interface PackedIndices {
  count: number;
  /** Bits per number. */
  width: number;
  data: string;
}

export function packIndices(values: readonly number[]): PackedIndices {
  const max = values.reduce((m, v) => Math.max(m, v), 0);
  const width = Math.max(1, Math.ceil(Math.log2(max + 1)));
  const bytes = new Uint8Array(Math.ceil((values.length * width) / 8));
  values.forEach((value, i) => {
    for (let b = 0; b < width; b++) if (value & (1 << b)) bytes[(i * width + b) >> 3]! |= 1 << ((i * width + b) & 7);
  });
  return { count: values.length, width, data: base64FromBytes(bytes) };
}

export function unpackIndices(packed: PackedIndices): number[] {
  const bytes = bytesFromBase64(packed.data);
  return Array.from({ length: packed.count }, (_, i) => {
    let value = 0;
    for (let b = 0; b < packed.width; b++) if (bytes[(i * packed.width + b) >> 3]! & (1 << ((i * packed.width + b) & 7))) value |= 1 << b;
    return value;
  });
}

/**
 * Original text id → its place among the texts (for its bucket) and its
 * source's summary id, from the ids of every original text and every summary
 * (the type facet's 原文 and 来源 pages).
 */
export function textSourceMap(
  directory: Pick<PageDirectory, 'textSources'>,
  textIds: Iterable<string>,
  summaryIds: Iterable<string>,
): Map<string, { place: number; summary: string }> {
  const texts = idOrder(textIds);
  const summaries = idOrder(summaryIds);
  if (texts.length !== directory.textSources.count)
    throw new Error(`search: the index has ${texts.length} original texts, the page directory ${directory.textSources.count}`);
  const places = unpackIndices(directory.textSources);
  return new Map(
    texts.map((id, place) => {
      const summary = summaries[places[place]!];
      if (summary === undefined) throw new Error(`search: the original text ${id} has no summary among the ${summaries.length} in the index`);
      return [id, { place, summary }];
    }),
  );
}

/** Positions as deltas from the one before (smaller numbers in the bucket files). */
export function textRow(url: string, anchors: Anchor[]): TextRow {
  let last = 0;
  const deltas = anchors.map((a) => {
    const d = a.pos - last;
    last = a.pos;
    return d;
  });
  return [url, deltas, anchors.map((a) => a.id)];
}

/** The paragraph anchors of an original text, as word positions and ids. */
export function textAnchors(row: TextRow): Anchor[] {
  let pos = 0;
  return row[1].map((d, i) => {
    pos += d;
    return { pos, id: row[2][i]! };
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
export function entryRow(url: string, title: string, names: string[]): EntryRow {
  return names.length === 1 && names[0] === title ? [url, title] : [url, title, names];
}

/** The names an entry's row stands for (see entryRow). */
export function rowNames(row: EntryRow): string[] {
  return row[2] ?? [row[1]];
}

/**
 * Each comparison key (nameKey) of the glossary entries' Chinese names (rowNames, the
 * title among them) → the entries that have a name of that key. A query whose key is
 * one entry's alone names that entry without the name token's lookup in the index
 * (its index chunk is not fetched); a key that several entries share is left to it.
 */
export function entriesByChineseName(entries: PageDirectory['entries'], table: FoldTable): Map<string, string[]> {
  const byKey = new Map<string, string[]>();
  // A large site's rows are in bucket files: its entries are named by their name tokens alone.
  for (const [id, row] of Object.entries(entries ?? {})) {
    for (const key of new Set([row[1], ...rowNames(row)].map((name) => nameKey(name, table)))) byKey.set(key, [...(byKey.get(key) ?? []), id]);
  }
  return byKey;
}
