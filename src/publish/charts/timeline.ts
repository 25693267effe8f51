/**
 * Layout of the sources on a time axis. A date known to the day is a point;
 * a date known only to the month or the year is drawn as the whole month or
 * year it could fall in, so an approximate date is never shown as precise.
 */

export interface TimelineDate {
  value: string;
  precision: 'day' | 'month' | 'year';
  approximate: boolean;
}

export interface TimelineInput {
  key: string;
  date: TimelineDate;
}

export interface TimelineItem {
  key: string;
  /** Fractions of the axis, 0–1. */
  start: number;
  end: number;
  kind: 'point' | 'span';
}

export interface TimelineTick {
  year: number;
  at: number;
}

export interface TimelineLayout {
  from: number;
  to: number;
  ticks: TimelineTick[];
  items: TimelineItem[];
}

const DAY = 86_400_000;

/** The interval [start, end) in ms that a date at its precision covers. */
export function dateInterval(date: TimelineDate): [number, number] {
  const [y, m = 1, d = 1] = date.value.split('-').map(Number) as [number, number?, number?];
  const start = Date.UTC(y, m - 1, d);
  if (date.precision === 'day') return [start, start + DAY];
  if (date.precision === 'month') return [start, Date.UTC(y, m, 1)];
  return [start, Date.UTC(y + 1, 0, 1)];
}

/** Lays items out on whole years, from the earliest year to the end of the latest. */
export function timelineLayout(inputs: TimelineInput[]): TimelineLayout {
  if (inputs.length === 0) return { from: 0, to: 0, ticks: [], items: [] };
  const years = inputs.map((i) => Number(i.date.value.slice(0, 4)));
  const from = Math.min(...years);
  const to = Math.max(...years) + 1;
  const axisStart = Date.UTC(from, 0, 1);
  const axisLength = Date.UTC(to, 0, 1) - axisStart;
  const at = (ms: number) => Math.min(1, Math.max(0, (ms - axisStart) / axisLength));
  const ticks: TimelineTick[] = [];
  for (let year = from; year <= to; year++) ticks.push({ year, at: at(Date.UTC(year, 0, 1)) });
  const items = inputs.map((input): TimelineItem => {
    const [s, e] = dateInterval(input.date);
    return { key: input.key, start: at(s), end: at(e), kind: input.date.precision === 'day' ? 'point' : 'span' };
  });
  return { from, to, ticks, items };
}
