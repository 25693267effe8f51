/**
 * Serves a built site folder on loopback for scripts that drive Chromium
 * (search evaluation, benchmarks). Uses the same static server as `npm start`.
 */
import { spawn, type ChildProcess } from 'node:child_process';
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
