/**
 * Worker thread: turns each page the build generates into its search record
 * (src/lib/search/extract-page.ts, search-record.ts), on the core that page
 * generation leaves idle, and appends it to a record file
 * (src/lib/search/record-file.ts). Answers "finish" with where each page's
 * record is.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { extractPage } from '../lib/search/extract-page.ts';
import { buildFoldTable } from '../lib/search/fold.ts';
import { RecordFileWriter } from '../lib/search/record-file.ts';
import { buildSearchRecord } from '../lib/search/search-record.ts';
import type { SearchName } from '../lib/search/term-names.ts';
import { foldToSimplified } from '../lib/script-fold.ts';

export interface SearchRecordWorkerData {
  file: string;
  names: Array<[string, SearchName[]]>;
}

export type SearchRecordMessage = { page: string; html: Uint8Array } | { finish: true };

const { file, names } = workerData as SearchRecordWorkerData;
const namesByUrl = new Map(names);
const table = buildFoldTable(foldToSimplified);
const writer = new RecordFileWriter(file);
const decoder = new TextDecoder();
let busyMs = 0;

parentPort!.on('message', (message: SearchRecordMessage) => {
  if ('finish' in message) {
    writer.close();
    parentPort!.postMessage({ spans: writer.spans, busyMs });
    return;
  }
  const started = performance.now();
  const page = extractPage(decoder.decode(message.html));
  writer.add(message.page, page && buildSearchRecord(message.page, page, table, { names: namesByUrl.get(message.page) }));
  busyMs += performance.now() - started;
});
