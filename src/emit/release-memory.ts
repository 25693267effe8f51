/**
 * Runs a full garbage collection now. After Astro has rendered every page, most
 * of its heap is garbage that V8 would keep (and keep counting against the
 * machine) while the search index is written; collecting it first lets the
 * Pagefind processes have that memory.
 *
 * Node offers no public call for this without the `--expose-gc` flag at start,
 * which Astro's command line does not pass. This file is the one place that
 * reaches past that: it sets the flag at run time, and a new `vm` context then
 * has `gc`. tests/unit/emit/release-memory.test.ts fails, saying so, when Node stops
 * working this way.
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/** Collects garbage and returns the resident memory before and after, in bytes, and whether V8's collector was reached. */
export function releaseGarbage(): { before: number; after: number; collected: boolean } {
  const before = process.memoryUsage.rss();
  // `gc` exists only when the flag is set before a context is created: a new context sees it.
  setFlagsFromString('--expose-gc');
  const gc = runInNewContext('typeof gc === "function" ? gc : undefined') as (() => void) | undefined;
  gc?.();
  return { before, after: process.memoryUsage.rss(), collected: gc !== undefined };
}
