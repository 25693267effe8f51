/**
 * Astro integration: validates all content, and fails the build with one
 * message listing every problem by file and field.
 *
 * The checks that would stop Astro from reading the content (frontmatter,
 * schemas, slugs, term references …) run before Astro touches it. The slow
 * checks against the source archives (quotes, figures) run at the same time on
 * a worker thread, while Astro reads the content, and are awaited before
 * anything is built; a failure in either lists the problems of both.
 */
import type { AstroIntegration } from 'astro';
import { readContent } from '../content-files.ts';
import { checkContent, checkStructure, formatProblems, sortProblems, type ContentProblem } from './checks.ts';
import { archiveListing, archiveReader, type ProjectPaths } from '../project-paths.ts';
import { WorkerPool } from '../../util/worker-pool.ts';

/**
 * checkSources on a worker thread. Never rejects (it is awaited only in a later
 * hook): a crashed worker is reported as a failed check.
 */
function checkSourcesInWorker(paths: ProjectPaths): Promise<ContentProblem[] | Error> {
  const worker = new WorkerPool<null, ContentProblem[]>(new URL('./source-check-worker.ts', import.meta.url), 1, paths);
  return worker
    .run(null)
    .catch((error: Error) => error)
    .finally(() => worker.close());
}

async function sourceProblems(check: Promise<ContentProblem[] | Error>): Promise<ContentProblem[]> {
  const result = await check;
  if (result instanceof Error) throw result;
  return result;
}

export function contentGuard(paths: ProjectPaths): AstroIntegration {
  let sourceCheck: Promise<ContentProblem[] | Error> | undefined;
  let counts = '';
  return {
    name: 'kb:content-guard',
    hooks: {
      'astro:config:setup': async ({ command, logger }) => {
        const content = readContent(paths.contentDir, paths.root);
        counts = `${content.sources.length} sources, ${content.terms.length} terms`;
        if (command !== 'build') {
          // The dev server has no later hook to wait in: everything is checked now.
          const problems = checkContent({ ...content, readArchive: archiveReader(paths.sourcesDir), archive: archiveListing(paths) });
          if (problems.length > 0) throw new Error(formatProblems(problems));
          logger.info(`content ok: ${counts}`);
          return;
        }
        sourceCheck = checkSourcesInWorker(paths);
        const problems = checkStructure(content);
        if (problems.length > 0) throw new Error(formatProblems(sortProblems([...problems, ...(await sourceProblems(sourceCheck))])));
      },
      'astro:build:start': async ({ logger }) => {
        if (!sourceCheck) return;
        const problems = await sourceProblems(sourceCheck);
        if (problems.length > 0) throw new Error(formatProblems(sortProblems(problems)));
        logger.info(`content ok: ${counts}`);
      },
    },
  };
}
