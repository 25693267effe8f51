/**
 * The ¶/# "link to here" control of every anchored element of a source page
 * (src/site/script-anchors.ts), each followed by its "copy link" control, made
 * when the document is parsed. The same markup the build writes on other pages
 * (src/components/AnchorLink.astro, src/markdown/remark-block-anchors.ts, and
 * ./copy-links.ts): `<a class="anchor-link" href="#id" aria-label="链接到本段">`,
 * then `<a class="copy-link" href="<tool page>#link:id" target="kb-tools"
 * aria-label="复制本段链接">`, so the CSS and the copy tool treat both alike.
 */
import { COPY_FRAME } from '../site/copy-controls.ts';
import { SCRIPT_ANCHORED } from '../site/script-anchors.ts';

/** What each element is called in the controls' names: 链接到本节, 复制本节链接. */
export const ANCHOR_NOUN: Record<string, string> = { H2: '本节', H3: '本节', P: '本段', LI: '本条', TR: '本行', FIGURE: '本条摘句' };
/** A paragraph of a quotation in the summary. */
export const QUOTED_NOUN = '本段引文';

/**
 * Adds the controls in `doc`: a row's go in its first cell, a quote's in its
 * caption, a list item's in its first paragraph or before its nested list,
 * every other element's at its end. `toolPage` is the copy tool's URL, or null
 * for no copy controls.
 */
export function addAnchorLinks(doc: Document, toolPage: string | null): void {
  const link = (className: string, href: string, label: string) => {
    const a = doc.createElement('a');
    a.className = className;
    a.href = href;
    a.setAttribute('aria-label', label);
    return a;
  };
  for (const el of doc.querySelectorAll<HTMLElement>(SCRIPT_ANCHORED)) {
    const noun = el.closest('blockquote') ? QUOTED_NOUN : ANCHOR_NOUN[el.tagName];
    const anchor = link('anchor-link', `#${el.id}`, `链接到${noun}`);
    const host = el.querySelector<HTMLElement>(':scope>:is(th,td,figcaption),li:scope>p') ?? el;
    host.insertBefore(anchor, host === el ? el.querySelector(':scope>:is(ul,ol)') : null);
    if (toolPage) {
      const copy = link('copy-link', `${toolPage}#link:${el.id}`, `复制${noun}链接`);
      copy.target = COPY_FRAME;
      anchor.after(copy);
    }
  }
}
