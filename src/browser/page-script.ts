/**
 * The page script of every page but the source summaries (_kb/page.js): the
 * enhancements every page gets (./page-enhancements.ts), plus the "copy link"
 * control beside each ¶/# link the HTML carries (./copy-links.ts).
 */
import { copyToolPage } from './page-enhancements.ts';
import { addCopyLinks } from './copy-links.ts';

document.addEventListener('DOMContentLoaded', () => {
  const toolPage = copyToolPage();
  if (toolPage) addCopyLinks(document, toolPage);
});
