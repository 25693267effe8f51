/** /sources/<slug>/text/citation.txt|bib|json — the original-text page's citation as a file (GB/T 7714, BibTeX, CSL-JSON). */
import { sourcePagePaths } from '../../../../content/catalog.ts';
import { citationFileRoute, originalTextWorks } from '../../../../publish/citation/page-citations.ts';

export const { getStaticPaths, GET } = citationFileRoute(sourcePagePaths, ({ source }) => originalTextWorks(source));
