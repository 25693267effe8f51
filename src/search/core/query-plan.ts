/**
 * What to ask Pagefind for a reader's query.
 *
 * - The query is split into groups at spaces and phrase punctuation; every
 *   group must match (a query with spaces means all the words).
 * - A Chinese group must match as a phrase: its bigrams at consecutive
 *   positions, which Pagefind's exact search checks. Quote marks and 、 inside
 *   it don't matter (they are joiners on both sides).
 * - A Latin word matches as a prefix (assur finds assurances).
 * - A query that reads as pinyin becomes one prefix word, the toneless
 *   syllables joined: liǎng bù chóu → liangbuchou, which is how a glossary
 *   entry's pinyin is indexed.
 * - Ranking uses Pagefind's own scores over all the words, with two rules on
 *   top (see rank.ts): the glossary entry named by the query comes first, and
 *   pages with the whole query as one phrase come before scattered matches.
 */
import { indexForm, isHan, isJoiner, stripDiacritics } from './chars.ts';
import { foldText, type FoldTable } from './fold.ts';
import { compactPinyin, pinyinSyllables } from './pinyin.ts';
import { queryGroups, queryTokens, type QueryToken } from './tokenize.ts';

export type SearchUnit =
  /** Words at consecutive positions (Pagefind exact search). */
  | { kind: 'phrase'; words: string[] }
  /** Any word that starts with this (Pagefind's normal search, one word). */
  | { kind: 'prefix'; words: [string] };

export interface QueryPlan {
  /** Every unit must match. */
  units: SearchUnit[];
  /** Words for Pagefind's ranked search. */
  ranking: string[];
  /** The whole query as one phrase, when it has several groups: such pages rank first. */
  wholePhrase?: SearchUnit;
  /** The query in comparison form, to recognise a glossary entry's own name. */
  key: string;
  /** What to highlight in excerpts (usually the units themselves). */
  highlight: SearchUnit[];
  /** When the query was read as pinyin, the plan for reading it as ordinary words instead. */
  fallback?: QueryPlan;
}

/** The form in which names are compared: folded, lower case, no tones, no spaces or joiners. */
export function nameKey(text: string, table: FoldTable): string {
  return [...stripDiacritics(foldText(text.normalize('NFKC'), table).toLowerCase())].filter((ch) => !isJoiner(ch) && !/[\s\p{P}]/u.test(ch)).join('');
}

/**
 * The index word that marks a glossary entry's name: a query whose key is one
 * of an entry's names finds that entry with one exact search, before any
 * result is loaded. The prefix keeps these words apart from real text.
 */
export function nameToken(key: string, rank: 0 | 1): string {
  return `zzname${rank}${indexForm(key)}`;
}

function unitsFor(tokens: QueryToken[]): SearchUnit[] {
  const units: SearchUnit[] = [];
  let phrase: string[] = [];
  const flush = () => {
    if (phrase.length > 0) units.push({ kind: 'phrase', words: phrase });
    phrase = [];
  };
  for (const token of tokens) {
    if (token.kind === 'bigram') phrase.push(token.word);
    else {
      // A lone Han character or a Latin word matches as a prefix on its own.
      flush();
      units.push({ kind: 'prefix', words: [token.word] });
    }
  }
  flush();
  return units;
}

function wordPlan(query: string, table: FoldTable): QueryPlan {
  const groups = queryGroups(query);
  const tokenGroups = groups.map((g) => queryTokens(g, table)).filter((t) => t.length > 0);
  const units = tokenGroups.flatMap(unitsFor);
  const ranking = [...new Set(tokenGroups.flat().map((t) => t.word))];
  const plan: QueryPlan = {
    units,
    ranking,
    key: nameKey(query, table),
    highlight: units,
  };
  if (tokenGroups.length > 1) {
    const joined = queryTokens(groups.join(''), table);
    if (joined.length > 1 && joined.every((t) => t.kind === 'bigram')) plan.wholePhrase = { kind: 'phrase', words: joined.map((t) => t.word) };
  }
  return plan;
}

export function planQuery(query: string, table: FoldTable): QueryPlan {
  const trimmed = query.trim();
  const joined = compactPinyin(trimmed);
  // Two letters could be an English prefix as well as pinyin: read those as words.
  const syllables = [...trimmed].some(isHan) ? null : pinyinSyllables(trimmed);
  if (joined.length >= 3 && syllables) {
    return {
      units: [{ kind: 'prefix', words: [joined] }],
      ranking: [joined],
      key: nameKey(trimmed, table),
      // The page shows pinyin as separate syllables: liǎng bù chóu.
      highlight: [{ kind: 'phrase', words: syllables }],
      fallback: wordPlan(trimmed, table),
    };
  }
  return wordPlan(trimmed, table);
}

/** Pagefind query strings: an exact phrase is written in double quotes. */
export function unitQuery(unit: SearchUnit): string {
  return unit.kind === 'phrase' ? `"${unit.words.join(' ')}"` : unit.words[0];
}

/**
 * A query that names a glossary entry in pinyin, English, Traditional or an
 * alias also searches for the entry's Chinese names, so it finds every page
 * that uses the term, as the Chinese query does. Returns the plans of the
 * entry's names that contain Han characters and differ from the query
 * (compared by nameKey; Simplified and Traditional fold to one plan).
 */
export function expansionPlans(query: string, names: readonly string[], table: FoldTable): QueryPlan[] {
  const own = nameKey(query, table);
  const seen = new Set<string>([own]);
  const plans: QueryPlan[] = [];
  for (const name of names) {
    if (![...name].some(isHan)) continue;
    const key = nameKey(name, table);
    if (seen.has(key)) continue;
    seen.add(key);
    const plan = wordPlan(name, table);
    if (plan.units.length > 0) plans.push(plan);
  }
  return plans;
}
