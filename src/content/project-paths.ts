/** Where the project's inputs live. Overridable for tests that feed bad content. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readConfig } from '../config.ts';

export interface ProjectPaths {
  root: string;
  contentDir: string;
  sourcesDir: string;
}

export function projectPaths(root: string, env: Record<string, string | undefined> = process.env): ProjectPaths {
  const config = readConfig(env, root);
  return { root, contentDir: config.contentDir, sourcesDir: config.archiveDir };
}

/** Reads an archive file, or null when it is not there (or the name tries to escape the folder). */
export function archiveReader(sourcesDir: string): (name: string) => string | null {
  return (name) => {
    if (name.includes('/') || name.includes('\\')) return null;
    const path = join(sourcesDir, name);
    return existsSync(path) ? readFileSync(path, 'utf8') : null;
  };
}
