/**
 * `npx node scripts/bench/first-search-timeline.ts <dist> [query] [--runs N]` prints where the
 * time of a built site's first search goes, as the benchmark enters it (scripts/bench/browser.ts:
 * the search page opened cold and left idle, then the query entered in one input event):
 * every request the page made, with when it started and ended relative to that input
 * event and its transferred bytes, then when the first result, the named entry and the
 * filter counts appeared, and the main thread's busy time (long tasks) in between.
 * Each run is a fresh browser context. For docs/performance.md's account of the first
 * search's time.
 */
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, ensureChromium } from '../../tests/support/chromium.ts';
import { serveSite } from '../support/dist-server.ts';

const dist = process.argv[2];
if (!dist) throw new Error('usage: first-search-timeline.ts <dist> [query] [--runs N]');
const query = process.argv[3] && !process.argv[3].startsWith('--') ? process.argv[3] : '两不愁三保障';
const runsAt = process.argv.indexOf('--runs');
const runs = runsAt > 0 ? Number(process.argv[runsAt + 1]) : 3;

interface Timeline {
  resources: Array<{ name: string; start: number; end: number; bytes: number }>;
  firstResult?: number;
  named?: number;
  counts?: number;
  longTasks: Array<{ start: number; duration: number }>;
}

const served = await serveSite(dist, '/', { gzip: true });
const browser = await chromium.launch({ executablePath: ensureChromium(), args: CHROMIUM_ARGS });
try {
  for (let run = 0; run < runs; run++) {
    const context = await browser.newContext({ serviceWorkers: 'block' });
    const page = await context.newPage();
    page.on('pageerror', (error) => console.log(`page error: ${error.message}`));
    await page.goto(`${served.url}search/`, { waitUntil: 'networkidle' });
    await page.locator('#search-input').click();
    await page.evaluate(() => {
      const w = window as unknown as { __kbTimeline: Promise<unknown> };
      const tasks: Array<{ start: number; duration: number }> = [];
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) tasks.push({ start: e.startTime, duration: e.duration });
      }).observe({ type: 'longtask' });
      w.__kbTimeline = new Promise((resolve) => {
        const box = document.querySelector('#search-input')!;
        box.addEventListener(
          'input',
          (event) => {
            const t0 = event.timeStamp;
            const seen: Record<string, number> = {};
            const check = () => {
              const now = performance.now() - t0;
              if (seen.firstResult === undefined && document.querySelector('#search-results > li')) seen.firstResult = now;
              if (seen.named === undefined && document.querySelector('#search-entry:not([hidden])')) seen.named = now;
              if (seen.counts === undefined && seen.firstResult !== undefined && !document.querySelector('[aria-busy="true"]')) seen.counts = now;
              if (seen.firstResult !== undefined && seen.counts !== undefined) {
                observer.disconnect();
                setTimeout(() => {
                  const resources = performance
                    .getEntriesByType('resource')
                    .map((e) => e as PerformanceResourceTiming)
                    .map((e) => ({ name: new URL(e.name).pathname, start: e.startTime - t0, end: e.responseEnd - t0, bytes: e.transferSize }));
                  // Marks the page itself set (performance.mark), if any: for tracing the query path.
                  for (const m of performance.getEntriesByType('mark'))
                    resources.push({ name: `mark ${m.name}`, start: m.startTime - t0, end: m.startTime - t0, bytes: 0 });
                  resolve({ ...seen, resources, longTasks: tasks.map((t) => ({ start: t.start - t0, duration: t.duration })) });
                }, 1000);
              }
            };
            const observer = new MutationObserver(check);
            observer.observe(document.body, { childList: true, subtree: true, attributes: true, attributeFilter: ['aria-busy', 'hidden'] });
          },
          { once: true, capture: true },
        );
      });
    });
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    const metrics = async () => Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]));
    const m0 = await metrics();
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
    await cdp.send('Profiler.start');
    await page.locator('#search-input').fill(query);
    const t = (await page.evaluate(() => (window as unknown as { __kbTimeline: Promise<unknown> }).__kbTimeline)) as Timeline;
    const m1 = await metrics();
    const { profile } = await cdp.send('Profiler.stop');
    const ms = (n: number | undefined) => (n === undefined ? '—' : `${n.toFixed(0)} ms`);
    console.log(`\nrun ${run + 1}: ${query}: first result ${ms(t.firstResult)}, named entry ${ms(t.named)}, filter counts ${ms(t.counts)}`);
    const before = t.resources.filter((r) => r.start < 0);
    const after = t.resources.filter((r) => r.start >= 0).sort((a, b) => a.start - b.start);
    console.log(`  before the input: ${before.length} requests, ${(before.reduce((n, r) => n + r.bytes, 0) / 1024).toFixed(1)} KB`);
    for (const r of before) console.log(`    ${r.name}  ${(r.bytes / 1024).toFixed(1)} KB`);
    console.log('  after the input:');
    for (const r of after)
      console.log(`    ${r.start.toFixed(0).padStart(5)} → ${r.end.toFixed(0).padStart(5)} ms  ${(r.bytes / 1024).toFixed(1).padStart(5)} KB  ${r.name}`);
    const busy = t.longTasks.filter((x) => x.start >= -5 && x.start < (t.counts ?? Number.POSITIVE_INFINITY));
    const spent = (name: string) => `${(((m1[name] ?? 0) - (m0[name] ?? 0)) * 1000).toFixed(0)} ms`;
    console.log(
      `  main thread from the input to 1 s after the counts: tasks ${spent('TaskDuration')} (script ${spent('ScriptDuration')}, layout ${spent('LayoutDuration')}, style ${spent('RecalcStyleDuration')})`,
    );
    // Self time by function, from the sampling profile (from the input until 1 s after the counts).
    const self = new Map<number, number>();
    profile.samples?.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas?.[i] ?? 0)));
    const byFunction = new Map<string, number>();
    for (const node of profile.nodes) {
      const { functionName, url, lineNumber, columnNumber } = node.callFrame;
      if (functionName === '(idle)') continue;
      const key = `${functionName || '(anonymous)'} ${url.replace(/^.*\//, '')}:${lineNumber}:${columnNumber}`;
      byFunction.set(key, (byFunction.get(key) ?? 0) + (self.get(node.id) ?? 0));
    }
    const top = [...byFunction].sort((a, b) => b[1] - a[1]).slice(0, 15);
    const total = [...byFunction.values()].reduce((n, v) => n + v, 0);
    console.log(`  sampled main-thread time, not idle: ${(total / 1000).toFixed(0)} ms; by function (self):`);
    for (const [key, us] of top) console.log(`    ${(us / 1000).toFixed(1).padStart(6)} ms  ${key}`);
    console.log(`  long tasks (≥ 50 ms) until the counts: ${busy.map((x) => `${x.start.toFixed(0)}+${x.duration.toFixed(0)}`).join(', ') || 'none'}`);
    await context.close();
  }
} finally {
  await browser.close();
  served.close();
}
