/**
 * The site's after-build steps, in their order (checked by src/emit/pipeline.ts).
 * One list for both places that run them: inside `astro build` (src/emit/index.ts,
 * registered in astro.config.mjs) and, with `npm run build`, in a process of its
 * own once Astro's has exited (scripts/build.ts).
 */
import { config } from '../config.ts';
import { getContentDates } from '../content/git-dates.ts';
import type { SiteMarkdownInputs } from '../markdown/site-markdown.ts';
import { searchIndex } from '../search/build/search-index-step.ts';
import { searchNames, suggestEntry } from '../search/core/term-names.ts';
import { buildDate } from '../site/build-info.ts';
import { copyTool } from './copy-tool-step.ts';
import { offlineCopy } from './offline-copy-step.ts';
import { pageScript } from './page-script-step.ts';
import type { EmitStep } from './pipeline.ts';
import { serviceWorker } from './service-worker-step.ts';
import { sitemap } from './sitemap-step.ts';
import { termPreviews } from './term-previews-step.ts';

export function siteSteps({ base, glossary }: Pick<SiteMarkdownInputs, 'base' | 'glossary'>): EmitStep[] {
  const contentDate = getContentDates().newest;
  return [
    searchIndex({
      base,
      // Glossary entries are also found by their pinyin and English names.
      names: new Map(glossary.map((t) => [`${base}terms/${t.slug}/`, searchNames(t)])),
      // The same names, each with how it is written, for the suggestions while typing.
      suggest: glossary.map((t) => suggestEntry(`terms/${t.slug}/`, t)),
      pagesPerShard: config.searchShardPages,
      // Empty for every real build; KB_WITHOUT turns mechanisms off only to measure them (docs/performance.md).
      without: config.without,
    }),
    copyTool({ base }),
    pageScript(),
    // Read by a source page's script on a reader's first hover, focus or click of a term link.
    termPreviews({ terms: glossary }),
    // The zip's entries carry the newest content date (the build date when git cannot tell).
    offlineCopy({ base, date: contentDate ? new Date(contentDate) : buildDate }),
    sitemap({ origin: config.siteOrigin, dates: getContentDates }),
    serviceWorker({ precacheBudget: config.precacheBudget }),
  ];
}
