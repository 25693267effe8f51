/**
 * The peer: Starlight, built from the same content in the same run.
 *
 * Starlight is a benchmark-only dependency. It is installed on demand with npm
 * into a cache folder outside the project's dependencies
 * (kb-bench-starlight-<version>/ in the OS's temporary folder), pinned to the versions
 * below, and reused when present; `npm install` for the site never installs it.
 *
 * The site is Starlight's documented setup with its defaults: astro.config.mjs
 * with `starlight({ title })`, pages in src/content/docs, and
 * src/content.config.ts with `docsLoader()` and `docsSchema()`. Its search is
 * its built-in Pagefind. One setting differs from the defaults: the root locale
 * is Simplified Chinese (`lang: 'zh-CN'`), as the content is; with the default
 * English, Pagefind would not segment the Chinese text and the search
 * comparison would measure a search that finds nothing.
 *
 * "Same content": each source summary's Markdown body becomes a docs page
 * with its title and description as frontmatter; each glossary term's body
 * becomes a page titled with the term, described by its definition.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { readContent } from '../../src/content/content-files.ts';
import { measuredRun } from './process-tree.ts';

/** Pinned peer versions: Starlight's current release, with the Astro this project builds on. */
export const STARLIGHT_VERSION = '0.42.4';
export const STARLIGHT_ASTRO_VERSION = '7.3.5';
const MARKDOWN_REMARK_VERSION = '7.3.1';

export const starlightCacheDir = () => join(tmpdir(), `kb-bench-starlight-${STARLIGHT_VERSION}`);

const installedVersion = (dir: string, pkg: string): string | undefined => {
  const file = join(dir, 'node_modules', pkg, 'package.json');
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as { version: string }).version : undefined;
};

/** Installs the pinned Starlight into the cache folder unless it is there already; returns the folder. */
export function ensureStarlight(dir = starlightCacheDir()): string {
  if (installedVersion(dir, '@astrojs/starlight') === STARLIGHT_VERSION && installedVersion(dir, 'astro') === STARLIGHT_ASTRO_VERSION) return dir;
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'package.json'), `${JSON.stringify({ name: 'kb-bench-starlight', private: true, type: 'module' }, null, 2)}\n`);
  console.log(`  installing Starlight ${STARLIGHT_VERSION} (Astro ${STARLIGHT_ASTRO_VERSION}) into ${dir} for the benchmark…`);
  const result = spawnSync(
    'npm',
    [
      'install',
      '--prefix',
      dir,
      '--no-audit',
      '--no-fund',
      '--no-save',
      `@astrojs/starlight@${STARLIGHT_VERSION}`,
      `astro@${STARLIGHT_ASTRO_VERSION}`,
      `@astrojs/markdown-remark@${MARKDOWN_REMARK_VERSION}`,
    ],
    { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] },
  );
  if (result.status !== 0 || installedVersion(dir, '@astrojs/starlight') !== STARLIGHT_VERSION) {
    throw new Error(`could not install Starlight ${STARLIGHT_VERSION} with npm into ${dir}:\n${result.stderr.slice(-2000)}`);
  }
  return dir;
}

/**
 * Writes a Starlight project for the content in `contentDir` (this project's
 * layout: sources/*.md and terms/*.md) into the cache folder's sites/<name>,
 * so Node and Vite find the cached packages in a parent folder, as in a
 * workspace. (A project under a node_modules folder is not compiled by Vite,
 * and one that links to the packages from elsewhere fails Astro's build.)
 */
export function writeStarlightSite(contentDir: string, name: string, cacheDir = starlightCacheDir()): string {
  const site = join(cacheDir, 'sites', name);
  rmSync(site, { recursive: true, force: true });
  const docs = join(site, 'src/content/docs');
  mkdirSync(join(docs, 'sources'), { recursive: true });
  mkdirSync(join(docs, 'terms'), { recursive: true });
  // The dependencies are listed as a project lists them: Astro reads them to know which packages to compile.
  const dependencies = { '@astrojs/starlight': STARLIGHT_VERSION, astro: STARLIGHT_ASTRO_VERSION };
  writeFileSync(
    join(site, 'package.json'),
    `${JSON.stringify({ name: `kb-bench-starlight-${name}`, private: true, type: 'module', dependencies }, null, 2)}\n`,
  );
  writeFileSync(
    join(site, 'tsconfig.json'),
    `${JSON.stringify({ extends: 'astro/tsconfigs/strict', include: ['.astro/types.d.ts', '**/*'], exclude: ['dist'] }, null, 2)}\n`,
  );
  writeFileSync(
    join(site, 'astro.config.mjs'),
    `import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';

export default defineConfig({
  integrations: [
    starlight({
      title: '脱贫攻坚政策知识库',
      locales: { root: { label: '简体中文', lang: 'zh-CN' } },
    }),
  ],
});
`,
  );
  writeFileSync(
    join(site, 'src/content.config.ts'),
    `import { defineCollection } from 'astro:content';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';

export const collections = {
  docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }),
};
`,
  );
  const content = readContent(contentDir, process.cwd());
  const page = (data: { title: string; description?: string }, body: string) => `---\n${stringify(data)}---\n${body}`;
  writeFileSync(join(docs, 'index.md'), page({ title: '脱贫攻坚政策知识库' }, '\n基准测试：与本站相同的内容。\n'));
  for (const s of content.sources) {
    const d = s.data as { title: string; description: string };
    writeFileSync(join(docs, 'sources', `${s.slug}.md`), page({ title: d.title, description: d.description }, s.body));
  }
  for (const t of content.terms) {
    const d = t.data as { term: string; definition: string };
    writeFileSync(join(docs, 'terms', `${t.slug}.md`), page({ title: d.term, description: d.definition }, t.body));
  }
  return site;
}

export interface PeerBuild {
  seconds: number;
  /** CPU seconds (user + system) of the whole process tree. */
  cpuSeconds: number;
  peakMB: number;
  pages: number;
  dist: string;
}

/** Builds a Starlight project cold (its caches deleted) with this run's Node, sampling the memory of its whole process tree. */
export async function timedStarlightBuild(site: string, cacheDir = starlightCacheDir()): Promise<PeerBuild> {
  for (const dir of ['.astro', 'node_modules/.astro', 'node_modules/.vite', 'dist']) rmSync(join(site, dir), { recursive: true, force: true });
  for (const dir of ['node_modules/.astro', 'node_modules/.vite']) rmSync(join(cacheDir, dir), { recursive: true, force: true });
  const { code, log, seconds, cpuSeconds, peak } = await measuredRun(process.execPath, [join(cacheDir, 'node_modules/astro/bin/astro.mjs'), 'build'], {
    cwd: site,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
  });
  if (code !== 0) throw new Error(`Starlight build failed:\n${log.slice(-3000)}`);
  const pages = /(\d+) page\(s\) built/.exec(log);
  return { seconds, cpuSeconds, peakMB: peak.total / (1024 * 1024), pages: pages ? Number(pages[1]) : NaN, dist: join(site, 'dist') };
}

/**
 * Starlight's search, as a reader uses it: the search button in the header
 * opens a dialog with Pagefind's default UI. The page's other scripts (prefetch,
 * table of contents, code blocks) are not search: their bytes are not counted
 * as the search's.
 */
/**
 * A result of Pagefind's UI (Starlight's search, and Pagefind's default UI) once its data is in: the UI
 * shows each result's <li> at once with grey placeholders for its title and excerpt, and writes
 * the title's link when the result's fragment has arrived.
 */
export const PAGEFIND_UI_RESULT = '.pagefind-ui__result .pagefind-ui__result-link';

export const STARLIGHT_SEARCH = {
  open: 'button[data-open-modal]',
  input: 'dialog .pagefind-ui__search-input',
  firstResult: `dialog ${PAGEFIND_UI_RESULT}`,
  notSearch: /\/_astro\/(?:page|ec|starlight-toc|(?:Mobile)?TableOfContents\.astro_astro_type_script[^/]*)\.[\w-]+\.js$/,
};
