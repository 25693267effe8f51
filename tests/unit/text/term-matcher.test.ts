import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { termKey } from '../../../src/text/comparison-keys.ts';
import { TermMatcher } from '../../../src/text/term-matcher.ts';

const matcher = new TermMatcher([
  { slug: 'fu-pin', names: ['扶贫'] },
  { slug: 'yi-di', names: ['易地扶贫搬迁'] },
  { slug: 'shou-xian', names: ['四个首先'] },
  { slug: 'lbc', names: ['两不愁三保障', '两不愁'] },
  { slug: 'one-n', names: ['1+N体系'] },
]);

describe('TermMatcher', () => {
  it('prefers the longest term at a position (易地扶贫搬迁, not 扶贫)', () => {
    const found = matcher.findAll('组织好易地扶贫搬迁工作');
    assert.deepEqual(
      found.map((m) => [m.slug, m.text]),
      [['yi-di', '易地扶贫搬迁']],
    );
  });

  it('finds terms with no word boundaries around them', () => {
    const found = matcher.findAll('精准扶贫精准脱贫');
    assert.deepEqual(
      found.map((m) => [m.slug, m.start, m.end]),
      [['fu-pin', 2, 4]],
    );
  });

  it('ignores quote marks inside a term and keeps the closing quote with the link text', () => {
    const text = '切实做到四个“首先”，部署工作';
    const [match] = matcher.findAll(text);
    assert.equal(match?.slug, 'shou-xian');
    assert.equal(match?.text, '四个“首先”');
    assert.equal(text.slice(match!.start, match!.end), '四个“首先”');
  });

  it('does not include the opening quote around a quoted term', () => {
    const [match] = matcher.findAll('聚焦“两不愁三保障”突出问题');
    assert.equal(match?.text, '两不愁三保障');
  });

  it('folds Traditional characters to Simplified but reports original offsets', () => {
    const text = '組織好易地扶貧搬遷，實施好';
    const [match] = matcher.findAll(text);
    assert.equal(match?.slug, 'yi-di');
    assert.equal(match?.text, '易地扶貧搬遷');
  });

  it('matches full-width variants of ASCII symbols', () => {
    const [match] = matcher.findAll('建立“１＋Ｎ”体系');
    assert.equal(match?.slug, 'one-n');
  });

  it('finds every occurrence, left to right, without overlaps', () => {
    const found = matcher.findAll('“两不愁”已经基本解决，两不愁三保障是核心，扶贫');
    assert.deepEqual(
      found.map((m) => m.text),
      ['两不愁', '两不愁三保障', '扶贫'],
    );
  });

  it('returns nothing for text without terms', () => {
    assert.deepEqual(matcher.findAll('今天天气很好。'), []);
  });

  it('gives the same key to names that differ only by quotes, spaces or script', () => {
    assert.equal(termKey('四个“首先”'), termKey('四个首先'));
    assert.equal(termKey('兩不愁 三保障'), termKey('两不愁三保障'));
    assert.notEqual(termKey('两不愁'), termKey('两不愁三保障'));
  });

  it('keeps the work per character bounded by the longest term, not the number of terms', () => {
    // 5,000 unrelated terms must not change what is found or need a scan per term.
    const many = Array.from({ length: 5000 }, (_, i) => ({ slug: `t${i}`, names: [`术语${i}号`] }));
    const big = new TermMatcher([...many, { slug: 'fu-pin', names: ['扶贫'] }]);
    const text = '扶贫'.repeat(2000);
    const found = big.findAll(text);
    assert.equal(found.length, 2000);
    assert.ok(found.every((m) => m.slug === 'fu-pin'));
  });
});
