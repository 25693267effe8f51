/**
 * The repository builds with nothing beside it: every input is read from inside
 * the project by default, and nothing names the old shared folder beside it.
 */
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, it } from 'node:test';
import { projectPaths } from '../../../src/content/project-paths.ts';

const root = process.cwd();
const inside = (path: string) => !relative(root, path).startsWith('..');

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile() && /\.(ts|mjs|astro|json|md)$/.test(d.name))
    .map((d) => join(d.parentPath, d.name));
}

describe('a self-contained repository', () => {
  it('reads content and raw sources from inside the project by default', () => {
    const paths = projectPaths(root, {});
    assert.ok(inside(paths.contentDir), paths.contentDir);
    assert.ok(inside(paths.sourcesDir), paths.sourcesDir);
    assert.equal(paths.sourcesDir, resolve(root, 'content/archive'));
    assert.equal(paths.ownArchive, true);
  });

  it('no code, script, test, doc or CI step names a folder beside the repository', () => {
    const files = [...['src', 'scripts', 'tests', 'docs'].flatMap((d) => filesUnder(d)), 'astro.config.mjs', 'package.json', '.ci/run', 'playwright.config.ts'];
    // Written in two pieces so that this file does not match itself.
    const beside = new RegExp(['\\.\\./', 'shared'].join(''));
    const offenders = files.filter((f) => beside.test(readFileSync(f, 'utf8')));
    assert.deepEqual(offenders, []);
  });
});
