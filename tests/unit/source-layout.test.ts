/**
 * The source layout docs/architecture.md promises: no module of src/, scripts/
 * or tests/ imports itself back through other modules (a cycle names every file
 * on it); no folder but src/components/ holds more than 20 source files; and
 * every import of a module in src/ or scripts/ from another folder is one its
 * folder's row of the doc's folder table names under "reads from", so the table
 * cannot go stale.
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

/** The files a file imports by relative path, as paths from the project root. */
function importsOf(file: string, text: string): string[] {
  return [...text.matchAll(RELATIVE_IMPORT)].map((m) => normalize(join(dirname(file), m[1]!)));
}

/** Each file's relative imports within `files`, as paths from the project root. */
function importGraph(files: readonly string[], read: (file: string) => string): Map<string, string[]> {
  const known = new Set(files);
  return new Map(files.map((file) => [file, importsOf(file, read(file)).filter((target) => known.has(target))]));
}

/** A row of docs/architecture.md's folder table: the folders or files it is about, and the paths its "reads from" names. */
interface FolderRow {
  line: number;
  holds: string[];
  reads: string[];
}

/** Every path in backticks in a table cell: `src/content/`, `src/emit/offline/data-scripts.ts`. */
const cellPaths = (cell: string) => [...cell.matchAll(/`([^`]+)`/g)].map((m) => m[1]!);

/** The rows of the table headed `| folder | holds | reads from |` in `doc`. */
export function folderTable(doc: string): FolderRow[] {
  const lines = doc.split('\n');
  const header = lines.findIndex((line) => /^\|\s*folder\s*\|\s*holds\s*\|\s*reads from\s*\|$/.test(line.trim()));
  assert.ok(header >= 0, 'docs/architecture.md has a table headed | folder | holds | reads from |');
  const rows: FolderRow[] = [];
  for (let i = header + 2; i < lines.length && lines[i]!.startsWith('|'); i++) {
    const cells = lines[i]!.slice(1, -1).split(' | ');
    assert.equal(cells.length, 3, `docs/architecture.md:${i + 1}: a row of three cells`);
    rows.push({ line: i + 1, holds: cellPaths(cells[0]!), reads: cellPaths(cells[2]!) });
  }
  return rows;
}

/** Folders every module may import from: they import nothing of the site (docs/architecture.md says so below its table). */
const SHARED = ['src/text/', 'src/util/'];

const covers = (path: string, file: string) => (path.endsWith('/') ? file.startsWith(path) : file === path);

/** The row a file belongs to: the one naming the longest folder (or the file itself) that holds it. */
function rowOf(rows: readonly FolderRow[], file: string): { row: FolderRow; path: string } | undefined {
  let best: { row: FolderRow; path: string } | undefined;
  for (const row of rows) for (const path of row.holds) if (covers(path, file) && path.length > (best?.path.length ?? 0)) best = { row, path };
  return best;
}

/** Every import among `files` that the folder table does not allow, as a sentence naming the file, the import and the row. */
export function importsOutsideTable(rows: readonly FolderRow[], files: readonly string[], read: (file: string) => string): string[] {
  const problems: string[] = [];
  for (const file of files) {
    const own = rowOf(rows, file);
    if (!own) {
      problems.push(`${file}: no row of the folder table holds it (add its folder to docs/architecture.md)`);
      continue;
    }
    for (const target of importsOf(file, read(file))) {
      const theirs = rowOf(rows, target);
      if (theirs?.row === own.row || SHARED.some((path) => covers(path, target))) continue;
      // A row's folder named grants its own files, not those of a folder inside it with a row of its own;
      // a folder that is no row's (`src/`) grants every file in it.
      const grants = (path: string) => covers(path, target) && (path.length >= (theirs?.path.length ?? 0) || !rows.some((row) => row.holds.includes(path)));
      if (own.row.reads.some(grants)) continue;
      problems.push(`${file} imports ${target}, which the row of ${own.path} (docs/architecture.md:${own.row.line}) does not name under "reads from"`);
    }
  }
  return problems;
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
  const files = [...sourceFiles('src'), ...sourceFiles('scripts'), ...sourceFiles('tests')];
  const read = (file: string) => readFileSync(join(root, file), 'utf8');

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

  it('has no import cycle in src/, scripts/ or tests/', () => {
    assert.ok(files.filter((file) => file.startsWith('src/')).length > 100, 'the walk finds the sources');
    assert.ok(files.some((file) => file.startsWith('scripts/')) && files.some((file) => file.startsWith('tests/')), 'the walk finds the scripts and the tests');
    const cycles = importCycles(importGraph(files, read));
    assert.deepEqual(
      cycles.map((cycle) => cycle.join(' → ')),
      [],
    );
  });

  it('keeps every folder but src/components/ to 20 source files or fewer', () => {
    const perFolder = new Map<string, number>();
    for (const file of files) perFolder.set(dirname(file), (perFolder.get(dirname(file)) ?? 0) + 1);
    const crowded = [...perFolder].filter(([folder, count]) => count > 20 && relative('src/components', folder) !== '');
    assert.deepEqual(crowded, []);
  });

  it('reads the folder table and finds an import its rows do not allow', () => {
    const doc = [
      '| folder | holds | reads from |',
      '| --- | --- | --- |',
      '| `src/a/` | a | `src/b/`, the names of `src/c/names.ts` |',
      '| `src/a/deep/` | deeper | `src/a/` |',
      '| `src/b/`, `src/c/` | b and c | — |',
      '| `tools/` | tools | any of `src/` |',
      '',
      '| other | table |',
    ].join('\n');
    const rows = folderTable(doc);
    assert.deepEqual(rows, [
      { line: 3, holds: ['src/a/'], reads: ['src/b/', 'src/c/names.ts'] },
      { line: 4, holds: ['src/a/deep/'], reads: ['src/a/'] },
      { line: 5, holds: ['src/b/', 'src/c/'], reads: [] },
      { line: 6, holds: ['tools/'], reads: ['src/'] },
    ]);
    const sources: Record<string, string> = {
      'src/a/one.ts': "import { b } from '../b/b.ts';\nimport { n } from '../c/names.ts';\nimport { t } from '../text/t.ts';\nimport { d } from './deep/d.ts';",
      'src/a/deep/d.ts': "import { a } from '../one.ts';\nimport { x } from '../../c/other.ts';",
      'src/b/b.ts': "import { c } from '../c/names.ts';",
      'src/c/other.ts': "import type { A } from '../a/one.ts';",
      'src/e/e.ts': '',
      'tools/t.ts': "import { d } from '../src/a/deep/d.ts';\nimport { b } from '../src/b/b.ts';",
    };
    assert.deepEqual(
      importsOutsideTable(rows, Object.keys(sources), (file) => sources[file]!),
      [
        'src/a/one.ts imports src/a/deep/d.ts, which the row of src/a/ (docs/architecture.md:3) does not name under "reads from"',
        'src/a/deep/d.ts imports src/c/other.ts, which the row of src/a/deep/ (docs/architecture.md:4) does not name under "reads from"',
        'src/c/other.ts imports src/a/one.ts, which the row of src/c/ (docs/architecture.md:5) does not name under "reads from"',
        'src/e/e.ts: no row of the folder table holds it (add its folder to docs/architecture.md)',
      ],
    );
  });

  it("imports across folders in src/ and scripts/ only as docs/architecture.md's folder table allows", () => {
    const rows = folderTable(readFileSync(join(root, 'docs/architecture.md'), 'utf8'));
    const importers = files.filter((file) => file.startsWith('src/') || file.startsWith('scripts/'));
    assert.deepEqual(importsOutsideTable(rows, importers, read), []);
  });
});
