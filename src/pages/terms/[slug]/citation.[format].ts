/** /terms/<slug>/citation.txt|bib|json — the page's citation as a file (GB/T 7714, BibTeX, CSL-JSON). */
import type { APIRoute } from 'astro';
import { getCatalog, type TermEntry } from '../../../content/catalog.ts';
import { CITATION_FORMATS, CITATION_MEDIA_TYPE, citationText, termWorks, type CitationFormat } from '../../../publish/citation/page-citations.ts';

export async function getStaticPaths() {
  const { terms } = await getCatalog();
  return terms.flatMap((term) => CITATION_FORMATS.map((format) => ({ params: { slug: term.id, format }, props: { term } })));
}

export const GET: APIRoute<{ term: TermEntry }> = ({ params, props }) => {
  const format = params.format as CitationFormat;
  return new Response(citationText(termWorks(props.term), format), { headers: { 'content-type': CITATION_MEDIA_TYPE[format] } });
};
