/** Filtering and date sorting for the source list (pure, so it can be unit-tested). */

export interface RowFacts {
  province: string;
  genre: string;
  year: string;
  /** ISO date at any precision: 2019, 2019-07, 2019-07-22. */
  date: string;
}

export interface SourceFilter {
  province: string;
  genre: string;
  year: string;
  sort: 'asc' | 'desc';
}

export function filterRows<T>(rows: T[], facts: (row: T) => RowFacts, filter: SourceFilter): T[] {
  const matches = rows.filter((row) => {
    const f = facts(row);
    return (!filter.province || f.province === filter.province) && (!filter.genre || f.genre === filter.genre) && (!filter.year || f.year === filter.year);
  });
  const direction = filter.sort === 'asc' ? 1 : -1;
  return matches.sort((a, b) => direction * facts(a).date.localeCompare(facts(b).date));
}
