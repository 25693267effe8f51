import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { fillZipSize } from '../../../src/emit/offline-copy-step.ts';
import { checkOrder, type EmitStep, EVERY_OUTPUT, orderProblems } from '../../../src/emit/pipeline.ts';
import { BuiltSite } from '../../../src/emit/built-site.ts';
import { fileOfPath, pathOfFile } from '../../../src/site/urls.ts';

const step = (name: string, reads: string[], writes: string[]): EmitStep => ({ name, reads, writes, run: () => {} });

describe('the order of the after-build steps', () => {
  const index = step('search-index', ['pages'], ['search-index']);
  const offline = step('offline-copy', ['pages', 'assets', 'search-index'], ['offline-copy', 'zip', 'offline-size']);
  const worker = step('service-worker', [EVERY_OUTPUT], ['service-worker']);

  it('accepts a list in which every step reads only what Astro or a step before it wrote', () => {
    assert.deepEqual(orderProblems([index, offline, worker]), []);
  });

  it('refuses a step that reads the output of a step listed after it, naming both', () => {
    assert.deepEqual(orderProblems([offline, index, worker]), [
      'offline-copy reads "search-index", which search-index (listed after it) writes: list offline-copy after search-index',
    ]);
    assert.throws(() => checkOrder([offline, index]), /out of order:\n {2}offline-copy reads "search-index"/);
  });

  it('refuses a read that nothing writes', () => {
    assert.deepEqual(orderProblems([step('sitemap', ['pages', 'dates'], ['sitemap'])]), ['sitemap reads "dates", which no step writes']);
  });

  it("refuses a step that rewrites Astro's pages, or another step's output, after others may have read them", () => {
    assert.deepEqual(orderProblems([index, step('stamp', [], ['pages'])]), [`stamp writes "pages", which Astro's build already writes`]);
    assert.deepEqual(orderProblems([index, step('again', [], ['search-index'])]), ['again writes "search-index", which search-index already writes']);
  });

  it('refuses a step that writes after the step that reads every output', () => {
    assert.deepEqual(orderProblems([index, worker, step('sitemap', ['pages'], ['sitemap'])]), [
      'sitemap writes "sitemap" after service-worker, which reads every output: list sitemap before it',
    ]);
  });
});

describe('the built site as the steps see it', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kb-site-map-'));
  after(() => rmSync(dir, { recursive: true, force: true }));
  for (const file of [
    'index.html',
    '404.html',
    'sources/index.html',
    'sources/2019-a/index.html',
    'sources/2019-a/text/index.html',
    'terms/fu-pin/index.html',
    '_astro/a.css',
  ]) {
    mkdirSync(join(dir, file, '..'), { recursive: true });
    writeFileSync(join(dir, file), '');
  }

  it('lists every file and every page with its URL under the base path and its type', () => {
    const site = BuiltSite.read(dir, '/kb/');
    assert.equal(site.files().length, 7);
    assert.deepEqual(
      site.pages().map((p) => [p.file, p.url, p.type]),
      [
        ['404.html', '/kb/404.html', 'not-found'],
        ['index.html', '/kb/', 'home'],
        ['sources/2019-a/index.html', '/kb/sources/2019-a/', 'source'],
        ['sources/2019-a/text/index.html', '/kb/sources/2019-a/text/', 'source-text'],
        ['sources/index.html', '/kb/sources/', 'other'],
        ['terms/fu-pin/index.html', '/kb/terms/fu-pin/', 'term'],
      ],
    );
  });

  it('sees the files a step adds, in path order, without walking the folder again', () => {
    const site = BuiltSite.read(dir, '/');
    site.add('_kb/copy/index.html', 'sw.js');
    assert.deepEqual(site.files().slice(-2), ['sw.js', 'terms/fu-pin/index.html']);
    assert.ok(site.pages().some((p) => p.url === '/_kb/copy/'));
    site.remove('sw.js');
    assert.equal(site.has('sw.js'), false);
  });
});

describe('a built file and the site path it is served at', () => {
  it('map both ways', () => {
    for (const [file, path] of [
      ['index.html', ''],
      ['terms/x/index.html', 'terms/x/'],
      ['404.html', '404.html'],
      ['pagefind/pagefind-entry.json', 'pagefind/pagefind-entry.json'],
    ] as const) {
      assert.equal(pathOfFile(file), path);
      assert.equal(fileOfPath(path), file);
    }
  });
});

describe("the zip's size on the hosted about page, written after the search index has read the page", () => {
  it('fills the slot the search index ignores', () => {
    const html = '<a>下载（<strong data-offline-size data-pagefind-ignore>大小见构建说明</strong>）</a>';
    assert.equal(fillZipSize(html, '1.7 MB'), '<a>下载（<strong data-offline-size data-pagefind-ignore>1.7 MB</strong>）</a>');
  });
  it('refuses a slot the index would have read, naming the page and the template', () => {
    assert.throws(
      () => fillZipSize('<strong data-offline-size>大小见构建说明</strong>', '1.7 MB'),
      /about\/index\.html: .*data-pagefind-ignore.*src\/pages\/about\.astro/,
    );
  });
});
