/**
 * The names a glossary entry is found by, stored with its search record:
 * the term, its Traditional form, its aliases, its pinyin (with tones, and
 * joined without tones: liangbuchousanbaozhang) and its English renderings.
 * A rank says how strongly a name belongs to the entry: 0 for the term's own
 * names and its first (preferred) English rendering, 1 for the other English
 * renderings (another entry may use the same words as its preferred one).
 */
import { compactPinyin } from './pinyin.ts';
import type { SuggestEntry } from './entry-suggestions.ts';

export interface NamedTerm {
  term: string;
  traditional?: string;
  aliases?: string[];
  pinyin?: string;
  english?: Array<{ text: string }>;
}

export interface SearchName {
  text: string;
  rank: 0 | 1;
}

export function searchNames(term: NamedTerm & { english?: Array<{ text: string; kind?: string }> }): SearchName[] {
  const own = [term.term, term.traditional, ...(term.aliases ?? []), term.pinyin, term.pinyin ? compactPinyin(term.pinyin) : undefined];
  const names: SearchName[] = own.filter((n): n is string => typeof n === 'string' && n.trim() !== '').map((text) => ({ text, rank: 0 }));
  (term.english ?? []).forEach((e, i) => names.push({ text: e.text, rank: i === 0 ? 0 : 1 }));
  const seen = new Set<string>();
  return names.filter((n) => !seen.has(n.text) && seen.add(n.text));
}

/** An entry's names for the suggestions while typing (src/search/core/entry-suggestions.ts), each with how it is written. */
export function suggestEntry(path: string, term: NamedTerm & { english?: Array<{ text: string; kind?: string }> }): SuggestEntry {
  const names: SuggestEntry['names'] = [];
  if (term.traditional && term.traditional !== term.term) names.push([term.traditional, 'traditional']);
  for (const alias of term.aliases ?? []) names.push([alias, 'alias']);
  if (term.pinyin) names.push([term.pinyin, 'pinyin']);
  // Literal renderings are descriptions rather than names a reader types (they are still searched).
  for (const e of term.english ?? []) if (e.kind !== 'literal') names.push([e.text, 'english']);
  return { path, term: term.term, names };
}
