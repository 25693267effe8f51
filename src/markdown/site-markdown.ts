/**
 * The site's Markdown processor: the remark plugins and options every summary
 * and glossary entry is rendered with. One definition, used by Astro's config
 * (MDX, the dev server) and by the build's render workers
 * (src/content/loader/worker-rendered-glob.ts), so both render alike.
 */
import { unified } from '@astrojs/markdown-remark';
import remarkCjkFriendly from 'remark-cjk-friendly';
import { type DictionaryTerm, readGlossary } from '../content/glossary-dictionary.ts';
import { aliasesByTarget, readRedirects, type RedirectsData } from '../content/redirects.ts';
import { readConfig } from '../config.ts';
import { remarkHeadingIds } from './remark-heading-ids.ts';
import { remarkTermLinks } from './remark-term-links.ts';
import { remarkEditorialMarks } from './remark-editorial-marks.ts';
import { remarkBlockAnchors } from './remark-block-anchors.ts';

/** Plain data (a worker thread receives it as it is): the base path, the glossary's names, the redirects. */
export interface SiteMarkdownInputs {
  base: string;
  /** The glossary's names, from the term files before the schema validates them (term links need only names). */
  glossary: DictionaryTerm[];
  redirects: RedirectsData;
}

/** What the processor is built from, read from the project at `root` as the build sees it (KB_CONTENT_DIR, KB_BASE). */
export function readSiteMarkdownInputs(root: string, env: Record<string, string | undefined> = process.env): SiteMarkdownInputs {
  const { contentDir, base } = readConfig(env, root);
  return { base, glossary: readGlossary(contentDir, root), redirects: readRedirects(contentDir) };
}

export function siteMarkdownProcessor({ base, glossary: terms, redirects }: SiteMarkdownInputs) {
  return unified({
    // Editors type Chinese punctuation themselves (“” ‘’ …… ——; docs/content-guide.md asks for it).
    // SmartyPants' English rules had nothing to change on this site, cost 4 s at 12,000 pages,
    // and would curl the apostrophe of a pinyin name such as Xi'an.
    smartypants: false,
    remarkPlugins: [
      remarkCjkFriendly,
      remarkEditorialMarks,
      [remarkTermLinks, { terms, termHref: (slug: string) => `${base}terms/${slug}/` }],
      remarkHeadingIds,
      [remarkBlockAnchors, { aliasesFor: (page: string) => aliasesByTarget(redirects, page) }],
    ],
  });
}
