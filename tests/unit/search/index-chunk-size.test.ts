import assert from 'node:assert/strict';
import { test } from 'node:test';
import { indexChunkSize, SMALLEST_INDEX_CHUNK } from '../../../src/search/build/index-chunk-size.ts';

const SIZES = [0, 1, 74, 213, 500, 1_000, 3_001, 5_000, 12_001, 30_000, 48_004, 100_000];

test('a small site keeps the smallest chunks', () => {
  for (const pages of [0, 1, 74, 213]) assert.equal(indexChunkSize(pages), SMALLEST_INDEX_CHUNK, `${pages} pages`);
});

test('chunks never shrink as the site grows, and come in steps of 100', () => {
  for (let i = 1; i < SIZES.length; i++) {
    const size = indexChunkSize(SIZES[i]!);
    assert.ok(size >= indexChunkSize(SIZES[i - 1]!), `${SIZES[i]} pages: ${size}`);
    assert.equal(size % 100, 0, `${SIZES[i]} pages: ${size}`);
  }
});

test('chunks grow with the square root of the number of pages: four times the pages, twice the chunk', () => {
  for (const pages of [3_001, 12_001, 25_000]) {
    const ratio = indexChunkSize(4 * pages) / indexChunkSize(pages);
    assert.ok(Math.abs(ratio - 2) <= 0.1, `${pages} → ${4 * pages} pages: ×${ratio.toFixed(2)}`);
  }
});

test('the benchmark corpora get a size between the measured neighbours of their best', () => {
  // First search transferred on 3,001 pages: 400 → 189 KB, 2,000 → 178 KB, 8,000 → 196 KB;
  // on 12,001 pages: 400 → 414 KB, 3,000 → 387 KB, 8,000 → 401 KB.
  const at3k = indexChunkSize(3_001);
  const at12k = indexChunkSize(12_001);
  assert.ok(at3k > 400 && at3k < 8_000, `3,001 pages: ${at3k}`);
  assert.ok(at12k > 400 && at12k < 8_000, `12,001 pages: ${at12k}`);
  assert.ok(Math.abs(at3k - 2_000) < Math.abs(at3k - 400) && Math.abs(at12k - 3_000) < Math.abs(at12k - 8_000));
});
