/**
 * The hand-off from page generation to the search index. During a build, the
 * search-index integration registers a sink under PAGE_CAPTURE; the capture
 * middleware (src/search/build/capture-middleware.ts) gives it every
 * HTML page as it is generated, so the index step does not read 12,000 pages
 * back from disk. The middleware runs in Astro's prerender bundle, a module
 * graph of its own, so the two meet on a global symbol.
 */
export const PAGE_CAPTURE = Symbol.for('tuopin-kb:search-page-capture');

/** Receives a generated page: its URL path (base included) and its bytes, exactly as written to disk. */
export type PageSink = (pathname: string, html: Uint8Array) => void;

export function pageSink(): PageSink | undefined {
  return (globalThis as { [PAGE_CAPTURE]?: PageSink })[PAGE_CAPTURE];
}

export function setPageSink(sink: PageSink | undefined): void {
  (globalThis as { [PAGE_CAPTURE]?: PageSink })[PAGE_CAPTURE] = sink;
}
