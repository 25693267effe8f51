/**
 * Reads the fragments Pagefind wrote and makes the page directory that the
 * search bundle carries (src/search/core/page-directory.ts): every glossary
 * entry's url, title and Chinese names, keyed by Pagefind's page ids, and
 * each original text's source (and on a sharded site each source's facets); and the original texts' rows (url and
 * paragraph anchors) for the bucket files written beside the index (on a
 * large site, the entries' rows too).
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { decodeAnchorRows, decodeAnchors } from '../core/anchor-map.ts';
import { CHAINS_FIELD } from '../core/fragment-text.ts';
import type { FoldTable } from '../core/fold.ts';
import {
  ENTRY_BUCKET_DIR,
  ENTRY_BUCKET_SIZE,
  entryBucketPath,
  entryNames,
  entryRow,
  expansionNames,
  idOrder,
  packIndices,
  packSourceFacets,
  PAGE_TYPES,
  SOURCE_FACETS_META,
  TEXT_BUCKET_DIR,
  TEXT_BUCKET_SIZE,
  textBucketPath,
  textRow,
  type PageDirectory,
  type TextRow,
} from '../core/page-directory.ts';
import { detokenize } from '../core/tokenize.ts';

/** Pagefind's signature before a decompressed fragment's JSON. */
const SIGNATURE = 'pagefind_dcd';

interface Fragment {
  url: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
  /** Set on a fragment slimmed after indexing (slim-fragments.ts), whose anchors are plain JSON. */
  [CHAINS_FIELD]?: number;
}

export function readFragment(file: string): Fragment {
  const text = gunzipSync(readFileSync(file)).toString('utf8');
  if (!text.startsWith(SIGNATURE)) throw new Error(`${file}: not a Pagefind fragment (no ${SIGNATURE} signature)`);
  return JSON.parse(text.slice(SIGNATURE.length)) as Fragment;
}

export interface SiteDirectory {
  directory: PageDirectory;
  /** Every original text's row, in the order of their ids (see textBucketPath). */
  textRows: TextRow[];
}

/**
 * @param pagefindDirs every shard's folder (each with a fragment/ folder)
 * @param table the folding table the search bundle carries (names are compared as the browser compares them)
 */
export function pageDirectory(pagefindDirs: string[], table: FoldTable): SiteDirectory {
  const summaries = new Map<string, string>();
  // Only what the rows need: a fragment holds its page's whole text, and 10,000 original texts' would be gigabytes.
  const texts = new Map<string, { url: string; anchors: string | undefined; plain: boolean }>();
  const entries: NonNullable<PageDirectory['entries']> = {};
  const pages: NonNullable<PageDirectory['pages']> = {};
  // A sharded site's summaries carry their source's facets in a meta field (shardedFacets in search-index-step.ts).
  const summaryFacets = new Map<string, Record<string, string[]>>();
  for (const dir of pagefindDirs) {
    const fragments = join(dir, 'fragment');
    if (!existsSync(fragments)) continue;
    for (const name of readdirSync(fragments)) {
      const id = name.replace(/\.pf_fragment$/, '');
      const fragment = readFragment(join(fragments, name));
      const type = fragment.filters.type?.[0];
      if (type === PAGE_TYPES.entry) {
        const title = detokenize((fragment.meta.title ?? '').split(' ')).text;
        entries[id] = entryRow(fragment.url, title, expansionNames(entryNames(fragment.meta.names), table));
      } else if (type === PAGE_TYPES.text) texts.set(id, { url: fragment.url, anchors: fragment.meta.anchors, plain: fragment[CHAINS_FIELD] === 1 });
      else {
        if (type === PAGE_TYPES.source) {
          summaries.set(fragment.url, id);
          const facets = fragment.meta[SOURCE_FACETS_META];
          if (facets !== undefined) summaryFacets.set(id, JSON.parse(facets) as Record<string, string[]>);
        }
        pages[id] = [fragment.url, detokenize((fragment.meta.title ?? '').split(' ')).text, type ?? ''];
      }
    }
  }
  // The summaries' places in the order the browser sorts their ids (the 来源 facet's pages). Each id once:
  // Pagefind's ids are 7 hex digits, and two pages in different shards can have the same one (at 10,000
  // sources, two summaries did); the browser's facet holds it once.
  const summaryPlace = new Map(idOrder(new Set(summaries.values())).map((id, place) => [id, place]));
  const sources: number[] = [];
  const textRows: TextRow[] = [];
  for (const id of idOrder(texts.keys())) {
    const text = texts.get(id)!;
    // An original text's address is its summary's followed by text/.
    const summaryUrl = text.url.replace(/text\/$/, '');
    const summary = summaries.get(summaryUrl);
    if (summary === undefined) throw new Error(`search index: the original text ${text.url} has no summary page ${summaryUrl} in the index`);
    sources.push(summaryPlace.get(summary)!);
    textRows.push(textRow(text.url, text.plain ? decodeAnchorRows(text.anchors, []) : decodeAnchors(text.anchors, [])));
  }
  const sourceFacets = summaryFacets.size > 0 ? { sourceFacets: packSourceFacets([...summaryPlace.keys()].map((id) => summaryFacets.get(id))) } : {};
  return { directory: { entries, textSources: packIndices(sources), pages, ...sourceFacets }, textRows };
}

/**
 * Writes `rows` into pagefind/<folder>/, `size` to a file, after removing the folder an earlier
 * build wrote; returns the files' paths relative to pagefind/.
 */
function writeBuckets<T>(pagefindDir: string, folder: string, rows: readonly T[], size: number, pathOf: (place: number) => string): string[] {
  rmSync(join(pagefindDir, folder), { recursive: true, force: true });
  if (rows.length === 0) return [];
  mkdirSync(join(pagefindDir, folder), { recursive: true });
  const paths: string[] = [];
  for (let start = 0; start < rows.length; start += size) {
    const path = pathOf(start);
    writeFileSync(join(pagefindDir, path), JSON.stringify(rows.slice(start, start + size)));
    paths.push(path);
  }
  return paths;
}

/** Writes the original texts' rows into pagefind/kb-texts/, TEXT_BUCKET_SIZE to a file; returns the files' paths relative to pagefind/. */
export function writeTextBuckets(pagefindDir: string, rows: readonly TextRow[]): string[] {
  return writeBuckets(pagefindDir, TEXT_BUCKET_DIR, rows, TEXT_BUCKET_SIZE, textBucketPath);
}

/**
 * Writes the glossary entries' rows into pagefind/kb-entries/, ENTRY_BUCKET_SIZE to a file, in the
 * order of their ids (idOrder, as the browser sorts the type facet's 术语 pages); returns the files' paths.
 */
export function writeEntryBuckets(pagefindDir: string, entries: NonNullable<PageDirectory['entries']>): string[] {
  const rows = idOrder(Object.keys(entries)).map((id) => entries[id]!);
  return writeBuckets(pagefindDir, ENTRY_BUCKET_DIR, rows, ENTRY_BUCKET_SIZE, entryBucketPath);
}
