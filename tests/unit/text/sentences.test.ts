import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { narrowExcerpt, sentenceAround } from '../../../src/text/sentences.ts';

describe('narrowExcerpt: a shorter window around the match', () => {
  const text = '近年来，我市始终把脱贫攻坚作为改善民生的第一要务，大力实施精准扶贫、精准脱贫，通过不懈努力，减贫工作取得明显成效。';
  const start = text.indexOf('精准扶贫');
  const excerpt = sentenceAround(text, start, start + 4);

  it('keeps the match and at most `max` characters, marking what it clipped', () => {
    const narrow = narrowExcerpt(excerpt, 16);
    assert.equal(narrow.text.length, 16);
    assert.equal(narrow.text.slice(narrow.matchStart, narrow.matchEnd), '精准扶贫');
    assert.ok(text.includes(narrow.text));
    assert.equal(narrow.clippedStart, true);
    assert.equal(narrow.clippedEnd, true);
  });

  it('centres the match when there is room on both sides', () => {
    const narrow = narrowExcerpt(excerpt, 16);
    assert.equal(narrow.matchStart, 6);
    assert.equal(narrow.text.length - narrow.matchEnd, 6);
  });

  it('clips only the far end when the match is at the start of the sentence', () => {
    const first = sentenceAround(text, 0, 3);
    const narrow = narrowExcerpt(first, 10);
    assert.equal(narrow.text, text.slice(0, 10));
    assert.equal(narrow.clippedStart, false);
    assert.equal(narrow.clippedEnd, true);
  });

  it('returns an excerpt already that short unchanged, and never cuts the match', () => {
    assert.equal(narrowExcerpt(excerpt, 200), excerpt);
    const narrow = narrowExcerpt(excerpt, 2);
    assert.equal(narrow.text, '精准扶贫');
  });
});
