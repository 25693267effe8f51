/**
 * What the tests expect, derived from the content files and raw sources —
 * never from the built pages, so a page that drops something is caught.
 */
import { join } from 'node:path';
import { readContent, type RawEntry } from '../../src/content/content-files.ts';
import { archiveReader, projectPaths } from '../../src/content/project-paths.ts';
import { sourceSchema, termSchema, type SourceData, type TermData } from '../../src/content/schema.ts';
import { cleanSourceText } from '../../src/content/source-text.ts';
import { TermMatcher } from '../../src/text/term-matcher.ts';

const paths = projectPaths(process.cwd());
const content = readContent(paths.contentDir, paths.root);
const readArchive = archiveReader(paths.sourcesDir);

// Data as the site sees it: read by Astro's YAML reader, then through the collection schema.
export const sources: Array<RawEntry & { data: SourceData }> = content.sources.map((e) => ({ ...e, data: sourceSchema.parse(e.data) }));
export const terms: Array<RawEntry & { data: TermData }> = content.terms.map((e) => ({ ...e, data: termSchema.parse(e.data) }));

export function term(slug: string) {
  const found = terms.find((t) => t.slug === slug);
  if (!found) throw new Error(`test expects term ${slug} in ${join('content', 'terms')}`);
  return found;
}

/** Slugs of the sources whose cleaned text uses the term (by longest match against the whole glossary). */
export function sourcesUsing(termSlug: string): string[] {
  const matcher = new TermMatcher(terms.map((t) => ({ slug: t.slug, names: [t.data.term, t.data.traditional, ...(t.data.aliases ?? [])] })));
  return sources
    .filter((s) => {
      const cleaned = cleanSourceText(readArchive(s.data.archiveFile)!, { ...s.data.cleaning, replacements: s.data.cleaning.replacements ?? [] });
      return cleaned.paragraphs.some((p) => matcher.findAll(p.text).some((m) => m.slug === termSlug));
    })
    .map((s) => s.slug);
}

/** A source's cleaned text, paragraph by paragraph with its raw line, from the archive file and the recipe. */
export function originalParagraphs(slug: string): Array<{ line: number; text: string }> {
  const s = sources.find((x) => x.slug === slug);
  if (!s) throw new Error(`test expects source ${slug} in content/sources`);
  return cleanSourceText(readArchive(s.data.archiveFile)!, { ...s.data.cleaning, replacements: s.data.cleaning.replacements ?? [] }).paragraphs;
}
