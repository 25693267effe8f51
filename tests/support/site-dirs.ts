/** Where the site under test was built: dist/ (or KB_DIST, for the run at a base path), and its offline copy beside it. */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { OFFLINE_FOLDER } from '../../src/emit/offline/offline-names.ts';

export const DIST_DIR = resolve(process.env.KB_DIST ?? 'dist');
export const OFFLINE_DIR = resolve(`${DIST_DIR}-offline`, OFFLINE_FOLDER);

/** file:// URL of a file in the offline copy. */
export const offlineUrl = (path: string): string => pathToFileURL(resolve(OFFLINE_DIR, path)).href;
