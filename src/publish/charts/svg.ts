/** Small helpers for writing SVG markup as strings at build time. */

export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch]!);
}

/** Rounds a coordinate to one decimal so the markup stays short and stable. */
export function coord(n: number): string {
  return String(Math.round(n * 10) / 10);
}

/** An ASCII id fragment: keeps [a-z0-9-], everything else becomes '-'. */
export function idFragment(text: string): string {
  return (
    text
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '') || 'x'
  );
}
