/**
 * Runs axe-core on a page and keeps the serious and critical violations, as readable lines.
 *
 * axe is loaded into the page's frames once per document (axe-core's minified build), and runs there, in the page
 * itself, with every rule it runs by default or with the rules a test names: frames are same-origin, so their
 * results need no second page to merge them. A test can run it again on the same document after changing the
 * colour scheme without loading axe again. Only violations are asked for, so axe keeps no detail about the passes.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from '@playwright/test';
import type { AxeResults } from 'axe-core';

export const BLOCKING_IMPACTS = new Set(['serious', 'critical']);

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

type WithAxe = {
  axe?: { run(context: Document | string, options: object): Promise<AxeResults>; getRules(tags?: string[]): Array<{ ruleId: string }> };
};

/** Loads axe into every frame of the page that does not have it yet. */
async function loadAxe(page: Page): Promise<void> {
  for (const frame of page.frames()) {
    if (!(await frame.evaluate(() => (window as WithAxe).axe !== undefined))) await frame.evaluate(AXE_SOURCE);
  }
}

/** What one axe run found: the blocking violations as readable lines, and the id of every rule it ran. */
export interface AxeRun {
  violations: string[];
  rules: string[];
}

/**
 * Runs axe on the page: every rule it runs by default, or only the rules `rules` names; on the whole
 * page, or only in the elements `within` (a CSS selector) selects.
 */
export async function axeRun(page: Page, label: string, { within, rules }: { within?: string; rules?: string[] } = {}): Promise<AxeRun> {
  await loadAxe(page);
  const results = await page.evaluate(
    ([selector, only]) =>
      (window as WithAxe).axe!.run(selector ?? document, { resultTypes: ['violations'], ...(only ? { runOnly: { type: 'rule', values: only } } : {}) }),
    [within, rules] as const,
  );
  const violations = results.violations
    .filter((v) => BLOCKING_IMPACTS.has(v.impact ?? ''))
    .flatMap((v) =>
      v.nodes.map(
        (node) =>
          `${label} › ${v.id} (${v.impact}): ${v.help} at ${node.target.join(' ')}${node.failureSummary ? ` — ${node.failureSummary.replace(/\s+/g, ' ')}` : ''}`,
      ),
    );
  // Results of every type name their rule, whatever `resultTypes` keeps of their nodes.
  const ran = [...results.violations, ...results.passes, ...results.incomplete, ...results.inapplicable].map((r) => r.id);
  return { violations, rules: [...new Set(ran)].sort() };
}

/** The blocking violations in the whole page, or only in the elements `within` (a CSS selector) selects. */
export async function blockingViolations(page: Page, label: string, within?: string): Promise<string[]> {
  return (await axeRun(page, label, { within })).violations;
}

/** The ids of axe's rules about colour (tagged cat.color), whether it runs them by default or not. */
export async function colourRules(page: Page): Promise<string[]> {
  await loadAxe(page);
  return page.evaluate(() => (window as WithAxe).axe!.getRules(['cat.color']).map((rule) => rule.ruleId));
}
