/** The citations each page offers, and the static files that carry them. */
import type { APIRoute } from 'astro';
import { formatBibtexList } from './bibtex.ts';
import { formatCslJson } from './csl.ts';
import { formatGbt, formatGbtList } from './gbt7714.ts';
import { originalTextWork, originalWork, sourcePageWork, termPageWork, type CitingSite } from './site-works.ts';
import { paragraphLocator, type OriginalParagraph } from '../../content/original-text.ts';
import type { Work } from './work.ts';
import { SITE_TITLE, TERM_SET_NAME } from '../../site/site-constants.ts';
import { buildInfo } from '../../site/build-info.ts';
import type { Source, TermEntry } from '../../content/catalog.ts';
import { absolute, urls } from '../../site/build-urls.ts';

export const CITATION_FORMATS = ['txt', 'bib', 'json'] as const;
export type CitationFormat = (typeof CITATION_FORMATS)[number];

const site: CitingSite = { name: SITE_TITLE, accessed: buildInfo.isoDate };

/** A source page cites the original publication first, then itself. */
export function sourceWorks(source: Source): Work[] {
  const { data } = source.entry;
  return [originalWork(source.slug, data), sourcePageWork(source.slug, data, absolute(urls.source(source.slug)), site)];
}

/**
 * The original-text page cites the original publication first, then itself;
 * with a paragraph, itself at that paragraph (URL with its anchor, locator 第12行).
 */
export function originalTextWorks(source: Source, paragraph?: OriginalParagraph): Work[] {
  const { data } = source.entry;
  const url = absolute(urls.sourceText(source.slug, paragraph?.id));
  const at = paragraph && { id: paragraph.id, locator: paragraphLocator(paragraph) };
  return [originalWork(source.slug, data), originalTextWork(source.slug, data, url, site, at)];
}

export function termWorks(term: TermEntry): Work[] {
  return [termPageWork(term.id, term.data, absolute(urls.term(term.id)), site)];
}

export function citationText(works: Work[], format: CitationFormat): string {
  if (format === 'bib') return formatBibtexList(works);
  if (format === 'json') return formatCslJson(works);
  return `${formatGbtList(works)}\n`;
}

export const CITATION_MEDIA_TYPE: Record<CitationFormat, string> = {
  txt: 'text/plain; charset=utf-8',
  bib: 'application/x-bibtex; charset=utf-8',
  json: 'application/vnd.citationstyles.csl+json; charset=utf-8',
};

/** The file beside the page: sources/x/citation.bib, or sources/x/text/citation.bib for the original text. */
export function citationFile(page: 'sources' | 'terms' | 'source-text', slug: string, format: CitationFormat): string {
  return page === 'source-text' ? urls.file(`sources/${slug}/text/citation.${format}`) : urls.file(`${page}/${slug}/citation.${format}`);
}

/** The glossary as a whole, in GB/T 7714: what the printed glossary sheet and the study sheets cite. */
export function glossaryCitation(): string {
  return formatGbt({
    key: 'glossary',
    type: 'site-page',
    authors: [{ name: SITE_TITLE, kind: 'organization' }],
    title: TERM_SET_NAME,
    url: absolute(urls.terms()),
    accessed: buildInfo.isoDate,
    language: 'zh-Hans',
  });
}

/**
 * A page's citation as a file in each format (…/citation.txt|bib|json): the
 * getStaticPaths and GET of that route, from the pages' paths and what each page cites.
 */
export function citationFileRoute<P extends Record<string, unknown>>(
  pages: () => Promise<Array<{ params: { slug: string }; props: P }>>,
  works: (props: P) => Work[],
): { getStaticPaths: () => Promise<Array<{ params: { slug: string; format: CitationFormat }; props: P }>>; GET: APIRoute<P> } {
  return {
    getStaticPaths: async () => (await pages()).flatMap(({ params, props }) => CITATION_FORMATS.map((format) => ({ params: { ...params, format }, props }))),
    GET: ({ params, props }) => {
      const format = params.format as CitationFormat;
      return new Response(citationText(works(props), format), { headers: { 'content-type': CITATION_MEDIA_TYPE[format] } });
    },
  };
}
