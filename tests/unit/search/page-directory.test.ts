import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { gzipSync } from 'node:zlib';
import { encodeAnchors } from '../../../src/search/core/anchor-map.ts';
import { buildFoldTable } from '../../../src/search/core/fold.ts';
import { rowNames, textAnchors, textEntry } from '../../../src/search/core/page-directory.ts';
import { BLOCK_BREAK } from '../../../src/search/core/search-record.ts';
import { indexWords } from '../../../src/search/core/tokenize.ts';
import { foldToSimplified } from '../../../src/text/script-fold.ts';
import { pageDirectory } from '../../../src/search/build/page-directory-file.ts';

const table = buildFoldTable(foldToSimplified);
const root = mkdtempSync(join(tmpdir(), 'kb-directory-'));
after(() => rmSync(root, { recursive: true, force: true }));

/** Writes a Pagefind-style fragment (gzip of the signature and JSON). */
function fragment(dir: string, id: string, url: string, type: string, meta: Record<string, string> = {}) {
  mkdirSync(join(dir, 'fragment'), { recursive: true });
  writeFileSync(join(dir, 'fragment', `${id}.pf_fragment`), gzipSync(`pagefind_dcd${JSON.stringify({ url, meta, filters: { type: [type] } })}`));
}

describe('the page directory', () => {
  it('round-trips paragraph anchors as deltas', () => {
    const anchors = [
      { pos: 3, id: 'l1' },
      { pos: 40, id: 'l4' },
      { pos: 41, id: 'l5' },
    ];
    assert.deepEqual(textAnchors(textEntry('s', '/sources/x/text/', anchors)), anchors);
  });

  it("reads entries' titles and each original text's summary and paragraphs from the fragments", () => {
    const dir = join(root, 'ok');
    fragment(dir, 'und_t1', '/terms/liang-bu-chou/', '术语', { title: '两不 不愁 愁' });
    fragment(dir, 'und_s1', '/sources/x/', '来源');
    fragment(dir, 'und_x1', '/sources/x/text/', '原文', { anchors: encodeAnchors([{ pos: 5, id: 'l3' }]) });
    const directory = pageDirectory([dir], {});
    assert.deepEqual(directory.entries, { und_t1: ['/terms/liang-bu-chou/', '两不愁', []] });
    assert.deepEqual(directory.texts, { und_x1: ['und_s1', '/sources/x/text/', [5], ['l3']] });
  });

  it('keeps the Chinese names that can widen a query, one for each comparison key, and writes none when the title is the only one', () => {
    const dir = join(root, 'names');
    const names = (list: string[]) => list.map((n) => indexWords(n, table).join(' ')).join(` ${BLOCK_BREAK} `);
    fragment(dir, 'und_t2', '/terms/a/', '术语', {
      title: indexWords('两不愁三保障', table).join(' '),
      names: names(['两不愁三保障', '兩不愁三保障', '两不愁', 'liǎng bù chóu', 'Two Assurances', '三保障']),
    });
    fragment(dir, 'und_t3', '/terms/b/', '术语', { title: indexWords('贫困村', table).join(' '), names: names(['贫困村', '貧困村', 'pínkùn cūn']) });
    const directory = pageDirectory([dir], table);
    assert.deepEqual(directory.entries.und_t2, ['/terms/a/', '两不愁三保障', ['两不愁三保障', '两不愁', '三保障']]);
    assert.deepEqual(directory.entries.und_t3, ['/terms/b/', '贫困村']);
    assert.deepEqual(rowNames(directory.entries.und_t3!), ['贫困村']);
  });

  it('names the original text whose summary is missing from the index', () => {
    const dir = join(root, 'orphan');
    fragment(dir, 'und_x2', '/sources/y/text/', '原文');
    assert.throws(() => pageDirectory([dir], {}), /original text \/sources\/y\/text\/ has no summary page \/sources\/y\//);
  });

  it('names a file that is not a Pagefind fragment', () => {
    const dir = join(root, 'bad');
    mkdirSync(join(dir, 'fragment'), { recursive: true });
    writeFileSync(join(dir, 'fragment', 'und_z.pf_fragment'), gzipSync('{}'));
    assert.throws(() => pageDirectory([dir], {}), /und_z\.pf_fragment: not a Pagefind fragment/);
  });
});
