/**
 * The project's own text says what the project is, not how it came to be: the
 * README is short and leads to the docs a newcomer needs, and no tracked text
 * file (README, docs/, the code and its comments, the tests) tells the history
 * of its development (HISTORY_PHRASES), nor the date a figure was measured
 * on. Figures and their dates belong in commit messages.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';

const root = join(import.meta.dirname, '../..');

/** The README's budget: a page a newcomer reads whole; details go in docs/. */
const README_MAX_BYTES = 12 * 1024;

/** The docs the README must link: the pipeline, search, offline use, performance, and how to write content. */
const README_LINKS = ['docs/architecture.md', 'docs/search.md', 'docs/offline.md', 'docs/performance.md', 'docs/content-guide.md'];

/**
 * Phrases that tell the project's history. Each is written here in parts, so
 * that this file, which is scanned like every other, does not contain them.
 */
const HISTORY_PHRASES = [
  ['this', 'stop'],
  ['last', 'stop'],
  ['next', 'stop'],
  ['earlier', 'runs?'],
  ['previous', 'runs?'],
  ['before', 'the', 'change'],
  ['after', 'the', 'change'],
  ['not', 'yet', 'changed'],
  ['to', 'day'],
  ['yester', 'day'],
].map((parts) => ({
  name: parts.join(' ').replace('?', ''),
  pattern: new RegExp(`\\b${parts.join(parts[0] === 'to' || parts[0] === 'yester' ? '' : '\\s+')}\\b`, 'gi'),
}));

const MONTHS = 'January February March April May June July August September October November December'.split(' ').join('|');
/** A date written out, as a measurement's date is: day, month name and year in either order (ISO dates are data, not history). */
const WRITTEN_DATE = new RegExp(`\\b(?:\\d{1,2}\\s+(?:${MONTHS})\\s+\\d{4}|(?:${MONTHS})\\s+\\d{1,2},?\\s+\\d{4})\\b`, 'g');

/** Every history phrase or written-out date in `text`, as `file:line: "phrase"`. */
export function historyWords(file: string, text: string): string[] {
  const lineOf = (offset: number) => text.slice(0, offset).split('\n').length;
  const found: Array<{ at: number; what: string }> = [];
  for (const { pattern } of [...HISTORY_PHRASES, { pattern: WRITTEN_DATE }]) {
    for (const m of text.matchAll(pattern)) found.push({ at: m.index, what: m[0].replace(/\s+/g, ' ') });
  }
  return found.sort((a, b) => a.at - b.at).map(({ at, what }) => `${file}:${lineOf(at)}: "${what}"`);
}

/** Every file under `dir` (a copy without git: the project's folders hold no generated files). */
function walk(dir: string): string[] {
  return readdirSync(join(root, dir), { withFileTypes: true }).flatMap((entry) => {
    const path = dir === '.' ? entry.name : `${dir}/${entry.name}`;
    if (entry.isDirectory()) return dir === '.' ? [] : walk(path);
    return [path];
  });
}

/** The text files the project writes about itself: README, docs/, the code, the tests, the root configs (content/ is the site's content). */
function projectTextFiles(): string[] {
  let files: string[];
  try {
    // Tracked, or new and not ignored.
    files = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], {
      cwd: root,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).split('\0');
  } catch {
    files = ['.', 'docs', 'src', 'scripts', 'tests'].flatMap(walk);
  }
  return files.filter(
    (file) =>
      /\.(md|ts|mts|mjs|astro|css|json|ya?ml)$/.test(file) &&
      (/^(docs|src|scripts|tests)\//.test(file) || !file.includes('/')) &&
      !/^(package-lock\.json|urls\.manifest\.json)$/.test(file),
  );
}

describe('the project text', () => {
  it(`keeps the README to ${README_MAX_BYTES} bytes`, () => {
    const bytes = readFileSync(join(root, 'README.md')).length;
    assert.ok(bytes <= README_MAX_BYTES, `README.md is ${bytes} bytes, over ${README_MAX_BYTES}: move the details to docs/`);
  });

  it('links from the README to the docs a newcomer needs', () => {
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    const linked = new Set([...readme.matchAll(/\]\(([^)\s#]+)/g)].map((m) => m[1]!));
    assert.deepEqual(
      README_LINKS.filter((doc) => !linked.has(doc)),
      [],
      'README.md links each of these as [text](path)',
    );
  });

  it('finds a history phrase and a written-out date, with their lines', () => {
    // Put together here, so that this file does not contain what it looks for.
    const [phrase, dayFirst, monthFirst] = [['to', "day's"].join(''), ['2\nDec', 'ember 2026'].join(''), ['Mar', 'ch 4, 2026'].join('')];
    const text = `One line.\nThe figure is ${phrase} at 3 KB, measured on ${dayFirst}, and on ${monthFirst}.\nA date as data: 2026-12-02.`;
    assert.deepEqual(historyWords('x.md', text), [`x.md:2: "${phrase.slice(0, 5)}"`, `x.md:2: "${dayFirst.replace('\n', ' ')}"`, `x.md:3: "${monthFirst}"`]);
    assert.deepEqual(historyWords('y.md', 'The stop sign; this stopwatch; todays'), []);
  });

  it('tells no history in any tracked text file', () => {
    const files = projectTextFiles();
    assert.ok(files.includes('README.md') && files.includes('tests/unit/project-text.test.ts'), 'the scan covers the README and this file');
    const found = files.flatMap((file) => historyWords(file, readFileSync(join(root, file), 'utf8')));
    assert.deepEqual(found, [], 'say what the project is now; the history and its figures belong in commit messages');
  });
});
