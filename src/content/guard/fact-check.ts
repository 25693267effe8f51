/**
 * The facts check: every number, date and percentage that published text states,
 * and every quotation it marks, must be traceable to the raw source it is
 * attributed to. Pure: the caller supplies the texts, this module compares.
 *
 * What counts as a quotation (the rule editors follow, see docs/content-guide.md):
 * - a Markdown blockquote (`> …`) in a body: the whole paragraph is a quotation;
 * - any text between “ and ” (outermost pair) in a body or a frontmatter text,
 *   including short slogans such as “两不愁三保障”: those are the source's words too.
 *   ‘…’ inside a quotation is the nested form of “…” and compares equal to it.
 * A quotation is verbatim when its comparison key (NFKC, Traditional folded to
 * Simplified, white space and quote marks ignored) occurs inside one paragraph of
 * the evidence. “……” inside a quotation marks a cut: each piece must occur, in
 * order, in the same paragraph.
 *
 * Exempt, by design (each also in the README):
 * - <Outside>…</Outside>: marked outside knowledge;
 * - <Inferred>…</Inferred>: an inference may quote any source, not only its own
 *   (e.g. “四个意识” as the usual name for what this source spells out); its numbers
 *   are still checked against its own source;
 * - line references to the raw file (第8—12行, 原文第22行): they locate text, they
 *   do not state a fact;
 * - ordered-list markers (1. 2. 3.), link targets and JSX tags: markup, not text;
 * - digits inside identifiers (U+00A0, 0x57, file names): see number-forms.ts.
 */
import { indexNumbers, isBacked, numberTokens, emptyNumberIndex, type NumberIndex } from './number-forms.ts';
import { comparisonKey } from '../../text/comparison-keys.ts';

/** Where figures and quotations may be found. */
export interface Evidence {
  /** For messages: "003_6bc6484b284cb233.txt", "any source". */
  name: string;
  numbers: NumberIndex;
  /** Comparison keys (see quoteKey) of the paragraphs a quotation may come from. */
  paragraphs: string[];
}

export interface FactProblem {
  /** 1-based line in the content file. */
  line: number;
  field: string;
  message: string;
}

/** Quote marks never decide whether a quotation is verbatim: nested ‘’ stand for “”. */
const QUOTE_MARKS = /[“”‘’「」『』"']/gu;
const ELLIPSIS = /…+|⋯+|\.{3,}/u;

export function quoteKey(text: string): string {
  return comparisonKey(text).replace(QUOTE_MARKS, '');
}

/**
 * Builds evidence from paragraphs of text. `numbersOnly` adds texts that back
 * figures but are not quotable (a source's date from its frontmatter);
 * `quotesOnly` adds texts that may be quoted but back no figures (a source's
 * lines as scraped, before the recipe's repairs). A text given twice is read once.
 */
export function evidence(name: string, paragraphs: string[], numbersOnly: string[] = [], quotesOnly: string[] = []): Evidence {
  return {
    name,
    numbers: indexNumbers(new Set([...paragraphs, ...numbersOnly])),
    paragraphs: [...new Set([...new Set([...paragraphs, ...quotesOnly])].map(quoteKey))].filter(Boolean),
  };
}

export function unionEvidence(name: string, parts: Evidence[]): Evidence {
  const numbers = emptyNumberIndex();
  for (const part of parts) {
    part.numbers.numbers.forEach((n) => numbers.numbers.add(n));
    part.numbers.percents.forEach((n) => numbers.percents.add(n));
    numbers.dates.push(...part.numbers.dates);
  }
  return { name, numbers, paragraphs: parts.flatMap((p) => p.paragraphs) };
}

/** True when every piece of the quotation (cut at ……) occurs, in order, in one paragraph. */
export function isVerbatim(quotation: string, where: Evidence): boolean {
  const pieces = quotation.split(ELLIPSIS).map(quoteKey).filter(Boolean);
  if (pieces.length === 0) return true;
  return where.paragraphs.some((paragraph) => {
    let from = 0;
    for (const piece of pieces) {
      const at = paragraph.indexOf(piece, from);
      if (at < 0) return false;
      from = at + piece.length;
    }
    return true;
  });
}

/** Replaces a span with spaces, keeping line breaks, so offsets and line numbers stay valid. */
function blank(text: string): string {
  return text.replace(/[^\n]/g, ' ');
}

/** Line references to the raw file: 第8行, 第8—12行, 原文第22行, 第 3–7 行. */
const LINE_REFERENCE = /第\s*\d+\s*(?:[—–\-~～至到]\s*\d+\s*)?行/gu;

/**
 * Prepares a text for checking without moving anything: markup, exempt spans and
 * line references become spaces. Returns the masked text and the <Inferred> ranges.
 */
export function maskText(text: string, markup: boolean): { masked: string; inferred: Array<[number, number]> } {
  let masked = text;
  const inferred: Array<[number, number]> = [];
  if (markup) {
    masked = masked.replace(/<Outside>[\s\S]*?<\/Outside>/gu, blank);
    for (const m of masked.matchAll(/<Inferred>[\s\S]*?<\/Inferred>/gu)) inferred.push([m.index, m.index + m[0].length]);
    masked = masked
      .replace(/<\/?[A-Za-z][^>\n]*>/gu, blank) // JSX/HTML tags (the text between them stays)
      .replace(/\]\([^)\n]*\)/gu, blank) // link targets: [文字](term:slug) keeps 文字
      .replace(/[[\]*`]/gu, ' ') // link brackets, emphasis, code marks
      .replace(/^([ \t>]*)\d+[.)](?=[ \t])/gmu, (m, indent: string) => indent + blank(m.slice(indent.length))); // 1. 2. 3.
  }
  masked = masked.replace(LINE_REFERENCE, blank);
  return { masked, inferred };
}

/** Outermost “…” spans with their offsets (unbalanced marks are ignored). */
export function quotations(text: string): Array<{ text: string; index: number }> {
  const found: Array<{ text: string; index: number }> = [];
  let depth = 0;
  let start = -1;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '“') {
      if (depth === 0) start = i;
      depth++;
    } else if (text[i] === '”' && depth > 0) {
      depth--;
      if (depth === 0) found.push({ text: text.slice(start + 1, i), index: start });
    }
  }
  return found;
}

function lineAt(text: string, index: number): number {
  let line = 0;
  for (let i = 0; i < index; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

function shorten(text: string, max = 40): string {
  const flat = text.replace(/\s+/gu, '');
  return flat.length > max ? `${flat.slice(0, max)}…` : flat;
}

export interface TextCheck {
  field: string;
  text: string;
  /** Line in the content file where the text starts; 0 gives lines counted within the text. */
  line: number;
  /** A Markdown/MDX body: blockquotes, <Outside>, <Inferred> and list markers are understood. */
  markup?: boolean;
  /** Where its figures must appear; null: this field's figures are not checked. */
  numbers: Evidence | null;
  /** Where its quotations must appear; null: not checked. */
  quotes: Evidence | null;
  /** Where quotations inside <Inferred> may come from (default: `quotes`). */
  inferredQuotes?: Evidence | null;
}

export function checkFacts(check: TextCheck): FactProblem[] {
  const { masked, inferred } = maskText(check.text, check.markup ?? false);
  const problems: FactProblem[] = [];
  const report = (offsetLine: number, message: string) => {
    const line = check.line + offsetLine;
    if (!problems.some((p) => p.line === line && p.message === message)) problems.push({ line, field: check.field, message });
  };
  const lines = masked.split('\n');
  const inBlockquote = lines.map((l) => check.markup === true && /^\s*>/.test(l));

  // Blockquotes: each paragraph (consecutive > lines, split at an empty >) is one quotation.
  if (check.quotes) {
    let start = -1;
    let parts: string[] = [];
    const flush = () => {
      const quotation = parts.join('');
      if (start >= 0 && quoteKey(quotation) && !isVerbatim(quotation, check.quotes!)) {
        report(start, `block quotation “${shorten(quotation)}” is not verbatim in ${check.quotes!.name}`);
      }
      start = -1;
      parts = [];
    };
    lines.forEach((line, i) => {
      if (!inBlockquote[i]) return flush();
      const content = line.replace(/^\s*(?:>\s?)+/u, '');
      if (content.trim() === '') return flush();
      if (start < 0) start = i;
      parts.push(content);
    });
    flush();
  }

  // Inline quotations outside blockquotes.
  if (check.quotes) {
    for (const q of quotations(masked)) {
      const line = lineAt(masked, q.index);
      if (inBlockquote[line]) continue;
      const inInferred = inferred.some(([a, b]) => a <= q.index && q.index < b);
      const where = inInferred ? (check.inferredQuotes ?? check.quotes) : check.quotes;
      if (where && !isVerbatim(q.text, where)) {
        report(line, `quotation “${shorten(q.text)}” is not verbatim in ${where.name}`);
      }
    }
  }

  // Figures: numbers, percentages, dates (blockquotes are checked whole, above).
  if (check.numbers) {
    lines.forEach((line, i) => {
      if (inBlockquote[i]) return;
      for (const token of numberTokens(line)) {
        if (!isBacked(token, check.numbers!.numbers)) {
          const what = token.kind === 'date' ? 'the date' : token.kind === 'percent' ? 'the percentage' : 'the figure';
          report(i, `${what} "${token.text}" does not appear in ${check.numbers!.name}`);
        }
      }
    });
  }
  return problems.sort((a, b) => a.line - b.line);
}

/** Which published text is checked against what. First matching rule wins. */
export type Scope = 'own' | 'archive' | 'sources';
export interface FieldRule {
  field: RegExp;
  /** Where figures must appear (union of scopes); empty: not checked. */
  numbers: Scope[];
  quotes: Scope[];
  why: string;
}

export const SOURCE_FIELD_RULES: FieldRule[] = [
  {
    field: /^(archiveFile|date\.value|keyFigures\[\d+\]\.(year|quote|value)|quotes\[\d+\]\.text|cleaning\.(keepLines|replacements\[\d+\]\.(find|replace)).*)$/,
    numbers: [],
    quotes: [],
    why: 'structured values, or text the guard already checks verbatim (quotes, figure wordings, a figure’s value inside its wording); the figure year is the editor’s assignment, explained in its note',
  },
  {
    field: /^(date\.note|outlet\.note|inferences\[\d+\]\.(claim|evidence))$/,
    numbers: [],
    quotes: ['archive', 'sources'],
    why: 'the argument for what the source does not state (date, outlet, inferences): it rests on the page around the text, other sources and outside knowledge, and is shown with a confidence label; its quotations must still be real',
  },
  {
    field: /^(noiseRemoved\[\d+\]|cleaning\.replacements\[\d+\]\.reason)$/,
    numbers: [],
    quotes: ['archive'],
    why: 'describes the scraped file’s noise: its numbers count or locate noise (共146处, 160字), which no text states',
  },
  {
    field: /^(titleNote|place\.note|people\[\d+\]\.note)$/,
    numbers: ['archive'],
    quotes: ['archive'],
    why: 'notes on metadata cite the page around the text (headline, header template, forum line), which cleaning drops',
  },
  { field: /.*/, numbers: ['own'], quotes: ['own'], why: 'the summary: what the source says' },
];

export const TERM_FIELD_RULES: FieldRule[] = [
  { field: /^outside\[\d+\]\.text$/, numbers: [], quotes: [], why: 'outside knowledge, each statement with its reference or labelled 编者按常识' },
  {
    field: /^(definitionBasis|componentsBasis|outside\[\d+\]|english\[\d+\]\.reference|localVariants\[\d+\]\.source)/,
    numbers: [],
    quotes: [],
    why: 'structured values: reference ids, source slugs, flags',
  },
  {
    field: /^english\[\d+\]\.(text|note)$/,
    numbers: [],
    quotes: [],
    why: 'English renderings and where they are used come from outside the Chinese sources by nature',
  },
  { field: /^(category|related\[\d+\])$/, numbers: [], quotes: [], why: 'structured values' },
  { field: /.*/, numbers: ['sources'], quotes: ['sources'], why: 'a glossary entry: what the sources say' },
];

export function ruleFor(rules: FieldRule[], field: string): FieldRule {
  return rules.find((r) => r.field.test(field))!;
}
