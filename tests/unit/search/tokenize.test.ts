import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { indexForm } from '../../../src/search/core/chars.ts';
import { buildFoldTable, foldText, packFoldTable, unpackFoldTable } from '../../../src/search/core/fold.ts';
import { detokenize, indexWords, queryGroups, queryTokens } from '../../../src/search/core/tokenize.ts';
import { foldToSimplified } from '../../../src/text/script-fold.ts';

const table = buildFoldTable(foldToSimplified);

/** What Pagefind indexes for a content word: its letters and digits, and its parts split at ASCII punctuation. */
function indexedForms(word: string): string[] {
  const primary = indexForm(word);
  const parts = word.includes('`') ? word.split('`').map(indexForm) : [];
  return [primary, ...parts].filter(Boolean);
}

describe('fold table', () => {
  it('maps Traditional characters to Simplified one for one', () => {
    assert.equal(foldText('兩不愁三保障', table), '两不愁三保障');
    assert.equal(foldText('脫貧攻堅', table), '脱贫攻坚');
    assert.equal(foldText('精準扶貧', table).length, 4);
  });
  it('folds full-width Latin and digits', () => {
    assert.equal(foldText('ＡＢ１２', table), 'AB12');
  });
  it('leaves Simplified text alone', () => {
    assert.equal(foldText('易地扶贫搬迁', table), '易地扶贫搬迁');
  });
});

describe('the packed folding table (as the search bundle carries it)', () => {
  it('unpacks to the same table', () => {
    const table = buildFoldTable(foldToSimplified);
    const packed = packFoldTable(table);
    assert.deepEqual(unpackFoldTable(packed), table);
    assert.ok(JSON.stringify(packed).length < JSON.stringify(table).length / 2);
    assert.deepEqual(unpackFoldTable(packFoldTable({})), {});
  });
});

describe('index words', () => {
  it('writes Han text as overlapping bigrams, one word per character', () => {
    assert.deepEqual(indexWords('精准扶贫', table), ['精准', '准扶', '扶贫', '贫']);
  });

  it('keeps joiners (quotes, 、) inside the phrase and ends it at other punctuation', () => {
    const words = indexWords('先诊疗、后付费。“绣花”功夫', table);
    assert.deepEqual(words, ['先诊', '诊疗', '疗、后', '后付', '付费', '费', '。', '“绣花', '花”功', '功夫', '夫']);
    assert.deepEqual(
      words.flatMap(indexedForms).filter((w) => w === '疗后' || w === '花功'),
      ['疗后', '花功'],
    );
  });

  it('indexes the Simplified form of Traditional text and still shows the Traditional', () => {
    const words = indexWords('精準扶貧', table);
    assert.deepEqual(words, ['精準`精准', '準扶`准扶', '扶貧`扶贫', '貧`贫']);
    assert.ok(words.flatMap(indexedForms).includes('扶贫'));
    assert.equal(detokenize(words).text, '精準扶貧');
  });

  it('keeps numbers, percentages and formulas as one word', () => {
    const words = indexWords('由2015年底的20.9%下降到0.06%，“5+18+N”带动', table);
    assert.ok(words.includes('2015'));
    assert.ok(words.includes('20.9%'));
    assert.ok(words.some((w) => indexForm(w) === '518n'));
  });

  it('turns index words back into the original text', () => {
    for (const text of [
      '先诊疗、后付费。',
      '“两不愁三保障”是贫困人口脱贫的基本要求',
      'Two Assurances and Three Guarantees',
      '“653”百日攻坚',
      '用D级除险加固模式，住房面积不变',
      // Characters outside the Basic Multilingual Plane (two UTF-16 units each), in and after a bigram.
      '𠀀字𠀁好，𠀀',
    ]) {
      assert.equal(detokenize(indexWords(text, table)).text, text, text);
    }
  });

  it('keeps the characters next to a space inside Chinese text, through a stored record (words joined with spaces)', () => {
    // 遂宁's original title: the spaces stick to 心 and 坚, and a literal space in a word would split it.
    const title = '砥砺同心 合力攻坚 坚决打好脱贫攻坚战';
    const stored = indexWords(title, table).join(' ');
    assert.equal(detokenize(stored.split(' ')).text, title);
    assert.ok(indexWords(title, table).every((w) => !/\s/u.test(w)));
    // The phrase across the space is indexed: 心合 is a word, so 同心合力 matches.
    assert.ok(indexWords(title, table).some((w) => indexForm(w) === '心合'));
  });

  it('gives each word the span of its displayed text', () => {
    const { text, spans } = detokenize(indexWords('扶贫，脱贫', table));
    assert.deepEqual(
      spans.map(([s, e]) => text.slice(s, e)),
      ['扶', '贫', '，', '脱', '贫'],
    );
  });
});

describe('query tokens', () => {
  it('reads a query the same way the index reads text', () => {
    assert.deepEqual(
      queryTokens('精准扶贫', table).map((t) => t.word),
      ['精准', '准扶', '扶贫'],
    );
    const indexed = indexWords('坚持精准扶贫方略', table).flatMap(indexedForms);
    for (const token of queryTokens('精准扶贫', table)) assert.ok(indexed.includes(token.word), token.word);
  });

  it('folds the script and drops joiners', () => {
    assert.deepEqual(
      queryTokens('脫貧', table).map((t) => t.word),
      ['脱贫'],
    );
    assert.deepEqual(
      queryTokens('先诊疗、后付费', table).map((t) => t.word),
      queryTokens('先诊疗后付费', table).map((t) => t.word),
    );
    assert.deepEqual(
      queryTokens('“绣花”功夫', table).map((t) => t.word),
      ['绣花', '花功', '功夫'],
    );
  });

  it('keeps a lone Han character as a character and normalises Latin words as Pagefind does', () => {
    assert.deepEqual(queryTokens('贫', table), [{ kind: 'char', word: '贫' }]);
    assert.deepEqual(queryTokens('Liǎng', table), [{ kind: 'latin', word: 'liang' }]);
    assert.deepEqual(queryTokens('5+18+N', table), [{ kind: 'latin', word: '518n' }]);
  });

  it('splits groups at spaces and phrase punctuation, not at joiners', () => {
    assert.deepEqual(queryGroups(' 易地扶贫搬迁  遂宁 '), ['易地扶贫搬迁', '遂宁']);
    assert.deepEqual(queryGroups('精准，扶贫'), ['精准', '扶贫']);
    assert.deepEqual(queryGroups('先诊疗、后付费'), ['先诊疗、后付费']);
  });
});
