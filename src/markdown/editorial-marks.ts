/**
 * Editorial marks: the two inline elements a summary may contain, written the
 * same way in Markdown and MDX — <Inferred>…</Inferred> for an editor's
 * inference and <Outside>…</Outside> for knowledge from outside the sources.
 * In MDX they are components (src/components/mdx); in Markdown, where they are
 * raw HTML, remark-editorial-marks turns them into the same <span>. Anything
 * else that looks like an HTML tag in a summary is a mistake (a typo such as
 * <Infered> would otherwise pass through Markdown silently), and
 * `markupProblems` reports it with its place.
 */

export interface EditorialMark {
  className: string;
  title: string;
}

export const EDITORIAL_MARKS = {
  Inferred: { className: 'inferred', title: '编者推断，非原文明言' },
  Outside: { className: 'outside', title: '外部知识，来源未提及' },
} as const satisfies Record<string, EditorialMark>;

export type EditorialMarkName = keyof typeof EDITORIAL_MARKS;

const isMarkName = (name: string): name is EditorialMarkName => Object.hasOwn(EDITORIAL_MARKS, name);

/** The opening <span> of a mark, as HTML. */
export function markOpeningTag(name: EditorialMarkName): string {
  const mark = EDITORIAL_MARKS[name];
  return `<span class="${mark.className}" title="${mark.title}">`;
}

/** `<Inferred>` → { name, closing: false }; anything that is not exactly a mark tag → undefined. */
export function parseMarkTag(html: string): { name: EditorialMarkName; closing: boolean } | undefined {
  const match = /^<(\/?)([A-Za-z]+)>$/.exec(html.trim());
  if (!match || !isMarkName(match[2]!)) return undefined;
  return { name: match[2] as EditorialMarkName, closing: match[1] === '/' };
}

export interface MarkupProblem {
  /** Offset of the tag in the body. */
  offset: number;
  message: string;
}

/** Something shaped like an HTML tag or comment; autolinks (<https://…>) are Markdown, not HTML. */
const TAG = /<!--[\s\S]*?-->|<\/?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?\/?>/g;
/** Code spans and fenced code: tags there are text. */
const CODE = /```[\s\S]*?```|`[^`\n]*`/g;

/**
 * Checks a summary body: only the editorial marks, each closed, none nested in
 * another of the same kind, and no other HTML.
 */
export function markupProblems(body: string): MarkupProblem[] {
  const text = body.replace(CODE, (code) => ' '.repeat(code.length));
  const problems: MarkupProblem[] = [];
  const open: Array<{ name: EditorialMarkName; offset: number }> = [];
  for (const match of text.matchAll(TAG)) {
    const tag = match[0];
    const mark = parseMarkTag(tag);
    if (!mark) {
      const allowed = Object.keys(EDITORIAL_MARKS)
        .map((n) => `<${n}>`)
        .join(' and ');
      problems.push({
        offset: match.index,
        message: `unknown markup ${tag.length > 40 ? `${tag.slice(0, 40)}…` : tag}: a summary may contain only ${allowed}`,
      });
    } else if (!mark.closing) {
      if (open.some((o) => o.name === mark.name)) problems.push({ offset: match.index, message: `<${mark.name}> inside another <${mark.name}>` });
      open.push({ name: mark.name, offset: match.index });
    } else {
      const last = open.at(-1);
      if (last?.name === mark.name) open.pop();
      else
        problems.push({
          offset: match.index,
          message: last ? `</${mark.name}> where </${last.name}> was expected` : `</${mark.name}> has no opening <${mark.name}>`,
        });
    }
  }
  for (const o of open) problems.push({ offset: o.offset, message: `<${o.name}> is never closed` });
  return problems.sort((a, b) => a.offset - b.offset);
}
