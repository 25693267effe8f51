/**
 * Astro integration: validates all content before Astro touches it, and fails
 * the build with one message listing every problem by file and field.
 */
import type { AstroIntegration } from 'astro';
import { readContent } from '../lib/content-files.ts';
import { checkContent, formatProblems } from '../lib/content-guard.ts';
import { archiveReader, type ProjectPaths } from '../lib/project-paths.ts';

export function contentGuard(paths: ProjectPaths): AstroIntegration {
  return {
    name: 'kb:content-guard',
    hooks: {
      'astro:config:setup': ({ logger }) => {
        const content = readContent(paths.contentDir, paths.root);
        const problems = checkContent({ ...content, readArchive: archiveReader(paths.sourcesDir) });
        if (problems.length > 0) throw new Error(formatProblems(problems));
        logger.info(`content ok: ${content.sources.length} sources, ${content.terms.length} terms`);
      },
    },
  };
}
