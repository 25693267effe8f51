import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { gzipSync } from 'node:zlib';
import { encodeAnchors } from '../../../src/search/core/anchor-map.ts';
import { buildFoldTable } from '../../../src/search/core/fold.ts';
import {
  ENTRIES_IN_BUNDLE,
  ENTRY_BUCKET_SIZE,
  entriesByChineseName,
  entriesInBundle,
  entryBucketPath,
  idOrder,
  packIndices,
  pagesInBundle,
  packSourceFacets,
  rowNames,
  sourceFacetValues,
  TEXT_BUCKET_SIZE,
  textAnchors,
  textBucketPath,
  textRow,
  textSourceMap,
  textsInBundle,
  unpackIndices,
} from '../../../src/search/core/page-directory.ts';
import { mainShards, writePageDirectory } from '../../../src/search/build/search-index-step.ts';
import { nameKey } from '../../../src/search/core/query-plan.ts';
import { BLOCK_BREAK } from '../../../src/search/core/search-record.ts';
import { indexWords } from '../../../src/search/core/tokenize.ts';
import { foldToSimplified } from '../../../src/text/script-fold.ts';
import { pageDirectory, writeEntryBuckets, writeTextBuckets } from '../../../src/search/build/page-directory-file.ts';

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
    assert.deepEqual(textRow('/sources/x/text/', anchors), ['/sources/x/text/', [3, 37, 1], ['l1', 'l4', 'l5']]);
    assert.deepEqual(textAnchors(textRow('/sources/x/text/', anchors)), anchors);
  });

  it('packs places into as few bits as the largest needs, and back', () => {
    for (const values of [[], [0], [0, 0, 1], [5, 0, 7, 3], Array.from({ length: 1000 }, (_, i) => (i * 7919) % 10_007)]) {
      const packed = packIndices(values);
      assert.deepEqual(unpackIndices(packed), values);
    }
    // 10,000 places below 2^14: 14 bits each, 17,500 bytes (23,336 in base64).
    const packed = packIndices(Array.from({ length: 10_000 }, (_, i) => 9999 - i));
    assert.equal(packed.width, 14);
    assert.equal(packed.data.length, 23_336);
  });

  it("reads entries' titles, each original text's source and its row from the fragments", () => {
    const dir = join(root, 'ok');
    fragment(dir, 'und_t1', '/terms/liang-bu-chou/', '术语', { title: '两不 不愁 愁' });
    fragment(dir, 'und_s1', '/sources/x/', '来源', { title: '砥砺 砺同 同心 心' });
    fragment(dir, 'und_a1', '/about/', '说明', { title: '关于 于本 本站 站' });
    fragment(dir, 'und_x1', '/sources/x/text/', '原文', { anchors: encodeAnchors([{ pos: 5, id: 'l3' }]) });
    const { directory, textRows } = pageDirectory([dir], {});
    assert.deepEqual(directory.entries, { und_t1: ['/terms/liang-bu-chou/', '两不愁', []] });
    // The other pages' rows: what the search page draws a result's title link from before its fragment is in.
    assert.deepEqual(directory.pages, { und_s1: ['/sources/x/', '砥砺同心', '来源'], und_a1: ['/about/', '关于本站', '说明'] });
    assert.deepEqual(unpackIndices(directory.textSources), [0]);
    assert.deepEqual(textRows, [['/sources/x/text/', [5], ['l3']]]);
  });

  it('finds every original text its summary and its row across shards, however the ids sort', () => {
    const shards = [join(root, 'shard0'), join(root, 'shard1')];
    // 70 sources (several bucket files), ids in an order unrelated to their urls, spread over two shards.
    const ids = Array.from({ length: 70 }, (_, i) => ({
      summary: `und_${((i * 37) % 70).toString(16).padStart(3, '0')}a`,
      text: `und_${((i * 11) % 70).toString(16).padStart(3, '0')}b`,
      slug: `s${i}`,
    }));
    for (const [i, source] of ids.entries()) {
      fragment(shards[i % 2]!, source.summary, `/sources/${source.slug}/`, '来源');
      fragment(shards[i % 2]!, source.text, `/sources/${source.slug}/text/`, '原文', { anchors: encodeAnchors([{ pos: i, id: `l${i}` }]) });
    }
    const { directory, textRows } = pageDirectory(shards, {});
    const map = textSourceMap(
      directory,
      ids.map((s) => s.text),
      ids.map((s) => s.summary),
    );
    const pagefind = join(root, 'buckets');
    const paths = writeTextBuckets(pagefind, textRows);
    assert.deepEqual(
      paths,
      Array.from({ length: Math.ceil(70 / TEXT_BUCKET_SIZE) }, (_, i) => `kb-texts/${i}.json`),
    );
    for (const [i, source] of ids.entries()) {
      const text = map.get(source.text)!;
      assert.equal(text.summary, source.summary, `the source of ${source.text}`);
      const bucket = JSON.parse(readFileSync(join(pagefind, textBucketPath(text.place)), 'utf8'));
      assert.deepEqual(bucket[text.place % TEXT_BUCKET_SIZE], [`/sources/${source.slug}/text/`, [i], [`l${i}`]]);
    }
    assert.deepEqual(idOrder(['und_b', 'und_a', 'und_10']), ['und_10', 'und_a', 'und_b']);
    // A site without original texts writes no bucket file, and removes those of an earlier build.
    assert.deepEqual(writeTextBuckets(pagefind, []), []);
    assert.equal(existsSync(join(pagefind, 'kb-texts')), false);
    assert.deepEqual(readdirSync(pagefind), []);
  });

  it('keeps the rows in the bundle only for one shard of at most one bucket of texts, and removes bucket files then', () => {
    assert.equal(textsInBundle(5, 1), true);
    assert.equal(textsInBundle(TEXT_BUCKET_SIZE, 1), true);
    assert.equal(textsInBundle(TEXT_BUCKET_SIZE + 1, 1), false);
    assert.equal(textsInBundle(5, 2), false);
    const out = join(root, 'site');
    for (const [i, dir] of ['', 'shard-1/'].entries()) {
      fragment(join(out, 'pagefind', dir), `und_s${i}`, `/sources/x${i}/`, '来源');
      fragment(join(out, 'pagefind', dir), `und_x${i}`, `/sources/x${i}/text/`, '原文', { anchors: encodeAnchors([{ pos: i, id: `l${i}` }]) });
    }
    const sharded = writePageDirectory(out, {}, mainShards(2));
    assert.equal(sharded.textRows, undefined);
    assert.equal(sharded.pages, undefined);
    assert.deepEqual(JSON.parse(readFileSync(join(out, 'pagefind', 'kb-texts', '0.json'), 'utf8')), [
      ['/sources/x0/text/', [0], ['l0']],
      ['/sources/x1/text/', [1], ['l1']],
    ]);
    const single = writePageDirectory(out, {}, mainShards(1));
    assert.deepEqual(single.textRows, [['/sources/x0/text/', [0], ['l0']]]);
    assert.deepEqual(single.pages, { und_s0: ['/sources/x0/', '', '来源'] });
    assert.equal(pagesInBundle(ENTRIES_IN_BUNDLE, 1), true);
    assert.equal(pagesInBundle(ENTRIES_IN_BUNDLE + 1, 1), false);
    assert.equal(pagesInBundle(5, 2), false);
    assert.equal(existsSync(join(out, 'pagefind', 'kb-texts')), false);
  });

  it("keeps a sharded site's source facets by the summaries' places, read from the summaries' facets field", () => {
    const out = join(root, 'facets');
    const facets = [
      { province: ['四川省'], year: ['2019'] },
      { province: ['吉林省'], year: ['2020'] },
      { province: ['四川省'], year: ['2020'] },
    ];
    // Ids out of the order of the urls, in two shards; the summaries' places are those of their ids.
    for (const [i, [dir, id]] of [
      ['', 'und_s2'],
      ['shard-1/', 'und_s0'],
      ['shard-1/', 'und_s1'],
    ].entries())
      fragment(join(out, 'pagefind', dir!), id!, `/sources/x${i}/`, '来源', { facets: JSON.stringify(facets[i]) });
    const directory = writePageDirectory(out, {}, mainShards(2));
    assert.deepEqual(directory.sourceFacets?.province?.values, ['吉林省', '四川省']);
    const province = sourceFacetValues(directory.sourceFacets!.province!, ['und_s1', 'und_s2', 'und_s0']);
    assert.deepEqual([...province].sort(), [
      ['und_s0', '吉林省'],
      ['und_s1', '四川省'],
      ['und_s2', '四川省'],
    ]);
    assert.deepEqual(sourceFacetValues(directory.sourceFacets!.year!, ['und_s0', 'und_s1', 'und_s2']).get('und_s2'), '2019');
    // A summary without a value has none; a different number of summaries in the index is an error.
    const packed = packSourceFacets([{ year: ['2019'] }, undefined]);
    assert.deepEqual([...sourceFacetValues(packed.year!, ['und_b', 'und_a'])], [['und_a', '2019']]);
    assert.throws(() => sourceFacetValues(packed.year!, ['und_a']), /the index has 1 summaries, the page directory's facets 2/);
    // Without facet fields (one shard), the directory has none.
    assert.equal(writePageDirectory(out, {}, mainShards(1)).sourceFacets, undefined);
  });

  it("writes the glossary entries' rows into bucket files in the order of their ids, where the browser finds each by its place", () => {
    const dir = join(root, 'entries');
    // 70 entries (several bucket files), ids in an order unrelated to their urls.
    const ids = Array.from({ length: 70 }, (_, i) => `und_${((i * 37) % 70).toString(16).padStart(3, '0')}e`);
    for (const [i, id] of ids.entries()) fragment(dir, id, `/terms/t${i}/`, '术语', { title: indexWords(`术语${i}`, table).join(' ') });
    const { directory } = pageDirectory([dir], table);
    const pagefind = join(root, 'entry-buckets');
    assert.deepEqual(
      writeEntryBuckets(pagefind, directory.entries!),
      Array.from({ length: Math.ceil(70 / ENTRY_BUCKET_SIZE) }, (_, i) => `kb-entries/${i}.json`),
    );
    // The browser's places: the type facet's 术语 pages, sorted.
    const places = new Map(idOrder(new Set(ids)).map((id, place) => [id, place]));
    for (const [i, id] of ids.entries()) {
      const place = places.get(id)!;
      const bucket = JSON.parse(readFileSync(join(pagefind, entryBucketPath(place)), 'utf8'));
      assert.deepEqual(bucket[place % ENTRY_BUCKET_SIZE], [`/terms/t${i}/`, `术语${i}`, []], `the row of ${id}`);
    }
    // No entries: no bucket file, and those of an earlier build are removed.
    assert.deepEqual(writeEntryBuckets(pagefind, {}), []);
    assert.deepEqual(readdirSync(pagefind), []);
  });

  it("keeps the entries' rows in the bundle only for one shard of a small glossary, and writes bucket files otherwise", () => {
    assert.equal(entriesInBundle(61, 1), true);
    assert.equal(entriesInBundle(ENTRIES_IN_BUNDLE, 1), true);
    assert.equal(entriesInBundle(ENTRIES_IN_BUNDLE + 1, 1), false);
    assert.equal(entriesInBundle(61, 2), false);
    const out = join(root, 'entry-site');
    fragment(join(out, 'pagefind'), 'und_t0', '/terms/a/', '术语', { title: indexWords('贫困村', table).join(' ') });
    fragment(join(out, 'pagefind', 'shard-1/'), 'und_s1', '/sources/x/', '来源');
    const sharded = writePageDirectory(out, table, mainShards(2));
    assert.equal(sharded.entries, undefined);
    assert.deepEqual(JSON.parse(readFileSync(join(out, 'pagefind', 'kb-entries', '0.json'), 'utf8')), [['/terms/a/', '贫困村', []]]);
    const single = writePageDirectory(out, table, mainShards(1));
    assert.deepEqual(single.entries, { und_t0: ['/terms/a/', '贫困村', []] });
    assert.equal(existsSync(join(out, 'pagefind', 'kb-entries')), false);
  });

  it('counts an id that two shards gave two summaries once, as the browser sees it', () => {
    const shards = [join(root, 'same-id-0'), join(root, 'same-id-1')];
    fragment(shards[0]!, 'und_s', '/sources/a/', '来源');
    fragment(shards[0]!, 'und_xa', '/sources/a/text/', '原文');
    fragment(shards[1]!, 'und_s', '/sources/b/', '来源');
    fragment(shards[1]!, 'und_xb', '/sources/b/text/', '原文');
    fragment(shards[1]!, 'und_t', '/sources/c/', '来源');
    fragment(shards[1]!, 'und_xc', '/sources/c/text/', '原文');
    const { directory } = pageDirectory(shards, {});
    const map = textSourceMap(directory, ['und_xa', 'und_xb', 'und_xc'], new Set(['und_s', 'und_s', 'und_t']));
    assert.deepEqual(
      [...map].map(([id, t]) => [id, t.summary]),
      [
        ['und_xa', 'und_s'],
        ['und_xb', 'und_s'],
        ['und_xc', 'und_t'],
      ],
    );
  });

  it('says so when the index and the directory count different original texts', () => {
    const directory = { textSources: packIndices([0, 0]) };
    assert.throws(() => textSourceMap(directory, ['und_x1'], ['und_s1']), /the index has 1 original texts, the page directory 2/);
    assert.throws(() => textSourceMap({ textSources: packIndices([1]) }, ['und_x1'], ['und_s1']), /original text und_x1 has no summary among the 1/);
  });

  it('keeps the Chinese names that can widen a query, one for each comparison key, and writes none when the title is the only one', () => {
    const dir = join(root, 'names');
    const names = (list: string[]) => list.map((n) => indexWords(n, table).join(' ')).join(` ${BLOCK_BREAK} `);
    fragment(dir, 'und_t2', '/terms/a/', '术语', {
      title: indexWords('两不愁三保障', table).join(' '),
      names: names(['两不愁三保障', '兩不愁三保障', '两不愁', 'liǎng bù chóu', 'Two Assurances', '三保障']),
    });
    fragment(dir, 'und_t3', '/terms/b/', '术语', { title: indexWords('贫困村', table).join(' '), names: names(['贫困村', '貧困村', 'pínkùn cūn']) });
    const { directory } = pageDirectory([dir], table);
    assert.deepEqual(directory.entries!.und_t2, ['/terms/a/', '两不愁三保障', ['两不愁三保障', '两不愁', '三保障']]);
    assert.deepEqual(directory.entries!.und_t3, ['/terms/b/', '贫困村']);
    assert.deepEqual(rowNames(directory.entries!.und_t3!), ['贫困村']);
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

  it('finds an entry by any of its Chinese names, in either script, and leaves a name two entries share to the index', () => {
    const byName = entriesByChineseName(
      {
        a: ['/terms/liang-bu-chou-san-bao-zhang/', '两不愁三保障', ['两不愁三保障', '两不愁、三保障']],
        b: ['/terms/jing-zhun-fu-pin/', '精准扶贫'],
        c: ['/terms/fu-pin/', '扶贫', ['扶贫', '精准扶贫']],
      },
      table,
    );
    assert.deepEqual(byName.get('两不愁三保障'), ['a']);
    assert.deepEqual(byName.get(nameKey('兩不愁、三保障', table)), ['a']);
    assert.deepEqual(byName.get('扶贫'), ['c']);
    assert.deepEqual(byName.get('精准扶贫'), ['b', 'c']);
    assert.equal(byName.get('liangbuchousanbaozhang'), undefined);
  });
});
