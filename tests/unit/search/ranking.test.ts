import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { blockExcerpt, blockRange, buildExcerpt } from '../../../src/search/core/excerpt.ts';
import { buildFoldTable } from '../../../src/search/core/fold.ts';
import { matchPositions } from '../../../src/search/core/match-positions.ts';
import { expansionPlans, planQuery } from '../../../src/search/core/query-plan.ts';
import { layoutResults, longestRunStart, mergeTextResults } from '../../../src/search/core/result-layout.ts';
import { BLOCK_BREAK } from '../../../src/search/core/search-record.ts';
import { indexWords } from '../../../src/search/core/tokenize.ts';
import { foldToSimplified } from '../../../src/text/script-fold.ts';

const table = buildFoldTable(foldToSimplified);
const excerptText = (e: { parts: Array<{ text: string }> }) => e.parts.map((p) => p.text).join('');

describe('the results layout (layoutResults)', () => {
  // Entries are t…, sources s… (summary sN, original text sN-text), other pages p….
  const kinds = {
    isEntry: (id: string) => id.startsWith('t'),
    sourceOf: (id: string) => (id.startsWith('s') ? id.replace(/-text$/, '') : undefined),
  };
  const sources = (n: number) => Array.from({ length: n }, (_, i) => `s${i + 1}`);
  const entries = (n: number) => Array.from({ length: n }, (_, i) => `t${i + 1}`);
  // Entries outrank every source, as for a broad word (扶贫): the worst case for the sources.
  for (const n of [9, 10, 11]) {
    it(`with ${n} matching sources and 20 entries, the first ten results are sources, every one of them when ten or fewer match`, () => {
      const ranked = [...entries(20), ...sources(n), 'p1'];
      const layout = layoutResults(ranked, kinds);
      const firstTen = layout.results.slice(0, 10).map((r) => r.id);
      assert.deepEqual(firstTen, [...sources(Math.min(n, 10)), ...(n < 10 ? ['p1'] : [])]);
      if (n > 10) assert.equal(layout.results[10]!.id, 's11');
      assert.deepEqual(layout.entries, entries(20), 'the entries are the block, in rank order, apart from the results');
      assert.equal(layout.named, undefined);
    });
  }
  it('with 10 sources and a query naming an entry: the entry apart and first, all ten sources the ten results', () => {
    const ranked = ['t5', ...entries(4), ...sources(10)];
    const layout = layoutResults(ranked, kinds, 't5');
    assert.equal(layout.named, 't5');
    assert.deepEqual(layout.entries, ['t1', 't2', 't3', 't4']);
    assert.deepEqual(
      layout.results.map((r) => r.id),
      sources(10),
    );
  });
  it('a named entry that does not match (filtered out) is not shown', () => {
    assert.equal(layoutResults(['s1', 't1'], kinds, 't9').named, undefined);
  });
  it('counts a source once: summary and original text are one result, in the place of the better-ranked of the two', () => {
    const layout = layoutResults(['s2-text', 't1', 's1', 's2', 's1-text', 's3-text', 'p1'], kinds);
    assert.deepEqual(layout.results, [{ id: 's2', text: 's2-text' }, { id: 's1', text: 's1-text' }, { id: 's3-text', source: 's3' }, { id: 'p1' }]);
  });
  it('keeps sources before other pages, each in rank order', () => {
    assert.deepEqual(
      layoutResults(['p2', 's2', 'p1', 's1'], kinds).results.map((r) => r.id),
      ['s2', 's1', 'p2', 'p1'],
    );
  });
});

describe('results completed by the original texts (mergeTextResults)', () => {
  it('keeps the results shown in their places, adds the original texts that match beside them, and appends the sources found only in their texts', () => {
    const before = [{ id: 's2' }, { id: 's1' }, { id: 'p1' }];
    const next = [{ id: 's4-text', source: 's4' }, { id: 's1', text: 's1-text' }, { id: 's2' }, { id: 's3-text', source: 's3' }, { id: 'p1' }];
    assert.deepEqual(mergeTextResults(before, next), [
      { id: 's2' },
      { id: 's1', text: 's1-text' },
      { id: 'p1' },
      { id: 's4-text', source: 's4' },
      { id: 's3-text', source: 's3' },
    ]);
  });
  it('keeps a result the second search no longer has, and a text-only result stays one result when its summary matches too', () => {
    assert.deepEqual(mergeTextResults([{ id: 's1' }, { id: 's5-text', source: 's5' }], [{ id: 's5', text: 's5-text' }]), [
      { id: 's1' },
      { id: 's5-text', source: 's5' },
    ]);
    assert.deepEqual(mergeTextResults([], [{ id: 'p1' }]), [{ id: 'p1' }]);
  });
});

describe('the paragraph where a query matched (longestRunStart)', () => {
  it('starts the longest run of consecutive positions (a phrase), the earliest among equals', () => {
    assert.equal(longestRunStart([3, 40, 41, 42, 90, 91]), 40);
    assert.equal(longestRunStart([7, 3]), 3);
    assert.equal(longestRunStart([]), undefined);
  });
});

describe('query expansion (expansionPlans)', () => {
  const names = ['两不愁三保障', '兩不愁三保障', 'liǎng bù chóu sān bǎozhàng', 'liangbuchousanbaozhang', 'Two Assurances and Three Guarantees'];
  it('turns an entry named in pinyin or English into searches for its Chinese names, Traditional folded into one', () => {
    const plans = expansionPlans('liangbuchou', names, table);
    assert.equal(plans.length, 1);
    assert.deepEqual(plans[0]!.units, planQuery('两不愁三保障', table).units);
  });
  it('adds nothing for the Chinese name itself, and adds aliases that differ', () => {
    assert.deepEqual(expansionPlans('两不愁三保障', names, table), []);
    assert.deepEqual(expansionPlans('兩不愁三保障', names, table), []);
    const plans = expansionPlans('脱贫摘帽', ['脱贫摘帽', '贫困县摘帽', 'tuōpín zhāimào'], table);
    assert.deepEqual(
      plans.map((p) => p.units),
      [planQuery('贫困县摘帽', table).units],
    );
  });
});

describe('excerpts', () => {
  const record = (...blocks: string[]) => blocks.flatMap((b) => [...indexWords(b, table), BLOCK_BREAK]);
  it('shows a definition without its label, and without the fields before it', () => {
    const words = record('两不愁三保障', '繁体 兩不愁三保障 拼音 liǎng bù chóu', '定义：农村贫困人口不愁吃、不愁穿。');
    const pos = words.lastIndexOf(BLOCK_BREAK, words.length - 2) + 1;
    const [start] = blockRange(words, pos);
    assert.ok(start > pos, 'the label 定义： is skipped');
    const plan = planQuery('两不愁三保障', table);
    const excerpt = blockExcerpt(words, matchPositions(words, plan.highlight), pos);
    assert.equal(excerptText(excerpt), '农村贫困人口不愁吃、不愁穿。');
    assert.equal(excerpt.firstMatch, undefined, 'the query is not in the definition: nothing marked, no section link');
  });
  it('marks the query inside a definition', () => {
    const words = record('定义：包括精准扶贫在内的方略。');
    const plan = planQuery('精准扶贫', table);
    const excerpt = blockExcerpt(words, matchPositions(words, plan.highlight), 0);
    assert.deepEqual(
      excerpt.parts.filter((p) => p.mark).map((p) => p.text),
      ['精准扶贫'],
    );
  });
  it('keeps a source excerpt within the matched block, starting at its sentence', () => {
    const words = record('前面的句子很长很长。文章转引习近平总书记在重庆考察时的话。', '发表媒体 重庆日报 可信度：高');
    const plan = planQuery('重庆', table);
    const excerpt = buildExcerpt(
      words,
      matchPositions(words, plan.highlight).filter((p) => p < words.indexOf(BLOCK_BREAK)),
      90,
    );
    assert.equal(excerptText(excerpt), '……文章转引习近平总书记在重庆考察时的话。');
    assert.doesNotMatch(excerptText(excerpt), /发表媒体|可信度/);
  });
});
