/**
 * Which "link to here" controls a source summary page gets from its page script
 * instead of its HTML. On a source page (`sources/<slug>/`) the build writes the
 * ids and the old ids' empty targets (content/redirects.yaml), so every anchor in
 * urls.manifest.json lands with and without JavaScript; the ¶/# links and their
 * "copy link" controls are made by the page script when the document is parsed
 * (src/browser/anchor-links.ts). They are about a tenth of the page's HTML, and a
 * reader without JavaScript still reaches every anchored element by the table of
 * contents and by any link to it. Other pages keep their links in the HTML.
 *
 * Pure, with no imports: shared by the templates, the Markdown plugin and the
 * page script.
 */

/** Whether a page (its site path, `sources/x/`) gets its ¶/# links from the page script. */
export function anchorLinksByScript(sitePath: string): boolean {
  return /^sources\/[^/]+\/$/.test(sitePath);
}

/**
 * The elements of a source page that get a control: every heading, paragraph,
 * list item, table row and quote with an id in the article, apart from the
 * citation's paragraphs (ids for its copy controls) and the charts (their figures
 * and tables, whose numbers link to the key figures' rows).
 */
export const SCRIPT_ANCHORED = 'article :is(h2,h3,p,li,tr,figure.quote)[id]:not(.citation p)';
