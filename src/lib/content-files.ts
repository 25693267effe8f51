/**
 * Reads the raw content files from disk (outside Astro), for the content guard
 * and for building the term dictionary that the Markdown pipeline links with.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { TERM_RELATIONS_FILE } from './term-relations.ts';
import { FieldLines, FrontmatterError, splitFrontmatter } from './frontmatter.ts';

export interface RawEntry {
  /** Path relative to the project root, for messages: content/terms/x.md */
  file: string;
  /** File name without extension. */
  slug: string;
  data: unknown;
  body: string;
  /** Line in the file where the body starts (1-based), for messages. */
  bodyLine?: number;
  /** Line of each frontmatter field by path (title, quotes[0].text …), for messages. */
  fieldLines?: FieldLines;
  /** Set when the frontmatter could not be parsed at all. */
  parseError?: string;
}

export interface RawContent {
  sources: RawEntry[];
  terms: RawEntry[];
  /** content/term-relations.yaml (broader/narrower terms), when the file exists. */
  relations?: { file: string; text: string };
}

const CONTENT_FILE = /\.(md|mdx)$/;

export function readCollection(dir: string, root: string): RawEntry[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  return names
    .filter((name) => CONTENT_FILE.test(name))
    .sort()
    .map((name) => {
      const path = join(dir, name);
      const file = relative(root, path).split('\\').join('/');
      const slug = name.replace(CONTENT_FILE, '');
      const text = readFileSync(path, 'utf8');
      try {
        const { data, body, bodyLine, fieldLines } = splitFrontmatter(text);
        return { file, slug, data, body, bodyLine, fieldLines };
      } catch (error) {
        const parseError = error instanceof FrontmatterError ? error.message : String(error);
        return { file, slug, data: {}, body: '', parseError };
      }
    });
}

export function readContent(contentDir: string, root: string): RawContent {
  const relationsPath = join(contentDir, TERM_RELATIONS_FILE);
  return {
    sources: readCollection(join(contentDir, 'sources'), root),
    terms: readCollection(join(contentDir, 'terms'), root),
    ...(existsSync(relationsPath)
      ? { relations: { file: relative(root, relationsPath).split('\\').join('/'), text: readFileSync(relationsPath, 'utf8') } }
      : {}),
  };
}
