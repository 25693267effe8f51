/**
 * The project's two reaches past Astro's public API, confined to this file,
 * with a test (tests/unit/astro-internals.test.ts) that reads the installed
 * Astro and fails, naming what changed, when Astro no longer works this way.
 *
 * First, a content loader's context carries `entryTypes`, the content entry types by
 * file extension, with the render function Astro would use for `.md`. Astro
 * passes it to every loader, but its public `LoaderContext` type does not
 * declare it. The worker-rendered loader replaces the `.md` render function in
 * it (src/content/loader/worker-rendered-glob.ts). Second, where a build keeps
 * the content store and how the built pages load it (below).
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

/**
 * Astro's content store: a build's content sync writes every collection to one
 * file, `data-store.json` in the cache folder, and the built pages get it from
 * the virtual module `astro:data-layer-content`, whose default export is that
 * file parsed (the entries flattened with devalue). Astro writes the file's
 * text into the module as one string literal, so the pages' bundle carries the
 * whole store. src/content/loader/data-store-module.ts has the module read the
 * file instead.
 */
export const DATA_STORE_MODULE_ID = '\0astro:data-layer-content';

/**
 * Where a build's content sync writes the store, given the resolved config; none when
 * the store is kept in chunks (`experimental.collectionStorage`), whose module is another.
 */
export function dataStoreFile(config: { cacheDir: URL; experimental: { collectionStorage?: unknown } }): URL | undefined {
  const storage = config.experimental.collectionStorage;
  if (storage !== undefined && storage !== 'single-file') return undefined;
  return new URL('data-store.json', config.cacheDir);
}
