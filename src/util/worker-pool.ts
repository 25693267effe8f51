/**
 * A small pool of worker threads that run one kind of task: the caller sends
 * an input and gets a promise of the output; each task goes to the worker with
 * the fewest tasks in flight. Workers start when there is work for them: the
 * first with the first task, a further one (up to the pool's size) only when
 * every live worker has `startAt` tasks in flight, so a build of a few files
 * does not pay for starting workers it would leave idle. A task that throws in
 * its worker rejects with that error's message; a worker that dies rejects
 * everything it held, and still counts towards the size.
 *
 * The worker module calls `serveTasks` with its task function.
 *
 * Closing the pool asks each idle worker to let go of its memory before it
 * stops: V8 keeps a stopped worker's heap pages in a pool shared by the
 * process and frees them only 8 seconds later (V8's src/heap/page-pool.cc,
 * kReleaseTaskDelayInSeconds), so without that a worker's whole heap stays
 * resident into whatever the process does next.
 */
import { Session } from 'node:inspector/promises';
import { parentPort, Worker } from 'node:worker_threads';

interface TaskMessage<In> {
  id: number;
  input: In;
}

type ReplyMessage<Out> = { id: number; output: Out } | { id: number; error: string };

/** Sent by `close` to an idle worker, which answers with `RELEASED` once its memory is freed. */
const RELEASE = 'kb:worker-pool:release';
const RELEASED = 'kb:worker-pool:released';

interface Pending<Out> {
  resolve: (output: Out) => void;
  reject: (error: Error) => void;
}

interface Slot<Out> {
  worker: Worker;
  pending: Map<number, Pending<Out>>;
  failed?: Error;
}

export interface WorkerPoolOptions {
  /** Tasks in flight on every live worker before a further worker starts (default 1: as soon as all are busy). */
  startAt?: number;
  /** V8 heap limits of each worker (Node's `resourceLimits`). */
  resourceLimits?: import('node:worker_threads').ResourceLimits;
}

export class WorkerPool<In, Out> {
  readonly #workers: Array<Slot<Out>> = [];
  readonly #size: number;
  readonly #startAt: number;
  readonly #start: () => Slot<Out>;
  #nextId = 0;

  constructor(module: URL, size: number, workerData: unknown, options: WorkerPoolOptions = {}) {
    this.#size = Math.max(1, size);
    this.#startAt = Math.max(1, options.startAt ?? 1);
    this.#start = () => {
      const slot: Slot<Out> = { worker: new Worker(module, { workerData, resourceLimits: options.resourceLimits }), pending: new Map() };
      slot.worker.on('message', (reply: ReplyMessage<Out>) => {
        const task = slot.pending.get(reply.id);
        if (!task) return;
        slot.pending.delete(reply.id);
        if ('error' in reply) task.reject(new Error(reply.error));
        else task.resolve(reply.output);
      });
      const fail = (error: Error) => {
        slot.failed = error;
        for (const task of slot.pending.values()) task.reject(error);
        slot.pending.clear();
      };
      slot.worker.on('error', (error) => fail(error instanceof Error ? error : new Error(String(error))));
      slot.worker.on('exit', (code) => fail(new Error(`a worker stopped (exit code ${code})`)));
      this.#workers.push(slot);
      return slot;
    };
  }

  /** Workers started so far, live or not. */
  get started(): number {
    return this.#workers.length;
  }

  run(input: In): Promise<Out> {
    const working = this.#workers.filter((w) => !w.failed);
    const least = working.reduce<Slot<Out> | undefined>((a, b) => (a && a.pending.size <= b.pending.size ? a : b), undefined);
    const canStart = this.#workers.length < this.#size;
    if (!least && !canStart) return Promise.reject(this.#workers[0]!.failed);
    const slot = least && (least.pending.size < this.#startAt || !canStart) ? least : this.#start();
    const id = this.#nextId++;
    return new Promise<Out>((resolve, reject) => {
      slot.pending.set(id, { resolve, reject });
      slot.worker.postMessage({ id, input } satisfies TaskMessage<In>);
    });
  }

  /**
   * Stops every worker; tasks still in flight reject. A live worker with no task
   * in flight first lets go of its memory (`serveTasks`), so that its heap is
   * freed at once and not 8 seconds after it stops.
   */
  async close(): Promise<void> {
    await Promise.all(
      this.#workers.map(async (slot) => {
        if (!slot.failed && slot.pending.size === 0) await released(slot.worker);
        await slot.worker.terminate();
      }),
    );
  }
}

/** Asks an idle worker to free its memory; resolves when it has, or when it stops. */
function released(worker: Worker): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      worker.off('message', onMessage);
      worker.off('exit', done);
      resolve();
    };
    const onMessage = (message: unknown) => {
      if (message === RELEASED) done();
    };
    worker.on('message', onMessage);
    worker.on('exit', done);
    worker.postMessage(RELEASE);
  });
}

/**
 * Frees what this thread's V8 heap can free, and returns the freed pages to the
 * system at once: the collection V8 runs on low memory (the inspector's
 * HeapProfiler.collectGarbage), which, unlike a plain major GC, does not keep
 * the freed pages pooled for reuse.
 */
async function freeHeap(): Promise<void> {
  const session = new Session();
  session.connect();
  try {
    await session.post('HeapProfiler.collectGarbage');
  } finally {
    session.disconnect();
  }
}

export interface ServeOptions {
  /** Drops what the worker keeps between tasks, when the pool closes (before its heap is freed). */
  release?: () => void;
}

/**
 * Worker side: answers every task the pool sends with `task(input)`. When the
 * pool closes, runs `release` and frees the heap before the worker is stopped.
 */
export function serveTasks<In, Out>(task: (input: In) => Out | Promise<Out>, options: ServeOptions = {}): void {
  if (!parentPort) throw new Error('serveTasks must run in a worker thread');
  const port = parentPort;
  port.on('message', async (message: TaskMessage<In> | typeof RELEASE) => {
    if (message === RELEASE) {
      try {
        options.release?.();
        await freeHeap();
      } finally {
        port.postMessage(RELEASED);
      }
      return;
    }
    const { id, input } = message;
    try {
      port.postMessage({ id, output: await task(input) } satisfies ReplyMessage<Out>);
    } catch (error) {
      port.postMessage({ id, error: error instanceof Error ? error.message : String(error) } satisfies ReplyMessage<Out>);
    }
  });
}
