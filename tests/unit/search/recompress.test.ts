import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { gunzipSync, gzipSync } from 'node:zlib';
import { filesEverySearchLoads, recompressWithZopfli } from '../../../src/search/build/recompress.ts';

const root = mkdtempSync(join(tmpdir(), 'kb-recompress-'));
after(() => rmSync(root, { recursive: true, force: true }));

/** A Pagefind-style file: gzip of the signature and a body that repeats, as an index does. */
const body = `pagefind_dcd${Array.from({ length: 400 }, (_, i) => `两不 不愁 愁三 三保 保障 障 ${i % 7}`).join(' ')}`;

test('the files every search loads: the metadata, the filter chunks and, in the first shard, the WebAssembly', () => {
  for (const shard of ['first', 'other']) {
    mkdirSync(join(root, shard, 'filter'), { recursive: true });
    mkdirSync(join(root, shard, 'index'), { recursive: true });
    mkdirSync(join(root, shard, 'fragment'), { recursive: true });
    for (const file of [
      'pagefind.und_1.pf_meta',
      'wasm.unknown.pagefind',
      'filter/und_2.pf_filter',
      'index/und_3.pf_index',
      'fragment/und_4.pf_fragment',
      'pagefind-entry.json',
    ])
      writeFileSync(join(root, shard, file), gzipSync(body, { level: 9 }));
  }
  const names = (dir: string, withWasm: boolean) => filesEverySearchLoads(join(root, dir), withWasm).map((f) => f.slice(join(root, dir).length + 1));
  assert.deepEqual(names('first', true).sort(), ['filter/und_2.pf_filter', 'pagefind.und_1.pf_meta', 'wasm.unknown.pagefind']);
  assert.deepEqual(names('other', false).sort(), ['filter/und_2.pf_filter', 'pagefind.und_1.pf_meta']);
});

test('Zopfli rewrites a file smaller than zlib at its best level, and it inflates to the same bytes', async () => {
  const file = join(root, 'first', 'pagefind.und_1.pf_meta');
  const before = readFileSync(file).length;
  const result = await recompressWithZopfli([file]);
  assert.equal(result.before, before);
  assert.ok(result.after < before, `${result.after} < ${before}`);
  assert.equal(readFileSync(file).length, result.after);
  assert.equal(gunzipSync(readFileSync(file)).toString('utf8'), body);
});

test('several files on two worker threads, which share one queue: each rewritten once, only when smaller, and the sums are theirs', async () => {
  const files = ['a', 'b', 'c'].map((name, i) => {
    const file = join(root, `${name}.pf_filter`);
    writeFileSync(file, gzipSync(`${body}${i}`, { level: 9 }));
    return file;
  });
  // Already as small as Zopfli makes it: stays as it is.
  await recompressWithZopfli([files[2]!], 1);
  const settled = readFileSync(files[2]!);
  const before = files.reduce((n, file) => n + readFileSync(file).length, 0);
  const result = await recompressWithZopfli(files, 2);
  assert.equal(result.before, before);
  assert.equal(
    result.after,
    files.reduce((n, file) => n + readFileSync(file).length, 0),
  );
  assert.ok(result.after < before, `${result.after} < ${before}`);
  assert.deepEqual(readFileSync(files[2]!), settled);
  files.forEach((file, i) => assert.equal(gunzipSync(readFileSync(file)).toString('utf8'), `${body}${i}`));
  const none = await recompressWithZopfli([]);
  assert.deepEqual([none.before, none.after], [0, 0]);
});
