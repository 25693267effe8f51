import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { MAX_TITLE, parseSelection, selectionQuery } from '../../../src/site/print-selection.ts';

const known = ['fu-pin', 'wu-ge-yi-pi', 'liu-ge-jing-zhun'];

describe('glossary sheet selection', () => {
  it('reads comma-separated ids in the order given, without repeats', () => {
    assert.deepEqual(parseSelection('?ids=wu-ge-yi-pi,fu-pin,wu-ge-yi-pi', known), { ids: ['wu-ge-yi-pi', 'fu-pin'], unknown: [], title: '' });
  });

  it('reads repeated ids as the picker form submits them, and Chinese separators', () => {
    assert.deepEqual(parseSelection('?ids=fu-pin&ids=liu-ge-jing-zhun', known).ids, ['fu-pin', 'liu-ge-jing-zhun']);
    assert.deepEqual(parseSelection(`?ids=${encodeURIComponent('fu-pin，wu-ge-yi-pi、 liu-ge-jing-zhun')}`, known).ids, [
      'fu-pin',
      'wu-ge-yi-pi',
      'liu-ge-jing-zhun',
    ]);
  });

  it('sets unknown ids aside for a warning', () => {
    assert.deepEqual(parseSelection('?ids=fu-pin,bu-cun-zai', known), { ids: ['fu-pin'], unknown: ['bu-cun-zai'], title: '' });
  });

  it('takes a lesson title, trimmed and limited', () => {
    assert.equal(parseSelection(`?title=${encodeURIComponent(' 第三讲 ')}`, known).title, '第三讲');
    assert.equal([...parseSelection(`?title=${'讲'.repeat(100)}`, known).title].length, MAX_TITLE);
  });

  it('writes a selection back as a short query', () => {
    assert.equal(selectionQuery(['fu-pin', 'wu-ge-yi-pi']), '?ids=fu-pin,wu-ge-yi-pi');
    assert.equal(selectionQuery([]), '');
    const query = selectionQuery(['fu-pin'], '第一课');
    assert.deepEqual(parseSelection(query, known), { ids: ['fu-pin'], unknown: [], title: '第一课' });
  });
});
