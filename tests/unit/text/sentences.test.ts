import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { sentenceAround, sentenceSpans } from '../../../src/text/sentences.ts';

describe('sentences', () => {
  it('splits after 。！？； and a closing quote right after them, keeping offsets', () => {
    const text = '他说：“要精准扶贫。”然后呢？还有易地扶贫搬迁';
    const spans = sentenceSpans(text);
    assert.deepEqual(
      spans.map((s) => text.slice(s.start, s.end)),
      ['他说：“要精准扶贫。”', '然后呢？', '还有易地扶贫搬迁'],
    );
  });

  it('returns the whole sentence around a match, with the match offsets inside it', () => {
    const text = '第一句。实施精准扶贫，精准脱贫。第三句';
    const start = text.indexOf('精准扶贫');
    const excerpt = sentenceAround(text, start, start + 4);
    assert.equal(excerpt.text, '实施精准扶贫，精准脱贫。');
    assert.equal(excerpt.text.slice(excerpt.matchStart, excerpt.matchEnd), '精准扶贫');
    assert.equal(excerpt.clippedStart || excerpt.clippedEnd, false);
  });

  it('clips a long sentence to at most max characters, keeping the match and saying which side was clipped', () => {
    const text = `${'甲'.repeat(100)}两不愁三保障${'乙'.repeat(100)}。`;
    const start = text.indexOf('两不愁三保障');
    const excerpt = sentenceAround(text, start, start + 6, 20);
    assert.equal(excerpt.text.length, 20);
    assert.equal(excerpt.text.slice(excerpt.matchStart, excerpt.matchEnd), '两不愁三保障');
    assert.deepEqual([excerpt.clippedStart, excerpt.clippedEnd], [true, true]);
  });
});
