/**
 * The one-page study sheet of a term category (src/pages/print/study/): how
 * large its print type can be so that every entry fits on one A4 page.
 *
 * The sheet prints in two columns inside the handout margins of print.css
 * (A4, 18/17/20 mm). An entry's length is estimated in em (a Han character is
 * one em, Latin about half; see textEm) and wrapped at the column's width; the
 * largest size whose estimate, with a safety margin for wrapping and spacing,
 * fills at most the page is chosen. The stylesheet has one class per size.
 */
import { textEm } from './charts/formula-map.ts';

/** Type sizes in tenths of a point, largest first; print.css has a class for each (study-sheet--fs-105 …). */
export const STUDY_SHEET_SIZES = [105, 100, 95, 90, 85, 80, 75, 70] as const;
export type StudySheetSize = (typeof STUDY_SHEET_SIZES)[number];

const MM_PER_PT = 25.4 / 72;
/** A4 inside the margins of print.css, less the sheet's heading, intro and footer. */
const COLUMN_HEIGHT_MM = 297 - 18 - 20 - 34;
const COLUMN_WIDTH_MM = (210 - 2 * 17 - 6) / 2;
const COLUMNS = 2;
const LINE_HEIGHT = 1.45;
/** Space between entries, in lines. */
const ENTRY_GAP = 0.5;
/** Estimates are never exact (fonts, line breaks at punctuation): leave this share of the page free. */
const SAFETY = 0.88;

export interface StudyEntryText {
  term: string;
  pinyin: string;
  definition: string;
  components: string[];
}

/** Lines an entry takes at a size: name line, definition, components line. */
export function entryLines(entry: StudyEntryText, sizeTenths: number): number {
  const perLine = COLUMN_WIDTH_MM / ((sizeTenths / 10) * MM_PER_PT);
  const wrap = (em: number) => Math.max(1, Math.ceil(em / perLine));
  const name = wrap(textEm(entry.term) * 1.1 + textEm(entry.pinyin) + 1);
  const definition = wrap(textEm(entry.definition));
  const components = entry.components.length > 0 ? wrap(textEm(`组成：${entry.components.map((c, i) => `${i + 1}. ${c}`).join('；')}`)) : 0;
  return name + definition + components + ENTRY_GAP;
}

/** The largest size at which the entries fit one page, or null when even the smallest does not. */
export function studySheetSize(entries: readonly StudyEntryText[]): StudySheetSize | null {
  for (const size of STUDY_SHEET_SIZES) {
    const lineMm = (size / 10) * MM_PER_PT * LINE_HEIGHT;
    const capacity = (COLUMNS * COLUMN_HEIGHT_MM * SAFETY) / lineMm;
    const needed = entries.reduce((n, e) => n + entryLines(e, size), 0);
    if (needed <= capacity) return size;
  }
  return null;
}
