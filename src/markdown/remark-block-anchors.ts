/**
 * Remark plugin: a stable id and a visible "link to here" control on every
 * heading, paragraph, list item and quoted paragraph of a Markdown body.
 *
 * - Ids come from the element's own text (see ../anchors.ts); headings keep the
 *   pinyin ids that remark-heading-ids gave them, so this plugin runs after it.
 * - The control is an ordinary link to the anchor (no JavaScript): empty text,
 *   a Chinese accessible name, its "¶"/"#" glyph drawn by CSS, so it adds no words to
 *   the page text or the search index. Its "copy link" control is added
 *   beside it by the page script (src/browser/copy-links.ts).
 * - Old ids declared in content/redirects.yaml for this page become empty
 *   targets inside the element, so old links keep landing on it.
 * - In a source summary only the ids and old ids are written: the page script
 *   makes the controls from them (src/site/script-anchors.ts).
 */
import type { Heading, ListItem, Paragraph, PhrasingContent, Root, RootContent } from 'mdast';
import { toString as textOf } from 'mdast-util-to-string';
import { blockAnchor, LINK_LABEL, type BlockKind } from '../site/anchors.ts';
import { pageOfContentFile } from '../content/redirects.ts';
import { anchorLinksByScript } from '../site/script-anchors.ts';

export interface BlockAnchorOptions {
  /** For a page (site path such as "sources/x/"): current id → old ids that must keep working. */
  aliasesFor?: (page: string) => Map<string, string[]>;
}

interface VFileLike {
  path?: string;
  history?: string[];
}

type Props = Record<string, unknown>;

function props(node: { data?: unknown }): Props {
  const data = ((node as { data?: Record<string, unknown> }).data ??= {});
  return (data.hProperties ??= {}) as Props;
}

/** An inline element rendered as <tag …></tag> with no text of its own. */
function emptyElement(tagName: string, properties: Props): PhrasingContent {
  return { type: 'emphasis', children: [], data: { hName: tagName, hProperties: properties } } as PhrasingContent;
}

export function anchorLink(id: string, label: string): PhrasingContent {
  return emptyElement('a', { href: `#${id}`, className: ['anchor-link'], ariaLabel: label });
}

function aliasTargets(oldIds: string[]): PhrasingContent[] {
  return oldIds.map((old) => emptyElement('span', { id: old, className: ['anchor-alias'] }));
}

/** A list item's own text: its paragraphs, not its nested lists. */
function ownText(item: ListItem): string {
  return item.children
    .filter((child) => child.type !== 'list')
    .map((child) => textOf(child, { includeHtml: false }))
    .join('');
}

export function remarkBlockAnchors(options: BlockAnchorOptions = {}) {
  return (tree: Root, file: VFileLike) => {
    const page = pageOfContentFile(file.path ?? file.history?.[0] ?? '');
    const aliases = page && options.aliasesFor ? options.aliasesFor(page) : new Map<string, string[]>();
    const used = new Map<string, number>();
    const unique = (id: string) => {
      const n = (used.get(id) ?? 0) + 1;
      used.set(id, n);
      return n === 1 ? id : `${id}-${n}`;
    };
    const links = !(page && anchorLinksByScript(page));
    const decorate = (node: Paragraph | Heading, id: string, label: string, prepend: PhrasingContent[] = []) => {
      node.children.unshift(...prepend);
      if (links) node.children.push(anchorLink(id, label));
    };

    const walk = (children: RootContent[], inQuote: boolean) => {
      for (const node of children) {
        if (node.type === 'heading') {
          const id = props(node).id;
          if (typeof id !== 'string') continue;
          used.set(id, (used.get(id) ?? 0) + 1);
          decorate(node, id, LINK_LABEL.heading, aliasTargets(aliases.get(id) ?? []));
        } else if (node.type === 'paragraph') {
          const kind: BlockKind = inQuote ? 'q' : 'p';
          const id = unique(blockAnchor(kind, textOf(node, { includeHtml: false })));
          props(node).id = id;
          decorate(node, id, LINK_LABEL[kind], aliasTargets(aliases.get(id) ?? []));
        } else if (node.type === 'listItem') {
          const id = unique(blockAnchor('li', ownText(node)));
          props(node).id = id;
          const first = node.children.find((c): c is Paragraph => c.type === 'paragraph');
          if (first) decorate(first, id, LINK_LABEL.li, aliasTargets(aliases.get(id) ?? []));
          // The item's paragraphs are part of the item, not anchors of their own.
          for (const child of node.children) if (child.type !== 'paragraph' && 'children' in child) walk(child.children as RootContent[], inQuote);
        } else if (node.type === 'blockquote') {
          walk(node.children, true);
        } else if ('children' in node && node.type !== 'link') {
          walk(node.children as RootContent[], inQuote);
        }
      }
    };
    walk(tree.children, false);
  };
}
