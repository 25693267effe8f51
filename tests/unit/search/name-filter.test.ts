import assert from 'node:assert/strict';
import { test } from 'node:test';
import { buildNameFilter, nameFilterTest } from '../../../src/search/core/name-filter.ts';

const keys = Array.from({ length: 12_000 }, (_, i) => `zzname${i % 2}词${i.toString(36)}`);

test('every name put in the filter is found (no false negatives)', () => {
  const has = nameFilterTest(buildNameFilter(keys));
  for (const key of keys) assert.ok(has(key), key);
});

test('words that are not names are rejected about 99 times in 100', () => {
  const has = nameFilterTest(buildNameFilter(keys));
  const others = Array.from({ length: 20_000 }, (_, i) => `zzname0扶贫${i}`);
  const rate = others.filter(has).length / others.length;
  assert.ok(rate < 0.02, `false positive rate ${rate}`);
});

test('about 10 bits a name, and the same names give the same bytes', () => {
  const filter = buildNameFilter(keys);
  assert.ok(filter.bits / keys.length > 9 && filter.bits / keys.length < 10.5, `${filter.bits / keys.length} bits a name`);
  assert.equal(filter.hashes, 7);
  assert.deepEqual(buildNameFilter([...keys].reverse()), filter);
});

test('an empty glossary gives a filter that finds nothing', () => {
  const has = nameFilterTest(buildNameFilter([]));
  assert.equal(has('zzname0两不愁三保障'), false);
});
