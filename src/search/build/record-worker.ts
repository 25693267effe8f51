/**
 * Worker thread: turns each page the build generates into its search record
 * (src/search/build/extract-page.ts, search-record.ts), on the core that page
 * generation leaves idle, and appends it to a record file
 * (src/search/build/record-file.ts). Answers "finish" with where each page's
 * record is.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { extractPage } from './extract-page.ts';
import { buildFoldTable } from '../core/fold.ts';
import { RecordFileWriter } from './record-file.ts';
import { buildSearchRecord } from '../core/search-record.ts';
import type { SearchName } from '../core/term-names.ts';
import { foldToSimplified } from '../../text/script-fold.ts';

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
