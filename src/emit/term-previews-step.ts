/**
 * After-build step: writes the term previews' script (src/browser/term-previews.ts
 * → _kb/term-previews.js, minified classic file) with every glossary entry's name,
 * pinyin and definition written in, and the popovers' stylesheet beside it
 * (src/styles/term-previews.css → _kb/term-previews.css, minified). One file for the whole site: a source page
 * loads it only when a reader first hovers, focuses or clicks a term link
 * (src/browser/term-preview-buttons.ts), so no page carries its previews in its HTML.
 */
import { join } from 'node:path';
import { TERM_PREVIEWS_SCRIPT, TERM_PREVIEWS_STYLES } from '../site/term-preview-markup.ts';
import { bundleBrowserScript, bundleStylesheet } from './browser-bundle.ts';
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

/** The popovers' stylesheet, minified; returns its size in bytes. */
export function writeTermPreviewStyles(outDir: string): number {
  return bundleStylesheet('src/styles/term-previews.css', join(outDir, TERM_PREVIEWS_STYLES));
}

export function termPreviews(options: { terms: readonly PreviewTerm[] }): EmitStep {
  return {
    name: 'term-previews',
    reads: [],
    writes: ['term-previews'],
    run: (site, { logger }) => {
      const bytes = writeTermPreviews(site.dir, options.terms);
      const styleBytes = writeTermPreviewStyles(site.dir);
      site.add(TERM_PREVIEWS_SCRIPT, TERM_PREVIEWS_STYLES);
      logger.info(`${TERM_PREVIEWS_SCRIPT} (${bytes} bytes, ${options.terms.length} terms) and ${TERM_PREVIEWS_STYLES} (${styleBytes} bytes)`);
    },
  };
}
