/** Sentence splitting for Chinese text, and clipping long sentences around a match. */

/** Splits after 。！？； (and any closing quote right after), keeping offsets. */
export function sentenceSpans(text: string): Array<{ start: number; end: number }> {
  const spans: Array<{ start: number; end: number }> = [];
  const boundary = /[。！？；!?;]+[”’」』）)]*/gu;
  let start = 0;
  for (const match of text.matchAll(boundary)) {
    const end = match.index + match[0].length;
    spans.push({ start, end });
    start = end;
  }
  if (start < text.length) spans.push({ start, end: text.length });
  return spans;
}

export interface Excerpt {
  text: string;
  /** Offsets of the match inside `text`. */
  matchStart: number;
  matchEnd: number;
  clippedStart: boolean;
  clippedEnd: boolean;
}

/**
 * The sentence that contains [start, end), clipped to at most `max`
 * characters around the match. Clipping is shown by the caller as ……
 */
export function sentenceAround(text: string, start: number, end: number, max = 120): Excerpt {
  const span = sentenceSpans(text).find((s) => s.start <= start && end <= s.end) ?? { start: 0, end: text.length };
  let from = span.start;
  let to = span.end;
  if (to - from > max) {
    const room = Math.max(0, max - (end - start));
    from = Math.max(span.start, start - Math.floor(room / 2));
    to = Math.min(span.end, from + max);
    from = Math.max(span.start, Math.min(from, to - max));
  }
  return {
    text: text.slice(from, to),
    matchStart: start - from,
    matchEnd: end - from,
    clippedStart: from > span.start,
    clippedEnd: to < span.end,
  };
}
