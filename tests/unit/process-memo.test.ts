import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, describe, it } from 'node:test';
import { processMemo } from '../../src/util/process-memo.ts';

const moduleUrl = new URL('../../src/util/process-memo.ts', import.meta.url);
const dir = mkdtempSync(join(tmpdir(), 'kb-process-memo-'));
after(() => rmSync(dir, { recursive: true, force: true }));

describe('values memoized per process', () => {
  it('computes a key once, and each key apart', () => {
    let calls = 0;
    const compute = (value: string) => () => {
      calls++;
      return value;
    };
    assert.equal(processMemo('test:a', compute('first')), 'first');
    assert.equal(processMemo('test:a', compute('second')), 'first');
    assert.equal(processMemo('test:b', compute('other')), 'other');
    assert.equal(calls, 2);
  });

  it('keeps a value that is undefined instead of computing it again', () => {
    let calls = 0;
    const nothing = () => {
      calls++;
      return undefined;
    };
    assert.equal(processMemo('test:undefined', nothing), undefined);
    assert.equal(processMemo('test:undefined', nothing), undefined);
    assert.equal(calls, 1);
  });

  it('caches nothing when the computation throws, so the next ask computes again', () => {
    assert.throws(
      () =>
        processMemo('test:throws', () => {
          throw new Error('no git');
        }),
      /no git/,
    );
    assert.equal(
      processMemo('test:throws', () => 'computed'),
      'computed',
    );
  });

  it('is shared by separate copies of the module, as a bundle with several chunks evaluates them', async () => {
    // A copy of the module under another URL is evaluated anew, with module variables of its own.
    const source = readFileSync(moduleUrl, 'utf8');
    const copies = [join(dir, 'copy-1.ts'), join(dir, 'copy-2.ts')];
    for (const copy of copies) writeFileSync(copy, source);
    const [one, two] = (await Promise.all(copies.map((copy) => import(pathToFileURL(copy).href)))) as Array<{ processMemo: typeof processMemo }>;
    assert.notEqual(one!.processMemo, two!.processMemo, 'two copies of the module');
    let calls = 0;
    const compute = () => {
      calls++;
      return { computedBy: calls };
    };
    const first = one!.processMemo('test:copies', compute);
    assert.equal(two!.processMemo('test:copies', compute), first);
    assert.equal(processMemo('test:copies', compute), first);
    assert.equal(calls, 1);
  });
});
