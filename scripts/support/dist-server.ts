/**
 * Serves a built site folder on loopback, on a free port, for the scripts that
 * drive a browser (search evaluation, benchmark, screenshots, audit), with the
 * same static server as `npm start`; and the page types those scripts visit.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { createServer } from 'node:net';

export interface ServedSite {
  url: string;
  close(): void;
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

export async function serveSite(dir: string, base = '/', options: { gzip?: boolean } = {}): Promise<ServedSite> {
  if (!existsSync(join(dir, 'index.html'))) throw new Error(`${dir} has no built site: run \`npm run build\` first`);
  const port = await freePort();
  const child: ChildProcess = spawn(process.execPath, ['scripts/serve-dist.ts', '--port', String(port), '--dir', dir, ...(options.gzip ? ['--gzip'] : [])], {
    env: { ...process.env, KB_BASE: base },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise<void>((resolve, reject) => {
    child.stdout!.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('Serving')) resolve();
    });
    child.on('exit', (code) => reject(new Error(`static server exited with ${code}`)));
  });
  return { url: `http://127.0.0.1:${port}${base}`, close: () => child.kill() };
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
