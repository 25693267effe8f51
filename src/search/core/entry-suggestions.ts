/**
 * Suggestions of glossary entries while a reader types, and the nearest
 * entries for a query that found nothing. Works on a small list of every
 * entry's names (shipped inside the suggestions script), with no index:
 *   - a name matches when its comparison key starts with the query's key, or
 *     (less strongly) contains it: 三保障 finds 两不愁三保障, liang bu finds
 *     liǎng bù chóu sān bǎozhàng, assur finds Two Assurances and …;
 *   - the nearest entries are those whose names are closest by edit distance,
 *     for romanised queries against the start of the pinyin or English name
 *     (liangbucou → liangbuchousanbaozhang), for Chinese against the whole name
 *     (两不愁三保证 → 两不愁三保障).
 * Keys drop tones, case, spaces and punctuation; the Traditional form is one of
 * an entry's names, so a Traditional query matches without a folding table.
 */
import { isHan, isJoiner, stripDiacritics } from './chars.ts';

/** How a name is written, for its lang attribute. */
export type NameKind = 'term' | 'traditional' | 'alias' | 'pinyin' | 'english';

/** One glossary entry: its page (site path, e.g. terms/x/), its term and its other names. */
export interface SuggestEntry {
  path: string;
  term: string;
  names: Array<[text: string, kind: NameKind]>;
}

export interface Suggestion {
  path: string;
  term: string;
  /** The name that matched, when it is not the term itself. */
  matched?: { text: string; kind: NameKind };
}

/** Names in comparison form: lower case, no tones, no spaces, joiners or punctuation; the keyboard v for ü reads u. */
export function suggestKey(text: string): string {
  return [...stripDiacritics(text.normalize('NFKC').toLowerCase())]
    .filter((ch) => !isJoiner(ch) && !/[\s\p{P}]/u.test(ch))
    .join('')
    .replace(/v/g, 'u');
}

/** The entry's names as [text, kind, key], the term first. */
function namesOf(entry: SuggestEntry): Array<[string, NameKind, string]> {
  return [[entry.term, 'term' as NameKind] as [string, NameKind], ...entry.names].map(([text, kind]) => [text, kind, suggestKey(text)]);
}

function toSuggestion(entry: SuggestEntry, text: string, kind: NameKind): Suggestion {
  return kind === 'term' ? { path: entry.path, term: entry.term } : { path: entry.path, term: entry.term, matched: { text, kind } };
}

/**
 * Entries one of whose names begins with (better) or contains the query, best
 * first: a match at the start of a name before one inside it, the term's own
 * names before English variants, shorter names first, then the term's order.
 */
export function suggest(entries: readonly SuggestEntry[], query: string, limit = 8): Suggestion[] {
  const key = suggestKey(query);
  if (key === '') return [];
  return ranked(entries, limit, (kind, nameKey, order) => {
    const at = nameKey.indexOf(key);
    return at < 0 ? undefined : [at === 0 ? 0 : 1, kind === 'english' ? 1 : 0, nameKey.length, order];
  });
}

/**
 * Each entry's best-scoring name (the lowest score, compared element by element;
 * a name scored undefined does not match), the `limit` best entries first.
 */
function ranked(
  entries: readonly SuggestEntry[],
  limit: number,
  scoreOf: (kind: NameKind, nameKey: string, order: number) => number[] | undefined,
): Suggestion[] {
  const scored: Array<{ s: Suggestion; score: number[] }> = [];
  entries.forEach((entry, order) => {
    let best: { s: Suggestion; score: number[] } | undefined;
    for (const [text, kind, nameKey] of namesOf(entry)) {
      const score = scoreOf(kind, nameKey, order);
      if (score && (!best || compare(score, best.score) < 0)) best = { s: toSuggestion(entry, text, kind), score };
    }
    if (best) scored.push(best);
  });
  return scored
    .sort((a, b) => compare(a.score, b.score))
    .slice(0, limit)
    .map((x) => x.s);
}

const compare = (a: number[], b: number[]): number => {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
  return 0;
};

/** The last row of the edit-distance table from `a` to `b`, by code point: entry j is the distance to b's first j. */
function distanceRow(a: string, b: string): number[] {
  const x = [...a];
  const y = [...b];
  let row = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const next = [i];
    for (let j = 1; j <= y.length; j++) next[j] = Math.min(row[j]! + 1, next[j - 1]! + 1, row[j - 1]! + (x[i - 1] === y[j - 1] ? 0 : 1));
    row = next;
  }
  return row;
}

/** Levenshtein distance between two strings, by code point. */
export function editDistance(a: string, b: string): number {
  return distanceRow(a, b).at(-1)!;
}

/** The smallest edit distance between `a` and any beginning of `b` (a typed prefix with typos). */
export function prefixDistance(a: string, b: string): number {
  return Math.min(...distanceRow(a, b));
}

/**
 * The entries nearest to a query that found nothing: within a distance that
 * grows with the query's length (a third of it, at least 1), nearest first.
 * A Chinese query is compared with Chinese names whole; a romanised one with
 * the start of each pinyin and English name.
 */
export function nearest(entries: readonly SuggestEntry[], query: string, limit = 5): Suggestion[] {
  const key = suggestKey(query);
  if (key === '') return [];
  const han = [...key].some(isHan);
  const allowed = Math.max(1, Math.floor([...key].length / 3));
  return ranked(entries, limit, (kind, nameKey, order) => {
    if ([...nameKey].some(isHan) !== han) return undefined;
    const distance = han ? editDistance(key, nameKey) : prefixDistance(key, nameKey);
    return distance > allowed ? undefined : [distance, kind === 'english' ? 1 : 0, order];
  });
}
