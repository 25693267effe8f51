/**
 * Values an editor still has to write. `npm run source:add` writes a draft
 * summary whose unknown fields hold a TODO marker (`TODO：标题……`, with a hint
 * after the colon); the content guard reports each one as "still to write" and
 * fails, so a draft is never built, let alone published, until every one is
 * replaced. Schema problems inside a TODO field are left out: the TODO says it.
 */
export const TODO_MARK = 'TODO';

/** A TODO value with its hint: todo('标题') → 'TODO：标题'. */
export function todo(hint: string): string {
  return `${TODO_MARK}：${hint}`;
}

export function isTodo(value: unknown): value is string {
  return typeof value === 'string' && value.trimStart().startsWith(TODO_MARK);
}

/** The hint of a TODO value: 'TODO：标题' → '标题'. */
export function todoHint(value: string): string {
  return (
    value
      .trimStart()
      .slice(TODO_MARK.length)
      .replace(/^[\s:：]+/u, '')
      .trim() || '(no hint)'
  );
}

/** Every frontmatter field holding a TODO value, by path (people[0].role), with its hint. */
export function todoFields(value: unknown, path = ''): Array<{ field: string; hint: string }> {
  if (isTodo(value)) return [{ field: path, hint: todoHint(value) }];
  if (Array.isArray(value)) return value.flatMap((v, i) => todoFields(v, `${path}[${i}]`));
  if (value && typeof value === 'object' && !(value instanceof Date)) {
    return Object.entries(value).flatMap(([k, v]) => todoFields(v, path ? `${path}.${k}` : k));
  }
  return [];
}

/** Body lines (0-based offsets into the body) that start with a TODO marker. */
export function todoLines(body: string): Array<{ offset: number; hint: string }> {
  const found: Array<{ offset: number; hint: string }> = [];
  let offset = 0;
  for (const line of body.split('\n')) {
    if (isTodo(line)) found.push({ offset, hint: todoHint(line) });
    offset += line.length + 1;
  }
  return found;
}

/** True when `field` is a TODO field or lies inside one (quotes[0] inside quotes[0].text is not; quotes[0].text.x is). */
export function withinTodo(field: string, todos: Array<{ field: string }>): boolean {
  return todos.some((t) => field === t.field || field.startsWith(`${t.field}.`) || field.startsWith(`${t.field}[`));
}
