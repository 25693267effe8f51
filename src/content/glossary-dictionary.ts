/**
 * The glossary as one list of term names: what every part of the site that
 * recognises a term works from. Term links (src/markdown/remark-term-links.ts)
 * and the backlinks' matcher (src/content/catalog.ts) match `names`; the
 * search index finds an entry by its `searchNames` (src/search/core/term-names.ts).
 *
 * glossaryTerm() is the one definition of a term's names, applied to the raw
 * files before Astro validates them (astro.config.mjs, the Markdown workers)
 * and to the validated entries (the catalog).
 */
import { join } from 'node:path';
import { type RawEntry, readCollection } from './content-files.ts';
import { TermMatcher, type TermNames } from '../text/term-matcher.ts';

export interface DictionaryTerm extends TermNames {
  term: string;
  traditional?: string;
  aliases?: string[];
  pinyin?: string;
  english?: Array<{ text: string; kind?: string }>;
  definition: string;
}

/** The fields of a term file that name it (validated or not). */
interface TermFields {
  term?: unknown;
  traditional?: unknown;
  aliases?: unknown;
  pinyin?: unknown;
  english?: unknown;
  definition?: unknown;
}

const text = (value: unknown): string | undefined => (typeof value === 'string' && value.trim() !== '' ? value : undefined);

/** A term's names from its file's fields; undefined when it has no term (the content guard reports that file). */
export function glossaryTerm(slug: string, fields: TermFields): DictionaryTerm | undefined {
  const term = text(fields.term);
  if (!term) return undefined;
  const traditional = text(fields.traditional);
  const aliases = Array.isArray(fields.aliases) ? fields.aliases.filter((a): a is string => text(a) !== undefined) : [];
  const english = Array.isArray(fields.english)
    ? fields.english.filter(
        (e): e is { text: string; kind?: string } => typeof e === 'object' && e !== null && text((e as { text?: unknown }).text) !== undefined,
      )
    : [];
  const names = [term, traditional, ...aliases].filter((n): n is string => n !== undefined);
  return { slug, term, traditional, aliases, pinyin: text(fields.pinyin), english, definition: text(fields.definition) ?? '', names };
}

/** Builds dictionary entries from raw (not yet validated) term files; invalid ones are skipped, the guard reports them. */
export function dictionaryFromRawTerms(entries: RawEntry[]): DictionaryTerm[] {
  return entries.flatMap((entry) => glossaryTerm(entry.slug, (entry.data ?? {}) as TermFields) ?? []);
}

/** Reads the glossary's term files in `contentDir`/terms (paths in messages relative to `root`) into dictionary entries. */
export function readGlossary(contentDir: string, root: string): DictionaryTerm[] {
  return dictionaryFromRawTerms(readCollection(join(contentDir, 'terms'), root));
}

export function matcherFor(terms: Iterable<TermNames>): TermMatcher {
  return new TermMatcher(terms);
}
