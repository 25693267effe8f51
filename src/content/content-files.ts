/**
 * Reads the raw content files from disk (outside Astro), for the content guard
 * and for building the term dictionary that the Markdown pipeline links with.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { TERM_RELATIONS_FILE } from './glossary/term-relations.ts';
import { FieldLines, FrontmatterError, splitFrontmatter } from './frontmatter.ts';
import { load, YAMLException } from 'js-yaml';

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
  /** content/references.yaml, the registry of public documents; absent when the file does not exist. */
  references?: RawEntry;
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

export const REFERENCES_FILE = 'references.yaml';

/** A plain YAML file read like a frontmatter block, so problems get the same field lines. */
export function readYamlFile(path: string, root: string): RawEntry | undefined {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
  const file = relative(root, path).split('\\').join('/');
  const slug = file.replace(/^.*\//, '').replace(/\.ya?ml$/, '');
  try {
    return { file, slug, data: load(text) ?? {}, body: '', fieldLines: new FieldLines(text, 1) };
  } catch (error) {
    if (!(error instanceof YAMLException)) throw error;
    const line = error.mark ? ` (line ${error.mark.line + 1})` : '';
    return { file, slug, data: {}, body: '', parseError: `the file is not valid YAML: ${error.reason}${line}` };
  }
}

export function readContent(contentDir: string, root: string): RawContent {
  const relationsPath = join(contentDir, TERM_RELATIONS_FILE);
  return {
    sources: readCollection(join(contentDir, 'sources'), root),
    terms: readCollection(join(contentDir, 'terms'), root),
    references: readYamlFile(join(contentDir, REFERENCES_FILE), root),
    ...(existsSync(relationsPath)
      ? { relations: { file: relative(root, relationsPath).split('\\').join('/'), text: readFileSync(relationsPath, 'utf8') } }
      : {}),
  };
}
