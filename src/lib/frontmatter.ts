/** Splits a Markdown/MDX file into YAML frontmatter and body. */
import { isMap, isSeq, LineCounter, parseDocument, YAMLParseError, type Node } from 'yaml';

export interface SplitFile {
  data: unknown;
  body: string;
  /** Line in the file where the body starts (1-based). */
  bodyLine: number;
  /** Line in the file (1-based) of every frontmatter field, by path: title, people[0].role … */
  fieldLines: Map<string, number>;
}

export class FrontmatterError extends Error {}

/** Walks the YAML document and records where each field's value starts. */
function collectLines(node: unknown, path: string, line: (offset: number) => number, out: Map<string, number>): void {
  if (!node || typeof node !== 'object') return;
  const range = (node as Node).range;
  if (range) out.set(path, line(range[0]));
  if (isMap(node)) {
    for (const pair of node.items) {
      const key = pair.key as Node & { value?: unknown };
      const name = String(key?.value ?? key);
      const child = path ? `${path}.${name}` : name;
      if (key?.range) out.set(child, line(key.range[0]));
      collectLines(pair.value, child, line, out);
    }
  } else if (isSeq(node)) {
    node.items.forEach((item, i) => collectLines(item, `${path}[${i}]`, line, out));
  }
}

export function splitFrontmatter(text: string): SplitFile {
  const match = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/.exec(text);
  if (!match) throw new FrontmatterError('the file does not start with a --- frontmatter block');
  const lineCounter = new LineCounter();
  const doc = parseDocument(match[1]!, { lineCounter });
  if (doc.errors.length > 0) {
    const error = doc.errors[0]!;
    const detail = error instanceof YAMLParseError ? error.message.split('\n')[0] : String(error);
    throw new FrontmatterError(`frontmatter is not valid YAML: ${detail}`);
  }
  const data: unknown = doc.toJS();
  const fieldLines = new Map<string, number>();
  // +1: the YAML starts on the line after the opening ---.
  collectLines(doc.contents, '', (offset) => lineCounter.linePos(offset).line + 1, fieldLines);
  fieldLines.delete('');
  const bodyLine = match[0].split('\n').length;
  return { data: data ?? {}, body: text.slice(match[0].length), bodyLine, fieldLines };
}
