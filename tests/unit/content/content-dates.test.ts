import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { contentDates, displayDate, pageContentFile, parseGitLog, UNKNOWN_DATE } from '../../../src/content/content-dates.ts';
import { readContentDates } from '../../../src/content/git-dates.ts';
import { sitemapXml } from '../../../src/emit/sitemap-xml.ts';

const LOG = ['@@2026-11-24T08:26:09+08:00', '', 'sources/a.md', 'terms/t.md', '@@2026-11-20T00:00:00+00:00', '', 'sources/a.md', 'sources/b.md', ''].join('\n');

describe('content dates', () => {
  it("reads each file's newest commit from one log", () => {
    const { files, head } = parseGitLog(LOG);
    assert.equal(head, '2026-11-24T00:26:09Z');
    assert.equal(files.get('sources/a.md'), '2026-11-24T00:26:09Z');
    assert.equal(files.get('sources/b.md'), '2026-11-20T00:00:00Z');
  });

  it('gives changed and uncommitted files the newest commit date, with or without extension', () => {
    const dates = contentDates({ log: LOG, changed: ['sources/b.md'] }, ['sources/a.md', 'sources/b.md', 'sources/new.md', 'terms/t.md']);
    assert.equal(dates.of('sources/b.md'), '2026-11-24T00:26:09Z');
    assert.equal(dates.of('sources/new'), '2026-11-24T00:26:09Z');
    assert.equal(dates.of('terms/t'), '2026-11-24T00:26:09Z');
    assert.equal(dates.newest, '2026-11-24T00:26:09Z');
  });

  it('without git: SOURCE_DATE_EPOCH when set, otherwise unknown', () => {
    const pinned = contentDates({ log: null, changed: [], sourceDateEpoch: '1700000000' }, ['sources/a.md']);
    assert.equal(pinned.of('sources/a'), '2023-11-14T22:13:20Z');
    assert.equal(pinned.newest, '2023-11-14T22:13:20Z');
    const unknown = contentDates({ log: null, changed: [] }, ['sources/a.md']);
    assert.equal(unknown.of('sources/a'), null);
    assert.equal(unknown.newest, null);
    assert.equal(UNKNOWN_DATE, '1970-01-01T00:00:00Z');
  });

  it('maps built pages to content files', () => {
    assert.equal(pageContentFile('sources/2019-x/index.html'), 'sources/2019-x');
    assert.equal(pageContentFile('terms/fu-pin/index.html'), 'terms/fu-pin');
    assert.equal(pageContentFile('sources/index.html'), null);
    assert.equal(pageContentFile('print/sources/2019-x/index.html'), null);
  });

  it('prints the date in Beijing time', () => {
    assert.deepEqual(displayDate('2026-11-23T17:00:00Z'), { iso: '2026-11-24', text: '2026年11月24日' });
  });

  it('the sitemap leaves out <lastmod> when the date is unknown', () => {
    const xml = sitemapXml([
      { url: 'https://x.test/a/', lastmod: '2026-11-24T00:26:09Z' },
      { url: 'https://x.test/b/', lastmod: null },
    ]);
    assert.match(xml, /<url><loc>https:\/\/x\.test\/a\/<\/loc><lastmod>2026-11-24T00:26:09Z<\/lastmod><\/url>/);
    assert.match(xml, /<url><loc>https:\/\/x\.test\/b\/<\/loc><\/url>/);
  });
});

describe('content dates from a real git checkout', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kb-dates-'));
  after(() => rmSync(dir, { recursive: true, force: true }));
  const content = join(dir, 'content');
  const git = (args: string[], date: string) =>
    execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@t', ...args], {
      cwd: dir,
      env: { ...process.env, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date },
      stdio: 'ignore',
    });

  it('dates committed, changed, new and git-less files deterministically', () => {
    mkdirSync(join(content, 'sources'), { recursive: true });
    mkdirSync(join(content, 'terms'), { recursive: true });
    writeFileSync(join(content, 'sources/a.md'), 'a');
    writeFileSync(join(content, 'terms/t.md'), 't');
    git(['init', '-q'], '2026-01-01T00:00:00Z');
    git(['add', '-A'], '2026-01-01T00:00:00Z');
    git(['commit', '-qm', 'one'], '2026-01-01T00:00:00Z');
    writeFileSync(join(content, 'terms/t.md'), 't2');
    git(['commit', '-qam', 'two'], '2026-02-01T00:00:00Z');
    writeFileSync(join(dir, 'outside.txt'), 'x');
    git(['add', 'outside.txt'], '2026-03-01T00:00:00Z');
    git(['commit', '-qm', 'outside content'], '2026-03-01T00:00:00Z');

    let dates = readContentDates(content, {});
    assert.equal(dates.of('sources/a'), '2026-01-01T00:00:00Z');
    assert.equal(dates.of('terms/t'), '2026-02-01T00:00:00Z');
    assert.equal(dates.newest, '2026-02-01T00:00:00Z');

    writeFileSync(join(content, 'sources/a.md'), 'a changed');
    writeFileSync(join(content, 'sources/b.md'), 'b, never committed');
    dates = readContentDates(content, {});
    assert.equal(dates.of('sources/a'), '2026-02-01T00:00:00Z', 'uncommitted change: the newest content commit');
    assert.equal(dates.of('sources/b'), '2026-02-01T00:00:00Z', 'new file: the newest content commit');
    assert.equal(readContentDates(content, {}).of('sources/a'), dates.of('sources/a'), 'the same answer on a second reading');

    rmSync(join(dir, '.git'), { recursive: true, force: true });
    assert.equal(readContentDates(content, { SOURCE_DATE_EPOCH: '1767225600' }).of('sources/a'), '2026-01-01T00:00:00Z');
    assert.equal(readContentDates(content, {}).of('sources/a'), null);
  });
});
