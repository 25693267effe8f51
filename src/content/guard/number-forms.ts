/**
 * Numbers, percentages and dates in Chinese text, reduced to comparable values.
 *
 * The facts check compares what a summary says with what its source says, so two
 * ways of writing the same figure must compare equal and different figures must not:
 *
 * - Width and script: the text is NFKC-normalised (２０１９ → 2019, ％ → %) and
 *   Traditional characters are folded to Simplified (萬 → 万, 個 → 个) first.
 * - Magnitude words: 2.5万 = 25000, 1.2万余 = 12000, 1000万以上 = 10000000,
 *   4.16万元 = 41600 元, 3亿 = 300000000. Only 万 and 亿 multiply: 千 and 百 are
 *   not magnitude words in these texts (500千瓦 is 500 kW, 百日 is a word).
 * - Qualifiers are not part of the value: 余/多/以上/以内 say how exact a figure
 *   is, not which figure it is. The guard checks the figure; the editor keeps the qualifier.
 * - Thousands separators: 1,000 = 1000 (a comma between groups of three digits).
 * - Units: a measure word right after the number (个, 名, 户, 人, 元, 年, 人次,
 *   平方米 …) is kept as the token's unit, so 90个 and 90户 are different figures.
 *   A figure written without a unit matches the value with any unit.
 * - Percentages are their own kind: 20.9% only matches 20.9%, never the number 20.9.
 * - Dates: 2019年4月28日, 2019年4月, 4月28日, 10月, 2019-04-28 and 2019-04 are
 *   dates; 2019年 alone is the number 2019 with the unit 年.
 *
 * Digits that touch a Latin letter or _ belong to an identifier or code
 * (U+00A0, 0x57, X3.4, file names such as 003_6bc6….txt) and are skipped.
 * Chinese numerals (三年, 两个) are not read: in this site's prose they are the
 * editor's own counting words (分三步, 四个方面) or parts of slogans, and slogans
 * are checked as quotations.
 */
import { foldToSimplified } from '../../text/script-fold.ts';

export type NumberToken =
  | { kind: 'number'; value: number; unit: string; text: string; index: number }
  | { kind: 'percent'; value: number; text: string; index: number }
  | { kind: 'date'; year?: number; month?: number; day?: number; text: string; index: number };

const MAGNITUDE: Record<string, number> = { 万: 1e4, 亿: 1e8 };

/** Measure words that say what a number counts. Longest first. */
const UNIT = /^(?:余|多)?(人次|平方米|公里|千瓦|周岁|[个名户人元次家所件年类项处倍座条亩篇岁])/u;

const TOKEN = new RegExp(
  [
    // 2019-04-28, 2019-04 (ISO, as frontmatter and page templates write them)
    String.raw`(?<isoY>(?:19|20)\d{2})-(?<isoM>0?[1-9]|1[0-2])(?:-(?<isoD>[12]\d|3[01]|0?[1-9]))?(?![\d:])`,
    // 2019年4月28日, 2019年4月, 4月28日, 10月
    String.raw`(?:(?<y>\d{4})\s*年\s*)?(?<m>1[0-2]|0?[1-9])\s*月(?:\s*(?<d>3[01]|[12]\d|0?[1-9])\s*[日号])?`,
    // 1,000  2.5  20.9%  2.5万  1000万以上
    String.raw`(?<num>\d{1,3}(?:,\d{3})+(?!\d)|\d+(?:\.\d+)?)\s*(?<mag>[万亿])?\s*(?<pct>%)?`,
  ].join('|'),
  'gu',
);

/** A digit run that touches a Latin letter or _ is part of an identifier (U+00A0, 0x57, X3.4). */
function touchesLatin(text: string, start: number, end: number): boolean {
  return /[A-Za-z_]/.test(text[start - 1] ?? '') || /[A-Za-z_]/.test(text[end] ?? '');
}

function round(value: number): number {
  return Number(value.toPrecision(12));
}

/** The text as the tokenizer reads it: NFKC, Traditional folded. Offsets may differ from the input only where NFKC changes length. */
export function numberText(input: string): string {
  return foldToSimplified(input.normalize('NFKC'));
}

/** Every number, percentage and date in the text, left to right (offsets into `numberText(input)`). */
export function numberTokens(input: string): NumberToken[] {
  const text = numberText(input);
  const tokens: NumberToken[] = [];
  for (const match of text.matchAll(TOKEN)) {
    const g = match.groups!;
    const index = match.index;
    const raw = match[0];
    const digits = /^[\d.,]+/.exec(raw)?.[0].length ?? 0;
    if (touchesLatin(text, index, index + digits)) continue;
    if (g.isoY) {
      tokens.push({ kind: 'date', year: Number(g.isoY), month: Number(g.isoM), ...(g.isoD ? { day: Number(g.isoD) } : {}), text: raw, index });
    } else if (g.m) {
      tokens.push({
        kind: 'date',
        ...(g.y ? { year: Number(g.y) } : {}),
        month: Number(g.m),
        ...(g.d ? { day: Number(g.d) } : {}),
        text: raw,
        index,
      });
    } else if (g.num) {
      const value = round(Number(g.num.replaceAll(',', '')) * (g.mag ? MAGNITUDE[g.mag]! : 1));
      if (g.pct) {
        tokens.push({ kind: 'percent', value, text: raw.trim(), index });
      } else {
        const unit = UNIT.exec(text.slice(index + raw.length));
        tokens.push({ kind: 'number', value, unit: unit?.[1] ?? '', text: raw.trim() + (unit?.[0] ?? ''), index });
      }
    }
  }
  return tokens;
}

/** What a text says, as sets of comparable values. */
export interface NumberIndex {
  /** `value|unit` for every number; the unit is empty when the text gives none. */
  numbers: Set<string>;
  percents: Set<number>;
  dates: Array<{ year?: number; month?: number; day?: number }>;
}

export function emptyNumberIndex(): NumberIndex {
  return { numbers: new Set(), percents: new Set(), dates: [] };
}

export function indexNumbers(texts: Iterable<string>, into: NumberIndex = emptyNumberIndex()): NumberIndex {
  for (const text of texts) {
    for (const token of numberTokens(text)) {
      if (token.kind === 'number') {
        into.numbers.add(`${token.value}|${token.unit}`);
      } else if (token.kind === 'percent') {
        into.percents.add(token.value);
      } else {
        into.dates.push({ year: token.year, month: token.month, day: token.day });
        // The year of a date also counts as a year: 2019年4月28日 backs “2019年”.
        if (token.year !== undefined) into.numbers.add(`${token.year}|年`);
      }
    }
  }
  return into;
}

function hasValue(source: NumberIndex, value: number): boolean {
  const prefix = `${value}|`;
  for (const entry of source.numbers) if (entry.startsWith(prefix)) return true;
  return false;
}

/**
 * Does the source back this token?
 * - a number: the same value occurs; when the token has a unit, with the same unit
 *   or without one (4.9万 in the source backs 4.9万人, but 90户 does not back 90个);
 * - a percentage: the same percentage occurs;
 * - a date: the source has a date with the same month (and day, when given) whose
 *   year is the same, or which has no year while the year occurs in the source
 *   (2019年10月17日 is backed by “今天（10月17日）” in a text that says 2019).
 */
export function isBacked(token: NumberToken, source: NumberIndex): boolean {
  if (token.kind === 'number') {
    if (!token.unit) return hasValue(source, token.value);
    return source.numbers.has(`${token.value}|${token.unit}`) || source.numbers.has(`${token.value}|`);
  }
  if (token.kind === 'percent') return source.percents.has(token.value);
  if (token.month === undefined) return token.year !== undefined && hasValue(source, token.year);
  return source.dates.some(
    (d) =>
      d.month === token.month &&
      (token.day === undefined || d.day === token.day) &&
      (token.year === undefined || d.year === token.year || (d.year === undefined && hasValue(source, token.year))),
  );
}
