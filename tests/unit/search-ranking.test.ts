import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { blockExcerpt, blockRange, buildExcerpt } from '../../src/search/core/excerpt.ts';
import { buildFoldTable } from '../../src/search/core/fold.ts';
import { matchPositions } from '../../src/search/core/match-positions.ts';
import { expansionPlans, planQuery } from '../../src/search/core/query-plan.ts';
import { mixForScreen } from '../../src/search/core/rank.ts';
import { BLOCK_BREAK } from '../../src/search/core/search-record.ts';
import { indexWords } from '../../src/search/core/tokenize.ts';
import { foldToSimplified } from '../../src/text/script-fold.ts';

const table = buildFoldTable(foldToSimplified);
const isSource = (id: string) => (id.startsWith('s') ? id : undefined);
const excerptText = (e: { parts: Array<{ text: string }> }) => e.parts.map((p) => p.text).join('');

describe('mixing sources and entries (mixForScreen)', () => {
  it('puts every source first when entries outrank them, and keeps one entry on the first screen', () => {
    const ranked = ['t1', 't2', 't3', 't4', 't5', 't6', 't7', 't8', 't9', 't10', 's1', 's2', 's3', 's4', 's5'];
    const out = mixForScreen(ranked, { sourceOf: isSource }, { screen: 4 });
    assert.deepEqual(out.slice(0, 4), ['s1', 's2', 's3', 't1']);
    assert.deepEqual(
      out.slice(0, 10).filter((id) => id.startsWith('s')),
      ['s1', 's2', 's3', 's4', 's5'],
    );
    assert.deepEqual([...out].sort(), [...ranked].sort(), 'nothing is lost or repeated');
  });
  it('keeps the ranked order within each kind', () => {
    const out = mixForScreen(['s2', 't2', 's1', 't1'], { sourceOf: isSource }, { screen: 4 });
    assert.deepEqual(out, ['s2', 's1', 't2', 't1']);
  });
  it('fills the screen with entries when no source matches, and with sources when no entry does', () => {
    assert.deepEqual(mixForScreen(['t1', 't2'], { sourceOf: isSource }, { screen: 4 }), ['t1', 't2']);
    assert.deepEqual(mixForScreen(['s1', 's2', 's3', 's4', 's5'], { sourceOf: isSource }, { screen: 4 }), ['s1', 's2', 's3', 's4', 's5']);
  });
  it('counts a source once: its summary stands for it and its original text follows, never before it', () => {
    const sourceOf = (id: string) => (id.startsWith('s') ? id.slice(0, 2) : undefined);
    const partOrder = (id: string) => (id.endsWith('-text') ? 1 : 0);
    const out = mixForScreen(['s1-text', 't1', 's2', 's1', 't2'], { sourceOf, partOrder }, { screen: 4 });
    assert.deepEqual(out, ['s2', 's1', 's1-text', 't1', 't2']);
    // Only the original text matched: it stands for its source.
    assert.deepEqual(mixForScreen(['t1', 's3-text'], { sourceOf, partOrder }, { screen: 4 }), ['s3-text', 't1']);
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
