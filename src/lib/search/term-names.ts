/**
 * The names a glossary entry is found by, stored with its search record:
 * the term, its Traditional form, its aliases, its pinyin (with tones, and
 * joined without tones: liangbuchousanbaozhang) and its English renderings.
 */
import { compactPinyin } from './pinyin.ts';

export interface NamedTerm {
  term: string;
  traditional?: string;
  aliases?: string[];
  pinyin?: string;
  english?: Array<{ text: string }>;
}

export function searchNames(term: NamedTerm): string[] {
  const names = [term.term, term.traditional, ...(term.aliases ?? []), term.pinyin, term.pinyin ? compactPinyin(term.pinyin) : undefined];
  for (const e of term.english ?? []) names.push(e.text);
  return [...new Set(names.filter((n): n is string => typeof n === 'string' && n.trim() !== ''))];
}
