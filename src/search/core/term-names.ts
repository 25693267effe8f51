/**
 * The names a glossary entry is found by, stored with its search record:
 * the term, its Traditional form, its aliases, its pinyin (with tones, and
 * joined without tones: liangbuchousanbaozhang) and its English renderings.
 * A rank says how strongly a name belongs to the entry: 0 for the term's own
 * names and its first (preferred) English rendering, 1 for the other English
 * renderings (another entry may use the same words as its preferred one).
 */
import { compactPinyin } from './pinyin.ts';

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
