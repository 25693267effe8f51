/** Every internal URL of the site, in one place, under the configured base. */
import { withBase } from './base-path.ts';

export interface SiteUrls {
  home(): string;
  sources(): string;
  source(slug: string, anchor?: string): string;
  /** A source's cleaned original text: sources/x/text/, optionally at a paragraph (#l12). */
  sourceText(slug: string, anchor?: string): string;
  terms(): string;
  term(slug: string, anchor?: string): string;
  about(): string;
  /** The printable glossary sheet, optionally for chosen terms: print/terms/?ids=a,b */
  printTerms(ids?: string[]): string;
  /** The one-page study sheet of a term category, by the category's pinyin slug: print/study/shu-zi-gai-kuo-yu/ */
  studySheet(categorySlug: string): string;
  /** A file beside a page: sources/x/citation.bib, terms/glossary.csv */
  file(path: string): string;
  search(query?: string): string;
  asset(path: string): string;
}

export function siteUrls(base: string): SiteUrls {
  const at = (path: string, anchor?: string) => withBase(base, path) + (anchor ? `#${anchor}` : '');
  return {
    home: () => at(''),
    sources: () => at('sources/'),
    source: (slug, anchor) => at(`sources/${slug}/`, anchor),
    sourceText: (slug, anchor) => at(`sources/${slug}/text/`, anchor),
    terms: () => at('terms/'),
    term: (slug, anchor) => at(`terms/${slug}/`, anchor),
    about: () => at('about/'),
    printTerms: (ids) => at('print/terms/') + (ids && ids.length > 0 ? `?ids=${ids.map(encodeURIComponent).join(',')}` : ''),
    studySheet: (categorySlug) => at(`print/study/${categorySlug}/`),
    file: (path) => at(path),
    search: (query) => at('search/') + (query ? `?q=${encodeURIComponent(query)}` : ''),
    asset: (path) => at(path),
  };
}

/**
 * Links from a source summary page (sources/x/) to what lies under it, relative to
 * the page: its original text, optionally at a paragraph (text/#l12), and the files
 * beside it (citation.bib). A summary repeats its text's address in every line link
 * (dozens a page), so the short form is a tenth of its HTML's link bytes; the offline
 * copy rewrites these like any other (src/emit/offline/relative-links.ts).
 */
export const fromSourcePage = {
  text: (anchor?: string): string => `text/${anchor ? `#${anchor}` : ''}`,
  file: (name: string): string => name,
};

/**
 * The built HTML file ↔ the site path it is served at, for the steps that read the
 * built site: terms/x/index.html ↔ terms/x/, index.html ↔ '' (the home page);
 * any other file (404.html, pagefind/x.js) is its own path.
 */
export function pathOfFile(file: string): string {
  return file.replace(/(^|\/)index\.html$/, '$1');
}

/** The file a site path names: terms/x/ → terms/x/index.html, '' → index.html, 404.html → 404.html. */
export function fileOfPath(path: string): string {
  return path === '' || path.endsWith('/') ? `${path}index.html` : path;
}
