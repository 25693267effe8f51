/**
 * The archive's checksum list (`content/archive/SHA256SUMS`, the format of
 * `sha256sum`: 64 hex digits, two spaces, the file name). Raw archive files are
 * never edited: the content guard compares every listed file with its recorded
 * SHA-256 and every summary's `archiveFile` with the list.
 */
export interface ArchiveListing {
  /** The list's path relative to the project root, for messages. */
  checksumsFile: string;
  /** The list's text, or null when it does not exist. */
  checksums: string | null;
  /** A missing list is a problem for the project's own archive, not for a generated corpus (KB_SOURCES_DIR). */
  required: boolean;
  /** SHA-256 (lower-case hex) of an archive file's bytes, or null when the file does not exist. */
  sha256(name: string): string | null;
}

export interface ChecksumEntry {
  name: string;
  sha256: string;
  /** 1-based line in the list. */
  line: number;
}

export interface ChecksumProblem {
  file: string;
  line?: number;
  field: string;
  message: string;
}

const ENTRY = /^([0-9a-f]{64}) [ *](\S+)$/;

/** The list's entries and its malformed lines (blank lines are allowed). */
export function parseChecksums(text: string): { entries: ChecksumEntry[]; malformed: number[] } {
  const entries: ChecksumEntry[] = [];
  const malformed: number[] = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    if (raw.trim() === '') return;
    const match = ENTRY.exec(raw);
    if (match) entries.push({ sha256: match[1]!, name: match[2]!, line: i + 1 });
    else malformed.push(i + 1);
  });
  return { entries, malformed };
}

/** One line of the list for a file: what `sha256sum` prints and `source:add` appends. */
export function checksumLine(name: string, sha256: string): string {
  return `${sha256}  ${name}`;
}

/**
 * Problems with the archive: a list that is missing or malformed, a listed file that
 * is missing or changed, a summary whose archive file is not listed.
 */
export function checksumProblems(listing: ArchiveListing, summaries: Array<{ file: string; line?: number; archiveFile: string }>): ChecksumProblem[] {
  const list = listing.checksumsFile;
  if (listing.checksums === null) {
    return listing.required
      ? [
          {
            file: list,
            field: 'SHA256SUMS',
            message: 'the checksum list of the raw archive files is missing (one line per file: sha256sum *.txt > SHA256SUMS)',
          },
        ]
      : [];
  }
  const { entries, malformed } = parseChecksums(listing.checksums);
  const problems: ChecksumProblem[] = malformed.map((line) => ({
    file: list,
    line,
    field: 'SHA256SUMS',
    message: 'expected 64 lower-case hex digits, two spaces and a file name',
  }));
  const listed = new Map<string, ChecksumEntry>();
  for (const entry of entries) {
    const earlier = listed.get(entry.name);
    if (earlier) {
      problems.push({ file: list, line: entry.line, field: entry.name, message: `listed twice (also on line ${earlier.line})` });
      continue;
    }
    listed.set(entry.name, entry);
    const actual = listing.sha256(entry.name);
    if (actual === null) {
      problems.push({ file: list, line: entry.line, field: entry.name, message: 'listed, but the file is not in the archive folder' });
    } else if (actual !== entry.sha256) {
      problems.push({
        file: list,
        line: entry.line,
        field: entry.name,
        message: `the file has changed (SHA-256 ${actual}, recorded ${entry.sha256}): raw archive files are never edited; restore it (git checkout -- <file>) and repair noise with cleaning.replacements`,
      });
    }
  }
  for (const summary of summaries) {
    if (!listed.has(summary.archiveFile) && listing.sha256(summary.archiveFile) !== null) {
      problems.push({
        file: summary.file,
        line: summary.line,
        field: 'archiveFile',
        message: `"${summary.archiveFile}" has no checksum in ${list} (npm run source:add records it)`,
      });
    }
  }
  return problems;
}
