import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { onRequest } from '../../../src/search/build/capture-middleware.ts';
import { siteRecords, textFacetsBySource } from '../../../src/search/build/integration.ts';
import { buildFoldTable } from '../../../src/search/core/fold.ts';
import { pageSink, setPageSink } from '../../../src/astro-internals.ts';
import { PageCapture } from '../../../src/search/build/capture.ts';
import { extractPage } from '../../../src/search/build/extract-page.ts';
import { buildSearchRecord } from '../../../src/search/core/search-record.ts';
import { RecordFileReader, RecordFileWriter } from '../../../src/search/build/record-file.ts';
import { INDEX_LANGUAGE, type SearchRecord } from '../../../src/search/core/search-record.ts';
import { foldToSimplified } from '../../../src/text/script-fold.ts';

const dir = mkdtempSync(join(tmpdir(), 'kb-capture-test-'));
after(() => rmSync(dir, { recursive: true, force: true }));

const record = (url: string, content: string): SearchRecord => ({ url, content, language: INDEX_LANGUAGE, meta: { title: content }, filters: {} });
const page = (title: string, text: string) =>
  `<!doctype html><html lang="zh-CN"><head><title>${title}</title></head><body><main data-pagefind-body><h1>${title}</h1><p>${text}</p></main></body></html>`;

describe('record file', () => {
  it('reads each page’s record back by URL, in any order, and knows pages without one', () => {
    const file = join(dir, 'records.ndjson');
    const writer = new RecordFileWriter(file);
    writer.add('/a/', record('/a/', '脱贫 攻坚'));
    writer.add('/404.html', null);
    writer.add('/b/', record('/b/', '兩不愁`两不愁 “三保障”'));
    writer.close();
    const reader = new RecordFileReader(file, writer.spans);
    try {
      assert.deepEqual(reader.read('/b/'), record('/b/', '兩不愁`两不愁 “三保障”'));
      assert.deepEqual(reader.read('/a/'), record('/a/', '脱贫 攻坚'));
      assert.equal(reader.read('/404.html'), null);
      assert.equal(reader.has('/404.html'), true);
      assert.equal(reader.has('/c/'), false);
      assert.throws(() => reader.read('/c/'), /no search record was written for \/c\//);
    } finally {
      reader.close();
    }
  });
});

describe('capture middleware', () => {
  const context = (path: string) => ({ url: new URL(`http://localhost${path}`) }) as never;
  const html = page('精准扶贫', '六个精准');

  it('gives the sink each HTML page exactly as it passes it on to be written', async () => {
    const seen: Array<[string, string]> = [];
    setPageSink((path, bytes) => seen.push([path, new TextDecoder().decode(bytes)]));
    try {
      const response = (await onRequest(
        context('/kb/terms/jing-zhun-fu-pin/'),
        async () => new Response(html, { headers: { 'content-type': 'text/html' } }),
      )) as Response;
      assert.equal(await response.text(), html);
      assert.equal(response.headers.get('content-type'), 'text/html');
      assert.deepEqual(seen, [['/kb/terms/jing-zhun-fu-pin/', html]]);
    } finally {
      setPageSink(undefined);
    }
  });

  it('leaves other responses alone: feeds and other files, redirects, and every page when no index is being built', async () => {
    const seen: string[] = [];
    setPageSink((path) => seen.push(path));
    try {
      const feed = new Response('<feed/>', { headers: { 'content-type': 'application/atom+xml' } });
      assert.equal(await onRequest(context('/feed.xml'), async () => feed), feed);
      const moved = new Response(null, { status: 301, headers: { location: '/terms/x/' } });
      assert.equal(await onRequest(context('/old/'), async () => moved), moved);
      assert.deepEqual(seen, []);
    } finally {
      setPageSink(undefined);
    }
    const plain = new Response(html, { headers: { 'content-type': 'text/html' } });
    assert.equal(await onRequest(context('/a/'), async () => plain), plain);
  });
});

describe('page capture during a build', () => {
  it('makes each captured page’s record on its worker, as the index step would from the file', async () => {
    const names = new Map([['/terms/liang-bu-chou/', [{ text: 'liangbuchou', rank: 1 as const }]]]);
    const capture = new PageCapture(names);
    const pages: Array<[string, string]> = [
      ['/terms/liang-bu-chou/', page('两不愁三保障', '不愁吃、不愁穿，義務教育、基本医疗、住房安全有保障。')],
      ['/about/', page('关于', '本站汇编脱贫攻坚政策资料。')],
      ['/empty/', '<!doctype html><html lang="zh-CN"><head><title>x</title></head><body></body></html>'],
    ];
    for (const [path, html] of pages) pageSink()!(path, new TextEncoder().encode(html));
    const captured = await capture.finish();
    try {
      assert.equal(pageSink(), undefined, 'capturing stops at finish');
      assert.equal(captured.pages, 3);
      const table = buildFoldTable(foldToSimplified);
      for (const [path, html] of pages) {
        const extracted = extractPage(html);
        const expected = extracted && buildSearchRecord(path, extracted, table, { names: names.get(path) });
        assert.deepEqual(captured.reader.read(path), expected, path);
      }
      assert.notEqual(captured.reader.read('/terms/liang-bu-chou/')!.meta.names, undefined, 'glossary names reach the worker');
    } finally {
      captured.dispose();
    }
  });
});

describe('records for the index', () => {
  it('come from the records made during generation, and from the built file only for a page that has none', () => {
    const outDir = join(dir, 'dist');
    for (const slug of ['a', 'b']) {
      mkdirSync(join(outDir, 'terms', slug), { recursive: true });
      writeFileSync(join(outDir, 'terms', slug, 'index.html'), page(`on disk ${slug}`, '易地扶贫搬迁'));
    }
    const file = join(dir, 'captured.ndjson');
    const writer = new RecordFileWriter(file);
    writer.add('/terms/a/', record('/terms/a/', 'made during generation'));
    writer.close();
    const reader = new RecordFileReader(file, writer.spans);
    const counts = { fromDisk: 0 };
    try {
      const files = ['a', 'b'].map((slug) => join(outDir, 'terms', slug, 'index.html'));
      const records = [...siteRecords(outDir, files, { base: '/', names: new Map() }, buildFoldTable(foldToSimplified), reader, counts)];
      assert.deepEqual(
        records.map((r) => r.url),
        ['/terms/a/', '/terms/b/'],
      );
      assert.equal(records[0]!.content, 'made during generation');
      assert.match(records[1]!.meta.title!, /disk/);
      assert.equal(counts.fromDisk, 1);
    } finally {
      reader.close();
    }
  });
  it("keep an original text's type filter alone when the index is in shards (its province and year are its source's), and leave other pages as they are", () => {
    const filters = { type: ['原文'], province: ['吉林省'], year: ['2019'] };
    const text = { url: '/sources/x/text/', content: '脱贫', language: INDEX_LANGUAGE, meta: { title: '原文' }, filters };
    assert.deepEqual(textFacetsBySource(text), { ...text, filters: { type: ['原文'] } });
    assert.deepEqual(text.filters, filters, 'the record read is not changed');
    const summary = { ...text, url: '/sources/x/', filters: { ...filters, type: ['来源'] } };
    assert.equal(textFacetsBySource(summary), summary);
  });
});
