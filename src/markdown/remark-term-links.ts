/**
 * Remark plugin: links glossary terms in running text to their entries.
 *
 * - The first occurrence of each term in every section (reset at each `##`)
 *   becomes a link; headings, code and existing links are left alone.
 * - A term page never links to itself.
 * - Explicit links `[文字](term:slug)` are resolved; an unknown slug throws,
 *   naming the file, so the build fails.
 * - In a source summary (not in glossary entries, whose links stay plain),
 *   each link is an interest invoker (`interestfor`) for the term's preview
 *   popover, and is followed by a small companion button (`popovertarget`)
 *   that opens the same preview by keyboard or touch. No JavaScript: the page
 *   renders one preview popover per linked term (see TermPreviews.astro),
 *   using the slugs this plugin records in the file's frontmatter as
 *   `linkedTerms`. Without popover support both degrade to a plain link.
 */
import type { Link, Nodes, Parent, PhrasingContent, Root, Text } from 'mdast';
import type { Properties } from 'hast';
import { SKIP, visit } from 'unist-util-visit';
import type { DictionaryTerm } from '../content/glossary-dictionary.ts';
import { TermMatcher } from '../text/term-matcher.ts';

/** The id of a term's preview popover on a page. */
export function termPreviewId(slug: string): string {
  return `tp-${slug}`;
}

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

  function linkNode(slug: string, children: PhrasingContent[], withPreview: boolean): Link {
    const hProperties: Properties = { className: ['term-link'], dataTerm: slug };
    if (withPreview) hProperties.interestfor = termPreviewId(slug);
    return { type: 'link', url: termHref(slug), children, data: { hProperties } };
  }

  /** The companion button after a term link: opens the preview by click, tap or keyboard. */
  function previewButton(slug: string): PhrasingContent {
    const entry = bySlug.get(slug)!;
    return {
      type: 'termPreviewButton',
      data: {
        hName: 'button',
        hProperties: {
          type: 'button',
          className: ['term-preview-button'],
          popoverTarget: termPreviewId(slug),
          ariaLabel: `术语预览：${entry.term}`,
        },
        hChildren: [],
      },
    } as unknown as PhrasingContent;
  }

  return (tree: Root, file: VFileLike) => {
    const path = filePath(file);
    const ownSlug = TERM_FILE.exec(path)?.[1];
    // Glossary entries keep plain links: previews are for reading sources.
    const previews = ownSlug === undefined;
    let seen = new Set<string>(ownSlug ? [ownSlug] : []);
    const linked = new Set<string>();

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
        Object.assign(node, linkNode(slug, node.children, previews));
        seen.add(slug);
        if (previews) linked.add(slug);
        if (previews && parent && index !== undefined) {
          parent.children.splice(index + 1, 0, previewButton(slug) as (typeof parent.children)[number]);
          return [SKIP, index + 2];
        }
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
        replacement.push(linkNode(match.slug, [{ type: 'text', value: match.text }], previews));
        if (previews) {
          replacement.push(previewButton(match.slug));
          linked.add(match.slug);
        }
        cursor = match.end;
      }
      if (replacement.length === 0) return;
      if (cursor < text.length) replacement.push({ type: 'text', value: text.slice(cursor) });
      parent.children.splice(index, 1, ...(replacement as typeof parent.children));
      return [SKIP, index + replacement.length];
    });

    // Astro exposes this as `remarkPluginFrontmatter.linkedTerms` from render().
    const data = (file.data ??= {});
    const astro = (data.astro ??= {}) as { frontmatter?: Record<string, unknown> };
    (astro.frontmatter ??= {}).linkedTerms = [...linked];
  };
}
