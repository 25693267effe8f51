import assert from 'node:assert/strict';
import { test } from 'node:test';
import { indexChunkSize, SMALLEST_INDEX_CHUNK } from '../../src/search/build/index-chunk-size.ts';

test('a small site keeps the smallest chunks', () => {
  assert.equal(indexChunkSize(74), SMALLEST_INDEX_CHUNK);
  assert.equal(indexChunkSize(0), SMALLEST_INDEX_CHUNK);
});

test('chunks grow with the square root of the number of pages, near the measured best sizes', () => {
  assert.equal(indexChunkSize(3001), 1500);
  assert.equal(indexChunkSize(12001), 3000);
  // Four times the pages, twice the chunk.
  assert.equal(indexChunkSize(48004), 2 * indexChunkSize(12001));
});
