/**
 * The site's data, loaded once per build: sources with their cleaned texts,
 * terms sorted by pinyin, and the computed term mentions (backlinks).
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { projectPaths, archiveReader } from './project-paths.ts';
import { cleanSourceText, type CleanedSource } from './source-text.ts';
import { anchorParagraphs, locateInOriginal, type OriginalParagraph } from './original-text.ts';
import { indexMentions, type MentionIndex } from './term-mentions.ts';
import { sourceYear } from './source-meta.ts';
import { neighbourMap, type Neighbours } from '../util/neighbours.ts';
import { relatedGraph } from './related-terms.ts';
import { loadTermRelations, TERM_RELATIONS_FILE, type TermRelations } from './glossary/term-relations.ts';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { glossaryTerm, matcherFor } from './glossary-dictionary.ts';

export type SourceEntry = CollectionEntry<'sources'>;
export type TermEntry = CollectionEntry<'terms'>;

export interface Source {
  entry: SourceEntry;
  slug: string;
  year: number;
  cleaned: CleanedSource;
  /** The paragraph of the original text that holds each key figure's wording, in frontmatter order. */
  figureParagraphs: Array<OriginalParagraph | null>;
  /** The cleaned text as the original-text page shows it, each paragraph with its anchor. */
  original: OriginalParagraph[];
  /** The paragraph of the original text that holds each quote, in frontmatter order (the content guard rejects a quote that is not there). */
  quoteParagraphs: Array<OriginalParagraph | null>;
}

export interface Catalog {
  sources: Source[];
  terms: TermEntry[];
  termBySlug: Map<string, TermEntry>;
  sourceBySlug: Map<string, Source>;
  mentions: MentionIndex;
  /** Previous/next source in reading order (oldest first). Computed once: pages must not sort the whole collection each. */
  sourceNeighbours: Map<string, Neighbours<Source>>;
  /** Previous/next term within its category, in the glossary's pinyin order. */
  termNeighbours: Map<string, Neighbours<TermEntry>>;
  /** Each term's related terms, both directions (src/content/related-terms.ts). */
  related: Map<string, string[]>;
  /** Broader and narrower terms (content/term-relations.yaml, src/content/glossary/term-relations.ts). */
  relations: TermRelations;
}

let cached: Promise<Catalog> | undefined;

/**
 * Ties are broken by id: the collections come in the order their entries were
 * stored, which follows whichever file finished first (files are read and
 * rendered concurrently), and the site must be the same from build to build.
 */
const byId = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

async function load(): Promise<Catalog> {
  // Builds run from the project root (npm scripts guarantee it).
  const paths = projectPaths(process.cwd());
  const readArchive = archiveReader(paths.sourcesDir);
  const sources = (await getCollection('sources'))
    .map((entry): Source => {
      const raw = readArchive(entry.data.archiveFile);
      if (raw === null) throw new Error(`${entry.id}: archive file ${entry.data.archiveFile} is missing`);
      const cleaned = cleanSourceText(raw, entry.data.cleaning);
      const original = anchorParagraphs(cleaned);
      return {
        entry,
        slug: entry.id,
        year: sourceYear(entry.data.date),
        cleaned,
        figureParagraphs: entry.data.keyFigures.map((f) => locateInOriginal(original, f.quote)),
        original,
        quoteParagraphs: entry.data.quotes.map((q) => locateInOriginal(original, q.text)),
      };
    })
    .sort((a, b) => b.entry.data.date.value.localeCompare(a.entry.data.date.value) || byId(a.slug, b.slug));
  const terms = (await getCollection('terms')).sort((a, b) => a.data.pinyin.localeCompare(b.data.pinyin, 'en') || byId(a.id, b.id));
  const matcher = matcherFor(terms.flatMap((t) => glossaryTerm(t.id, t.data) ?? []));
  const mentions = indexMentions(
    sources.map((s) => ({ slug: s.slug, paragraphs: s.original })),
    matcher,
  );
  const readingOrder = [...sources].sort((a, b) => a.entry.data.date.value.localeCompare(b.entry.data.date.value) || byId(a.slug, b.slug));
  const byCategory = Map.groupBy(terms, (t) => t.data.category);
  const relationsPath = join(paths.contentDir, TERM_RELATIONS_FILE);
  const relations = loadTermRelations(
    existsSync(relationsPath) ? readFileSync(relationsPath, 'utf8') : null,
    TERM_RELATIONS_FILE,
    new Set(terms.map((t) => t.id)),
  );
  return {
    relations,
    sources,
    terms,
    sourceNeighbours: neighbourMap(readingOrder, (s) => s.slug),
    termNeighbours: new Map([...byCategory.values()].flatMap((list) => [...neighbourMap(list, (t) => t.id)])),
    related: relatedGraph(terms.map((t) => ({ slug: t.id, related: t.data.related }))),
    termBySlug: new Map(terms.map((t) => [t.id, t])),
    sourceBySlug: new Map(sources.map((s) => [s.slug, s])),
    mentions,
  };
}

export function getCatalog(): Promise<Catalog> {
  cached ??= load();
  return cached;
}

/** The props of a page made for each source. */
export type SourcePageProps = { source: Source };

/** The props of a page made for each glossary entry. */
export type TermPageProps = { term: TermEntry };

/** The pages made for each source (sources/<slug>/ and the pages beside it): Astro's getStaticPaths, each with its source as the prop. */
export async function sourcePagePaths(): Promise<Array<{ params: { slug: string }; props: SourcePageProps }>> {
  const { sources } = await getCatalog();
  return sources.map((source) => ({ params: { slug: source.slug }, props: { source } }));
}

/** The pages made for each glossary entry (terms/<slug>/ and the files beside it), each with its entry as the prop. */
export async function termPagePaths(): Promise<Array<{ params: { slug: string }; props: TermPageProps }>> {
  const { terms } = await getCatalog();
  return terms.map((term) => ({ params: { slug: term.id }, props: { term } }));
}
