import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { mean, precisionAt, recallAt, reciprocalRank } from '../search-eval/metrics.ts';

const judged = {
  results: ['terms/a', 'sources/x', 'terms/b', 'sources/y'],
  mustFind: ['terms/a', 'sources/y', 'sources/z'],
  relevant: new Set(['terms/a', 'sources/y', 'sources/z', 'terms/b']),
  first: 'terms/a',
};

describe('search metrics', () => {
  it('recall counts must-find pages in the top k', () => {
    assert.equal(recallAt(10, judged), 2 / 3);
    assert.equal(recallAt(1, judged), 1 / 3);
  });
  it('precision counts relevant pages among the results shown', () => {
    assert.equal(precisionAt(5, judged), 3 / 4);
    assert.equal(precisionAt(5, { ...judged, results: [] }), 0);
  });
  it('reciprocal rank uses the required first page', () => {
    assert.equal(reciprocalRank(judged), 1);
    assert.equal(reciprocalRank({ ...judged, first: 'sources/y' }), 1 / 4);
    assert.equal(reciprocalRank({ ...judged, first: 'nowhere' }), 0);
  });
  it('averages', () => assert.equal(mean([1, 0, 0.5]), 0.5));
});
