/**
 * The built site as the after-build steps see it: every file under dist/ (one
 * walk, when the steps start) and every page with the URL it is served at.
 * A step that writes a file adds it here, so the steps after it see the file
 * without walking dist/ again.
 */
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { pathOfFile } from '../site/urls.ts';

/** What a built page is, from where Astro wrote it. */
export type PageType = 'home' | 'source' | 'source-text' | 'term' | 'not-found' | 'other';

export interface BuiltPage {
  /** The HTML file under the site root: terms/x/index.html */
  file: string;
  /** The site path it is served at: terms/x/ ('' for the home page) */
  path: string;
  /** The base path and the site path: /kb/terms/x/ */
  url: string;
  type: PageType;
}

export function pageType(file: string): PageType {
  if (file === 'index.html') return 'home';
  if (file === '404.html') return 'not-found';
  if (/^sources\/[^/]+\/index\.html$/.test(file)) return 'source';
  if (/^sources\/[^/]+\/text\/index\.html$/.test(file)) return 'source-text';
  if (/^terms\/[^/]+\/index\.html$/.test(file)) return 'term';
  return 'other';
}

/** Every file under `dir`, as '/'-separated paths relative to it. */
export function walkFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => relative(dir, join(d.parentPath, d.name)).split('\\').join('/'));
}

export class BuiltSite {
  /** The build folder. */
  readonly dir: string;
  /** The site's base path ('/', '/kb/'). */
  readonly base: string;
  readonly #files: Set<string>;
  #sorted: string[] | null = null;

  constructor(dir: string, base: string, files: Iterable<string>) {
    this.dir = dir;
    this.base = base;
    this.#files = new Set(files);
  }

  /** Walks `dir` once. */
  static read(dir: string, base: string): BuiltSite {
    return new BuiltSite(dir, base, walkFiles(dir));
  }

  /** Every file, sorted by path (the order every step reads them in). */
  files(): readonly string[] {
    this.#sorted ??= [...this.#files].sort();
    return this.#sorted;
  }

  has(path: string): boolean {
    return this.#files.has(path);
  }

  /** Every HTML page (Pagefind's folder aside), sorted by file. */
  pages(): BuiltPage[] {
    return this.files()
      .filter((file) => file.endsWith('.html') && !file.startsWith('pagefind/'))
      .map((file) => {
        const path = pathOfFile(file);
        return { file, path, url: this.base + path, type: pageType(file) };
      });
  }

  /** The absolute path of a file of the site. */
  abs(path: string): string {
    return join(this.dir, path);
  }

  /** Records files a step wrote. */
  add(...paths: string[]): void {
    for (const path of paths) this.#files.add(path);
    this.#sorted = null;
  }

  /** Records files a step removed. */
  remove(...paths: string[]): void {
    for (const path of paths) this.#files.delete(path);
    this.#sorted = null;
  }
}
