import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { SharedByKey } from '../../src/util/shared-by-key.ts';

describe('values shared by key', () => {
  it('creates one value per key for the users that hold it at once, and disposes of it when the last lets go', async () => {
    const created: string[] = [];
    const disposed: string[] = [];
    const shared = new SharedByKey<{ key: string }>(async (value) => {
      disposed.push(value.key);
    });
    const create = (key: string) => () => {
      created.push(key);
      return { key };
    };
    const a = shared.acquire('x', create('x'));
    const b = shared.acquire('x', create('x'));
    const c = shared.acquire('y', create('y'));
    assert.equal(a, b);
    assert.notEqual(a, c);
    assert.deepEqual(created, ['x', 'y']);
    await shared.release('x');
    assert.deepEqual(disposed, [], 'one user still holds x');
    assert.equal(shared.size, 2);
    await shared.release('x');
    assert.deepEqual(disposed, ['x']);
    assert.equal(shared.size, 1);
    const again = shared.acquire('x', create('x'));
    assert.notEqual(again, a, 'a key asked for after its last release gets a new value');
    assert.deepEqual(created, ['x', 'y', 'x']);
  });

  it('refuses a release of a key nothing holds', async () => {
    const shared = new SharedByKey<number>(async () => {});
    await assert.rejects(shared.release('z'), /release of "z", which nothing holds/);
  });
});
