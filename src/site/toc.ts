/** A table of contents from a page's headings: h2 entries with their h3 children. */

export interface HeadingInfo {
  depth: number;
  slug: string;
  text: string;
}

export interface TocEntry {
  id: string;
  text: string;
  children: TocEntry[];
}

/**
 * Nests h3 under the preceding h2; ignores h1 and anything deeper than maxDepth.
 * An h3 before any h2 becomes a top-level entry rather than being lost.
 */
export function buildToc(headings: HeadingInfo[], maxDepth = 3): TocEntry[] {
  const toc: TocEntry[] = [];
  for (const h of headings) {
    if (h.depth < 2 || h.depth > maxDepth || !h.slug) continue;
    const entry: TocEntry = { id: h.slug, text: h.text.trim(), children: [] };
    const parent = toc.at(-1);
    if (h.depth === 3 && parent) parent.children.push(entry);
    else toc.push(entry);
  }
  return toc;
}

/** Number of links a TOC would show. */
export function tocSize(toc: TocEntry[]): number {
  return toc.reduce((n, e) => n + 1 + tocSize(e.children), 0);
}

/** Characters of running text above which a page counts as long enough to need a table of contents. */
export const LONG_PAGE_CHARS = 800;

/** A page gets a table of contents when it has at least three sections and is long. */
export function isLongPage(toc: TocEntry[], textLength: number, minChars = LONG_PAGE_CHARS): boolean {
  return tocSize(toc) >= 3 && textLength >= minChars;
}
