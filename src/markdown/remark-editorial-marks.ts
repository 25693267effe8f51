/**
 * Remark plugin: in Markdown summaries, the editorial marks <Inferred> and
 * <Outside> are raw HTML nodes; this turns each into the <span> that the MDX
 * components render, so a summary reads the same whichever format it is in.
 * (In MDX the marks are JSX elements, not HTML nodes, and this leaves them alone.)
 */
import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import { markOpeningTag, parseMarkTag } from './editorial-marks.ts';

export function remarkEditorialMarks() {
  return (tree: Root) => {
    visit(tree, 'html', (node) => {
      const mark = parseMarkTag(node.value);
      if (mark) node.value = mark.closing ? '</span>' : markOpeningTag(mark.name);
    });
  };
}
