/**
 * How large Pagefind's index chunks should be for a site of a given size.
 *
 * A first search downloads Pagefind's metadata, which lists every chunk, and
 * the chunks that hold the query's words. Small chunks keep the second part
 * small but make the list long; large chunks the reverse. The list grows with
 * the index divided by the chunk size and a query's chunks grow with the chunk
 * size, so the sum is smallest when the chunk size grows with the square root
 * of the index (here: of the number of pages).
 *
 * Measured on this site's benchmark corpora, first search transferred:
 * - real site, 74 pages: 400 is best (Pagefind's default 20,000 costs far more);
 * - 3,001 pages: 400 → 189 KB, 2,000 → 178 KB, 8,000 → 196 KB;
 * - 12,001 pages: 400 → 414 KB, 3,000 → 387 KB, 8,000 → 401 KB.
 */
export const SMALLEST_INDEX_CHUNK = 400;
/** Pages at which the chunk size starts to grow above the smallest. */
const PAGES_AT_SMALLEST = 213;

/** Chunk size (Pagefind's PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE) for `pages` indexed pages. */
export function indexChunkSize(pages: number): number {
  const scaled = SMALLEST_INDEX_CHUNK * Math.sqrt(Math.max(pages, 1) / PAGES_AT_SMALLEST);
  return Math.max(SMALLEST_INDEX_CHUNK, Math.round(scaled / 100) * 100);
}
