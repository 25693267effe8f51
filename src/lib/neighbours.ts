/** Previous and next items in an ordered list, for reading pages in sequence. */

export interface Neighbours<T> {
  previous?: T | undefined;
  next?: T | undefined;
}

/** The items before and after the one whose key is `key`; none at the ends. Throws if the key is not in the list. */
export function neighbours<T>(items: readonly T[], key: string, keyOf: (item: T) => string): Neighbours<T> {
  const i = items.findIndex((item) => keyOf(item) === key);
  if (i < 0) throw new Error(`neighbours: "${key}" is not in the list`);
  return { previous: items[i - 1], next: items[i + 1] };
}
