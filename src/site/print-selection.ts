/**
 * The printable glossary sheet's selection, read from its URL:
 *   /print/terms/?ids=liang-bu-chou-san-bao-zhang,wu-ge-yi-pi&title=第一课
 * `ids` may also repeat (?ids=a&ids=b, as the page's own form submits it).
 */

export interface SheetSelection {
  /** Known term slugs, in the order given, without repeats. */
  ids: string[];
  /** Slugs that name no term, for a warning. */
  unknown: string[];
  /** The lesson title, if any (trimmed, at most 60 characters). */
  title: string;
}

export const MAX_TITLE = 60;

export function parseSelection(search: string, known: Iterable<string>): SheetSelection {
  const knownSet = new Set(known);
  const params = new URLSearchParams(search);
  const requested = params
    .getAll('ids')
    .flatMap((value) => value.split(/[\s,，、]+/))
    .map((id) => id.trim().toLowerCase())
    .filter(Boolean);
  const ids: string[] = [];
  const unknown: string[] = [];
  for (const id of new Set(requested)) (knownSet.has(id) ? ids : unknown).push(id);
  const title = [...(params.get('title') ?? '').trim()].slice(0, MAX_TITLE).join('');
  return { ids, unknown, title };
}

/** The query string that reproduces a selection: ?ids=a,b&title=… */
export function selectionQuery(ids: string[], title = ''): string {
  const params = new URLSearchParams();
  if (ids.length > 0) params.set('ids', ids.join(','));
  if (title) params.set('title', title);
  const text = params.toString().replaceAll('%2C', ',');
  return text ? `?${text}` : '';
}
