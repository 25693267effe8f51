/** Splits a Markdown/MDX file into YAML frontmatter and body. */
import { parse, YAMLParseError } from 'yaml';

export interface SplitFile {
  data: unknown;
  body: string;
  /** Line in the file where the body starts (1-based). */
  bodyLine: number;
}

export class FrontmatterError extends Error {}

export function splitFrontmatter(text: string): SplitFile {
  const match = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/.exec(text);
  if (!match) throw new FrontmatterError('the file does not start with a --- frontmatter block');
  let data: unknown;
  try {
    data = parse(match[1]!);
  } catch (error) {
    const detail = error instanceof YAMLParseError ? error.message.split('\n')[0] : String(error);
    throw new FrontmatterError(`frontmatter is not valid YAML: ${detail}`);
  }
  const bodyLine = match[0].split('\n').length;
  return { data: data ?? {}, body: text.slice(match[0].length), bodyLine };
}
