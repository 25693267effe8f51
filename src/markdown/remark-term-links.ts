/**
 * Remark plugin: links glossary terms in running text to their entries.
 *
 * - The first occurrence of each term in every section (reset at each `##`)
 *   becomes a link; headings, code and existing links are left alone.
 * - A term page never links to itself.
 * - Explicit links `[文字](term:slug)` are resolved; an unknown slug throws,
 *   naming the file, so the build fails.
 * - Each link carries its term's slug (`data-term`). In a source summary the
 *   page script gives each one a preview (src/browser/term-preview-buttons.ts);
 *   the link itself is a plain link to the entry.
 */
import type { Link, Nodes, Parent, PhrasingContent, Root, Text } from 'mdast';
import type { Properties } from 'hast';
import { SKIP, visit } from 'unist-util-visit';
import type { DictionaryTerm } from '../content/glossary-dictionary.ts';
import { TermMatcher } from '../text/term-matcher.ts';

export interface TermLinkOptions {
  terms: DictionaryTerm[];
  termHref: (slug: string) => string;
}

interface VFileLike {
  path?: string;
  history?: string[];
  data?: Record<string, unknown>;
}

const TERM_FILE = /[\\/]terms[\\/]([^\\/]+)\.mdx?$/;

function filePath(file: VFileLike): string {
  return file.path ?? file.history?.[0] ?? '(unknown file)';
}

export function remarkTermLinks({ terms, termHref }: TermLinkOptions) {
  const matcher = new TermMatcher(terms);
  const bySlug = new Map(terms.map((t) => [t.slug, t]));

  function linkNode(slug: string, children: PhrasingContent[]): Link {
    const hProperties: Properties = { className: ['term-link'], dataTerm: slug };
    return { type: 'link', url: termHref(slug), children, data: { hProperties } };
  }

  return (tree: Root, file: VFileLike) => {
    const path = filePath(file);
    const ownSlug = TERM_FILE.exec(path)?.[1];
    let seen = new Set<string>(ownSlug ? [ownSlug] : []);

    visit(tree, (node: Nodes, index: number | undefined, parent: Parent | undefined) => {
      if (node.type === 'heading') {
        if (node.depth <= 2) seen = new Set(ownSlug ? [ownSlug] : []);
        return SKIP;
      }
      if (node.type === 'link' && node.url.startsWith('term:')) {
        const slug = node.url.slice('term:'.length);
        if (!bySlug.has(slug)) {
          throw new Error(`${path} › body: link (term:${slug}) names an unknown term "${slug}"`);
        }
        Object.assign(node, linkNode(slug, node.children));
        seen.add(slug);
        return SKIP;
      }
      if (node.type === 'link' || node.type === 'linkReference' || node.type === 'code' || node.type === 'inlineCode') {
        return SKIP;
      }
      if (node.type !== 'text' || !parent || index === undefined) return;
      const text = (node as Text).value;
      const replacement: PhrasingContent[] = [];
      let cursor = 0;
      for (const match of matcher.findAll(text)) {
        if (seen.has(match.slug)) continue;
        seen.add(match.slug);
        if (match.start > cursor) replacement.push({ type: 'text', value: text.slice(cursor, match.start) });
        replacement.push(linkNode(match.slug, [{ type: 'text', value: match.text }]));
        cursor = match.end;
      }
      if (replacement.length === 0) return;
      if (cursor < text.length) replacement.push({ type: 'text', value: text.slice(cursor) });
      parent.children.splice(index, 1, ...(replacement as typeof parent.children));
      return [SKIP, index + replacement.length];
    });
  };
}
