/**
 * Pagefind's index files as classic scripts. A page opened from a folder
 * (file://) may not fetch() files, but it may load <script src> from beside
 * itself; each script hands its file's bytes to the search page.
 */

/** The global the data scripts register into: path under pagefind/ → base64 bytes. */
export const DATA_GLOBAL = '__kbPagefindData';

/** Script that registers one file. */
export function dataScript(pathInPagefind: string, bytes: Uint8Array): string {
  const b64 = Buffer.from(bytes).toString('base64');
  return `(self.${DATA_GLOBAL}||(self.${DATA_GLOBAL}={}))[${JSON.stringify(pathInPagefind)}]=${JSON.stringify(b64)};\n`;
}

/** Where the script for a Pagefind file lives: the file's own path plus .js. */
export const dataScriptPath = (pathInPagefind: string): string => `${pathInPagefind}.js`;
