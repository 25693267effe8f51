/**
 * The "copy link" control beside every ¶/# link, made by the page script when
 * the document is parsed, so the HTML carries one control per anchor instead of
 * two. Each is the same plain link the copy tool expects (src/site/copy-controls.ts):
 * `<a class="copy-link" href="<tool page>#link:<id>" target="kb-tools"
 * aria-label="复制本段链接">`, placed right after its ¶ link, so Tab goes from one
 * to the other. The tool needs JavaScript, so without it the page has no control
 * that would do nothing. The offline copy's CSS hides them (OFFLINE_CLASS).
 */
import { COPY_FRAME, copyLabel } from '../site/copy-controls.ts';

/** Adds the copy control after each `a.anchor-link` in `root`; `toolPage` is the copy tool's URL. */
export function addCopyLinks(root: ParentNode, toolPage: string): void {
  for (const anchor of root.querySelectorAll<HTMLAnchorElement>('a.anchor-link')) {
    const copy = anchor.ownerDocument.createElement('a');
    copy.className = 'copy-link';
    // The ¶ link's fragment is the element's id as the build wrote it (src/site/anchors.ts).
    copy.href = `${toolPage}#link:${anchor.hash.slice(1)}`;
    copy.target = COPY_FRAME;
    copy.setAttribute('aria-label', copyLabel(anchor.getAttribute('aria-label') ?? ''));
    anchor.after(copy);
  }
}
