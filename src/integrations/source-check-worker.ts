/**
 * Worker thread: the content guard's archive checks (checkSources), run while
 * Astro reads the content on the main thread. Posts the problems found.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { readContent } from '../lib/content-files.ts';
import { checkSources } from '../lib/content-guard.ts';
import { archiveReader, type ProjectPaths } from '../lib/project-paths.ts';

const paths = workerData as ProjectPaths;
const content = readContent(paths.contentDir, paths.root);
parentPort!.postMessage(checkSources({ ...content, readArchive: archiveReader(paths.sourcesDir) }));
