/**
 * A small static server for the built site: `node scripts/serve-dist.ts [--port 4321] [--dir dist] [--gzip]`.
 * With --gzip it compresses text files as a production host would (the benchmark
 * measures transferred bytes with it).
 * Serves dist/ under the base path (KB_BASE), on loopback only, with the
 * site's 404 page. Used by `npm start` and by the end-to-end tests.
 */
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { readConfig } from '../src/config.ts';

const args = process.argv.slice(2);
const option = (name: string, fallback: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] ? args[i + 1]! : fallback;
};
const port = Number(option('port', process.env.PORT ?? '4321'));
const root = resolve(option('dir', 'dist'));
const base = readConfig().base;
const gzip = args.includes('--gzip');
const COMPRESSIBLE = /\.(html|css|js|mjs|json|xml|svg|txt|csv|tsv|bib)$/;

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
  '.zip': 'application/zip',
  '.csv': 'text/csv; charset=utf-8',
  '.tsv': 'text/tab-separated-values; charset=utf-8',
  '.bib': 'text/plain; charset=utf-8',
  '.pagefind': 'application/octet-stream',
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pf_filter': 'application/octet-stream',
};

function resolveFile(urlPath: string): string | null {
  if (!urlPath.startsWith(base)) return null;
  const relative = normalize(decodeURIComponent(urlPath.slice(base.length))).replace(/^(\.\.(\/|\\|$))+/, '');
  let file = join(root, relative);
  if (!file.startsWith(root)) return null;
  if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
  return existsSync(file) ? file : null;
}

const server = createServer((req, res) => {
  const path = new URL(req.url ?? '/', 'http://localhost').pathname;
  if (base !== '/' && path === base.slice(0, -1)) {
    res.writeHead(301, { location: base }).end();
    return;
  }
  const file = resolveFile(path);
  if (!file) {
    const notFound = join(root, '404.html');
    res.writeHead(404, { 'content-type': TYPES['.html']! });
    if (existsSync(notFound)) createReadStream(notFound).pipe(res);
    else res.end('404');
    return;
  }
  const type = TYPES[extname(file)] ?? 'application/octet-stream';
  if (gzip && COMPRESSIBLE.test(file) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
    const body = gzipSync(readFileSync(file));
    res.writeHead(200, { 'content-type': type, 'content-encoding': 'gzip', 'content-length': body.length }).end(body);
    return;
  }
  res.writeHead(200, { 'content-type': type, 'content-length': statSync(file).size });
  createReadStream(file).pipe(res);
});

server.listen(port, '127.0.0.1', () => {
  console.log(`Serving ${root} at http://127.0.0.1:${port}${base}`);
});
