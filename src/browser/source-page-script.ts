/**
 * The page script of source pages (_kb/page-source.js): the enhancements every
 * page gets (./page-enhancements.ts), the ¶/# links with their "copy link"
 * controls (./anchor-links.ts: a source page's HTML carries the ids, not the
 * links), and the term previews' buttons with their loading on first use
 * (./term-preview-buttons.ts). Only source pages have previews, so only they
 * carry this code; the previews' script is beside this one.
 */
import { copyToolPage, scriptUrl } from './page-enhancements.ts';
import { TERM_PREVIEWS_SCRIPT } from '../site/term-preview-markup.ts';
import { addAnchorLinks } from './anchor-links.ts';
import { setUpTermPreviews } from './term-preview-buttons.ts';

document.addEventListener('DOMContentLoaded', () => {
  addAnchorLinks(document, copyToolPage());
  setUpTermPreviews(document, new URL(`../${TERM_PREVIEWS_SCRIPT}`, scriptUrl).href);
});
