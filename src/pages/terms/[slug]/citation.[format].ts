/** /terms/<slug>/citation.txt|bib|json — the page's citation as a file (GB/T 7714, BibTeX, CSL-JSON). */
import { termPagePaths } from '../../../content/catalog.ts';
import { citationFileRoute, termWorks } from '../../../publish/citation/page-citations.ts';

export const { getStaticPaths, GET } = citationFileRoute(termPagePaths, ({ term }) => termWorks(term));
