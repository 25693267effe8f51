/** Names of the offline copy, shared by the build and the about page. */

/** The folder inside the zip (and beside dist/), which the reader unzips and opens. */
export const OFFLINE_FOLDER = 'tuopin-kb-offline';

/** Where the zip is published on the hosted site, relative to the site root. */
export const OFFLINE_ZIP = `downloads/${OFFLINE_FOLDER}.zip`;

/** Human-readable size: 1.2 MB / 830 KB. */
export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
  return `${Math.max(1, Math.round(bytes / 1024))} KB`;
}
