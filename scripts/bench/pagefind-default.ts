/**
 * The comparison point: the same built site indexed by Pagefind with its own
 * defaults (HTML indexing, its Chinese segmentation) and searched with
 * Pagefind's default UI, on a page of its own.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export function buildDefaultPagefindSite(dist: string, dir: string): string {
  rmSync(dir, { recursive: true, force: true });
  cpSync(dist, dir, { recursive: true, filter: (src) => !/[\\/](pagefind|downloads)([\\/]|$)/.test(src) });
  mkdirSync(join(dir, 'pf-default'), { recursive: true });
  writeFileSync(
    join(dir, 'pf-default/index.html'),
    `<!doctype html><html lang="zh-Hans"><head><meta charset="utf-8"><title>Pagefind default UI</title>
<link href="../pagefind/pagefind-ui.css" rel="stylesheet"><script src="../pagefind/pagefind-ui.js"></script></head>
<body><div id="search"></div><script src="init.js"></script></body></html>`,
  );
  writeFileSync(join(dir, 'pf-default/init.js'), `new PagefindUI({ element: '#search', showSubResults: true });\n`);
  const result = spawnSync('pagefind', ['--site', dir], { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`pagefind failed: ${result.stderr}`);
  return dir;
}
