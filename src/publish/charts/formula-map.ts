/**
 * A numbered formula and its parts as a static tree, drawn at build time as an
 * SVG string: the formula (e.g. 六个精准) in a box on the left, a line to each
 * numbered part on the right. Every word is SVG text (selectable, found by
 * the browser's search, printed sharp); the SVG is named by its <title> and
 * described by its <desc>, which lists every part, so a screen reader gets the
 * whole map. Colours come from CSS classes (global.css, print.css), so the map
 * follows the light or dark theme and prints black on white. No script.
 */
import { coord, escapeXml } from './svg.ts';

export interface FormulaMapInput {
  /** Unique id prefix on the page (ASCII). */
  id: string;
  /** The formula, e.g. 五个一批. */
  term: string;
  /** Its parts, in order. */
  parts: string[];
}

export interface FormulaBox {
  x: number;
  y: number;
  width: number;
  height: number;
  /** The text, one entry per line. */
  lines: string[];
}

export interface FormulaMapLayout {
  width: number;
  height: number;
  root: FormulaBox;
  parts: FormulaBox[];
  /** x of the vertical line the branches leave from. */
  spine: number;
}

const FONT = 16;
const LINE = 21;
const PAD_X = 12;
const PAD_Y = 8;
const GAP = 10;
const BRANCH = 44;
const NUMBER_WIDTH = 24;
/** Parts longer than this many em are broken onto a second line. */
const MAX_EM = 12;

/**
 * Approximate width in em of a line of text: a Han character or full-width
 * sign is one em, ASCII about half. Exact widths depend on the reader's
 * fonts; boxes are sized generously from this estimate.
 */
export function textEm(text: string): number {
  let em = 0;
  for (const ch of text) em += ch.codePointAt(0)! <= 0xff ? 0.58 : 1;
  return em;
}

/** Breaks a long label into lines of at most `maxEm`, never inside an ASCII run such as 5+18+N. */
export function wrapLabel(text: string, maxEm = MAX_EM): string[] {
  if (textEm(text) <= maxEm) return [text];
  const tokens = text.match(/[^\u0100-\u{10ffff}]+|./gu) ?? [text];
  const lines: string[] = [];
  let line = '';
  for (const token of tokens) {
    if (line !== '' && textEm(line + token) > maxEm) {
      lines.push(line);
      line = '';
    }
    line += token;
  }
  if (line !== '') lines.push(line);
  // Keep the lines even: a lone last character reads badly.
  if (lines.length === 2 && textEm(lines[1]!) < 2 && textEm(lines[0]!) > 2) {
    const chars = [...lines[0]!];
    lines[1] = chars.pop()! + lines[1];
    lines[0] = chars.join('');
  }
  return lines;
}

/** Box geometry: pure numbers, tested without parsing SVG. */
export function formulaMapLayout(term: string, parts: readonly string[]): FormulaMapLayout {
  const rootLines = wrapLabel(term, 8);
  const rootWidth = Math.ceil(Math.max(...rootLines.map(textEm)) * (FONT + 2) + 2 * PAD_X + 4);
  const partLines = parts.map((p) => wrapLabel(p));
  const partWidth = Math.ceil(Math.max(4, ...partLines.flat().map(textEm)) * FONT + 2 * PAD_X + NUMBER_WIDTH + 4);
  const boxes: FormulaBox[] = [];
  let y = 1;
  const partX = rootWidth + 2 * BRANCH;
  for (const lines of partLines) {
    const height = lines.length * LINE + 2 * PAD_Y;
    boxes.push({ x: partX, y, width: partWidth, height, lines });
    y += height + GAP;
  }
  const height = Math.max(y - GAP + 1, rootLines.length * LINE + 2 * PAD_Y + 2);
  const rootHeight = rootLines.length * (LINE + 2) + 2 * PAD_Y + 4;
  const root: FormulaBox = { x: 1, y: (height - rootHeight) / 2, width: rootWidth, height: rootHeight, lines: rootLines };
  return { width: partX + partWidth + 1, height, root, parts: boxes, spine: rootWidth + BRANCH };
}

/** "五个一批：1. 扶持生产和就业；2. ……。" — the whole map as one sentence. */
export function formulaDescription(term: string, parts: readonly string[]): string {
  return `${term}由${parts.length > 0 ? `以下各项组成：${parts.map((p, i) => `${i + 1}. ${p}`).join('；')}。` : '……组成。'}`;
}

function textLines(box: FormulaBox, x: number, cls: string, anchor: 'start' | 'middle', lineHeight: number): string {
  const top = box.y + box.height / 2 - ((box.lines.length - 1) * lineHeight) / 2;
  return box.lines
    .map(
      (line, i) =>
        `<text class="${cls}" x="${coord(x)}" y="${coord(top + i * lineHeight)}" dominant-baseline="central" text-anchor="${anchor}">${escapeXml(line)}</text>`,
    )
    .join('');
}

export function formulaMapSvg({ id, term, parts }: FormulaMapInput): string {
  const layout = formulaMapLayout(term, parts);
  const { root, spine } = layout;
  const rootMid = root.y + root.height / 2;
  const out = [
    `<svg class="formula-map" viewBox="0 0 ${layout.width} ${coord(layout.height)}" width="${layout.width}" height="${coord(layout.height)}" role="img" aria-labelledby="${id}-title" aria-describedby="${id}-desc">`,
    `<title id="${id}-title">${escapeXml(`“${term}”的组成`)}</title>`,
    `<desc id="${id}-desc">${escapeXml(formulaDescription(term, parts))}</desc>`,
  ];
  if (layout.parts.length > 0) {
    const mids = layout.parts.map((b) => b.y + b.height / 2);
    const top = Math.min(rootMid, mids[0]!);
    const bottom = Math.max(rootMid, mids.at(-1)!);
    out.push(
      `<path class="formula-map__line" d="M${coord(root.x + root.width)} ${coord(rootMid)}H${coord(spine)}M${coord(spine)} ${coord(top)}V${coord(bottom)}${mids
        .map((m) => `M${coord(spine)} ${coord(m)}H${coord(layout.parts[0]!.x)}`)
        .join('')}"/>`,
    );
  }
  out.push(
    `<rect class="formula-map__root" x="${coord(root.x)}" y="${coord(root.y)}" width="${root.width}" height="${coord(root.height)}" rx="6"/>`,
    textLines(root, root.x + root.width / 2, 'formula-map__term', 'middle', LINE + 2),
  );
  layout.parts.forEach((box, i) => {
    out.push(
      `<rect class="formula-map__part" x="${coord(box.x)}" y="${coord(box.y)}" width="${box.width}" height="${box.height}" rx="4"/>`,
      `<text class="formula-map__number" x="${coord(box.x + PAD_X)}" y="${coord(box.y + box.height / 2)}" dominant-baseline="central">${i + 1}</text>`,
      textLines(box, box.x + PAD_X + NUMBER_WIDTH, 'formula-map__label', 'start', LINE),
    );
  });
  out.push('</svg>');
  return out.join('');
}
