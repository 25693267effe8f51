/**
 * Runs a full garbage collection now. After Astro has rendered every page, most
 * of its heap is garbage that V8 would keep (and keep counting against the
 * machine) while the search index is written; collecting it first lets the
 * Pagefind processes have that memory.
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/** Collects garbage and returns the resident memory before and after, in bytes. */
export function releaseGarbage(): { before: number; after: number } {
  const before = process.memoryUsage.rss();
  // `gc` exists only when the flag is set before a context is created: a new context sees it.
  setFlagsFromString('--expose-gc');
  const gc = runInNewContext('gc') as (() => void) | undefined;
  gc?.();
  return { before, after: process.memoryUsage.rss() };
}
