/**
 * A small, read-only view of an HTML page, parsed by parse5 (the HTML5 parsing
 * algorithm browsers use), for the build checks: links, anchors, repeated paragraphs.
 */
import { parse, type DefaultTreeAdapterTypes } from 'parse5';

type Parse5Node = DefaultTreeAdapterTypes.Node;
type Parse5Element = DefaultTreeAdapterTypes.Element;

export interface PageElement {
  tag: string;
  attrs: Record<string, string>;
  /** 1-based line of the start tag in the page's source. */
  line: number;
  /** The element's text content, white space collapsed. */
  text: () => string;
  /** The ancestors, outermost first. */
  ancestors: Array<{ tag: string; attrs: Record<string, string> }>;
  /** Tags of every element inside this one. */
  descendants: () => string[];
}

function isElement(node: Parse5Node): node is Parse5Element {
  return 'tagName' in node;
}

function children(node: Parse5Node): Parse5Node[] {
  if (isElement(node) && node.tagName === 'template') return (node as DefaultTreeAdapterTypes.Template).content.childNodes;
  return 'childNodes' in node ? node.childNodes : [];
}

function descendantTags(node: Parse5Node): string[] {
  return children(node).flatMap((child) => (isElement(child) ? [child.tagName, ...descendantTags(child)] : []));
}

function textContent(node: Parse5Node): string {
  if (node.nodeName === '#text') return (node as DefaultTreeAdapterTypes.TextNode).value;
  if (isElement(node) && (node.tagName === 'script' || node.tagName === 'style')) return '';
  return children(node).map(textContent).join('');
}

/** Every element of the page, in document order. */
export function pageElements(html: string): PageElement[] {
  const document = parse(html, { sourceCodeLocationInfo: true });
  const out: PageElement[] = [];
  const walk = (node: Parse5Node, ancestors: PageElement['ancestors']) => {
    if (isElement(node)) {
      const element = node;
      const attrs = Object.fromEntries(element.attrs.map((a) => [a.name, a.value]));
      out.push({
        tag: element.tagName,
        attrs,
        line: element.sourceCodeLocation?.startLine ?? 0,
        text: () => textContent(element).replace(/\s+/gu, ' ').trim(),
        ancestors,
        descendants: () => descendantTags(element),
      });
      const inner = [...ancestors, { tag: element.tagName, attrs }];
      for (const child of children(element)) walk(child, inner);
    } else {
      for (const child of children(node)) walk(child, ancestors);
    }
  };
  walk(document, []);
  return out;
}
