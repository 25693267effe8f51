/**
 * The search engine in the browser: Pagefind's JS API, asked the way
 * src/search/core/query-plan.ts decides. Every unit of the query is one
 * Pagefind search (exact phrase or prefix word); the pages in all of them
 * match; Pagefind's ranked search over all the words orders them.
 */
import * as pagefind from 'kb:pagefind';
import packedFoldTable from 'kb:fold-table';
import nameFilter from 'kb:name-filter';
import directory from 'kb:page-directory';
import { decodeAnchorRows, decodeAnchors, anchorAt } from '../core/anchor-map.ts';
import {
  ENTRY_BUCKET_SIZE,
  entriesByChineseName,
  entryBucketPath,
  entryNames,
  idOrder,
  PAGE_TYPES,
  rowNames,
  sourceFacetValues,
  textAnchors,
  TEXT_BUCKET_SIZE,
  textBucketPath,
  textSourceMap,
  type EntryRow,
  type TextRow,
} from '../core/page-directory.ts';
import { unpackFoldTable } from '../core/fold.ts';
import { ENTRY_LINKS_SHOWN, layoutResults, longestRunStart, type ResultGroup } from '../core/result-layout.ts';
import { nameFilterTest } from '../core/name-filter.ts';
import { blockExcerpt, buildExcerpt, type Excerpt } from '../core/excerpt.ts';
import { matchPositions } from '../core/match-positions.ts';
import { CHAINS_FIELD, unfoldChains } from '../core/fragment-text.ts';
import { isHan } from '../core/chars.ts';
import { expansionPlans, nameKey, nameToken, planQuery, unitQuery, type QueryPlan, type SearchUnit } from '../core/query-plan.ts';
import { intersectAll, rankCandidates } from '../core/rank.ts';
import { INDEX_LANGUAGE, BLOCK_BREAK } from '../core/search-record.ts';
import { detokenize } from '../core/tokenize.ts';

interface PfResult {
  id: string;
  score: number;
  words: number[];
  data(): Promise<PfFragment>;
}
interface PfFragment {
  url: string;
  content: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
  /** Set when the content is written with its bigram chains folded (core/fragment-text.ts). */
  [CHAINS_FIELD]?: number;
}
interface PfResponse {
  results: PfResult[];
}
interface PfInstance {
  options(o: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  mergeIndex(basePath: string, options: Record<string, unknown>): Promise<void>;
  search(term: string | null, options?: { filters?: Record<string, unknown> }): Promise<PfResponse | null>;
  filters(): Promise<Record<string, Record<string, number>>>;
}

export type Filters = Record<string, string[]>;

/** The entry a query names: found in the page directory (its id alone) or by a Pagefind search (a result). */
type NamedEntry = Pick<PfResult, 'id'> & { data?: PfResult['data'] };

/** Folders, under pagefind/, of the index's other shards (see src/search/build/index-shards.ts); none on a small site. */
declare const __KB_SHARD_DIRS__: string[];
/**
 * True when the glossary entries' rows are in bucket files (a large site: see entriesInBundle in
 * page-directory.ts), false when they are in the page directory; a constant, so a small site's
 * bundle carries no code for the buckets.
 */
declare const __KB_ENTRY_BUCKETS__: boolean;
/** Folders, under pagefind/, of the original texts' shards (index-shards.ts), merged by loadTexts; none on a one-shard site. */
declare const __KB_TEXT_SHARD_DIRS__: string[];
/** True when the original texts are in shards of their own (__KB_TEXT_SHARD_DIRS__): a constant, so a one-shard site's bundle carries no code for them. */
declare const __KB_TEXT_SHARDS__: boolean;
/**
 * True when a source's records have their type filter only (a site whose index is in shards: see
 * shardedFacets in src/search/build/search-index-step.ts): the summaries' other facets are then in the
 * page directory (sourceFacets), and an original text is looked up by its source's summary.
 */
declare const __KB_TEXT_FACETS_BY_SOURCE__: boolean;

export { ENTRY_LINKS_SHOWN, FIRST_PAGE } from '../core/result-layout.ts';

export interface ResultView {
  id: string;
  url: string;
  title: string;
  type: string;
  details: string[];
  excerpt: Excerpt;
  section?: { id: string; heading?: string };
}

/** What the page directory holds of a result (address, title, type): enough to draw its title link before its fragment is in. */
export type EarlyView = Pick<ResultView, 'id' | 'url' | 'title' | 'type'>;

/** A glossary entry in the block of matching entries: its address and title, known without loading it. */
export interface EntryLink {
  id: string;
  url: string;
  title: string;
}

/** Where a query matched in a source's original text: the text's address and the paragraph's anchor. */
export interface TextLink {
  url: string;
  anchor?: string;
}

export interface SearchOutcome {
  plan: QueryPlan;
  /**
   * Whether the original texts were searched: always on a one-shard site; on a site whose texts
   * are in shards of their own, once loadTexts has merged them (the page then searches again).
   */
  complete: boolean;
  /** The glossary entry the query names, shown first, apart from the results. */
  named?: string;
  /**
   * The other matching glossary entries, in rank order (the block of entry links): every one on a
   * small site; on a large site the first ENTRY_LINKS_SHOWN, the others are moreEntries'.
   */
  entries: EntryLink[];
  /** How many other matching glossary entries there are, those in `entries` included. */
  entryCount: number;
  /** On a large site, loads the links of the matching entries after `entries` (their bucket files); undefined on a small site. */
  moreEntries?: () => Promise<EntryLink[]>;
  /** The results (after filters): one per source, then other pages. */
  results: ResultGroup[];
  /** How many pages match each filter value, given the query and the other facets' choices. */
  counts(): Promise<Record<string, Record<string, number>>>;
  /** Loads the view of one result. */
  view(id: string): Promise<ResultView>;
  /** A result's address, title and type from the page directory, when it holds them (a small site's summaries, other pages and entries); else undefined. */
  early(id: string): EarlyView | undefined;
  /** The paragraph of a source's original text where the query matched, from Pagefind's match positions (on a large site, loads the text's bucket file: see page-directory.ts). */
  textLink(textId: string): Promise<TextLink>;
}

const foldTable = unpackFoldTable(packedFoldTable);

/** The glossary entries by the comparison keys of their Chinese names (page-directory.ts). */
const byChineseName = entriesByChineseName(directory.entries, foldTable);

/** False for a word that is surely no glossary name token: its index chunk need not be fetched. */
const mayBeName = nameFilterTest(nameFilter);

const display = (value: string | undefined): string => (value ? detokenize(value.split(' ')).text.replaceAll(BLOCK_BREAK, '·') : '');

/**
 * Whether a page has a facet's value (`set`: the value's pages). On a large site an original text's
 * record has no province or year (they are its source's: __KB_TEXT_FACETS_BY_SOURCE__), so in those
 * facets it is looked up by its source's summary.
 */
function inFacet(set: Set<string>, name: string, id: string, textMap: Map<string, { summary: string }>): boolean {
  return set.has(name === 'type' ? id : (textMap.get(id)?.summary ?? id));
}

/**
 * A bucket file of the page directory's rows (original texts', or a large site's glossary entries':
 * page-directory.ts), under pagefind/ at `basePath`, fetched once into `cache`; a failed fetch is
 * forgotten, so a later call tries again.
 */
function bucketFile<T>(cache: Map<string, Promise<unknown[]>>, basePath: string, path: string): Promise<T[]> {
  let bucket = cache.get(path);
  if (!bucket) {
    // Over file:// this fetch is answered by the offline transport, as Pagefind's own are.
    bucket = fetch(`${basePath}${path}`).then((r) => {
      if (!r.ok) throw new Error(`could not load ${path}: ${r.status}`);
      return r.json() as Promise<unknown[]>;
    });
    cache.set(path, bucket);
    bucket.catch(() => cache.delete(path));
  }
  return bucket as Promise<T[]>;
}

/**
 * Reads a large site's glossary entries' rows from their bucket files: an entry's place is its
 * index among the type facet's 术语 pages in idOrder, the order the build wrote the rows in.
 */
function entryRowReader(entryPages: Promise<Set<string>>, bucket: (path: string) => Promise<EntryRow[]>): (id: string) => Promise<EntryRow> {
  const places = entryPages.then((ids) => new Map(idOrder(ids).map((entry, place) => [entry, place])));
  return async (id) => {
    const place = (await places).get(id);
    if (place === undefined) throw new Error(`no glossary entry ${id}`);
    return (await bucket(entryBucketPath(place)))[place % ENTRY_BUCKET_SIZE]!;
  };
}

/**
 * A sharded site's source facets (the page directory's sourceFacets): each summary's value in a
 * facet, by the facet's name, once the type facet's 来源 pages (`summaries`) are known.
 */
function sourceFacetReader(summaries: () => Promise<Set<string>>): (name: string) => Promise<Map<string, string>> {
  const cache = new Map<string, Promise<Map<string, string>>>();
  return (name) => {
    let values = cache.get(name);
    if (!values) {
      values = summaries().then((ids) => sourceFacetValues(directory.sourceFacets![name]!, ids));
      cache.set(name, values);
    }
    return values;
  };
}

/**
 * The original texts' shards' entry and metadata files, fetched by loadTexts before their shards are
 * merged, by URL without its query. Pagefind adds a merged index to the indexes every search asks as
 * soon as the merge starts (a search then waits for its files), and keeps one whose files failed to
 * load, after which every search fails; so the files are fetched first, and Pagefind's own fetches
 * of them, when the shards are merged, are answered from here (answerPreloaded). Keyed by
 * absolute URL without its query (Pagefind adds one to the entry file's).
 */
const preloaded = new Map<string, Promise<ArrayBuffer>>();

let answering = false;

/** Answers a fetch of a file in `preloaded` from there; every other fetch goes on (to the offline transport, over file://). Once. */
function answerPreloaded(): void {
  if (answering) return;
  answering = true;
  const fetchOn = globalThis.fetch;
  globalThis.fetch = (input, init) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    // Pagefind asks for a merged index's files by path (its base path without the origin).
    const file = preloaded.get(new URL(url, location.href).href.split(/[?#]/)[0]!);
    return file ? file.then((bytes) => new Response(bytes)) : fetchOn(input, init);
  };
}

/** Fetches a file into `preloaded`; a file that fails to load is forgotten there (a later loadTexts fetches it again). */
function preload(url: string): Promise<ArrayBuffer> {
  const bytes = fetch(url).then((response) => {
    if (!response.ok) throw new Error(`could not load ${url}: ${response.status}`);
    return response.arrayBuffer();
  });
  preloaded.set(url, bytes);
  bytes.catch(() => preloaded.delete(url));
  return bytes;
}

/** Fetches a shard's entry file and the metadata of its index (as Pagefind picks it: the index language's, else the largest) into `preloaded`. */
async function preloadShard(base: string): Promise<string[]> {
  const entryUrl = `${base}pagefind-entry.json`;
  const { languages } = JSON.parse(new TextDecoder().decode(await preload(entryUrl))) as { languages: Record<string, { hash: string; page_count: number }> };
  const index = languages[INDEX_LANGUAGE] ?? Object.values(languages).sort((a, b) => b.page_count - a.page_count)[0];
  if (!index) throw new Error(`${entryUrl}: no index`);
  const metaUrl = `${base}pagefind.${index.hash}.pf_meta`;
  await preload(metaUrl);
  return [entryUrl, metaUrl];
}

export class SearchEngine {
  private ready: Promise<PfInstance> | undefined;
  private readonly unitCache = new Map<string, Promise<Map<string, PfResult>>>();
  private readonly facetCache = new Map<string, Promise<Set<string>>>();
  /** A sharded site's source facets, from the page directory (a constant undefined on a small site, whose bundle then has no code for them). */
  private readonly sourceFacet = __KB_TEXT_FACETS_BY_SOURCE__ ? sourceFacetReader(() => this.facet('type', PAGE_TYPES.source)) : undefined;
  private textSources: Promise<ReturnType<typeof textSourceMap>> | undefined;
  private readonly bucketCache = new Map<string, Promise<unknown[]>>();
  private warmed: Promise<void> | undefined;
  /** The original texts' shards' files being fetched (loadTexts), and the files once fetched, for useTexts to merge the shards. */
  private textLoad: Promise<void> | undefined;
  private textFiles: string[] | undefined;
  /** The merge of the original texts' shards (useTexts), which every search waits for. */
  private textMerge: Promise<void> | undefined;
  /** Whether the searches ask the original texts' shards (always when there are none). */
  private textsUsed = !__KB_TEXT_SHARDS__;

  private readonly basePath: string;

  constructor(basePath: string) {
    this.basePath = basePath;
  }

  /** Loads Pagefind (its WebAssembly and index metadata). Safe to call early and often. */
  init(): Promise<PfInstance> {
    this.ready ??= (async () => {
      // Pagefind takes the language from <html lang> and, for zh, re-segments the
      // query with Intl.Segmenter. Our index is language-neutral and our query
      // words are already segmented, so present the index language while the
      // instance is created, then restore the page's own.
      const html = document.documentElement;
      const lang = html.getAttribute('lang');
      html.setAttribute('lang', INDEX_LANGUAGE);
      let instance: PfInstance;
      try {
        // Record URLs already carry the site's base path: Pagefind must not prefix them.
        instance = pagefind.createInstance({ basePath: this.basePath, baseUrl: '/', noWorker: true }) as PfInstance;
      } finally {
        if (lang === null) html.removeAttribute('lang');
        else html.setAttribute('lang', lang);
      }
      await instance.init();
      // A large site's index is in shards: Pagefind searches them together and merges the results.
      await Promise.all(__KB_SHARD_DIRS__.map((dir) => instance.mergeIndex(`${this.basePath}${dir}`, { baseUrl: '/', language: INDEX_LANGUAGE })));
      // Pagefind builds an Intl.Segmenter for every query, and the first one loads the
      // browser's segmentation data (about 25 ms). A query of punctuation alone does that
      // now, while the reader is still typing, without fetching anything.
      await instance.search('。');
      return instance;
    })();
    return this.ready;
  }

  /** One Pagefind search, cached: results keyed by page id. */
  private run(query: string): Promise<Map<string, PfResult>> {
    let cached = this.unitCache.get(query);
    if (!cached) {
      cached = this.init()
        .then((pf) => pf.search(query))
        .then((r) => new Map((r?.results ?? []).map((x) => [x.id, x])));
      this.unitCache.set(query, cached);
    }
    return cached;
  }

  private unit(unit: SearchUnit): Promise<Map<string, PfResult>> {
    return this.run(unitQuery(unit));
  }

  private facet(name: string, value: string): Promise<Set<string>> {
    const key = `${name}\u0000${value}`;
    let cached = this.facetCache.get(key);
    if (!cached) {
      cached =
        __KB_TEXT_FACETS_BY_SOURCE__ && directory.sourceFacets?.[name]
          ? this.sourceFacet!(name).then((values) => new Set([...values].filter(([, v]) => v === value).map(([id]) => id)))
          : this.init()
              .then((pf) => pf.search(null, { filters: { [name]: value } }))
              .then((r) => new Set((r?.results ?? []).map((x) => x.id)));
      this.facetCache.set(key, cached);
    }
    return cached;
  }

  /**
   * Fetches the original texts' shards' entry and metadata files, for the next search to merge the
   * shards (useTexts): so a search never waits for them, nor mixes results from before and after,
   * and shards that fail to load never reach Pagefind. Once; a failed load is forgotten, so a later
   * call tries again. Does nothing on a one-shard site.
   */
  loadTexts(): Promise<void> {
    if (__KB_TEXT_SHARDS__ && !this.textsUsed && !this.textLoad) {
      answerPreloaded();
      const load = Promise.all(__KB_TEXT_SHARD_DIRS__.map((dir) => preloadShard(`${this.basePath}${dir}`))).then((files) => {
        this.textFiles = files.flat();
      });
      this.textLoad = load;
      load.catch(() => {
        if (this.textLoad === load) this.textLoad = undefined;
      });
    }
    return this.textLoad ?? Promise.resolve();
  }

  /**
   * Merges the original texts' shards into the Pagefind instance once their files are loaded, when a
   * search begins (every search waits for the merge), and forgets what was found without them. Should
   * a merge fail all the same, the instance is made anew without them (Pagefind would fail every search
   * after), and a later loadTexts tries again.
   */
  private useTexts(): Promise<void> {
    const files = this.textFiles;
    if (__KB_TEXT_SHARDS__ && files && !this.textMerge) {
      this.textMerge = (async () => {
        const pf = await this.init();
        try {
          await Promise.all(__KB_TEXT_SHARD_DIRS__.map((dir) => pf.mergeIndex(`${this.basePath}${dir}`, { baseUrl: '/', language: INDEX_LANGUAGE })));
          this.textsUsed = true;
        } catch {
          this.ready = undefined;
          this.textLoad = undefined;
          this.textFiles = undefined;
          this.textMerge = undefined;
        } finally {
          for (const url of files) preloaded.delete(url);
          this.unitCache.clear();
          this.facetCache.clear();
          this.textSources = undefined;
        }
      })();
    }
    return this.textMerge ?? Promise.resolve();
  }

  /** Each original text's place and source (page-directory.ts), from the type facet's 原文 and 来源 pages; none before the texts' shards are searched. */
  private texts(): Promise<ReturnType<typeof textSourceMap>> {
    if (__KB_TEXT_SHARDS__ && !this.textsUsed) return Promise.resolve(new Map());
    this.textSources ??= Promise.all([this.facet('type', PAGE_TYPES.text), this.facet('type', PAGE_TYPES.source)]).then(([texts, sources]) =>
      textSourceMap(directory, texts, sources),
    );
    return this.textSources;
  }

  /** An original text's row (url and paragraph anchors), from its bucket file or, on a small site, the bundle. */
  private async textRow(textId: string): Promise<TextRow> {
    const text = (await this.texts()).get(textId);
    if (!text) throw new Error(`no original text ${textId}`);
    // A small site's rows are in the bundle (textsInBundle).
    if (directory.textRows) return directory.textRows[text.place]!;
    const rows = await bucketFile<TextRow>(this.bucketCache, this.basePath, textBucketPath(text.place));
    return rows[text.place % TEXT_BUCKET_SIZE]!;
  }

  /**
   * Loads, while the page is idle, what every search needs whatever its query: the
   * type facet's pages (which source each original text belongs to) and the pages of
   * every facet value (the filter counts). A query then waits only for its own index
   * chunks and fragments; the first search's bytes are the same.
   */
  warm(): Promise<void> {
    this.warmed ??= (async () => {
      await this.texts();
      const available = await this.allFilters();
      await Promise.all(Object.entries(available).flatMap(([name, values]) => Object.keys(values).map((value) => this.facet(name, value))));
    })();
    return this.warmed;
  }

  /** Every filter value with its number of pages (of summaries, in a facet kept in the page directory), for building the facet list. */
  async allFilters(): Promise<Record<string, Record<string, number>>> {
    if (__KB_TEXT_FACETS_BY_SOURCE__ && directory.sourceFacets) {
      const filters = this.init().then((pf) => pf.filters());
      const fromDirectory = await Promise.all(
        Object.keys(directory.sourceFacets).map(async (name) => {
          const counts: Record<string, number> = {};
          for (const value of (await this.sourceFacet!(name)).values()) counts[value] = (counts[value] ?? 0) + 1;
          return [name, counts] as const;
        }),
      );
      return { ...(await filters), ...Object.fromEntries(fromDirectory) };
    }
    return (await this.init()).filters();
  }

  private async matches(plan: QueryPlan): Promise<{ ids: Set<string>; ranking: Map<string, PfResult> }> {
    // Pagefind's ranked search over all the words (it ignores words it cannot find, so it only orders),
    // asked at the same time as the units, so their index chunks load together.
    const [ranking, ...sets] = await Promise.all([this.run(plan.ranking.join(' ')), ...plan.units.map((u) => this.unit(u))]);
    return { ids: intersectAll(sets.map((m) => new Set(m.keys()))), ranking };
  }

  async search(query: string, filters: Filters): Promise<SearchOutcome> {
    // The 原文 filter asks for the original texts: their shards are loaded first (a failure leaves the search incomplete).
    if (__KB_TEXT_SHARDS__) {
      if (filters.type?.includes(PAGE_TYPES.text)) await this.loadTexts().catch(() => undefined);
      await this.useTexts();
    }
    const complete = this.textsUsed;
    let plan = planQuery(query, foldTable);
    // Started now, not after the matches: each is a round trip for index or filter chunks.
    const firstKey = plan.key;
    const firstNamed = this.namedEntry(firstKey);
    const sourcePages = this.facet('type', PAGE_TYPES.source);
    const texts = this.texts();
    // A large site reads its glossary entries' rows from bucket files (see entryRowReader).
    const entryRow = __KB_ENTRY_BUCKETS__
      ? entryRowReader(this.facet('type', PAGE_TYPES.entry), (path) => bucketFile<EntryRow>(this.bucketCache, this.basePath, path))
      : undefined;
    const first = this.matches(plan);
    // An entry named by a Chinese name is known now (from the page directory, when its rows are in the bundle):
    // the searches for its other names, and for the whole phrase, start with the query's own, so their index chunks load together.
    const known = byChineseName.get(firstKey);
    const early: Array<Promise<unknown>> = [firstNamed, sourcePages, texts, first];
    if (known?.length === 1) early.push(...expansionPlans(query, rowNames(directory.entries![known[0]!]!), foldTable).map((p) => this.matches(p)));
    if (plan.wholePhrase) early.push(this.unit(plan.wholePhrase));
    // A large site also tells an entry by the type facet (its rows are not in the bundle).
    if (__KB_ENTRY_BUCKETS__) early.push(this.facet('type', PAGE_TYPES.entry));
    // Any may end up unused (a fallback plan has its own key): never an unhandled rejection.
    for (const promise of early) promise.catch(() => undefined);
    let { ids, ranking } = await first;
    if (ids.size === 0 && plan.fallback) {
      plan = plan.fallback;
      ({ ids, ranking } = await this.matches(plan));
    }
    // On a large site, the bucket files of the matching entries Pagefind scores highest load now, while the
    // named entry is looked up and the query widened: those the block shows at first, as far as the score
    // alone orders them (a type filter without 术语 leaves the entries out: nothing to load then).
    if (__KB_ENTRY_BUCKETS__) {
      const types = filters.type ?? [];
      const matched = ids;
      const scores = ranking;
      if (types.length === 0 || types.includes(PAGE_TYPES.entry))
        void this.facet('type', PAGE_TYPES.entry).then((entryIds) => {
          const best = [...matched].filter((id) => entryIds.has(id)).sort((a, b) => (scores.get(b)?.score ?? 0) - (scores.get(a)?.score ?? 0));
          // One more than the block shows: the named entry is among them when the query names one.
          for (const id of best.slice(0, ENTRY_LINKS_SHOWN + 1)) entryRow!(id).catch(() => undefined);
        });
    }
    let named = await (plan.key === firstKey ? firstNamed : this.namedEntry(plan.key));
    // The named entry's Chinese names are in the page directory (on a large site, in its bucket file): its
    // fragment loads with the results, not before them.
    const row = !named ? undefined : __KB_ENTRY_BUCKETS__ ? await entryRow!(named.id).catch(() => undefined) : directory.entries![named.id];
    let names = row ? rowNames(row) : named?.data ? entryNames((await named.data()).meta.names) : [];
    if (!named && ![...query].some(isHan) && plan.key.length >= 3) {
      // A romanised query that begins an entry's pinyin or English name (liangbuchou, Two Assurances) names that entry.
      ({ named, names } = await this.entryBegunBy(plan.key, ids, ranking));
    }
    // A query that names an entry in any of its forms also finds the pages that use the entry's Chinese names.
    if (named) {
      const extra = expansionPlans(query, names, foldTable);
      if (extra.length > 0) {
        const found = await Promise.all(extra.map((p) => this.matches(p)));
        ids = new Set([...ids, ...found.flatMap((f) => [...f.ids])]);
        const merged = new Map(ranking);
        for (const f of found) for (const [id, r] of f.ranking) if (!merged.has(id) || merged.get(id)!.score < r.score) merged.set(id, r);
        ranking = merged;
        plan = { ...plan, highlight: [...plan.highlight, ...extra.flatMap((p) => p.units)] };
      }
    }
    const phraseIds = plan.wholePhrase ? new Set((await this.unit(plan.wholePhrase)).keys()) : undefined;
    const ordered = rankCandidates(
      ids,
      [...ranking.values()].map((r) => ({ id: r.id, score: r.score })),
      phraseIds,
    );

    const [sources, textMap, entryIds] = await Promise.all(
      __KB_ENTRY_BUCKETS__ ? [sourcePages, texts, this.facet('type', PAGE_TYPES.entry)] : [sourcePages, texts],
    );
    // Filters chosen by the reader: pages must have one of the chosen values in every facet.
    const passes: Record<string, Set<string>> = {};
    for (const [name, values] of Object.entries(filters)) {
      if (values.length === 0) continue;
      const sets = await Promise.all(values.map((v) => this.facet(name, v)));
      passes[name] = new Set(sets.flatMap((s) => [...s]));
    }
    const passOthers = (id: string, except: string) =>
      Object.entries(passes).every(([name, set]) => name === except || (__KB_TEXT_FACETS_BY_SOURCE__ ? inFacet(set, name, id, textMap) : set.has(id)));
    // A facet value's count: matching pages that have it and pass the other facets' choices.
    // Computed after the results are shown (the page asks for it).
    const counts = async () => {
      const available = await this.allFilters();
      const out: Record<string, Record<string, number>> = {};
      // Every facet's chunks are fetched at once, not one facet after another.
      await Promise.all(
        Object.entries(available).map(async ([name, values]) => {
          const members = await Promise.all(Object.keys(values).map(async (value) => [value, await this.facet(name, value)] as const));
          out[name] = Object.fromEntries(
            members.map(([value, set]) => [
              value,
              ordered.filter((id) => (__KB_TEXT_FACETS_BY_SOURCE__ ? inFacet(set, name, id, textMap) : set.has(id)) && passOthers(id, name)).length,
            ]),
          );
        }),
      );
      return out;
    };
    const filtered = ordered.filter((id) => passOthers(id, ''));
    const views = new Map<string, Promise<ResultView>>();
    const finalPlan = plan;
    const view = (id: string) => {
      let v = views.get(id);
      if (!v) {
        v = this.view(id, finalPlan, ranking.get(id));
        views.set(id, v);
      }
      return v;
    };
    const layout = layoutResults(
      filtered,
      {
        isEntry: (id) => (__KB_ENTRY_BUCKETS__ ? entryIds!.has(id) : id in directory.entries!),
        sourceOf: (id) => textMap.get(id)?.summary ?? (sources.has(id) ? id : undefined),
      },
      named?.id,
    );
    // A small site has every entry's link in the bundle. A large site loads the links of those the block
    // shows at first with the results, and the others' bucket files (most of a common word's entries)
    // only when the reader opens “另外 N 条术语” (moreEntries); bucketFile keeps each bucket once loaded.
    const entries = __KB_ENTRY_BUCKETS__
      ? await Promise.all(
          layout.entries.slice(0, ENTRY_LINKS_SHOWN).map(async (id) => {
            const [url, title] = await entryRow!(id);
            return { id, url, title };
          }),
        )
      : layout.entries.map((id) => ({ id, url: directory.entries![id]![0], title: directory.entries![id]![1] }));
    const moreEntries = __KB_ENTRY_BUCKETS__
      ? () =>
          Promise.all(
            layout.entries.slice(ENTRY_LINKS_SHOWN).map(async (id) => {
              const [url, title] = await entryRow!(id);
              return { id, url, title };
            }),
          )
      : undefined;
    const textLink = async (textId: string): Promise<TextLink> => {
      const row = await this.textRow(textId);
      const start = longestRunStart(ranking.get(textId)?.words ?? []);
      return { url: row[0], anchor: start === undefined ? undefined : anchorAt(textAnchors(row), start).id };
    };
    const earlyView = (id: string): EarlyView | undefined => {
      const page = directory.pages?.[id];
      if (page) return { id, url: page[0], title: page[1], type: page[2] };
      const entry = directory.entries?.[id];
      return entry && { id, url: entry[0], title: entry[1], type: PAGE_TYPES.entry };
    };
    return {
      plan,
      complete,
      named: layout.named,
      entries,
      entryCount: layout.entries.length,
      moreEntries,
      results: layout.results,
      counts,
      view,
      textLink,
      early: earlyView,
    };
  }

  /** The glossary entry one of whose names is the query: by a Chinese name of one entry alone, from the page directory; else by its name token (see nameToken). */
  private async namedEntry(key: string): Promise<NamedEntry | undefined> {
    if (key === '') return undefined;
    const known = byChineseName.get(key);
    if (known?.length === 1) return { id: known[0]! };
    // One rank after the other: a query that names an entry almost always names it at
    // rank 0, and asking rank 1 as well would fetch another index chunk for nothing.
    for (const rank of [0, 1] as const) {
      const token = nameToken(key, rank);
      if (!mayBeName(token)) continue;
      const hits = await this.unit({ kind: 'phrase', words: [token] });
      if (hits.size > 0) return [...hits.values()][0];
    }
    return undefined;
  }

  /**
   * The best-ranked glossary entry among the matches (the first few) one of
   * whose romanised names begins with the query's key, with its names.
   */
  private async entryBegunBy(key: string, ids: Set<string>, ranking: Map<string, PfResult>): Promise<{ named?: PfResult; names: string[] }> {
    const terms = await this.facet('type', PAGE_TYPES.entry);
    const candidates = [...ids].filter((id) => terms.has(id) && ranking.has(id));
    candidates.sort((a, b) => ranking.get(b)!.score - ranking.get(a)!.score);
    for (const id of candidates.slice(0, 3)) {
      const entry = ranking.get(id)!;
      const names = await this.entryNames(entry);
      if (names.some((n) => ![...n].some(isHan) && nameKey(n, foldTable).startsWith(key))) return { named: entry, names };
    }
    return { names: [] };
  }

  /** An entry's names as the page shows them (from its record's names field). */
  private async entryNames(entry: PfResult): Promise<string[]> {
    return entryNames((await entry.data()).meta.names);
  }

  private async view(id: string, plan: QueryPlan, ranked: PfResult | undefined): Promise<ResultView> {
    const source = ranked ?? (await Promise.all(plan.units.map((u) => this.unit(u)))).map((m) => m.get(id)).find(Boolean);
    if (!source) throw new Error(`no result ${id}`);
    const data = await source.data();
    // A slimmed fragment (src/search/build/slim-fragments.ts): chains folded, anchors as plain JSON.
    const slim = data[CHAINS_FIELD] === 1;
    const words = slim ? unfoldChains(data.content) : data.content.split(' ');
    const anchors = slim ? decodeAnchorRows(data.meta.anchors, words) : decodeAnchors(data.meta.anchors, words);
    const definition = anchors.find((a) => a.id === 'definition');
    const type = data.filters.type?.[0] ?? '';
    const positions = matchPositions(words, plan.highlight);
    // A glossary entry shows its definition (its names are the title); other pages the passage that matched.
    const excerpt = definition ? blockExcerpt(words, positions, definition.pos) : buildExcerpt(words, positions, 90);
    const at = excerpt.firstMatch !== undefined ? anchorAt(anchors, excerpt.firstMatch) : {};
    const details = [display(data.meta.date), display(data.meta.place), display(data.meta.category)].filter(Boolean);
    return {
      id,
      url: data.url,
      title: display(data.meta.title) || data.url,
      type,
      details,
      excerpt,
      section: at.id ? { id: at.id, heading: at.heading } : undefined,
    };
  }
}
