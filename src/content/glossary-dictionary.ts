/** The glossary as a matching dictionary: slug, display term, names to match. */
import type { RawEntry } from './content-files.ts';
import { TermMatcher, type TermNames } from '../text/term-matcher.ts';

export interface DictionaryTerm extends TermNames {
  term: string;
  definition: string;
}

function stringField(data: unknown, key: string): string | undefined {
  const value = (data as Record<string, unknown> | null)?.[key];
  return typeof value === 'string' ? value : undefined;
}

/** Builds dictionary entries from raw (not yet validated) term files; invalid ones are skipped, the guard reports them. */
export function dictionaryFromRawTerms(entries: RawEntry[]): DictionaryTerm[] {
  const terms: DictionaryTerm[] = [];
  for (const entry of entries) {
    const term = stringField(entry.data, 'term');
    if (!term) continue;
    const aliases = (entry.data as { aliases?: unknown }).aliases;
    const names = [term, stringField(entry.data, 'traditional'), ...(Array.isArray(aliases) ? aliases : [])].filter(
      (n): n is string => typeof n === 'string' && n.trim() !== '',
    );
    terms.push({ slug: entry.slug, term, definition: stringField(entry.data, 'definition') ?? '', names });
  }
  return terms;
}

export function matcherFor(terms: Iterable<TermNames>): TermMatcher {
  return new TermMatcher(terms);
}
