/**
 * The noise checks over a built site: no noise pattern in any page or search
 * index file, and no paragraph of published prose repeated on its page.
 */
import { pageElements } from './html-dom.ts';
import { findNoise, findRepeatedParagraphs } from '../../src/content/guard/noise-patterns.ts';

export interface SiteText {
  /** Path inside the build folder. */
  file: string;
  text: string;
  /** False for decompressed binary index files, where a line number means nothing. */
  hasLines?: boolean;
}

function lineOf(text: string, index: number): number {
  let line = 1;
  for (let i = 0; i < index; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

/** One message per noise pattern found in a file: file:line › id “match” …context… */
export function noiseInTexts(texts: SiteText[]): string[] {
  return texts.flatMap((t) =>
    findNoise(t.text).map((n) => {
      const where = t.hasLines === false ? t.file : `${t.file}:${lineOf(t.text, n.index)}`;
      const context = t.text.slice(Math.max(0, n.index - 20), n.index + n.match.length + 20).replace(/\s+/gu, ' ');
      return `${where} › scraped noise (${n.id}): “${n.match}” in …${context}…`;
    }),
  );
}

const PARAGRAPH = new Set(['p', 'li', 'blockquote', 'dd', 'h1', 'h2', 'h3', 'h4']);

/**
 * Paragraphs of published prose (summaries, glossary bodies, the about page: every
 * element inside a .prose section) that repeat another on the same page. Other
 * sections quote the source on purpose (原文摘句, 本文使用的术语, 关键数字) and are
 * left out: the same sentence may illustrate a quotation and a term.
 */
export function repeatedProse(file: string, html: string): string[] {
  const paragraphs = pageElements(html)
    .filter(
      (e) => PARAGRAPH.has(e.tag) && !e.descendants().some((t) => PARAGRAPH.has(t)) && e.ancestors.some((a) => /(^|\s)prose(\s|$)/.test(a.attrs.class ?? '')),
    )
    .map((e) => ({ text: e.text(), line: e.line }));
  return findRepeatedParagraphs(paragraphs).map(
    ({ repeated, of }) => `${file}:${repeated.line} › duplicated paragraph: “${repeated.text.slice(0, 30)}…” repeats line ${of.line}`,
  );
}
