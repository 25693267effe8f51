/**
 * Key figures that can be drawn together. A source marks comparable rows of its
 * `keyFigures` with the same `series` name (same measure, same unit, different
 * years or explicitly named points); this module parses their values and checks
 * that the rows really are comparable, so a chart never merges different measures.
 */

export interface FigureRow {
  label: string;
  value: string;
  /** Omitted when the source gives no year. */
  year?: number | string | undefined;
  yearApproximate?: boolean | undefined;
  series?: string | undefined;
  point?: string | undefined;
}

export interface ParsedValue {
  amount: number;
  /** Everything after the number, e.g. 万, %, 元, 个, 万元. */
  unit: string;
}

export interface SeriesPoint {
  /** Index of the row in keyFigures (0-based). */
  index: number;
  /** Axis label: the row's `point`, or its year. */
  label: string;
  value: string;
  amount: number;
}

export interface FigureSeries {
  name: string;
  unit: string;
  points: SeriesPoint[];
}

export interface SeriesProblem {
  /** Field path inside the frontmatter, e.g. keyFigures[3].series */
  field: string;
  message: string;
}

/** Words that make a value approximate or open-ended: such a value cannot be drawn as an exact bar. */
const QUALIFIER = /以上|以下|余|多|近|约|超|左右|不到/;
const VALUE = /^(\d+(?:\.\d+)?)\s*(\D*)$/;

/** '21.3万' → { amount: 21.3, unit: '万' }; '1000万以上' or '2万多' → null (not exact). */
export function parseFigureValue(value: string): ParsedValue | null {
  const match = VALUE.exec(value.normalize('NFKC').replace(/,/g, '').trim());
  if (!match) return null;
  const unit = match[2]!.trim();
  if (QUALIFIER.test(unit)) return null;
  return { amount: Number(match[1]), unit };
}

export function pointLabel(row: FigureRow): string {
  if (row.point) return row.point;
  if (row.year === undefined) return row.label;
  return `${row.yearApproximate ? '约' : ''}${row.year}年`;
}

/** Groups rows by `series`, in order of first appearance, and reports rows that cannot be compared. */
export function figureSeries(rows: FigureRow[]): { series: FigureSeries[]; problems: SeriesProblem[] } {
  const groups = new Map<string, Array<{ row: FigureRow; index: number }>>();
  rows.forEach((row, index) => {
    if (!row.series) return;
    const list = groups.get(row.series) ?? [];
    list.push({ row, index });
    groups.set(row.series, list);
  });

  const problems: SeriesProblem[] = [];
  rows.forEach((row, index) => {
    if (row.point && !row.series) {
      problems.push({ field: `keyFigures[${index}].point`, message: 'a point label needs a series name' });
    }
  });

  const series: FigureSeries[] = [];
  for (const [name, members] of groups) {
    let ok = true;
    if (members.length < 2) {
      problems.push({
        field: `keyFigures[${members[0]!.index}].series`,
        message: `series "${name}" has only one figure; a chart compares at least two`,
      });
      ok = false;
    }
    const points: SeriesPoint[] = [];
    let unit: string | undefined;
    let unitOwner = -1;
    const labels = new Map<string, number>();
    for (const { row, index } of members) {
      const parsed = parseFigureValue(row.value);
      if (!parsed) {
        problems.push({
          field: `keyFigures[${index}].value`,
          message: `"${row.value}" is not an exact number with a unit, so it cannot be drawn in series "${name}"`,
        });
        ok = false;
        continue;
      }
      if (unit === undefined) {
        unit = parsed.unit;
        unitOwner = index;
      } else if (parsed.unit !== unit) {
        problems.push({
          field: `keyFigures[${index}].value`,
          message: `unit "${parsed.unit}" differs from "${unit}" (keyFigures[${unitOwner}]) in series "${name}": only the same measure in the same unit can share a chart`,
        });
        ok = false;
      }
      const label = pointLabel(row);
      const other = labels.get(label);
      if (other !== undefined) {
        problems.push({
          field: `keyFigures[${index}].${row.point ? 'point' : 'year'}`,
          message: `"${label}" is already a point of series "${name}" (keyFigures[${other}]); give each figure a different year or a point label`,
        });
        ok = false;
      } else labels.set(label, index);
      points.push({ index, label, value: row.value, amount: parsed.amount });
    }
    if (ok && unit !== undefined) series.push({ name, unit, points });
  }
  return { series, problems };
}
