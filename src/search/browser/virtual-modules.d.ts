/** Modules that exist only when the search bundle is built (see src/search/build/search-index-step.ts). */
declare module 'kb:pagefind' {
  /** Pagefind's own JS API, from the pagefind.js that the index build writes. */
  export function createInstance(options: Record<string, unknown>): unknown;
}
declare module 'kb:fold-table' {
  /** Traditional → Simplified characters, restricted to those whose Simplified form occurs on the site (packed: see packFoldTable). */
  const table: import('../core/fold.ts').PackedFoldTable;
  export default table;
}

declare module 'kb:name-filter' {
  const filter: import('../core/name-filter.ts').NameFilter;
  export default filter;
}

declare module 'kb:page-directory' {
  /** Glossary entries' titles and original texts' sources, by page id (src/search/core/page-directory.ts). */
  const directory: import('../core/page-directory.ts').PageDirectory;
  export default directory;
}

declare module 'kb:suggest-names' {
  /** Every glossary entry's names, for the suggestions while typing (src/search/core/entry-suggestions.ts). */
  const entries: ReadonlyArray<import('../core/entry-suggestions.ts').SuggestEntry>;
  export default entries;
}
