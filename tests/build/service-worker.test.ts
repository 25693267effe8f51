/**
 * The real site is small enough for the service worker to cache it whole at
 * install: every page and index file of dist/ is in the worker's list.
 * Run after `npm run build`.
 */
import assert from 'node:assert/strict';
import { readFileSync, statSync } from 'node:fs';
import { describe, it } from 'node:test';
import { precachePlan } from '../../src/emit/precache.ts';
import { SERVICE_WORKER, siteFiles } from '../../src/emit/service-worker-step.ts';
import { BuiltSite } from '../../src/emit/built-site.ts';
import { DIST_DIR } from '../support/site-dirs.ts';

const distDir = DIST_DIR;

describe('the service worker of the real site', () => {
  const files = siteFiles(BuiltSite.read(distDir, '/')).map(({ file, path }) => ({ path, bytes: statSync(file).size }));

  it('fits the install budget, so the whole site is cached at install', () => {
    assert.ok(files.length > 50, `${files.length} files in ${distDir}`);
    assert.equal(precachePlan(files).whole, true, `${(files.reduce((n, f) => n + f.bytes, 0) / 2 ** 20).toFixed(1)} MB`);
  });

  it('lists every page and index file in the built worker', () => {
    const worker = readFileSync(`${distDir}/${SERVICE_WORKER}`, 'utf8');
    const missing = files.map((f) => f.path).filter((path) => !worker.includes(JSON.stringify(path)));
    assert.deepEqual(missing, []);
  });
});
