/** /sources/<slug>/text/citation.txt|bib|json — the original-text page's citation as a file (GB/T 7714, BibTeX, CSL-JSON). */
import type { APIRoute } from 'astro';
import { getCatalog, type Source } from '../../../../content/catalog.ts';
import { CITATION_FORMATS, CITATION_MEDIA_TYPE, citationText, originalTextWorks, type CitationFormat } from '../../../../publish/citation/page-citations.ts';

export async function getStaticPaths() {
  const { sources } = await getCatalog();
  return sources.flatMap((source) => CITATION_FORMATS.map((format) => ({ params: { slug: source.slug, format }, props: { source } })));
}

export const GET: APIRoute<{ source: Source }> = ({ params, props }) => {
  const format = params.format as CitationFormat;
  return new Response(citationText(originalTextWorks(props.source), format), { headers: { 'content-type': CITATION_MEDIA_TYPE[format] } });
};
