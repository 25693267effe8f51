/** Where the project's inputs live. Overridable for tests that feed bad content. */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { readConfig } from '../config.ts';
import type { ArchiveListing } from './archive-checksums.ts';

export interface ProjectPaths {
  root: string;
  contentDir: string;
  /** The raw archive files: `content/archive` in the repository, or KB_SOURCES_DIR (generated corpora). */
  sourcesDir: string;
  /** True when sourcesDir is the repository's own archive, whose checksum list is then required. */
  ownArchive: boolean;
}

/** The paths as src/config.ts reads them from `env` (KB_CONTENT_DIR, KB_SOURCES_DIR), relative to `root`. */
export function projectPaths(root: string, env: Record<string, string | undefined> = process.env): ProjectPaths {
  const { contentDir, archiveDir, ownArchive } = readConfig(env, root);
  return { root, contentDir, sourcesDir: archiveDir, ownArchive };
}

/** Reads an archive file, or null when it is not there (or the name tries to escape the folder). */
export function archiveReader(sourcesDir: string): (name: string) => string | null {
  return (name) => {
    if (name.includes('/') || name.includes('\\')) return null;
    const path = join(sourcesDir, name);
    return existsSync(path) ? readFileSync(path, 'utf8') : null;
  };
}

/** The archive's checksum list and a hasher for its files, for the content guard. */
export function archiveListing(paths: ProjectPaths): ArchiveListing {
  const listPath = join(paths.sourcesDir, 'SHA256SUMS');
  return {
    checksumsFile: relative(paths.root, listPath).split('\\').join('/'),
    checksums: existsSync(listPath) ? readFileSync(listPath, 'utf8') : null,
    required: paths.ownArchive,
    sha256: (name) => {
      if (name.includes('/') || name.includes('\\')) return null;
      const path = join(paths.sourcesDir, name);
      return existsSync(path) ? createHash('sha256').update(readFileSync(path)).digest('hex') : null;
    },
  };
}
