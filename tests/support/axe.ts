/** Runs axe-core on a page and keeps the serious and critical violations, as readable lines. */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

export const BLOCKING_IMPACTS = new Set(['serious', 'critical']);

export async function blockingViolations(page: Page, label: string): Promise<string[]> {
  // Every rule runs; only violations are read, so axe keeps no detail about the passes. Legacy mode
  // runs axe in the page itself (its frames are same-origin): the default mode opens a second page
  // per run to merge the frames' results, which costs more than the analysis.
  const results = await new AxeBuilder({ page })
    .options({ resultTypes: ['violations'] })
    .setLegacyMode()
    .analyze();
  return results.violations
    .filter((v) => BLOCKING_IMPACTS.has(v.impact ?? ''))
    .flatMap((v) =>
      v.nodes.map(
        (node) =>
          `${label} › ${v.id} (${v.impact}): ${v.help} at ${node.target.join(' ')}${node.failureSummary ? ` — ${node.failureSummary.replace(/\s+/g, ' ')}` : ''}`,
      ),
    );
}
