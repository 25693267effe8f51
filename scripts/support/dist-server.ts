/** Starts scripts/serve-dist.ts on a loopback port for a script, and stops it again. */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { normalizeBase } from '../../src/lib/base-path.ts';

export interface DistServer {
  /** Site root URL including the base path, ending in '/'. */
  url: string;
  stop(): void;
}

export async function startDistServer(port: number): Promise<DistServer> {
  if (!existsSync('dist/index.html')) {
    throw new Error('dist/ is missing: run `npm run build` first');
  }
  const base = normalizeBase(process.env.KB_BASE);
  const child: ChildProcess = spawn(process.execPath, ['scripts/serve-dist.ts', '--port', String(port)], {
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const url = `http://127.0.0.1:${port}${base}`;
  const deadline = Date.now() + 15_000;
  for (;;) {
    try {
      const response = await fetch(url);
      if (response.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      child.kill();
      throw new Error(`the static server did not answer at ${url}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 150));
  }
  return { url, stop: () => child.kill() };
}

/** One page of each type, as paths under the base. */
export const PAGE_TYPES: ReadonlyArray<{ name: string; path: string }> = [
  { name: 'home', path: '' },
  { name: 'sources', path: 'sources/' },
  { name: 'source-charts', path: 'sources/2018-suining-jiang-huaqiong-interview/' },
  { name: 'source-traditional', path: 'sources/2017-guowuyuan-fupinban-article/' },
  { name: 'terms', path: 'terms/' },
  { name: 'term', path: 'terms/liang-bu-chou-san-bao-zhang/' },
  { name: 'about', path: 'about/' },
  { name: 'search', path: 'search/?q=%E4%B8%A4%E4%B8%8D%E6%84%81' },
  { name: 'not-found', path: 'no-such-page/' },
];
