/**
 * Pagefind writes its files gzip-compressed at zlib's best level. Zopfli
 * writes the same gzip format smaller, because it searches far longer for the
 * shortest encoding, and every gzip reader (Pagefind's own inflater, and the
 * offline copy's data scripts, which carry the files' bytes) reads it as it
 * reads Pagefind's. On this site's index Zopfli takes 4.6 % off the
 * WebAssembly and 6 % off the metadata.
 *
 * Zopfli is slow (a few KB a second on the fragments, whose Chinese UTF-8
 * gives its match finder long chains to walk), so it is spent only where every
 * first search pays, whatever its query: the WebAssembly, and each shard's
 * metadata and filter chunks. Index chunks and fragments, which a query loads
 * a few of among thousands, keep Pagefind's encoding.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { gzipAsync } from '@gfx/zopfli';

/**
 * The files of one index shard's folder that every search loads: its metadata, its filter chunks and,
 * in the first shard's (`withWasm`), the WebAssembly (the other shards' copies are removed).
 */
export function filesEverySearchLoads(shardDir: string, withWasm: boolean): string[] {
  const top = readdirSync(shardDir)
    .filter((name) => /\.pf_meta$/.test(name) || (withWasm && /^wasm\..+\.pagefind$/.test(name)))
    .map((name) => join(shardDir, name));
  const filterDir = join(shardDir, 'filter');
  const filters = readdirSync(shardDir).includes('filter') ? readdirSync(filterDir).map((name) => join(filterDir, name)) : [];
  return [...top, ...filters];
}

/** Rewrites each gzip file with Zopfli when that is smaller; returns the bytes before and after. */
export async function recompressWithZopfli(files: readonly string[]): Promise<{ before: number; after: number }> {
  let before = 0;
  let after = 0;
  for (const file of files) {
    const stored = readFileSync(file);
    const smaller = await gzipAsync(gunzipSync(stored), { numiterations: 5 });
    before += stored.length;
    if (smaller.length < stored.length) {
      writeFileSync(file, smaller);
      after += smaller.length;
    } else after += stored.length;
  }
  return { before, after };
}
