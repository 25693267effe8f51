/**
 * `npm run build` (scripts/build.ts: `astro build`, then the after-build steps) of a fixture's content folder (`<dir>/content`) into `<dir>/dist`, with
 * Astro's cache in `<dir>/astro-cache` (KB_CACHE_DIR). The build starts cold and leaves
 * the real content's cache (node_modules/.astro) as it was. `<dir>` is outside the
 * project, so Astro writes the page bundle in the project's `.astro/.prerender/`: no other
 * build to a folder outside the project may run at the same time.
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';

export interface FixtureBuild {
  status: number | null;
  /** stdout and stderr, for assertions on the build's messages. */
  output: string;
}

export function buildFixture(dir: string, env: Record<string, string> = {}): Promise<FixtureBuild> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['scripts/build.ts', '--outDir', join(dir, 'dist')], {
      env: { ...process.env, KB_CONTENT_DIR: join(dir, 'content'), KB_CACHE_DIR: join(dir, 'astro-cache'), ASTRO_TELEMETRY_DISABLED: '1', ...env },
      // Generous: on a loaded machine a fixture build has taken over three minutes.
      timeout: 600_000,
    });
    const output: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => output.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => output.push(chunk));
    child.on('error', reject);
    child.on('close', (status, signal) => {
      const text = Buffer.concat(output).toString('utf8');
      resolve({ status, output: signal ? `${text}\n(the build stopped by ${signal})` : text });
    });
  });
}
