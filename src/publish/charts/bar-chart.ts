/**
 * Bar lengths for a source's charts of key figures (FigureCharts.astro), which
 * are HTML tables: each row holds a point's label, its value as text (exactly as
 * the key figures table has it) and a bar, a <meter> whose length is the point's
 * share of the series' largest value. Bars start at zero (no truncated axis); a
 * non-zero value never disappears.
 */
import type { FigureSeries } from './figure-series.ts';

/** A non-zero value's bar is at least this share of the longest. */
export const MIN_BAR_SHARE = 0.02;

/** Each point's bar length as a share of the longest (0 to 1, three decimals), in the series' order. */
export function barShares(series: FigureSeries): number[] {
  const max = Math.max(...series.points.map((p) => p.amount));
  return series.points.map((p) => {
    if (!(max > 0) || !(p.amount > 0)) return 0;
    return Math.round(Math.max(p.amount / max, MIN_BAR_SHARE) * 1000) / 1000;
  });
}
