/** The glossary records behind /terms/glossary.json, .csv and -anki.tsv. */
import type { GlossaryDocument, GlossaryRecord } from './glossary-export.ts';
import { SITE_TITLE } from '../site/site-constants.ts';
import { buildInfo } from '../site/build-info.ts';
import { getCatalog } from '../content/catalog.ts';
import { absolute, urls } from '../site/build-urls.ts';

export async function glossaryDocument(): Promise<GlossaryDocument> {
  const catalog = await getCatalog();
  const terms = catalog.terms.map((term): GlossaryRecord => ({
    slug: term.id,
    url: absolute(urls.term(term.id)),
    ...term.data,
    relatedAll: catalog.related.get(term.id) ?? [],
    explanation: (term.body ?? '').trim(),
    appearsIn: (catalog.mentions.byTerm.get(term.id) ?? []).map((m) => {
      const source = catalog.sourceBySlug.get(m.sourceSlug)!;
      return {
        source: m.sourceSlug,
        title: source.entry.data.title,
        url: absolute(urls.source(m.sourceSlug, `term-${term.id}`)),
        line: m.line,
        count: m.count,
        sentence: `${m.excerpt.clippedStart ? '……' : ''}${m.excerpt.text}${m.excerpt.clippedEnd ? '……' : ''}`,
      };
    }),
  }));
  return { name: `${SITE_TITLE} 术语表`, url: absolute(urls.terms()), generated: buildInfo.isoDate, count: terms.length, terms };
}

export const GLOSSARY_FILES = {
  json: 'terms/glossary.json',
  csv: 'terms/glossary.csv',
  anki: 'terms/glossary-anki.tsv',
} as const;
