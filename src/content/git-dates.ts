/**
 * Each content file's last change in git, read once per process (two git calls
 * for the whole content folder), however many copies of this module the build's
 * bundles evaluate (src/util/process-memo.ts). The rules for uncommitted files
 * and copies without git: src/content/content-dates.ts.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { config } from '../config.ts';
import { COMMIT_MARKER, contentDates, type ContentDates } from './content-dates.ts';
import { processMemo } from '../util/process-memo.ts';
import { projectPaths } from './project-paths.ts';

function git(cwd: string, args: string[]): string | null {
  try {
    return execFileSync('git', ['-c', 'core.quotepath=off', ...args], {
      cwd,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
      maxBuffer: 256 * 1024 * 1024,
    });
  } catch {
    return null;
  }
}

function contentFiles(contentDir: string): string[] {
  return ['sources', 'terms'].flatMap((collection) => {
    try {
      return readdirSync(join(contentDir, collection))
        .filter((name) => /\.mdx?$/.test(name))
        .map((name) => `${collection}/${name}`);
    } catch {
      return [];
    }
  });
}

/** The dates of the files in `contentDir` (default: the project's, or KB_CONTENT_DIR). */
export function readContentDates(contentDir = projectPaths(process.cwd()).contentDir, env = process.env): ContentDates {
  const log = git(contentDir, ['log', `--format=${COMMIT_MARKER}%cI`, '--name-only', '--relative', '--', '.']);
  const changed = log === null ? '' : (git(contentDir, ['diff', '--name-only', '--relative', 'HEAD', '--', '.']) ?? '');
  return contentDates({ log, changed: changed.split('\n').filter((l) => l !== ''), sourceDateEpoch: env.SOURCE_DATE_EPOCH }, contentFiles(contentDir));
}

/** The build's content dates, read once per process. */
export function getContentDates(): ContentDates {
  return processMemo(`content-dates:${config.contentDir}`, () => readContentDates(config.contentDir));
}
