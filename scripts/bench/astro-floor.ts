/**
 * Astro's own memory floor: the peak of the process tree of `astro build` for
 * a site of one page, no integration and no content, built with a given
 * installation of Astro. Every Astro site pays it (Node, Astro, Vite and its
 * native bundler), whatever it builds; the benchmark prints each side's peak
 * above it, beside the whole peaks the memory budget is judged on.
 */
import { mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { median } from './median.ts';
import { measuredRun } from './process-tree.ts';

const MB = 1024 * 1024;

/** The median peak, in MB, of `runs` cold builds of a one-page site in `dir`, with the Astro in `nodeModules`. */
export async function astroFloorMB(dir: string, nodeModules: string, runs = 3): Promise<number> {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'src/pages'), { recursive: true });
  symlinkSync(nodeModules, join(dir, 'node_modules'), 'dir');
  writeFileSync(join(dir, 'package.json'), '{ "private": true, "type": "module" }\n');
  // Its cache in its own folder: node_modules is the installation's, shared with other builds.
  writeFileSync(join(dir, 'astro.config.mjs'), "export default { cacheDir: './cache' };\n");
  writeFileSync(join(dir, 'src/pages/index.astro'), '<html lang="zh-Hans"><head><title>一页</title></head><body><p>一页。</p></body></html>\n');
  const peaks: number[] = [];
  try {
    for (let i = 0; i < runs; i++) {
      for (const cache of ['dist', '.astro', 'cache']) rmSync(join(dir, cache), { recursive: true, force: true });
      const run = await measuredRun(process.execPath, [join(nodeModules, 'astro/bin/astro.mjs'), 'build'], {
        cwd: dir,
        env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
      });
      if (run.code !== 0) throw new Error(`a one-page Astro site did not build in ${dir}:\n${run.log.slice(-2000)}`);
      peaks.push(run.peak.total / MB);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return median(peaks);
}
