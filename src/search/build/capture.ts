/**
 * Search records made while the pages are generated: a worker thread
 * (search-record-worker.ts) receives every page from the capture middleware
 * and writes its record to a temporary file, which the index step then reads
 * instead of reading back and parsing every built HTML page, work that grows
 * with the site and is slowest when the pages have left the page cache.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { setPageSink } from '../../astro-internals.ts';
import { RecordFileReader, type RecordSpan } from './record-file.ts';
import type { SearchName } from '../core/term-names.ts';
import type { SearchRecordMessage, SearchRecordWorkerData } from './record-worker.ts';

export interface CapturedRecords {
  reader: RecordFileReader;
  /** Pages received from the middleware. */
  pages: number;
  /** Time the worker spent making records (on another core, during page generation). */
  busyMs: number;
  /** Closes the file and removes it. */
  dispose(): void;
}

export class PageCapture {
  readonly #dir = mkdtempSync(join(tmpdir(), 'kb-search-records-'));
  readonly #worker: Worker;
  readonly #failure: Promise<never>;

  constructor(names: Map<string, SearchName[]>) {
    const data: SearchRecordWorkerData = { file: join(this.#dir, 'records.ndjson'), names: [...names] };
    this.#worker = new Worker(new URL('./record-worker.ts', import.meta.url), { workerData: data });
    // A failed build never reaches finish(): the worker must not keep the process alive.
    this.#worker.unref();
    this.#failure = new Promise((_, reject) => {
      this.#worker.once('error', (error) => reject(new Error(`making search records failed: ${error instanceof Error ? error.message : error}`)));
    });
    this.#failure.catch(() => {});
    setPageSink((page, html) => this.#worker.postMessage({ page, html } satisfies SearchRecordMessage));
  }

  /** Stops capturing; resolves when every page received has its record in the file. */
  async finish(): Promise<CapturedRecords> {
    setPageSink(undefined);
    this.#worker.ref();
    const done = new Promise<{ spans: RecordSpan[]; busyMs: number }>((resolve) => this.#worker.once('message', resolve));
    this.#worker.postMessage({ finish: true } satisfies SearchRecordMessage);
    try {
      const { spans, busyMs } = await Promise.race([done, this.#failure]);
      const reader = new RecordFileReader(join(this.#dir, 'records.ndjson'), spans);
      return {
        reader,
        pages: spans.length,
        busyMs,
        dispose: () => {
          reader.close();
          this.#remove();
        },
      };
    } catch (error) {
      this.#remove();
      throw error;
    } finally {
      await this.#worker.terminate();
    }
  }

  #remove(): void {
    rmSync(this.#dir, { recursive: true, force: true });
  }
}
