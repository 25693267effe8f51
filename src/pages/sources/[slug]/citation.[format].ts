/** /sources/<slug>/citation.txt|bib|json — the page's citation as a file (GB/T 7714, BibTeX, CSL-JSON). */
import { sourcePagePaths } from '../../../content/catalog.ts';
import { citationFileRoute, sourceWorks } from '../../../publish/citation/page-citations.ts';

export const { getStaticPaths, GET } = citationFileRoute(sourcePagePaths, ({ source }) => sourceWorks(source));
