/**
 * A file of search records, written while the pages are generated and read
 * back by the index step: one JSON record per line, and an index of where each
 * page's line is, so the index step reads any page's record on its own (the
 * records are appended in the order pages finish rendering, which varies from
 * build to build; the index is fed in a fixed order).
 */
import { closeSync, openSync, readSync, writeSync } from 'node:fs';
import type { SearchRecord } from '../core/search-record.ts';

/** Where one page's record is in the file; `bytes` 0: the page has nothing to index. */
export interface RecordSpan {
  url: string;
  offset: number;
  bytes: number;
}

export class RecordFileWriter {
  readonly #fd: number;
  #offset = 0;
  readonly spans: RecordSpan[] = [];

  constructor(path: string) {
    this.#fd = openSync(path, 'w');
  }

  /** Appends a page's record, or notes that the page has none. */
  add(url: string, record: SearchRecord | null): void {
    if (!record) {
      this.spans.push({ url, offset: this.#offset, bytes: 0 });
      return;
    }
    const line = Buffer.from(`${JSON.stringify(record)}\n`);
    writeSync(this.#fd, line);
    this.spans.push({ url, offset: this.#offset, bytes: line.length });
    this.#offset += line.length;
  }

  close(): void {
    closeSync(this.#fd);
  }
}

export class RecordFileReader {
  readonly #fd: number;
  readonly #spans: Map<string, RecordSpan>;

  constructor(path: string, spans: readonly RecordSpan[]) {
    this.#fd = openSync(path, 'r');
    this.#spans = new Map(spans.map((s) => [s.url, s]));
  }

  /** Whether the page at `url` was written to the file (with or without a record). */
  has(url: string): boolean {
    return this.#spans.has(url);
  }

  /** The page's record; null when it has nothing to index. */
  read(url: string): SearchRecord | null {
    const span = this.#spans.get(url);
    if (!span) throw new Error(`no search record was written for ${url}`);
    if (span.bytes === 0) return null;
    const buffer = Buffer.allocUnsafe(span.bytes);
    readSync(this.#fd, buffer, 0, span.bytes, span.offset);
    return JSON.parse(buffer.toString('utf8')) as SearchRecord;
  }

  close(): void {
    closeSync(this.#fd);
  }
}
