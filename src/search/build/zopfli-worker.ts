/**
 * Worker thread: rewrites gzip files of the search index with Zopfli when that
 * is smaller (recompress.ts), taking each from the queue the workers share, and
 * answers with its bytes before and after.
 */
import { serveTasks } from '../../util/worker-pool.ts';
import { recompressShare } from './recompress.ts';

serveTasks(recompressShare);
