/**
 * Worker thread: rewrites one gzip file of the search index with Zopfli when
 * that is smaller (recompress.ts), and answers with its bytes before and after.
 */
import { serveTasks } from '../../util/worker-pool.ts';
import { recompressFile } from './recompress.ts';

serveTasks(recompressFile);
