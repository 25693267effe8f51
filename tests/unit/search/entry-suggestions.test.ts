import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { editDistance, nearest, prefixDistance, suggest, suggestKey, type SuggestEntry } from '../../../src/search/core/entry-suggestions.ts';
import { suggestEntry } from '../../../src/search/core/term-names.ts';

const entries: SuggestEntry[] = [
  suggestEntry('terms/liang-bu-chou-san-bao-zhang/', {
    term: '两不愁三保障',
    traditional: '兩不愁三保障',
    pinyin: 'liǎng bù chóu sān bǎozhàng',
    english: [{ text: 'Two Assurances and Three Guarantees' }],
  }),
  suggestEntry('terms/liang-fang-liang-cu-liang-jie-he/', { term: '两防两促两结合', pinyin: 'liǎng fáng liǎng cù liǎng jiéhé' }),
  suggestEntry('terms/jing-zhun-fu-pin/', {
    term: '精准扶贫',
    traditional: '精準扶貧',
    pinyin: 'jīngzhǔn fúpín',
    english: [{ text: 'targeted poverty alleviation' }],
  }),
  suggestEntry('terms/tuo-pin-zhai-mao/', { term: '脱贫摘帽', traditional: '脫貧摘帽', aliases: ['贫困县摘帽'], pinyin: 'tuōpín zhāimào' }),
  suggestEntry('terms/lv-se/', { term: '绿色', pinyin: 'lǜsè' }),
];
const paths = (list: Array<{ path: string }>) => list.map((s) => s.path);

describe('suggestion keys', () => {
  it('drop tones, case, spaces and punctuation; v is ü', () => {
    assert.equal(suggestKey('Liǎng bù chóu'), 'liangbuchou');
    assert.equal(suggestKey('“绣花”功夫'), '绣花功夫');
    assert.equal(suggestKey('lvse'), suggestKey('lǜsè'));
  });
});

describe('suggestions while typing', () => {
  it('finds an entry by the start of any of its names, in every form', () => {
    for (const q of ['两不', '兩不愁', 'liang bu', 'liǎngbù', 'Two Assur', 'two assurances']) {
      assert.equal(suggest(entries, q)[0]?.path, 'terms/liang-bu-chou-san-bao-zhang/', q);
    }
    assert.deepEqual(paths(suggest(entries, '贫困县')), ['terms/tuo-pin-zhai-mao/']);
    assert.deepEqual(paths(suggest(entries, 'lvse')), ['terms/lv-se/']);
  });
  it('says which name matched when it is not the term, with its kind', () => {
    assert.deepEqual(suggest(entries, 'liangbu')[0]!.matched, { text: 'liǎng bù chóu sān bǎozhàng', kind: 'pinyin' });
    assert.deepEqual(suggest(entries, '兩不')[0]!.matched, { text: '兩不愁三保障', kind: 'traditional' });
    assert.equal(suggest(entries, '两不')[0]!.matched, undefined);
  });
  it('ranks a match at the start of a name before one inside it', () => {
    assert.deepEqual(paths(suggest(entries, '扶贫')), ['terms/jing-zhun-fu-pin/']);
    const both = suggest(entries, 'liang');
    assert.deepEqual(paths(both), ['terms/liang-bu-chou-san-bao-zhang/', 'terms/liang-fang-liang-cu-liang-jie-he/']);
    assert.deepEqual(paths(suggest(entries, '三保障')), ['terms/liang-bu-chou-san-bao-zhang/']);
  });
  it('suggests nothing for an empty query or one no name contains, and keeps to the limit', () => {
    assert.deepEqual(suggest(entries, '  '), []);
    assert.deepEqual(suggest(entries, '乡村振兴'), []);
    assert.equal(suggest(entries, 'a', 2).length, 2);
  });
});

describe('nearest entries for a query without results', () => {
  it('measures edit distance, whole and against a beginning', () => {
    assert.equal(editDistance('两不愁三保证', '两不愁三保障'), 1);
    assert.equal(editDistance('kitten', 'sitting'), 3);
    assert.equal(prefixDistance('liangbucou', 'liangbuchousanbaozhang'), 1);
    assert.equal(prefixDistance('jingzhun', 'jingzhunfupin'), 0);
  });
  it('finds the entry for a Chinese typo, a pinyin typo and an English misspelling', () => {
    assert.equal(nearest(entries, '两不愁三保证')[0]?.path, 'terms/liang-bu-chou-san-bao-zhang/');
    assert.equal(nearest(entries, '精准扶平')[0]?.path, 'terms/jing-zhun-fu-pin/');
    assert.equal(nearest(entries, 'liangbucou')[0]?.path, 'terms/liang-bu-chou-san-bao-zhang/');
    assert.equal(nearest(entries, 'jinzhunfupin')[0]?.path, 'terms/jing-zhun-fu-pin/');
    assert.equal(nearest(entries, 'targetted poverty')[0]?.path, 'terms/jing-zhun-fu-pin/');
  });
  it('offers nothing when no name is near', () => {
    assert.deepEqual(nearest(entries, '乡村振兴战略'), []);
    assert.deepEqual(nearest(entries, 'xyzzy'), []);
  });
});
