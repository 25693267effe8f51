/** Previous and next items in an ordered list, for reading pages in sequence. */

export interface Neighbours<T> {
  previous?: T | undefined;
  next?: T | undefined;
}

/**
 * Every item's neighbours at once, keyed by `keyOf`; none past the ends. One
 * pass, so that each of n pages can look up its own without a search of the list.
 */
export function neighbourMap<T>(items: readonly T[], keyOf: (item: T) => string): Map<string, Neighbours<T>> {
  return new Map(items.map((item, i) => [keyOf(item), { previous: items[i - 1], next: items[i + 1] }]));
}
