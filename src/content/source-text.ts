/**
 * Turns a raw scraped source file into its cleaned text, following the
 * cleaning recipe in the source's frontmatter plus the global noise rules.
 * Every paragraph keeps the 1-based line number it had in the raw file.
 */
import { comparisonKey } from '../text/comparison-keys.ts';
import { toFullWidthPunctuation } from '../text/normalize.ts';

export interface CleaningRecipe {
  keepLines: Array<[number, number]>;
  replacements: Array<{ find: string; replace: string; reason: string }>;
}

export interface Paragraph {
  /** 1-based line number in the raw archive file. */
  line: number;
  text: string;
}

export interface CleanedSource {
  paragraphs: Paragraph[];
}

/** Toneful pinyin inserted after a Han character by the scraper: 實(shí). */
export const INSERTED_PINYIN = /(?<=\p{Script=Han})\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)/gu;

export class SourceTextError extends Error {}

/** One raw line as the cleaning reads it: inserted pinyin removed, trimmed, punctuation full-width. */
export function readableLine(line: string): string {
  return toFullWidthPunctuation(line.replace(INSERTED_PINYIN, '').replace(/^[\s\u00a0]+|[\s\u00a0]+$/gu, ''));
}

/**
 * The raw file's lines made readable, for checks that may cite more than the
 * cleaned text: `keptOnly` limits them to the kept ranges, `repaired` applies the
 * recipe's replacements first. Empty lines are dropped. Never throws.
 */
export function archiveLines(raw: string, recipe: CleaningRecipe, options: { repaired: boolean; keptOnly: boolean }): string[] {
  let text = raw.replace(/\r\n?/g, '\n');
  if (options.repaired) for (const { find, replace } of recipe.replacements) text = text.split(find).join(replace);
  const lines = text.split('\n');
  const wanted = options.keptOnly ? recipe.keepLines.flatMap(([from, to]) => lines.slice(from - 1, to)) : lines;
  return wanted.map(readableLine).filter((line) => line !== '');
}

export function cleanSourceText(raw: string, recipe: CleaningRecipe): CleanedSource {
  let text = raw.replace(/\r\n?/g, '\n');
  for (const { find, replace } of recipe.replacements) {
    if (!text.includes(find)) {
      throw new SourceTextError(`cleaning.replacements: "${find}" does not occur in the raw file`);
    }
    text = text.split(find).join(replace);
  }
  const lines = text.split('\n');
  const paragraphs: Paragraph[] = [];
  const seen = new Map<string, number>();
  for (const [from, to] of recipe.keepLines) {
    if (from > to || to > lines.length) {
      throw new SourceTextError(`cleaning.keepLines: range [${from}, ${to}] is outside the file's ${lines.length} lines`);
    }
    for (let n = from; n <= to; n++) {
      const cleaned = readableLine(lines[n - 1]!);
      if (cleaned === '') continue;
      const key = comparisonKey(cleaned);
      const first = seen.get(key);
      if (first !== undefined) {
        throw new SourceTextError(`cleaning.keepLines: raw line ${n} repeats line ${first}; drop the duplicated lines from keepLines`);
      }
      seen.set(key, n);
      paragraphs.push({ line: n, text: cleaned });
    }
  }
  return { paragraphs };
}

/** Where `needle` appears verbatim (after normalisation) in the cleaned text, or null. */
export function locateVerbatim(source: CleanedSource, needle: string): Paragraph | null {
  const key = comparisonKey(needle);
  if (key === '') return null;
  return source.paragraphs.find((p) => comparisonKey(p.text).includes(key)) ?? null;
}
