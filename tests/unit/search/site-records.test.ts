/** The index step's records: read from the built pages, one at a time, in the order given. */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { recordSizes, shardedFacets, siteRecords } from '../../../src/search/build/search-index-step.ts';
import { INDEX_LANGUAGE } from '../../../src/search/core/search-record.ts';
import { buildFoldTable } from '../../../src/search/core/fold.ts';
import type { SearchName } from '../../../src/search/core/term-names.ts';
import { foldToSimplified } from '../../../src/text/script-fold.ts';

const dir = mkdtempSync(join(tmpdir(), 'kb-site-records-'));
after(() => rmSync(dir, { recursive: true, force: true }));

const page = (title: string, text: string, body = ' data-pagefind-body') =>
  `<!doctype html><html lang="zh-CN"><head><title>${title}</title></head><body><main${body}><h1>${title}</h1><p>${text}</p></main></body></html>`;

describe('records for the index', () => {
  it("are read from each built page in the order given, with the page's URL under the base and its glossary names", () => {
    const outDir = join(dir, 'dist');
    const write = (path: string, html: string) => {
      mkdirSync(join(outDir, path), { recursive: true });
      writeFileSync(join(outDir, path, 'index.html'), html);
      return join(outDir, path, 'index.html');
    };
    const files = [write('terms/b', page('易地扶贫搬迁', '搬迁')), write('about', page('关于', '说明', '')), write('terms/a', page('精准扶贫', '六个精准'))];
    const names = new Map<string, SearchName[]>([['/kb/terms/a/', [{ text: '精準扶貧', rank: 1 }]]]);
    const records = [...siteRecords(outDir, files, { base: '/kb/', names }, buildFoldTable(foldToSimplified))];
    assert.deepEqual(
      records.map((r) => r.url),
      ['/kb/terms/b/', '/kb/terms/a/'],
      'a page without data-pagefind-body has no record',
    );
    assert.match(records[0]!.meta.title!, /易地 地扶 扶贫/, 'the title in the index words');
    assert.match(records[1]!.content, /精准/);
    assert.ok(records[1]!.meta.names, 'the glossary names reach the record');
    assert.equal(records[0]!.meta.names, undefined);
    assert.deepEqual(
      recordSizes(outDir, files, { base: '/kb/', names }, buildFoldTable(foldToSimplified)),
      [records[0]!.content.length, 0, records[1]!.content.length],
      "each page's record content in characters, in the order given, 0 for a page without a record",
    );
  });

  it("keep a source's type filter alone when the index is in shards (the summary's province and year go to a meta field for the page directory), and leave other pages as they are", () => {
    const filters = { type: ['原文'], province: ['吉林省'], year: ['2019'] };
    const text = { url: '/sources/x/text/', content: '脱贫', language: INDEX_LANGUAGE, meta: { title: '原文' }, filters };
    assert.deepEqual(shardedFacets(text), { ...text, filters: { type: ['原文'] } });
    assert.deepEqual(text.filters, filters, 'the record read is not changed');
    const summary = { ...text, url: '/sources/x/', filters: { ...filters, type: ['来源'] } };
    assert.deepEqual(shardedFacets(summary), {
      ...summary,
      meta: { title: '原文', facets: '{"province":["吉林省"],"year":["2019"]}' },
      filters: { type: ['来源'] },
    });
    assert.deepEqual(summary.meta, { title: '原文' }, 'the record read is not changed');
    const entry = { ...text, url: '/terms/x/', filters: { type: ['术语'] } };
    assert.equal(shardedFacets(entry), entry);
  });
});
