/** Where the search page's script is written, relative to the site root (built after the Pagefind index). */
export const SEARCH_BUNDLE = '_kb/search.js';

/** The suggestions script (src/search/browser/suggest-combobox.ts with every glossary entry's names), loaded when a reader first focuses a search box. */
export const SUGGEST_BUNDLE = '_kb/suggest.js';

/** Its stylesheet (src/styles/suggest.css), beside it with its name: the script adds it to the page when it loads. */
export const SUGGEST_STYLES = SUGGEST_BUNDLE.replace(/\.js$/, '.css');
