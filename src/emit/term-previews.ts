/**
 * After-build step: writes the term previews' script (src/browser/term-previews.ts
 * → _kb/term-previews.js, minified classic file) with every glossary entry's name,
 * pinyin and definition written in. One file for the whole site: a source page
 * loads it only when a reader first hovers, focuses or clicks a term link
 * (src/browser/term-preview-buttons.ts), so no page carries its previews in its HTML.
 */
import { join } from 'node:path';
import { TERM_PREVIEWS_SCRIPT } from '../site/term-previews.ts';
import { bundleBrowserScript } from './browser-bundle.ts';
import type { EmitStep } from './pipeline.ts';

/** What a preview shows of a glossary entry. */
export interface PreviewTerm {
  slug: string;
  term: string;
  pinyin?: string;
  definition: string;
}

/** slug → [term, pinyin, definition]: the table the script holds. */
export function previewTable(terms: readonly PreviewTerm[]): Record<string, [string, string, string]> {
  return Object.fromEntries(terms.map((t) => [t.slug, [t.term, t.pinyin ?? '', t.definition]]));
}

export function writeTermPreviews(outDir: string, terms: readonly PreviewTerm[]): number {
  return bundleBrowserScript('src/browser/term-previews.ts', join(outDir, TERM_PREVIEWS_SCRIPT), {
    define: { __KB_TERM_PREVIEWS__: JSON.stringify(previewTable(terms)) },
    // The definitions are Chinese: written as UTF-8 (pages declare it) rather than \u escapes, they compress better.
    charset: 'utf8',
  });
}

export function termPreviews(options: { terms: readonly PreviewTerm[] }): EmitStep {
  return {
    name: 'term-previews',
    reads: [],
    writes: ['term-previews'],
    run: (site, { logger }) => {
      const bytes = writeTermPreviews(site.dir, options.terms);
      site.add(TERM_PREVIEWS_SCRIPT);
      logger.info(`${TERM_PREVIEWS_SCRIPT} (${bytes} bytes, ${options.terms.length} terms)`);
    },
  };
}
