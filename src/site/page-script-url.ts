/** The script every page loads in <head> (src/browser/page-enhancements.ts): theme memory, the `/` shortcut, suggestions on demand. */
export const PAGE_SCRIPT = '_kb/page.js';
/** Its budget, gzip-compressed (tests/build/page-script.test.ts). */
export const PAGE_SCRIPT_GZIP_BUDGET = 1536;
