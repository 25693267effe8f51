/**
 * The archive name of a new raw file: `NNN_<16 hex>.txt`, like the others. NNN is
 * the next number after the highest in the archive (three digits or more); the
 * hex part is the start of the file's SHA-256, so the name also identifies the bytes.
 */
import { ARCHIVE_FILE_PATTERN } from '../schema.ts';

export function nextArchiveName(existing: string[], sha256: string): string {
  const numbers = existing.filter((n) => ARCHIVE_FILE_PATTERN.test(n)).map((n) => Number(n.slice(0, n.indexOf('_'))));
  const next = numbers.length === 0 ? 0 : Math.max(...numbers) + 1;
  return `${String(next).padStart(3, '0')}_${sha256.slice(0, 16)}.txt`;
}

/** The default slug of a draft until the editor names it `<year>-<place>-<topic>`: source-005. */
export function draftSlug(archiveName: string): string {
  return `source-${archiveName.slice(0, archiveName.indexOf('_'))}`;
}
