/** The glossary records behind /terms/glossary.json, .csv and -anki.tsv. */
import type { GlossaryHeader, GlossaryRecord } from './glossary-export.ts';
import { SITE_TITLE } from '../site/site-constants.ts';
import { buildInfo } from '../site/build-info.ts';
import { getCatalog } from '../content/catalog.ts';
import { absolute, urls } from '../site/build-urls.ts';
import { pickExample } from '../content/glossary/term-example.ts';

/**
 * The glossary's header, and its records made one at a time as they are read
 * (each time `records` is iterated): an export writes a record and lets it go,
 * so the records of a large glossary, each with every sentence that uses its
 * term, are never all in memory at once.
 */
export async function glossaryExport(): Promise<{ header: GlossaryHeader; records: Iterable<GlossaryRecord> }> {
  const catalog = await getCatalog();
  const record = (term: (typeof catalog.terms)[number]): GlossaryRecord => {
    const mentions = (catalog.mentions.byTerm.get(term.id) ?? []).map((m) => {
      const source = catalog.sourceBySlug.get(m.sourceSlug)!;
      return {
        mention: m,
        source,
        text: m.excerpt.text,
        clipped: m.excerpt.clippedStart || m.excerpt.clippedEnd,
        script: source.entry.data.originalScript,
        url: absolute(urls.source(m.sourceSlug, `term-${term.id}`)),
        sentence: `${m.excerpt.clippedStart ? '……' : ''}${m.excerpt.text}${m.excerpt.clippedEnd ? '……' : ''}`,
      };
    });
    const example = pickExample(mentions);
    return {
      slug: term.id,
      url: absolute(urls.term(term.id)),
      ...term.data,
      relatedAll: catalog.related.get(term.id) ?? [],
      broader: catalog.relations.broader.get(term.id) ?? [],
      narrower: catalog.relations.narrower.get(term.id) ?? [],
      ...(example && {
        example: {
          sentence: example.sentence,
          lang: example.script,
          source: example.source.slug,
          title: example.source.entry.data.title,
          url: example.url,
        },
      }),
      explanation: (term.body ?? '').trim(),
      appearsIn: mentions.map(({ mention: m, source, url, sentence }) => ({
        source: m.sourceSlug,
        title: source.entry.data.title,
        url,
        line: m.line,
        count: m.count,
        sentence,
      })),
    };
  };
  return {
    header: { name: `${SITE_TITLE} 术语表`, url: absolute(urls.terms()), generated: buildInfo.isoDate, count: catalog.terms.length },
    records: {
      *[Symbol.iterator]() {
        for (const term of catalog.terms) yield record(term);
      },
    },
  };
}

export const GLOSSARY_FILES = {
  json: 'terms/glossary.json',
  csv: 'terms/glossary.csv',
  anki: 'terms/glossary-anki.tsv',
} as const;
