/**
 * A result's excerpt: the stretch of the page around its best cluster of
 * matches, in the page's own characters and script, with the matches marked.
 * Built from Pagefind's stored content (index words) and the positions of the
 * matched words.
 */
import { isJoiner } from './chars.ts';
import { BLOCK_BREAK } from './search-record.ts';
import { detokenize } from './tokenize.ts';

export interface ExcerptPart {
  text: string;
  mark: boolean;
}

export interface Excerpt {
  parts: ExcerptPart[];
  /** Word position of the first match shown, for finding its section. */
  firstMatch?: number;
  /** The first marked text exactly as the page shows it (for a #:~:text= link). */
  matchedText?: string;
}

/**
 * @param words     the record's content split at spaces
 * @param positions matched word positions (see match-positions.ts); each shows one character of Han text
 * @param maxChars  length of the excerpt
 * @param startAt   where to start when nothing matched in the content (e.g. a definition's first word)
 */
export function buildExcerpt(words: string[], positions: number[], maxChars = 90, startAt = 0): Excerpt {
  const { text, spans } = detokenize(words);
  // Character ranges of the matches.
  const ranges: Array<[number, number, number]> = [];
  for (const p of [...new Set(positions)].sort((a, b) => a - b)) {
    const span = spans[p];
    if (!span || words[p] === BLOCK_BREAK) continue;
    const last = ranges[ranges.length - 1];
    if (last && span[0] <= last[1]) last[1] = Math.max(last[1], span[1]);
    else ranges.push([span[0], span[1], p]);
  }
  // Quote marks and 、 around a match are not part of it.
  for (const range of ranges) {
    while (range[0] < range[1] && isJoiner(text[range[0]]!)) range[0]++;
    while (range[1] > range[0] && isJoiner(text[range[1] - 1]!)) range[1]--;
  }
  const marked = ranges.filter(([s, e]) => e > s);
  ranges.length = 0;
  ranges.push(...marked);
  if (ranges.length === 0) {
    const from = spans[startAt]?.[0] ?? 0;
    const cut = clip(text, from, maxChars);
    return { parts: cut ? [{ text: cut, mark: false }] : [] };
  }
  // The window of maxChars that holds the most matched characters.
  let best = 0;
  let bestCovered = -1;
  for (let i = 0; i < ranges.length; i++) {
    const start = ranges[i]![0];
    let covered = 0;
    for (let j = i; j < ranges.length && ranges[j]![1] <= start + maxChars; j++) covered += ranges[j]![1] - ranges[j]![0];
    if (covered > bestCovered) {
      bestCovered = covered;
      best = i;
    }
  }
  const anchor = ranges[best]!;
  const blockStart = text.lastIndexOf(BLOCK_BREAK, anchor[0]) + 1;
  // Start a little before the match, but not before the start of its block; at a sentence's start when one is near.
  let from = Math.max(blockStart, anchor[0] - Math.floor(maxChars / 4));
  const sentenceStart = Math.max(...['。', '！', '？', '；'].map((mark) => text.lastIndexOf(mark, anchor[0] - 1) + 1));
  if (sentenceStart > blockStart && sentenceStart <= anchor[0] && anchor[0] - sentenceStart <= maxChars / 2) from = sentenceStart;
  // End with the match's own block: a sentence from a paragraph, never the fields or list items after it.
  const nextBreak = text.indexOf(BLOCK_BREAK, anchor[1]);
  const blockEnd = nextBreak < 0 ? text.length : nextBreak;
  const to = Math.min(blockEnd, from + maxChars);
  const parts: ExcerptPart[] = [];
  let cursor = from;
  for (const [s, e] of ranges) {
    if (e <= from || s >= to) continue;
    const ms = Math.max(s, from);
    const me = Math.min(e, to);
    if (ms > cursor) parts.push({ text: text.slice(cursor, ms), mark: false });
    parts.push({ text: text.slice(ms, me), mark: true });
    cursor = me;
  }
  if (cursor < to) parts.push({ text: text.slice(cursor, to), mark: false });
  const shown = parts.map((p) => ({ ...p, text: p.text.replaceAll(BLOCK_BREAK, ' ') }));
  if (from > blockStart) shown.unshift({ text: '……', mark: false });
  if (to < blockEnd) shown.push({ text: '……', mark: false });
  return { parts: mergeParts(shown), firstMatch: anchor[2], matchedText: text.slice(anchor[0], anchor[1]) };
}

function clip(text: string, from: number, max: number): string {
  const slice = text
    .slice(from, from + max)
    .replaceAll(BLOCK_BREAK, ' ')
    .trim();
  return text.length > from + max ? `${slice}……` : slice;
}

function mergeParts(parts: ExcerptPart[]): ExcerptPart[] {
  const out: ExcerptPart[] = [];
  for (const part of parts) {
    if (part.text === '') continue;
    const last = out[out.length - 1];
    if (last && last.mark === part.mark) last.text += part.text;
    else out.push({ ...part });
  }
  return out;
}

/**
 * The words of one block, from word `pos` to the block's end, without a
 * leading field label ("定义：" before a definition): [start, end) word
 * positions. A label is up to four words ending in a colon word.
 */
export function blockRange(words: string[], pos: number): [number, number] {
  let end = pos;
  while (end < words.length && words[end] !== BLOCK_BREAK) end++;
  let start = pos;
  for (let i = pos; i < Math.min(end, pos + 4); i++) {
    if (/^[：:]$/.test(words[i]!)) {
      start = i + 1;
      break;
    }
  }
  return [start, end];
}

/**
 * The excerpt of one block (a glossary entry's definition): its own text,
 * with the query's matches inside it marked, never the fields around it.
 * Word positions in the result refer to the whole record.
 */
export function blockExcerpt(words: string[], positions: number[], pos: number, maxChars = 90): Excerpt {
  const [start, end] = blockRange(words, pos);
  const inside = positions.filter((p) => p >= start && p < end).map((p) => p - start);
  const excerpt = buildExcerpt(words.slice(start, end), inside, maxChars);
  return excerpt.firstMatch === undefined ? excerpt : { ...excerpt, firstMatch: excerpt.firstMatch + start };
}
