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
 * a few of among thousands, keep Pagefind's encoding. Most of its time goes to
 * splitting a file into blocks (a 7 KB filter chunk takes a second, and its
 * blocks save 15 % of it), so the files are compressed on worker threads, one
 * per core up to four, while the search index step does its other work.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { gzipAsync } from '@gfx/zopfli';
import { WorkerPool } from '../../util/worker-pool.ts';

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

export interface Recompressed {
  before: number;
  after: number;
}

/** What the workers rewrote, and when the last of them ended. */
export type RecompressedShares = Recompressed & { ended: number };

/** Rewrites one gzip file with Zopfli when that is smaller; returns its bytes before and after. */
export async function recompressFile(file: string): Promise<Recompressed> {
  const stored = readFileSync(file);
  const smaller = await gzipAsync(gunzipSync(stored), { numiterations: 5 });
  if (smaller.length >= stored.length) return { before: stored.length, after: stored.length };
  writeFileSync(file, smaller);
  return { before: stored.length, after: smaller.length };
}

/** A worker's share of `files`: it takes the next file not yet taken (`next`, shared by the workers) until none is left. */
export interface ZopfliShare {
  files: readonly string[];
  next: Int32Array;
}

/** The files a worker rewrites, taken one at a time from the queue the workers share; its bytes before and after, and when it ended. */
export async function recompressShare({ files, next }: ZopfliShare): Promise<RecompressedShares> {
  const total = { before: 0, after: 0 };
  for (let i = Atomics.add(next, 0, 1); i < files.length; i = Atomics.add(next, 0, 1)) {
    const bytes = await recompressFile(files[i]!);
    total.before += bytes.before;
    total.after += bytes.after;
  }
  return { ...total, ended: Date.now() };
}

/** Zopfli's workers at most: its files are few, and each worker loads Zopfli's WebAssembly. */
const MAX_WORKERS = 4;

/**
 * Rewrites each gzip file with Zopfli when that is smaller, on up to `workers` worker
 * threads (src/search/build/zopfli-worker.ts), which take the files from one queue among
 * themselves, so that a busy main thread does not keep them waiting; returns the bytes
 * before and after, and when the last worker ended.
 */
export async function recompressWithZopfli(files: readonly string[], workers = Math.min(availableParallelism(), MAX_WORKERS)): Promise<RecompressedShares> {
  if (files.length === 0) return { before: 0, after: 0, ended: Date.now() };
  const lanes = Math.min(workers, files.length);
  const pool = new WorkerPool<ZopfliShare, RecompressedShares>(new URL('./zopfli-worker.ts', import.meta.url), lanes, null);
  const next = new Int32Array(new SharedArrayBuffer(4));
  try {
    const shares = await Promise.all(Array.from({ length: lanes }, () => pool.run({ files, next })));
    return shares.reduce((sum, share) => ({ before: sum.before + share.before, after: sum.after + share.after, ended: Math.max(sum.ended, share.ended) }));
  } finally {
    await pool.close();
  }
}
