/**
 * The source layout docs/architecture.md promises: no module of src/ imports
 * itself back through other modules (a cycle names every file on it), and no
 * folder but src/components/ holds more than 20 source files.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const SOURCE = /\.(ts|mts|astro|mjs)$/;
/** A relative import or re-export: `from './x.ts'`, `import './x.ts'`, `import('./x.ts')`. */
const RELATIVE_IMPORT = /(?:\bfrom|\bimport)\s*\(?\s*['"](\.{1,2}\/[^'"]+)['"]/g;

function sourceFiles(dir: string): string[] {
  return readdirSync(join(root, dir), { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return SOURCE.test(entry.name) ? [path] : [];
  });
}

/** Each file's relative imports within `files`, as paths from the project root. */
function importGraph(files: readonly string[], read: (file: string) => string): Map<string, string[]> {
  const known = new Set(files);
  return new Map(
    files.map((file) => [
      file,
      [...read(file).matchAll(RELATIVE_IMPORT)].map((m) => normalize(join(dirname(file), m[1]!))).filter((target) => known.has(target)),
    ]),
  );
}

/** Every cycle found by a depth-first walk, each as the files on it, the first repeated at the end. */
function importCycles(graph: ReadonlyMap<string, readonly string[]>): string[][] {
  const state = new Map<string, 'open' | 'done'>();
  const cycles: string[][] = [];
  const visit = (file: string, path: string[]) => {
    state.set(file, 'open');
    path.push(file);
    for (const next of graph.get(file) ?? []) {
      if (state.get(next) === 'open') cycles.push([...path.slice(path.indexOf(next)), next]);
      else if (!state.has(next)) visit(next, path);
    }
    path.pop();
    state.set(file, 'done');
  };
  for (const file of graph.keys()) if (!state.has(file)) visit(file, []);
  return cycles;
}

describe('the source layout', () => {
  const files = sourceFiles('src');

  it('finds a cycle when there is one, naming its files', () => {
    const graph = importGraph(
      ['a.ts', 'b.ts', 'c.ts'],
      (file) => ({ 'a.ts': "import { b } from './b.ts';", 'b.ts': "export { c } from './c.ts';", 'c.ts': "import('./a.ts')" })[file]!,
    );
    assert.deepEqual(importCycles(graph), [['a.ts', 'b.ts', 'c.ts', 'a.ts']]);
    assert.deepEqual(
      importCycles(
        new Map([
          ['a.ts', ['b.ts']],
          ['b.ts', []],
        ]),
      ),
      [],
    );
  });

  it('has no import cycle in src/', () => {
    assert.ok(files.length > 100, 'the walk finds the sources');
    const cycles = importCycles(importGraph(files, (file) => readFileSync(join(root, file), 'utf8')));
    assert.deepEqual(
      cycles.map((cycle) => cycle.join(' → ')),
      [],
    );
  });

  it('keeps every folder but src/components/ to 20 source files or fewer', () => {
    const perFolder = new Map<string, number>();
    for (const file of [...files, ...sourceFiles('scripts')]) perFolder.set(dirname(file), (perFolder.get(dirname(file)) ?? 0) + 1);
    const crowded = [...perFolder].filter(([folder, count]) => count > 20 && relative('src/components', folder) !== '');
    assert.deepEqual(crowded, []);
  });
});
