import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { describe, it } from 'node:test';
import { checksumLine, checksumProblems, parseChecksums, type ArchiveListing } from '../../../src/content/archive-checksums.ts';
import { archiveListing, projectPaths } from '../../../src/content/project-paths.ts';

const sha = (text: string) => createHash('sha256').update(text).digest('hex');
const FILES: Record<string, string> = { '000_0000000000000000.txt': 'a\n', '001_1111111111111111.txt': 'b\n' };

function listing(checksums: string | null, files = FILES, required = true): ArchiveListing {
  return { checksumsFile: 'content/archive/SHA256SUMS', checksums, required, sha256: (name) => (name in files ? sha(files[name]!) : null) };
}
const goodList = `${Object.entries(FILES)
  .map(([name, text]) => checksumLine(name, sha(text)))
  .join('\n')}\n`;
const summary = (archiveFile: string) => ({ file: 'content/sources/x.md', line: 5, archiveFile });

describe('archive checksums', () => {
  it('the repository archive matches its list, and every raw file is listed', () => {
    const paths = projectPaths(process.cwd(), {});
    assert.match(paths.sourcesDir, /content[/\\]archive$/);
    const archive = archiveListing(paths);
    assert.deepEqual(checksumProblems(archive, []), []);
    const listed = parseChecksums(archive.checksums!)
      .entries.map((e) => e.name)
      .sort();
    assert.deepEqual(
      listed,
      readdirSync(paths.sourcesDir)
        .filter((n) => n.endsWith('.txt'))
        .sort(),
    );
  });

  it('accepts a matching list', () => {
    assert.deepEqual(checksumProblems(listing(goodList), [summary('000_0000000000000000.txt')]), []);
  });

  it('names the list, the line and the file when a file has changed', () => {
    const problems = checksumProblems(listing(goodList, { ...FILES, '001_1111111111111111.txt': 'B\n' }), []);
    assert.equal(problems.length, 1);
    assert.deepEqual([problems[0]!.file, problems[0]!.line, problems[0]!.field], ['content/archive/SHA256SUMS', 2, '001_1111111111111111.txt']);
    assert.match(problems[0]!.message, /the file has changed .*never edited/);
  });

  it('names a listed file that is missing', () => {
    const problems = checksumProblems(listing(goodList, { '000_0000000000000000.txt': 'a\n' }), []);
    assert.deepEqual(
      problems.map((p) => [p.line, p.field, p.message]),
      [[2, '001_1111111111111111.txt', 'listed, but the file is not in the archive folder']],
    );
  });

  it('names a summary whose archive file is not listed, at its archiveFile line', () => {
    const problems = checksumProblems(listing(checksumLine('000_0000000000000000.txt', sha('a\n'))), [summary('001_1111111111111111.txt')]);
    assert.deepEqual(
      problems.map((p) => [p.file, p.line, p.field]),
      [['content/sources/x.md', 5, 'archiveFile']],
    );
    assert.match(problems[0]!.message, /has no checksum in content\/archive\/SHA256SUMS/);
  });

  it('reports malformed and duplicated lines', () => {
    const problems = checksumProblems(listing(`${goodList}not a checksum\n${goodList.split('\n')[0]}\n`), []);
    assert.deepEqual(
      problems.map((p) => [p.line, p.field]),
      [
        [3, 'SHA256SUMS'],
        [4, '000_0000000000000000.txt'],
      ],
    );
  });

  it('requires the list for the own archive only', () => {
    assert.equal(checksumProblems(listing(null), []).length, 1);
    assert.deepEqual(checksumProblems(listing(null, FILES, false), []), []);
    assert.equal(projectPaths('/r', { KB_SOURCES_DIR: '/tmp/corpus' }).ownArchive, false);
  });

  it('hashes bytes, as sha256sum does', () => {
    const archive = archiveListing(projectPaths(process.cwd(), {}));
    const name = '000_0b7c87c13ac73fd6.txt';
    assert.equal(
      archive.sha256(name),
      createHash('sha256')
        .update(readFileSync(`content/archive/${name}`))
        .digest('hex'),
    );
    assert.equal(archive.sha256('../package.json'), null);
  });
});
