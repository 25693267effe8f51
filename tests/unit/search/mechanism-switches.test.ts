/**
 * KB_WITHOUT (src/config.ts) turns a large-site mechanism off so that
 * scripts/bench/mechanisms.ts can measure a build without it: the search
 * index's switches do what they say, and a real build keeps every mechanism.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { nameFilterFor } from '../../../src/search/build/search-index-step.ts';
import { buildFoldTable } from '../../../src/search/core/fold.ts';
import { nameFilterTest } from '../../../src/search/core/name-filter.ts';
import { foldToSimplified } from '../../../src/text/script-fold.ts';

describe('large-site mechanisms turned off for a measurement', () => {
  it('ships a name filter that answers "maybe" to every word when name-filter is off', () => {
    const table = buildFoldTable(foldToSimplified);
    const names = new Map([['/terms/a/', [{ text: '精准扶贫', rank: 0 }]]]) as Parameters<typeof nameFilterFor>[0];
    const on = nameFilterTest(nameFilterFor(names, table));
    const off = nameFilterTest(nameFilterFor(names, table, true));
    const words = Array.from({ length: 200 }, (_, i) => `词${i}`);
    assert.ok(words.filter(on).length < 20, 'the real filter rules most words out');
    assert.equal(words.filter(off).length, words.length);
  });
});
