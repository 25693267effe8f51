/**
 * A static, accessible bar chart as an SVG string, drawn at build time.
 * Bars start at zero (no truncated axis), each bar carries its value as text,
 * and the SVG is named by its <title> and described by its <desc>, which
 * repeats every data point. Colours come from CSS classes, so the chart
 * follows the page's light or dark theme; no script, no external resources.
 */
import type { FigureSeries } from './figure-series.ts';
import { coord, escapeXml } from './svg.ts';

export interface BarChartOptions {
  /** Unique id prefix on the page (ASCII). */
  id: string;
  width?: number;
  height?: number;
}

export interface BarGeometry {
  label: string;
  value: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

const MARGIN = { top: 30, right: 12, bottom: 34, left: 12 };
/** A non-zero value never disappears: it gets at least this many units of height. */
export const MIN_BAR_HEIGHT = 2;

/** Bar positions for a series: pure geometry, so it can be tested without parsing SVG. */
export function barGeometry(series: FigureSeries, width = chartWidth(series.points.length), height = 210): BarGeometry[] {
  const plotWidth = width - MARGIN.left - MARGIN.right;
  const plotHeight = height - MARGIN.top - MARGIN.bottom;
  const max = Math.max(...series.points.map((p) => p.amount));
  const slot = plotWidth / series.points.length;
  const barWidth = Math.min(slot * 0.56, 84);
  const baseline = MARGIN.top + plotHeight;
  return series.points.map((point, i) => {
    const raw = max > 0 ? (point.amount / max) * plotHeight : 0;
    const h = point.amount > 0 ? Math.max(raw, MIN_BAR_HEIGHT) : 0;
    return {
      label: point.label,
      value: point.value,
      x: MARGIN.left + slot * i + (slot - barWidth) / 2,
      y: baseline - h,
      width: barWidth,
      height: h,
    };
  });
}

/** One sentence listing every point, e.g. "2015年：20.9%；2018年：0.06%。" */
export function seriesDescription(series: FigureSeries): string {
  return `${series.points.map((p) => `${p.label}：${p.value}`).join('；')}。`;
}

/** Natural width: about 100 units per bar, so a two-bar chart is not stretched across the page. */
export function chartWidth(points: number): number {
  return 40 + Math.max(2, points) * 100;
}

export function barChartSvg(series: FigureSeries, { id, width = chartWidth(series.points.length), height = 210 }: BarChartOptions): string {
  const bars = barGeometry(series, width, height);
  const baseline = height - MARGIN.bottom;
  const title = `${series.name}，${series.points.map((p) => p.label).join('—')}`;
  const parts = [
    `<svg class="chart" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-labelledby="${id}-title" aria-describedby="${id}-desc">`,
    `<title id="${id}-title">${escapeXml(title)}</title>`,
    `<desc id="${id}-desc">${escapeXml(seriesDescription(series))}</desc>`,
  ];
  for (const bar of bars) {
    const cx = coord(bar.x + bar.width / 2);
    parts.push(
      `<rect class="chart__bar" x="${coord(bar.x)}" y="${coord(bar.y)}" width="${coord(bar.width)}" height="${coord(bar.height)}" rx="2"/>`,
      `<text class="chart__value" x="${cx}" y="${coord(bar.y - 8)}" text-anchor="middle">${escapeXml(bar.value)}</text>`,
      `<text class="chart__label" x="${cx}" y="${coord(baseline + 22)}" text-anchor="middle">${escapeXml(bar.label)}</text>`,
    );
  }
  parts.push(`<line class="chart__axis" x1="${MARGIN.left}" x2="${width - MARGIN.right}" y1="${baseline}" y2="${baseline}"/>`, '</svg>');
  return parts.join('');
}
