/** The script every page loads in <head> (src/browser/page-script.ts): theme memory, the `/` shortcut, suggestions on demand, copy-link controls. */
export const PAGE_SCRIPT = '_kb/page.js';
/** Source pages load it in this form instead: the same enhancements, with the ¶/# links made from the ids and the term previews' buttons (src/browser/source-page-script.ts). */
export const SOURCE_PAGE_SCRIPT = '_kb/page-source.js';
/** Its budget, gzip-compressed (tests/build/page-script.test.ts). */
export const PAGE_SCRIPT_GZIP_BUDGET = 1536;
