import assert from 'node:assert/strict';
import { test } from 'node:test';
import { gzipSync } from 'node:zlib';
import { inflatedResponse } from '../../../src/search/browser/native-gunzip.ts';

const text = (response: Response) => response.arrayBuffer().then((b) => Buffer.from(b).toString('utf8'));

test('a gzip index file reaches Pagefind inflated, starting with its signature', async () => {
  const file = `pagefind_dcd${JSON.stringify({ url: '/terms/x/', content: '两不 不愁 愁三 三保 保障 障' })}`;
  const response = await inflatedResponse(new Response(gzipSync(file)));
  assert.equal(await text(response), file);
});

test('a file that is not gzip reaches Pagefind as it came', async () => {
  const file = 'pagefind_dcd{"already":"inflated"}';
  assert.equal(await text(await inflatedResponse(new Response(file))), file);
});
