/**
 * Reads a built HTML page the way Pagefind would (data-pagefind-body,
 * data-pagefind-ignore, data-pagefind-filter, data-pagefind-meta,
 * data-pagefind-weight), but keeps
 * the page's structure: its text as blocks (headings, paragraphs, list items,
 * table cells …) with the id of each anchored element, so search results can
 * link to the exact section.
 */
import type { Element, ElementContent, Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';

export interface PageBlock {
  text: string;
  /** Heading level 1–6, for headings. */
  heading?: number;
  /** Ids of anchored elements that start at this block (outermost first). */
  ids: string[];
  /** From the nearest data-pagefind-weight around the block. */
  weight?: number;
}

export interface ExtractedPage {
  lang: string;
  title: string;
  filters: Record<string, string[]>;
  meta: Record<string, string>;
  blocks: PageBlock[];
}

const BLOCK = new Set([
  'address', 'article', 'aside', 'blockquote', 'br', 'caption', 'dd', 'details', 'div', 'dl', 'dt', 'figcaption',
  'figure', 'footer', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main', 'nav', 'ol', 'p', 'pre',
  'section', 'summary', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul',
]);
const SKIP = new Set(['script', 'style', 'template', 'noscript', 'svg', 'button', 'input', 'select', 'textarea']);

const prop = (el: Element, name: string): unknown => el.properties?.[name];
const has = (el: Element, name: string): boolean => prop(el, name) !== undefined && prop(el, name) !== false;

function textOf(node: ElementContent | RootContent): string {
  if (node.type === 'text') return node.value;
  if (node.type === 'element' && !has(node, 'dataPagefindIgnore')) return node.children.map(textOf).join('');
  return '';
}

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

function find(node: Root | Element, test: (el: Element) => boolean): Element | undefined {
  for (const child of node.children) {
    if (child.type !== 'element') continue;
    if (test(child)) return child;
    const found = find(child, test);
    if (found) return found;
  }
  return undefined;
}

export function extractPage(html: string): ExtractedPage | null {
  const tree = fromHtml(html);
  const body = find(tree, (el) => has(el, 'dataPagefindBody'));
  if (!body) return null;
  const htmlEl = find(tree, (el) => el.tagName === 'html');
  const lang = String(htmlEl ? (prop(htmlEl, 'lang') ?? '') : '');
  const filters: Record<string, string[]> = {};
  const meta: Record<string, string> = {};
  const blocks: PageBlock[] = [];
  let current: PageBlock = { text: '', ids: [] };
  let pendingIds: string[] = [];
  let title = '';
  const weights: number[] = [];

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

  const walk = (el: Element) => {
    if (has(el, 'dataPagefindIgnore') || has(el, 'hidden') || SKIP.has(el.tagName) || prop(el, 'ariaHidden') === 'true') {
      // Hidden filter values are still filters.
      const filter = prop(el, 'dataPagefindFilter');
      if (typeof filter === 'string' && !filter.includes(':')) addFilter(filter, textOf(el).trim());
      return;
    }
    const filter = prop(el, 'dataPagefindFilter');
    if (typeof filter === 'string') {
      if (filter.includes(':')) for (const [k, v] of parsePairs(filter)) addFilter(k, v);
      else {
        addFilter(filter, textOf(el).trim());
        return;
      }
    }
    const metaAttr = prop(el, 'dataPagefindMeta');
    if (typeof metaAttr === 'string') for (const [k, v] of parsePairs(metaAttr)) meta[k] = v;

    const weightAttr = Number(prop(el, 'dataPagefindWeight'));
    const weighted = Number.isFinite(weightAttr) && weightAttr > 0;
    const isBlock = BLOCK.has(el.tagName) || weighted;
    const heading = /^h([1-6])$/.exec(el.tagName)?.[1];
    if (isBlock) flush();
    if (weighted) weights.push(weightAttr);
    if (weights.length > 0) current.weight = weights[weights.length - 1];
    const id = prop(el, 'id');
    if (typeof id === 'string' && id !== '') {
      if (isBlock) current.ids.push(id);
      else pendingIds.push(id);
    }
    if (heading) {
      current.heading = Number(heading);
      if (heading === '1' && !title) title = textOf(el).replace(/\s+/g, ' ').trim();
    }
    for (const child of el.children) {
      if (child.type === 'text') {
        if (pendingIds.length > 0 && current.text.trim() === '') {
          current.ids.push(...pendingIds);
          pendingIds = [];
        } else if (pendingIds.length > 0) {
          // An inline anchor in the middle of a block starts a new part.
          flush();
        }
        current.text += child.value;
      } else if (child.type === 'element') walk(child);
    }
    if (isBlock) flush();
    if (weighted) weights.pop();
    if (weights.length > 0) current.weight = weights[weights.length - 1];
  };
  walk(body);
  flush();
  return { lang, title, filters, meta, blocks };
}
