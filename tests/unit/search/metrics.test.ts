import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { mean, precisionAt, rankOf, recallAt, reciprocalRank, shownFirst } from '../../search-eval/metrics.ts';

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

describe('search metrics on the results layout (named entry, entry block, one result per source)', () => {
  const layout = {
    named: 'terms/n',
    entries: ['terms/e1', 'terms/e2'],
    results: ['sources/s1', 'sources/s2', 'sources/s3'],
    mustFind: ['terms/n', 'terms/e2', 'sources/s3'],
    relevant: new Set(['terms/n', 'sources/s1', 'sources/s3']),
    first: 'terms/n',
  };
  it('the named entry is shown first and ranks 1; the results follow it', () => {
    assert.equal(shownFirst(layout), 'terms/n');
    assert.equal(rankOf('sources/s1', layout), 2);
    assert.equal(shownFirst({ ...layout, named: undefined }), 'sources/s1');
  });
  it("the block's entries rank among the entries, after the named one", () => {
    assert.equal(rankOf('terms/e2', layout), 3);
    assert.equal(reciprocalRank({ ...layout, first: undefined, mustFind: ['terms/e1'] }), 1 / 2);
  });
  it('recall counts the named entry, the block and the first k results; the results beyond k do not count', () => {
    assert.equal(recallAt(10, layout), 1);
    assert.equal(recallAt(2, layout), 2 / 3);
  });
  it('precision reads the named entry and the results, not the block', () => {
    assert.equal(precisionAt(5, layout), 3 / 4);
  });
  it('a source that took two places is not counted once: its second place pushes the next source out of the top k', () => {
    const twice = { ...layout, named: undefined, entries: [], results: ['sources/s1', 'sources/s1', 'sources/s3'], mustFind: ['sources/s3'] };
    assert.equal(recallAt(2, twice), 0);
  });
});
