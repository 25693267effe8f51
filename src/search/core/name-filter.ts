/**
 * Which words might be glossary name tokens (see nameToken): a Bloom filter
 * over all of them, shipped in the search bundle. A query whose name token is
 * not in it names no entry, so the browser does not fetch the index chunk of
 * name tokens at all (on a large site, one chunk per index shard). A word
 * that is in it is looked up in the index; a false positive (about 1 in 100)
 * only costs that lookup.
 */
import { base64FromBytes, bytesFromBase64 } from '../../util/base64.ts';
import { fnv1a } from '../../util/hash.ts';

export interface NameFilter {
  /** Number of bits. */
  bits: number;
  /** Number of hash functions. */
  hashes: number;
  /** The bits, base64. */
  data: string;
}

/** Bit positions of `key`: double hashing from two independent FNV-1a hashes. */
function positions(key: string, bits: number, hashes: number): number[] {
  const a = fnv1a(key);
  const b = fnv1a(key, 0x01000193) | 1;
  return Array.from({ length: hashes }, (_, i) => (a + Math.imul(i, b)) >>> 0).map((h) => h % bits);
}

/** A filter for `keys` with about `falsePositiveRate` false positives. */
export function buildNameFilter(keys: Iterable<string>, falsePositiveRate = 0.01): NameFilter {
  const unique = [...new Set(keys)];
  const bits = Math.max(64, Math.ceil((-unique.length * Math.log(falsePositiveRate)) / Math.LN2 ** 2 / 8) * 8);
  const hashes = Math.max(1, Math.round((bits / Math.max(unique.length, 1)) * Math.LN2));
  const bytes = new Uint8Array(bits / 8);
  for (const key of unique) for (const p of positions(key, bits, hashes)) bytes[p >> 3]! |= 1 << (p & 7);
  return { bits, hashes, data: base64FromBytes(bytes) };
}

/** A membership test for the filter: false means surely not a name token. */
export function nameFilterTest(filter: NameFilter): (key: string) => boolean {
  const bytes = bytesFromBase64(filter.data);
  return (key) => positions(key, filter.bits, filter.hashes).every((p) => (bytes[p >> 3]! & (1 << (p & 7))) !== 0);
}
