/**
 * Reads a built HTML page the way Pagefind would (data-pagefind-body,
 * data-pagefind-ignore, data-pagefind-filter, data-pagefind-meta,
 * data-pagefind-weight), but keeps
 * the page's structure: its text as blocks (headings, paragraphs, list items,
 * table cells …) with the id of each anchored element, so search results can
 * link to the exact section.
 *
 * The page is read in one streaming pass (htmlparser2's tokenizer), with no
 * tree: at 10,000 pages, building a tree of every page cost more than
 * Pagefind's own indexing. The pages are the site's own valid HTML (the
 * build checks them), so a forgiving streaming parser reads them as a browser does.
 */
import { Parser } from 'htmlparser2';

import type { ExtractedPage, PageBlock } from '../core/search-record.ts';

export type { ExtractedPage, PageBlock };

const BLOCK = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'br',
  'caption',
  'dd',
  'details',
  'div',
  'dl',
  'dt',
  'figcaption',
  'figure',
  'footer',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'li',
  'main',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'tr',
  'ul',
]);
const SKIP = new Set(['script', 'style', 'template', 'noscript', 'svg', 'button', 'input', 'select', 'textarea']);

/** "key:value, key2:value2" as used by data-pagefind-meta and data-pagefind-filter attributes. */
function parsePairs(attr: string): Array<[string, string]> {
  return attr
    .split(/,\s*(?=[\w-]+:)/)
    .map((pair) => {
      const i = pair.indexOf(':');
      return [pair.slice(0, i).trim(), pair.slice(i + 1).trim()] as [string, string];
    })
    .filter(([k]) => k !== '');
}

type Attributes = Record<string, string>;

/**
 * The text of one element, collected while the parser is inside it. Text inside
 * a data-pagefind-ignore descendant does not count (nor, when the element
 * itself is ignored, any of it).
 */
interface TextCapture {
  text: string;
  /** Depth of the element whose text this is. */
  depth: number;
  /** Depth of the ignored element the parser is inside, if any. */
  ignoredAt?: number;
  done: (text: string) => void;
}

/** What happens when an element in the page body closes. */
interface Frame {
  /** Inside an element whose content is not indexed (ignored, hidden, a filter's value …). */
  skipped: boolean;
  block: boolean;
  weighted: boolean;
}

/** The frame of an element whose content is not indexed. */
const SKIPPED: Frame = { skipped: true, block: false, weighted: false };

export function extractPage(html: string): ExtractedPage | null {
  let lang = '';
  let title = '';
  const filters: Record<string, string[]> = {};
  const meta: Record<string, string> = {};
  const blocks: PageBlock[] = [];
  let current: PageBlock = { text: '', ids: [] };
  let pendingIds: string[] = [];
  const weights: number[] = [];

  /** Depth of the open element (1 = <html>). */
  let depth = 0;
  /** Depth of the data-pagefind-body element while the parser is inside it. */
  let bodyDepth: number | undefined;
  let bodySeen = false;
  const frames: Frame[] = [];
  const captures: TextCapture[] = [];
  const skipping = () => frames.length > 0 && frames[frames.length - 1]!.skipped;

  const addFilter = (key: string, value: string) => {
    if (!value) return;
    (filters[key] ??= []).includes(value) || filters[key]!.push(value);
  };
  const flush = () => {
    if (current.text.trim() !== '') {
      blocks.push({ ...current, text: current.text.trim() });
      current = { text: '', ids: [], weight: weights[weights.length - 1] };
    } else {
      // Nothing to show yet: the ids wait for the first text (a <section id> before its <h2>).
      current = { text: '', ids: current.ids, weight: weights[weights.length - 1] };
    }
    current.ids.push(...pendingIds);
    pendingIds = [];
  };
  const capture = (attrs: Attributes, done: (text: string) => void) =>
    captures.push({ text: '', depth, ignoredAt: 'data-pagefind-ignore' in attrs ? depth : undefined, done });

  /** An element inside the page body opens (`depth` is its own). */
  const open = (tag: string, attrs: Attributes) => {
    if (skipping()) {
      frames.push(SKIPPED);
      return;
    }
    const filter = attrs['data-pagefind-filter'];
    if ('data-pagefind-ignore' in attrs || 'hidden' in attrs || SKIP.has(tag) || attrs['aria-hidden'] === 'true') {
      // Hidden filter values are still filters.
      if (filter !== undefined && !filter.includes(':')) capture(attrs, (text) => addFilter(filter, text.trim()));
      frames.push(SKIPPED);
      return;
    }
    if (filter !== undefined) {
      if (filter.includes(':')) for (const [k, v] of parsePairs(filter)) addFilter(k, v);
      else {
        capture(attrs, (text) => addFilter(filter, text.trim()));
        frames.push(SKIPPED);
        return;
      }
    }
    const metaAttr = attrs['data-pagefind-meta'];
    if (metaAttr !== undefined) for (const [k, v] of parsePairs(metaAttr)) meta[k] = v;

    const weightAttr = Number(attrs['data-pagefind-weight']);
    const weighted = Number.isFinite(weightAttr) && weightAttr > 0;
    const block = BLOCK.has(tag) || weighted;
    const heading = /^h([1-6])$/.exec(tag)?.[1];
    if (block) flush();
    if (weighted) weights.push(weightAttr);
    if (weights.length > 0) current.weight = weights[weights.length - 1];
    const id = attrs.id;
    if (id) {
      if (block) current.ids.push(id);
      else pendingIds.push(id);
    }
    if (heading) {
      current.heading = Number(heading);
      if (heading === '1' && !title) capture(attrs, (text) => (title = text.replace(/\s+/g, ' ').trim()));
    }
    frames.push({ skipped: false, block, weighted });
  };

  const close = () => {
    const frame = frames.pop()!;
    if (frame.skipped) return;
    if (frame.block) flush();
    if (frame.weighted) weights.pop();
    if (weights.length > 0) current.weight = weights[weights.length - 1];
  };

  const parser = new Parser(
    {
      onopentag(tag, attrs) {
        depth++;
        if (tag === 'html' && depth === 1 && !lang) lang = attrs.lang ?? '';
        if (bodyDepth === undefined) {
          if (bodySeen || !('data-pagefind-body' in attrs)) return;
          bodyDepth = depth;
          bodySeen = true;
        }
        for (const c of captures) if (c.ignoredAt === undefined && 'data-pagefind-ignore' in attrs) c.ignoredAt = depth;
        open(tag, attrs);
      },
      ontext(text) {
        if (bodyDepth === undefined) return;
        for (const c of captures) if (c.ignoredAt === undefined) c.text += text;
        if (skipping()) return;
        if (pendingIds.length > 0 && current.text.trim() === '') {
          current.ids.push(...pendingIds);
          pendingIds = [];
        } else if (pendingIds.length > 0) {
          // An inline anchor in the middle of a block starts a new part.
          flush();
        }
        current.text += text;
      },
      onclosetag() {
        if (bodyDepth !== undefined) {
          for (let i = captures.length - 1; i >= 0; i--) {
            const c = captures[i]!;
            if (c.ignoredAt === depth) c.ignoredAt = undefined;
            if (c.depth === depth) {
              captures.splice(i, 1);
              c.done(c.text);
            }
          }
          close();
          if (depth === bodyDepth) bodyDepth = undefined;
        }
        depth--;
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.end(html);
  if (!bodySeen) return null;
  flush();
  return { lang, title, filters, meta, blocks };
}
