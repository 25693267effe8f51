/**
 * Links never break: the build must still serve every URL and anchor listed in
 * urls.manifest.json (or a redirect page / anchor alias for it), and the
 * manifest must list everything the build serves. Run after `npm run build`.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { compareManifest, formatAdditions, formatRemovals, hasAdditions, hasRemovals, scanSite, type UrlManifest } from '../../scripts/verify/url-manifest.ts';
import { DIST_DIR } from '../support/site-dirs.ts';

const FIXTURE = 'tests/fixtures/url-manifest';
const temps: string[] = [];
after(() => temps.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function manifestCli(command: 'check' | 'update', dir: string) {
  const result = spawnSync('node', ['scripts/manifest.ts', command, '--dist', join(dir, 'dist'), '--manifest', join(dir, 'manifest.json')], {
    encoding: 'utf8',
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

function fixtureCopy(): string {
  const dir = mkdtempSync(join(tmpdir(), 'kb-manifest-'));
  temps.push(dir);
  cpSync(FIXTURE, dir, { recursive: true });
  return dir;
}

describe('the real build against urls.manifest.json', () => {
  it('has a build and a manifest to check', () => {
    assert.ok(existsSync(join(DIST_DIR, 'index.html')), 'run `npm run build` first');
    assert.ok(existsSync('urls.manifest.json'), 'urls.manifest.json is missing: run `npm run manifest:update`');
  });

  const manifest = JSON.parse(readFileSync('urls.manifest.json', 'utf8')) as UrlManifest;
  const site = scanSite(DIST_DIR);
  const diff = compareManifest(manifest.urls, site);

  it('still serves every listed URL and anchor (or a redirect / alias for it)', () => {
    assert.ok(!hasRemovals(diff), formatRemovals(diff));
  });

  it('lists every URL and anchor the build serves', () => {
    assert.ok(!hasAdditions(diff), formatAdditions(diff));
  });

  it('uses no id twice on a page', () => {
    assert.deepEqual(site.duplicateIds, []);
  });

  it('covers the pages, the data files and the anchors trainers link to', () => {
    const urls = manifest.urls;
    for (const path of [
      '/',
      '/sources/',
      '/terms/',
      '/about/',
      '/feed.xml',
      '/sitemap.xml',
      '/terms/glossary.json',
      '/terms/glossary.csv',
      '/terms/glossary-anki.tsv',
      '/print/terms/',
    ]) {
      assert.ok(urls[path], `${path} is not in the manifest`);
    }
    assert.ok(urls['/terms/liang-bu-chou-san-bao-zhang/']!.includes('definition'));
    assert.ok(urls['/sources/2019-yunyang-zhang-xuefeng-interview/']!.includes('key-figures'));
    assert.ok(urls['/sources/2019-yunyang-zhang-xuefeng-interview/']!.includes('figure-1'), 'the old positional ids stay listed');
    assert.ok(urls['/sources/2019-yunyang-zhang-xuefeng-interview/']!.includes('term-liang-bu-chou-san-bao-zhang'));
  });
});

describe('the manifest check on a fixture build', () => {
  it('fails when a listed URL and a listed anchor are gone, and says which redirect and alias to add', () => {
    const dir = fixtureCopy();
    const { status, output } = manifestCli('check', dir);
    assert.equal(status, 1, output);
    assert.match(output, /1 URL\(s\) in urls\.manifest\.json are gone from the build:\n {4}\/glossary\//);
    assert.match(output, /pages:\n {6}glossary\/: <its new path/);
    assert.match(output, /1 anchor\(s\) in urls\.manifest\.json are gone from their pages:\n {4}\/terms\/fu-pin\/#p-old0001/);
    assert.match(output, /anchors:\n {6}terms\/fu-pin\/:\n {8}p-old0001: <the id that replaced it>/);
  });

  it('refuses to update a manifest when that would drop a URL', () => {
    const dir = fixtureCopy();
    const before = readFileSync(join(dir, 'manifest.json'), 'utf8');
    const { status, output } = manifestCli('update', dir);
    assert.equal(status, 1, output);
    assert.match(output, /Not updating .*manifest\.json: links that worked before would break/);
    assert.equal(readFileSync(join(dir, 'manifest.json'), 'utf8'), before);
  });

  it('passes once a redirect page and an alias keep the old URL and anchor working', () => {
    const dir = fixtureCopy();
    mkdirSync(join(dir, 'dist/glossary'));
    writeFileSync(join(dir, 'dist/glossary/index.html'), '<meta http-equiv="refresh" content="0; url=../terms/fu-pin/"><a href="../terms/fu-pin/">扶贫</a>');
    const page = join(dir, 'dist/terms/fu-pin/index.html');
    writeFileSync(page, readFileSync(page, 'utf8').replace('<p id="p-0abc123">', '<p id="p-0abc123"><span id="p-old0001" class="anchor-alias"></span>'));
    const { status, output } = manifestCli('check', dir);
    assert.equal(status, 0, output);
    assert.match(output, /URL manifest check passed/);
  });

  it('asks for `npm run manifest:update` when the build has a new URL, and the update adds it', () => {
    const dir = fixtureCopy();
    writeFileSync(join(dir, 'manifest.json'), JSON.stringify({ about: '', urls: { '/': ['main'], '/terms/fu-pin/': ['definition', 'main', 'p-0abc123'] } }));
    writeFileSync(join(dir, 'dist/feed.xml'), '<feed/>');
    const check = manifestCli('check', dir);
    assert.equal(check.status, 1, check.output);
    assert.match(check.output, /1 URL\(s\) in the build are not in urls\.manifest\.json yet:\n {4}\/feed\.xml/);
    assert.match(check.output, /Run `npm run manifest:update`/);
    const update = manifestCli('update', dir);
    assert.equal(update.status, 0, update.output);
    const updated = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as UrlManifest;
    assert.deepEqual(updated.urls['/feed.xml'], []);
    assert.equal(manifestCli('check', dir).status, 0);
  });
});
