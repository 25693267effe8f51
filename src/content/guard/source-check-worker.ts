/**
 * Worker thread: the content guard's archive checks (checkSources), run while
 * Astro reads the content on the main thread. Answers with the problems found.
 */
import { workerData } from 'node:worker_threads';
import { readContent } from '../content-files.ts';
import { checkSources } from './checks.ts';
import { archiveListing, archiveReader, type ProjectPaths } from '../project-paths.ts';
import { serveTasks } from '../../util/worker-pool.ts';

const paths = workerData as ProjectPaths;
serveTasks(() => checkSources({ ...readContent(paths.contentDir, paths.root), readArchive: archiveReader(paths.sourcesDir), archive: archiveListing(paths) }));
