/**
 * The original text of a source as the site shows it: the cleaned paragraphs
 * (./source-text.ts), each with an anchor made from its line number in the
 * archive file, so a link to a paragraph stays valid for as long as the
 * archive file does not change. Editing a summary, its quotes or the site's
 * code never moves an anchor.
 *
 * - The first (usually the only) paragraph of raw line 12 is `l12`; a second
 *   paragraph taken from the same line would be `l12-2`, a third `l12-3`.
 * - Short lines without sentence punctuation (a headline, a section heading
 *   such as 探索建立稳定脱贫长效机制) are shown as headings; the anchor does not
 *   depend on that.
 */
import { comparisonKey } from '../text/comparison-keys.ts';
import type { CleanedSource, Paragraph } from './source-text.ts';

export interface OriginalParagraph extends Paragraph {
  /** Anchor on the original-text page: l12, or l12-2 for a line's second paragraph. */
  id: string;
  /** 1 for the first paragraph of its line, 2 for the second … */
  part: number;
  /** Shown as a heading (a headline or section title), not as a paragraph. */
  heading: boolean;
}

/** The anchor of the `part`-th paragraph of raw line `line`. */
export function lineAnchor(line: number, part = 1): string {
  if (!Number.isInteger(line) || line < 1 || !Number.isInteger(part) || part < 1) {
    throw new Error(`not a line anchor: line ${line}, part ${part}`);
  }
  return part === 1 ? `l${line}` : `l${line}-${part}`;
}

/** The line (and part) an anchor names, or null when it is not a line anchor. */
export function parseLineAnchor(id: string): { line: number; part: number } | null {
  const match = /^l([1-9]\d*)(?:-([2-9]|[1-9]\d+))?$/.exec(id);
  return match ? { line: Number(match[1]), part: match[2] ? Number(match[2]) : 1 } : null;
}

/** Sentence punctuation: a line with any of it is body text, never a heading. */
const SENTENCE_MARK = /[。！？；：，!?;:,]/u;
/** Headlines and section headings on these sources are short. */
const HEADING_MAX_CHARS = 40;

/** A headline or section heading: short, no sentence punctuation, not a bracketed note such as （作者：…）. */
export function looksLikeHeading(text: string): boolean {
  return [...text].length <= HEADING_MAX_CHARS && !SENTENCE_MARK.test(text) && !/^[（(［[]/u.test(text);
}

/** The cleaned paragraphs with their anchors, in reading order. */
export function anchorParagraphs(source: CleanedSource): OriginalParagraph[] {
  const parts = new Map<number, number>();
  return source.paragraphs.map((p) => {
    const part = (parts.get(p.line) ?? 0) + 1;
    parts.set(p.line, part);
    return { ...p, id: lineAnchor(p.line, part), part, heading: looksLikeHeading(p.text) };
  });
}

/** How a paragraph is named in citations and labels: 第12行, or 第12行第2段. */
export function paragraphLocator(p: Pick<OriginalParagraph, 'line' | 'part'>): string {
  return p.part === 1 ? `第${p.line}行` : `第${p.line}行第${p.part}段`;
}

/**
 * The paragraph that contains `needle` verbatim (after the comparison
 * normalisation: width, script, white space), or null. The first such
 * paragraph in reading order wins.
 */
export function locateInOriginal(paragraphs: readonly OriginalParagraph[], needle: string): OriginalParagraph | null {
  const key = comparisonKey(needle);
  if (key === '') return null;
  return paragraphs.find((p) => comparisonKey(p.text).includes(key)) ?? null;
}
