/**
 * Splits a Markdown/MDX file into YAML frontmatter and body.
 *
 * The data is read by js-yaml, as Astro reads it (an unquoted 2018-06-20 is a
 * Date there too), so the guard checks exactly what the build will see; it is
 * also eight times faster than a reader that keeps source positions. Those
 * positions are only needed for messages, so the lines of the fields are found
 * (with `yaml`, which keeps them) when a message first asks for one.
 */
import { load, YAMLException } from 'js-yaml';
import { isMap, isSeq, LineCounter, parseDocument, type Node } from 'yaml';

/** The 1-based line in the file of every frontmatter field, by path: title, people[0].role … */
export class FieldLines {
  #lines: Map<string, number> | undefined;
  readonly #yaml: string;
  readonly #firstLine: number;

  /** `firstLine`: the file line the YAML starts on (2 in a frontmatter block, after the opening ---). */
  constructor(yaml: string, firstLine = 2) {
    this.#yaml = yaml;
    this.#firstLine = firstLine;
  }

  get(path: string): number | undefined {
    this.#lines ??= fieldLines(this.#yaml, this.#firstLine);
    return this.#lines.get(path);
  }
}

export interface SplitFile {
  data: unknown;
  body: string;
  /** Line in the file where the body starts (1-based). */
  bodyLine: number;
  fieldLines: FieldLines;
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

function fieldLines(yaml: string, firstLine: number): Map<string, number> {
  const lineCounter = new LineCounter();
  const doc = parseDocument(yaml, { lineCounter });
  const lines = new Map<string, number>();
  collectLines(doc.contents, '', (offset) => lineCounter.linePos(offset).line + firstLine - 1, lines);
  lines.delete('');
  return lines;
}

export function splitFrontmatter(text: string): SplitFile {
  const match = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/.exec(text);
  if (!match) throw new FrontmatterError('the file does not start with a --- frontmatter block');
  const yaml = match[1]!;
  let data: unknown;
  try {
    data = load(yaml);
  } catch (error) {
    if (!(error instanceof YAMLException)) throw error;
    // js-yaml counts lines from the YAML's first line; the file's is one further down.
    const line = error.mark ? ` (line ${error.mark.line + 2})` : '';
    throw new FrontmatterError(`frontmatter is not valid YAML: ${error.reason}${line}`);
  }
  const bodyLine = match[0].split('\n').length;
  return { data: data ?? {}, body: text.slice(match[0].length), bodyLine, fieldLines: new FieldLines(yaml) };
}
