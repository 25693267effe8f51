/** Where the search page's script is written, relative to the site root (built after the Pagefind index). */
export const SEARCH_BUNDLE = '_kb/search.js';
