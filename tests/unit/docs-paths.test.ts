import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';

const root = join(import.meta.dirname, '../..');
const DOCS = [
  'README.md',
  ...readdirSync(join(root, 'docs'))
    .filter((name) => name.endsWith('.md'))
    .map((name) => `docs/${name}`),
];

/** A path of the project's own folders named in prose: `src/emit/index.ts`, (docs/search.md), src/pages/terms/[slug].astro. */
const NAMED_PATH = /(?<![\w./-])((?:src|scripts|tests|docs)\/[^\s`'"()<>,;:，。、；：）]*)/g;

/**
 * The part of a named path that must exist: up to a placeholder or pattern
 * (tests/e2e/<spec>, tests/unit/**\/*.test.ts, src/{a,b}/), without a closing full stop.
 */
export function existingPart(path: string): string {
  const cut = path.search(/[*<{]|\.\.\./);
  const head = cut < 0 ? path : path.slice(0, path.lastIndexOf('/', cut) + 1);
  // A link's text ends in "]" ([docs/x.md](docs/x.md)); a route's [slug] keeps its own.
  const unbalanced = (head.match(/]/g) ?? []).length > (head.match(/\[/g) ?? []).length;
  return (unbalanced ? head.slice(0, head.lastIndexOf(']')) : head).replace(/\.+$/, '');
}

/** Paths the docs name that belong to another project, each with where it is named and why. */
const OTHER_PROJECTS = [{ doc: 'docs/performance.md', path: 'src/content/docs/', why: "Starlight's content folder, in the benchmark peer's description" }];

/** Every project path that `text` names, with its line. */
export function namedPaths(text: string): Array<{ line: number; path: string }> {
  return text.split('\n').flatMap((content, i) => [...content.matchAll(NAMED_PATH)].map((m) => ({ line: i + 1, path: existingPart(m[1]!) })));
}

describe('paths named in the README and docs/', () => {
  it('finds a path in backticks, in a link, and stops before a placeholder or pattern', () => {
    assert.deepEqual(
      namedPaths('see `src/emit/index.ts`, [docs/x.md](docs/search.md).\n`tests/e2e/<spec>` `tests/unit/**/*.test.ts` src/pages/terms/[slug].astro'),
      [
        { line: 1, path: 'src/emit/index.ts' },
        { line: 1, path: 'docs/x.md' },
        { line: 1, path: 'docs/search.md' },
        { line: 2, path: 'tests/e2e/' },
        { line: 2, path: 'tests/unit/' },
        { line: 2, path: 'src/pages/terms/[slug].astro' },
      ],
    );
  });

  for (const doc of DOCS) {
    it(`${doc} names only paths that exist`, () => {
      const missing = namedPaths(readFileSync(join(root, doc), 'utf8'))
        .filter(({ path }) => !existsSync(join(root, path)) && !OTHER_PROJECTS.some((o) => o.doc === doc && o.path === path))
        .map(({ line, path }) => `${doc}:${line}: ${path}`);
      assert.deepEqual(missing, [], `no such file or folder:\n${missing.join('\n')}`);
    });
  }
});
