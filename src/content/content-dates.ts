/**
 * When each content file last changed, from git: one `git log` over the whole
 * content folder (newest commit first, the files each commit touched) and one
 * `git diff` for the files changed since HEAD. Pure parsing and resolving here;
 * src/content/git-dates.ts runs git.
 *
 * Rules, so that two builds of the same checkout give the same bytes:
 * - a committed, unchanged file: the committer date of the last commit that touched it;
 * - a file changed since HEAD, or not committed at all: the date of the newest
 *   commit that touched the content folder (the same for every such file);
 * - no git (a copy without history, a content folder outside the repository):
 *   SOURCE_DATE_EPOCH when it is set, otherwise unknown (null): pages then print
 *   no 最后更新, the sitemap no <lastmod>, and the Atom feed UNKNOWN_DATE.
 */

/** Atom requires <updated>: the feed's value for a date git cannot tell (the Unix epoch, recognisably not a real date). */
export const UNKNOWN_DATE = '1970-01-01T00:00:00Z';

/** The marker that starts each commit in the log format `--format=@@%cI --name-only`. */
export const COMMIT_MARKER = '@@';

export interface ContentDates {
  /** RFC 3339 UTC timestamp (2026-11-23T21:35:05Z) of a file relative to the content folder (sources/x.md, or sources/x without its extension), or null. */
  of(file: string): string | null;
  /** The newest date of any content file, or null when none is known. */
  newest: string | null;
}

/** An ISO date with offset as an RFC 3339 UTC timestamp without milliseconds. */
export function utcTimestamp(iso: string): string {
  return new Date(iso).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/**
 * Reads `git log --format=@@%cI --name-only --relative -- .` output: each file's newest
 * commit date, and the newest commit's date (the first one listed).
 */
export function parseGitLog(log: string): { files: Map<string, string>; head: string | null } {
  const files = new Map<string, string>();
  let head: string | null = null;
  let current: string | null = null;
  for (const line of log.split('\n')) {
    if (line.startsWith(COMMIT_MARKER)) {
      current = utcTimestamp(line.slice(COMMIT_MARKER.length).trim());
      head ??= current;
    } else if (line.trim() !== '' && current !== null && !files.has(line)) {
      files.set(line, current);
    }
  }
  return { files, head };
}

export interface GitAnswers {
  /** The log output, or null when git could not be run here. */
  log: string | null;
  /** `git diff --name-only --relative HEAD`: files changed since HEAD (relative to the content folder). */
  changed: string[];
  /** SOURCE_DATE_EPOCH, seconds, when set. */
  sourceDateEpoch?: string;
}

export function contentDates(git: GitAnswers, files: string[]): ContentDates {
  const epoch = git.sourceDateEpoch && /^\d+$/.test(git.sourceDateEpoch) ? utcTimestamp(new Date(Number(git.sourceDateEpoch) * 1000).toISOString()) : null;
  const dates = new Map<string, string | null>();
  if (git.log === null) {
    for (const file of files) dates.set(file, epoch);
  } else {
    const { files: committed, head } = parseGitLog(git.log);
    const changed = new Set(git.changed);
    for (const file of files) dates.set(file, changed.has(file) ? head : (committed.get(file) ?? head));
  }
  for (const [file, date] of [...dates]) dates.set(file.replace(/\.mdx?$/, ''), date);
  const known = [...dates.values()].filter((d): d is string => d !== null).sort();
  return { of: (file) => dates.get(file) ?? (git.log === null ? epoch : null), newest: known.at(-1) ?? null };
}

const shanghai = new Intl.DateTimeFormat('zh-CN', { timeZone: 'Asia/Shanghai', year: 'numeric', month: 'long', day: 'numeric' });

/** A timestamp as the pages print it: the date in Beijing time (2026年11月24日) and its ISO day for <time datetime>. */
export function displayDate(timestamp: string): { iso: string; text: string } {
  const date = new Date(timestamp);
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' })
      .formatToParts(date)
      .map((p) => [p.type, p.value]),
  );
  return { iso: `${parts.year}-${parts.month}-${parts.day}`, text: shanghai.format(date) };
}

/** The content file a built page shows (sources/x/index.html → sources/x), or null for list and other pages. */
export function pageContentFile(page: string): string | null {
  const match = /^(sources|terms)\/([a-z0-9]+(?:-[a-z0-9]+)*)\/index\.html$/.exec(page);
  return match ? `${match[1]}/${match[2]}` : null;
}
