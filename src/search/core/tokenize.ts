/**
 * The site's one tokenizer, used to build the Pagefind index and to read queries.
 *
 * Chinese has no spaces, and any segmentation into words disagrees with itself
 * on substrings (the text 精准扶贫开发 and the query 扶贫开发 split differently).
 * So Han text is indexed as overlapping character bigrams, one per character
 * position: 精准扶贫 → 精准 准扶 扶贫 贫. Every substring of two or more
 * characters is then a run of consecutive index words, found exactly by a
 * Pagefind phrase search; no dictionary, no disagreement between index and
 * query, and Simplified and Traditional fold to the same words.
 *
 * The index words also carry what the reader sees, so Pagefind's stored
 * content can be turned back into the original text (`detokenize`):
 *   - a bigram word is written as its first character's display text followed
 *     by the next character: 疗、后 is displayed 疗、 and indexed 疗后
 *     (Pagefind keeps only letters and digits when indexing);
 *   - where folding changes the script, the folded form follows a backquote,
 *     which Pagefind splits on: 實現`实现 is displayed 實 and indexed 实现;
 *   - punctuation that ends a phrase (，。；…) is a word of its own with
 *     nothing to index: it takes a position, so no phrase matches across it;
 *   - a space inside a word (砥砺同心 合力攻坚: the space sticks to 心) is
 *     written as SPACE_MARK, because a record's words are joined with spaces:
 *     a literal space would split the word in two, in Pagefind's index and in
 *     the stored content alike, and the display would lose the characters
 *     around it.
 */
import { isHan, isJoiner, isWordChar, isWordInner, indexForm } from './chars.ts';
import { foldText, type FoldTable } from './fold.ts';

/** Separates the displayed form of a word from its folded index form. */
export const FOLD_MARK = '`';

/**
 * Stands for white space inside an index word (U+200B ZERO WIDTH SPACE: not
 * white space to Pagefind or to String.split, and not a letter or digit, so
 * Pagefind drops it when indexing). `detokenize` shows it as a space.
 */
export const SPACE_MARK = '\u200b';
const encodeSpaces = (word: string): string => word.replace(/\s/gu, SPACE_MARK);

type Atom =
  | { kind: 'han'; text: string }
  | { kind: 'latin'; text: string }
  | { kind: 'join'; text: string }
  | { kind: 'space'; text: string }
  | { kind: 'gap'; text: string };

/** Splits text into Han characters, Latin/number words, joiners, spaces and other punctuation. */
function atoms(text: string): Atom[] {
  const chars = [...text];
  const out: Atom[] = [];
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i]!;
    if (isHan(ch)) out.push({ kind: 'han', text: ch });
    else if (isWordChar(ch)) {
      let word = ch;
      while (i + 1 < chars.length) {
        const next = chars[i + 1]!;
        const after = chars[i + 2];
        if (isWordChar(next)) word += next;
        else if (isWordInner(next) && after !== undefined && isWordChar(after)) word += next;
        else if (next === '%') word += next;
        else break;
        i++;
      }
      out.push({ kind: 'latin', text: word });
    } else if (/\s/u.test(ch) && ch !== '\u3000') out.push({ kind: 'space', text: ch });
    else if (isJoiner(ch)) out.push({ kind: 'join', text: ch });
    else out.push({ kind: 'gap', text: ch });
  }
  return out;
}

/** Merges joiners into the words around them and groups Han characters into runs. */
interface Piece {
  kind: 'run' | 'latin' | 'gap';
  /** For runs: each Han character with the joiners that follow it (the first also carries leading joiners). */
  parts: string[];
  /** For runs: the bare Han characters. */
  chars: string[];
}

function pieces(text: string): Piece[] {
  const list = atoms(text);
  const out: Piece[] = [];
  let leading = '';
  const last = () => out[out.length - 1];
  for (let i = 0; i < list.length; i++) {
    const atom = list[i]!;
    if (atom.kind === 'join' || (atom.kind === 'space' && last()?.kind === 'run' && list[i + 1]?.kind !== 'latin')) {
      // A joiner (or a space inside Chinese text) sticks to the word before it,
      // or, at the start of a phrase, to the word after it.
      const prev = last();
      const prevAtom = list[i - 1];
      if (prev && prevAtom && prevAtom.kind !== 'gap' && prevAtom.kind !== 'space' && prev.kind !== 'gap') {
        prev.parts[prev.parts.length - 1] += atom.text;
      } else leading += atom.text;
      continue;
    }
    if (atom.kind === 'space') {
      if (leading) {
        out.push({ kind: 'gap', parts: [leading], chars: [] });
        leading = '';
      }
      continue;
    }
    if (atom.kind === 'han') {
      const prev = last();
      const prevAtom = list[i - 1];
      const continuesRun = prev?.kind === 'run' && prevAtom && (prevAtom.kind === 'han' || prevAtom.kind === 'join' || prevAtom.kind === 'space');
      if (continuesRun) {
        prev.parts.push(leading + atom.text);
        prev.chars.push(atom.text);
      } else out.push({ kind: 'run', parts: [leading + atom.text], chars: [atom.text] });
      leading = '';
      continue;
    }
    if (atom.kind === 'latin') {
      out.push({ kind: 'latin', parts: [leading + atom.text], chars: [] });
      leading = '';
      continue;
    }
    // Phrase-ending punctuation: one gap word per cluster.
    const prev = last();
    if (prev?.kind === 'gap' && list[i - 1]?.kind === 'gap') prev.parts[0] += leading + atom.text;
    else out.push({ kind: 'gap', parts: [leading + atom.text], chars: [] });
    leading = '';
  }
  if (leading) out.push({ kind: 'gap', parts: [leading], chars: [] });
  return out;
}

/** The words of a text as Pagefind should index them (join them with spaces for a custom record). */
export function indexWords(text: string, table: FoldTable): string[] {
  const words: string[] = [];
  for (const piece of pieces(text)) {
    if (piece.kind !== 'run') {
      words.push(encodeSpaces(piece.kind === 'latin' ? piece.parts[0]!.normalize('NFKC') : piece.parts[0]!));
      continue;
    }
    const { parts, chars } = piece;
    for (let i = 0; i < parts.length; i++) {
      const next = chars[i + 1] ?? '';
      const shown = parts[i]! + next;
      const bare = chars[i]! + next;
      const folded = foldText(bare, table);
      words.push(encodeSpaces(folded === bare ? shown : `${shown}${FOLD_MARK}${folded}`));
    }
  }
  return words;
}

/** What a word starts with, after any joiners (quote marks, 、, spaces): a Han character, a Latin letter or digit, something else, or nothing. */
const Start = { None: 0, Han: 1, Latin: 2, Other: 3 } as const;
type Start = (typeof Start)[keyof typeof Start];

/**
 * A word's start. Index words are mostly Han bigrams and ASCII, so those are
 * answered from their code units; any other character goes to chars.ts.
 */
function wordStart(word: string): Start {
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i);
    if (code < 0x80) {
      // ASCII joiners: white space, " and ' (see isJoiner); letters and digits start a Latin word.
      if (code === 0x20 || (code >= 0x09 && code <= 0x0d) || code === 0x22 || code === 0x27) continue;
      return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || (code >= 0x30 && code <= 0x39) ? Start.Latin : Start.Other;
    }
    if (code >= 0x4e00 && code <= 0x9fff) return Start.Han;
    const point = word.codePointAt(i)!;
    const ch = String.fromCodePoint(point);
    if (isJoiner(ch)) {
      if (point > 0xffff) i++;
      continue;
    }
    return isHan(ch) ? Start.Han : isWordChar(ch) ? Start.Latin : Start.Other;
  }
  return Start.None;
}

/** A word's displayed form: the part before FOLD_MARK. */
const shownPart = (word: string): string => {
  const cut = word.indexOf(FOLD_MARK);
  return cut < 0 ? word : word.slice(0, cut);
};

/** Whether a string ends with a surrogate pair (a character outside the Basic Multilingual Plane). */
const endsWithPair = (text: string): boolean => {
  const n = text.length;
  if (n < 2) return false;
  const high = text.charCodeAt(n - 2);
  const low = text.charCodeAt(n - 1);
  return high >= 0xd800 && high <= 0xdbff && low >= 0xdc00 && low <= 0xdfff;
};

export interface Detokenized {
  text: string;
  /** [start, end) of each word's displayed text in `text` (UTF-16 offsets). */
  spans: Array<[number, number]>;
}

/**
 * Turns index words (as stored in Pagefind's content) back into the displayed text.
 * Runs over a whole page's words for every result shown, so each word is classified once.
 */
export function detokenize(words: string[]): Detokenized {
  let text = '';
  const spans: Array<[number, number]> = [];
  const starts = words.map(wordStart);
  for (let i = 0; i < words.length; i++) {
    let shown = shownPart(words[i]!);
    let start = starts[i]!;
    if (shown.includes(SPACE_MARK)) {
      shown = shown.replaceAll(SPACE_MARK, ' ');
      start = wordStart(shown);
    }
    if (start === Start.Han && i + 1 < words.length && starts[i + 1] === Start.Han) {
      // A bigram: it shows only its first character (and the joiners after it): its last code point is dropped.
      shown = shown.slice(0, endsWithPair(shown) ? -2 : -1);
    }
    if (i > 0 && start === Start.Latin && starts[i - 1] === Start.Latin) text += ' ';
    spans.push([text.length, text.length + shown.length]);
    text += shown;
  }
  return { text, spans };
}

export type QueryTokenKind = 'bigram' | 'char' | 'latin';

export interface QueryToken {
  kind: QueryTokenKind;
  /** The word as the index holds it (folded, lower case, letters and digits only). */
  word: string;
}

/**
 * The words of one query group (a query split at spaces and punctuation), in
 * the same form as the index words: a Han run becomes its bigrams, a single
 * Han character stays a character (matched as a prefix), Latin words are
 * normalised as Pagefind does.
 */
export function queryTokens(group: string, table: FoldTable): QueryToken[] {
  const tokens: QueryToken[] = [];
  for (const piece of pieces(foldText(group, table))) {
    if (piece.kind === 'latin') {
      const word = indexForm(piece.parts[0]!);
      if (word) tokens.push({ kind: 'latin', word });
    } else if (piece.kind === 'run') {
      const { chars } = piece;
      if (chars.length === 1) tokens.push({ kind: 'char', word: chars[0]! });
      for (let i = 0; i + 1 < chars.length; i++) tokens.push({ kind: 'bigram', word: chars[i]! + chars[i + 1]! });
    }
  }
  return tokens;
}

/** Splits a query into groups at white space and phrase-ending punctuation; joiners stay inside a group. */
export function queryGroups(query: string): string[] {
  const groups: string[] = [];
  let current = '';
  for (const atom of atoms(query.normalize('NFKC'))) {
    if (atom.kind === 'space' || atom.kind === 'gap') {
      if (current) groups.push(current);
      current = '';
    } else current += atom.text;
  }
  if (current) groups.push(current);
  return groups;
}
