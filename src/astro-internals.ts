/**
 * The project's reaches past Astro's public API, all in this file. Each one
 * has a test (tests/unit/astro-internals.test.ts) that reads the installed
 * Astro and fails, naming what changed, when Astro no longer works this way.
 *
 * 1. A content loader's context carries `entryTypes`, the content entry
 *    types by file extension, with the render function Astro would use for
 *    `.md`. Astro passes it to every loader, but its public `LoaderContext`
 *    type does not declare it. The worker-rendered loader replaces the `.md`
 *    render function in it (src/content/loader/worker-rendered-glob.ts).
 * 2. During a build, Astro renders prerendered pages in the same process as
 *    the integrations, but from a bundle with a module graph of its own, so a
 *    middleware and an integration cannot share a module's state. They meet
 *    on a global symbol instead: the search index's capture registers a page
 *    sink (src/search/build/capture.ts), the capture middleware gives it each
 *    generated page (src/search/build/capture-middleware.ts).
 */
import type { LoaderContext } from 'astro/loaders';

/** A render function for one entry, as glob() calls it. */
export type EntryRenderFunction = (entry: { body?: string; data: Record<string, unknown>; filePath?: string }) => Promise<unknown>;

/** The part of a content entry type that glob() uses to render an entry. */
export interface ContentEntryType {
  getRenderFunction?: (config: unknown) => Promise<EntryRenderFunction>;
}

type ContextWithEntryTypes = LoaderContext & { entryTypes?: Map<string, ContentEntryType> };

/** The entry type Astro gives a loader for files with this extension (".md"), if it gives one. */
export function loaderEntryType(context: LoaderContext, extension: string): ContentEntryType | undefined {
  return (context as ContextWithEntryTypes).entryTypes?.get(extension);
}

/** The same loader context, with the render function for files of one extension replaced. */
export function withRenderFunction(context: LoaderContext, extension: string, render: EntryRenderFunction): LoaderContext {
  const entryTypes = new Map((context as ContextWithEntryTypes).entryTypes);
  entryTypes.set(extension, { ...entryTypes.get(extension), getRenderFunction: async () => render });
  return { ...context, entryTypes } as ContextWithEntryTypes;
}

const PAGE_CAPTURE = Symbol.for('tuopin-kb:search-page-capture');

/** Receives a generated page: its URL path (base included) and its bytes, exactly as written to disk. */
export type PageSink = (pathname: string, html: Uint8Array) => void;

/** The sink registered for this build, if any. */
export function pageSink(): PageSink | undefined {
  return (globalThis as { [PAGE_CAPTURE]?: PageSink })[PAGE_CAPTURE];
}

export function setPageSink(sink: PageSink | undefined): void {
  (globalThis as { [PAGE_CAPTURE]?: PageSink })[PAGE_CAPTURE] = sink;
}
