/**
 * `npm run audit`: Lighthouse (offline, against the locally served dist/) for
 * one page of each type, on the mobile and desktop presets. Prints the four
 * category scores per page and exits non-zero when any is below the budget
 * (default 95; `--budget 90` to change). Not a test: scores depend on the
 * machine. Needs a built dist/ (`npm run build`). JSON reports go to lighthouse/.
 *
 * Options: --only mobile|desktop, --pages home,source-charts (names from PAGE_TYPES).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse, { desktopConfig } from 'lighthouse';
import { CHROMIUM_ARGS, ensureChromium } from '../tests/support/chromium.ts';
import { readConfig } from '../src/config.ts';
import { PAGE_TYPES, serveSite } from './support/dist-server.ts';

const args = process.argv.slice(2);
const option = (name: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
};
const BUDGET = Number(option('budget') ?? 95);
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
const presets = (option('only') ?? 'mobile,desktop').split(',');
const wanted = option('pages')?.split(',');
// The 404 page answers 404 on purpose, which Lighthouse's SEO audit always fails; it is not audited.
const pages = PAGE_TYPES.filter((p) => p.name !== 'not-found' && (!wanted || wanted.includes(p.name)));

const OUT = 'lighthouse';
mkdirSync(OUT, { recursive: true });
const server = await serveSite('dist', readConfig().base);
const chrome = await chromeLauncher.launch({
  chromePath: ensureChromium(),
  chromeFlags: ['--headless=new', ...CHROMIUM_ARGS],
});
const failures: string[] = [];
const rows: string[] = [];
try {
  for (const preset of presets) {
    for (const { name, path } of pages) {
      const url = server.url + path;
      const result = await lighthouse(
        url,
        { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] },
        preset === 'desktop' ? desktopConfig : undefined,
      );
      if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
      const { lhr } = result;
      writeFileSync(join(OUT, `${name}-${preset}.json`), JSON.stringify(lhr));
      const scores = CATEGORIES.map((c) => Math.round((lhr.categories[c]?.score ?? 0) * 100));
      rows.push(`${preset.padEnd(8)} ${name.padEnd(20)} ${scores.map((s) => String(s).padStart(5)).join(' ')}`);
      console.log(rows.at(-1));
      CATEGORIES.forEach((category, i) => {
        if (scores[i]! < BUDGET) {
          const failed = Object.values(lhr.audits)
            .filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode !== 'informative' && a.scoreDisplayMode !== 'manual')
            .filter((a) => lhr.categories[category]?.auditRefs.some((r) => r.id === a.id && r.weight > 0))
            .map((a) => a.id);
          failures.push(`${preset} ${name}: ${category} ${scores[i]} < ${BUDGET} (${failed.join(', ')})`);
        }
      });
    }
  }
} finally {
  chrome.kill();
  server.close();
}
console.log(`\n${'preset'.padEnd(8)} ${'page'.padEnd(20)} ${['perf', 'a11y', 'best', 'seo'].map((s) => s.padStart(5)).join(' ')}`);
for (const row of rows) console.log(row);
if (failures.length) {
  console.error(`\n${failures.length} score(s) below ${BUDGET}:\n  ${failures.join('\n  ')}`);
  process.exit(1);
}
console.log(`\nall scores ≥ ${BUDGET}`);
