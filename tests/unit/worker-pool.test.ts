import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { WorkerPool } from '../../src/util/worker-pool.ts';

type Task = { op: 'double'; n: number } | { op: 'throw' } | { op: 'exit' } | { op: 'limits' } | { op: 'hold'; mb: number };
const WORKER = new URL('../fixtures/workers/arithmetic-worker.ts', import.meta.url);

describe('worker pool', () => {
  it('answers every task with its own result, spread over the workers', async () => {
    const pool = new WorkerPool<Task, { doubled: number; thread: number }>(WORKER, 3, { name: 'w' });
    try {
      const results = await Promise.all(Array.from({ length: 30 }, (_, n) => pool.run({ op: 'double', n })));
      assert.deepEqual(
        results.map((r) => r.doubled),
        Array.from({ length: 30 }, (_, n) => n * 2),
      );
      assert.equal(new Set(results.map((r) => r.thread)).size, 3);
    } finally {
      await pool.close();
    }
  });

  it('starts a worker only when there is work for it, and a further one only when every live worker has startAt tasks in flight', async () => {
    const pool = new WorkerPool<Task, { doubled: number; thread: number }>(WORKER, 3, { name: 'w' }, { startAt: 8 });
    try {
      assert.equal(pool.started, 0, 'no task, no worker');
      const few = await Promise.all(Array.from({ length: 8 }, (_, n) => pool.run({ op: 'double', n })));
      assert.equal(pool.started, 1);
      assert.equal(new Set(few.map((r) => r.thread)).size, 1, 'eight tasks at once fit on one worker');
      const many = await Promise.all(Array.from({ length: 30 }, (_, n) => pool.run({ op: 'double', n })));
      assert.equal(pool.started, 3, 'thirty at once need every worker, and no more than the size');
      assert.equal(new Set(many.map((r) => r.thread)).size, 3);
    } finally {
      await pool.close();
    }
  });

  it('rejects a task that throws with its message, and goes on with the next ones', async () => {
    const pool = new WorkerPool<Task, { doubled: number }>(WORKER, 1, { name: 'the worker' });
    try {
      await assert.rejects(pool.run({ op: 'throw' }), { message: 'the worker cannot do that' });
      assert.equal((await pool.run({ op: 'double', n: 21 })).doubled, 42);
    } finally {
      await pool.close();
    }
  });

  it('rejects what a dead worker held, and sends later tasks to the workers still alive', async () => {
    const pool = new WorkerPool<Task, { doubled: number }>(WORKER, 2, { name: 'w' });
    try {
      await assert.rejects(pool.run({ op: 'exit' }), /exit code 7/);
      const later = await Promise.all([1, 2, 3].map((n) => pool.run({ op: 'double', n })));
      assert.deepEqual(
        later.map((r) => r.doubled),
        [2, 4, 6],
      );
    } finally {
      await pool.close();
    }
  });

  it("starts its workers with the pool's heap limits", async () => {
    const pool = new WorkerPool<Task, { maxYoungGenerationSizeMb?: number }>(WORKER, 1, { name: 'w' }, { resourceLimits: { maxYoungGenerationSizeMb: 16 } });
    try {
      assert.equal((await pool.run({ op: 'limits' })).maxYoungGenerationSizeMb, 16);
    } finally {
      await pool.close();
    }
  });

  it('rejects every task once all its workers are gone', async () => {
    const pool = new WorkerPool<Task, { doubled: number }>(WORKER, 1, { name: 'w' });
    await assert.rejects(pool.run({ op: 'exit' }), /exit code 7/);
    await assert.rejects(pool.run({ op: 'double', n: 1 }), /exit code 7/);
    await pool.close();
  });

  it("frees a worker's heap when it closes, instead of leaving it resident for the 8 seconds V8 keeps a stopped worker's pages", async () => {
    const pool = new WorkerPool<Task, { held: number }>(WORKER, 1, { name: 'w' });
    const residentMb = () => process.memoryUsage().rss / 1024 / 1024;
    const before = residentMb();
    assert.equal((await pool.run({ op: 'hold', mb: 200 })).held, 2_000_000);
    const holding = residentMb();
    assert.ok(holding - before > 100, `the worker holds its objects (resident ${before.toFixed(0)} → ${holding.toFixed(0)} MB)`);
    await pool.close();
    const closed = residentMb();
    assert.ok(holding - closed > 100, `resident ${holding.toFixed(0)} MB while the worker held its objects, ${closed.toFixed(0)} MB once the pool closed`);
  });
});
