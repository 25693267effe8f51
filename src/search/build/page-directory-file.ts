/**
 * Reads the fragments Pagefind wrote and makes the page directory that the
 * search bundle carries (src/search/core/page-directory.ts): every glossary
 * entry's url, title and Chinese names, and each original text's summary and paragraph
 * anchors, keyed by Pagefind's page ids.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { decodeAnchors } from '../core/anchor-map.ts';
import type { FoldTable } from '../core/fold.ts';
import { entryNames, entryRow, expansionNames, PAGE_TYPES, textEntry, type PageDirectory } from '../core/page-directory.ts';
import { detokenize } from '../core/tokenize.ts';

/** Pagefind's signature before a decompressed fragment's JSON. */
const SIGNATURE = 'pagefind_dcd';

interface Fragment {
  url: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}

export function readFragment(file: string): Fragment {
  const text = gunzipSync(readFileSync(file)).toString('utf8');
  if (!text.startsWith(SIGNATURE)) throw new Error(`${file}: not a Pagefind fragment (no ${SIGNATURE} signature)`);
  return JSON.parse(text.slice(SIGNATURE.length)) as Fragment;
}

/**
 * @param pagefindDirs every shard's folder (each with a fragment/ folder)
 * @param table the folding table the search bundle carries (names are compared as the browser compares them)
 */
export function pageDirectory(pagefindDirs: string[], table: FoldTable): PageDirectory {
  const summaries = new Map<string, string>();
  const texts: Array<[string, Fragment]> = [];
  const directory: PageDirectory = { entries: {}, texts: {} };
  for (const dir of pagefindDirs) {
    const fragments = join(dir, 'fragment');
    if (!existsSync(fragments)) continue;
    for (const name of readdirSync(fragments)) {
      const id = name.replace(/\.pf_fragment$/, '');
      const fragment = readFragment(join(fragments, name));
      const type = fragment.filters.type?.[0];
      if (type === PAGE_TYPES.entry) {
        const title = detokenize((fragment.meta.title ?? '').split(' ')).text;
        directory.entries[id] = entryRow(fragment.url, title, expansionNames(entryNames(fragment.meta.names), table));
      } else if (type === PAGE_TYPES.text) texts.push([id, fragment]);
      else summaries.set(fragment.url, id);
    }
  }
  for (const [id, fragment] of texts) {
    // An original text's address is its summary's followed by text/.
    const summaryUrl = fragment.url.replace(/text\/$/, '');
    const summary = summaries.get(summaryUrl);
    if (summary === undefined) throw new Error(`search index: the original text ${fragment.url} has no summary page ${summaryUrl} in the index`);
    directory.texts[id] = textEntry(summary, fragment.url, decodeAnchors(fragment.meta.anchors, []));
  }
  return directory;
}
