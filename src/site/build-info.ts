/**
 * When this copy was built. Reproducible builds pin it with SOURCE_DATE_EPOCH
 * (seconds); otherwise the last commit's date is used, then the current time.
 * Read once per process, however many copies of this module the build's
 * bundles evaluate (src/util/process-memo.ts).
 */
import { execFileSync } from 'node:child_process';
import { processMemo } from '../util/process-memo.ts';

function computeBuildDate(): Date {
  const epoch = process.env.SOURCE_DATE_EPOCH;
  if (epoch && /^\d+$/.test(epoch)) return new Date(Number(epoch) * 1000);
  try {
    const out = execFileSync('git', ['log', '-1', '--format=%ct'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
    if (/^\d+\s*$/.test(out)) return new Date(Number(out) * 1000);
  } catch {
    // not a git checkout
  }
  return new Date();
}

export const buildDate = new Date(processMemo('build-date', () => computeBuildDate().getTime()));
const date = buildDate;
const shanghai = new Intl.DateTimeFormat('zh-CN', { timeZone: 'Asia/Shanghai', year: 'numeric', month: 'long', day: 'numeric' });

export const buildInfo = {
  isoDate: date.toISOString().slice(0, 10),
  /** RFC 3339, for the Atom feed. */
  timestamp: date.toISOString().replace(/\.\d{3}Z$/, 'Z'),
  displayDate: shanghai.format(date),
};
