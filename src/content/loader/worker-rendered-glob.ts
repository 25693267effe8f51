/**
 * Astro's glob() loader, with its Markdown rendered on worker threads during
 * a build.
 *
 * glob() renders each .md entry as it reads it, on the main thread, ten files
 * in flight, so rendering is most of a large site's content sync while the
 * machine's other cores idle. Here the render
 * function glob() calls for .md files hands the work to a pool of workers
 * that run the same processor (src/markdown/site-markdown.ts), so the
 * main thread reads, validates and stores the next entries meanwhile.
 *
 * Everything else is glob()'s own: ids, digests, validation, the store. The
 * dev server (which watches files and re-renders one at a time) and .mdx
 * (rendered by Vite) keep glob()'s own rendering.
 */
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { glob } from 'astro/loaders';
import type { AstroMarkdownOptions, MarkdownHeading } from '@astrojs/markdown-remark';
import { type EntryRenderFunction, loaderEntryType, withRenderFunction } from '../../astro-internals.ts';
import { readSiteMarkdownInputs, type SiteMarkdownInputs } from '../../markdown/site-markdown.ts';
import { SharedByKey } from '../../util/shared-by-key.ts';
import { WorkerPool } from '../../util/worker-pool.ts';

export interface MarkdownRenderTask {
  body: string;
  frontmatter: Record<string, unknown>;
  filePath?: string;
}

/** What glob() stores as an entry's `rendered`. */
export interface RenderedMarkdown {
  html: string;
  metadata: {
    headings: MarkdownHeading[];
    localImagePaths: string[];
    remoteImagePaths: string[];
    frontmatter: Record<string, unknown>;
    imagePaths: string[];
  };
}

export interface MarkdownWorkerData {
  /** What the processor is built from, read once by the loader: workers read nothing from disk. */
  inputs: SiteMarkdownInputs;
  /** The options Astro gives the processor's createRenderer. */
  renderer: AstroMarkdownOptions;
}

/**
 * Render workers per collection: one per core, at most four. The main thread
 * mostly waits for file reads and workers, so it needs no core of its own:
 * on this 2-core machine, 12,000 entries synced in 28.5–29.7 s with two
 * workers, 31–34.6 s with one, 30.9 s with three (43 s on the main thread alone).
 */
export function renderWorkerCount(cores = availableParallelism()): number {
  return Math.max(1, Math.min(cores, 4));
}

/**
 * Each render worker's young generation, in MB. Rendering one entry leaves
 * little alive, and V8's default young generation (192 MB for a worker on a
 * 24 GB machine) lets a worker's heap grow by far more than it keeps: on the
 * 1,000-source corpus (2,000 terms) `astro sync` peaked at 967-977 MB with
 * the default, 781-798 MB with 8 or 16 MB.
 */
export const RENDER_WORKER_LIMITS = { maxYoungGenerationSizeMb: 16 } as const;

/** The options Astro passes to createRenderer for .md content (astro/dist/vite-plugin-markdown/content-entry-type.js). */
export function rendererOptions(config: LoaderContext['config']): AstroMarkdownOptions {
  const { markdown, image } = config;
  return { image, syntaxHighlight: markdown.syntaxHighlight, shikiConfig: markdown.shikiConfig, gfm: markdown.gfm, smartypants: markdown.smartypants };
}

export function workerRenderedGlob(options: Parameters<typeof glob>[0]): Loader {
  const inner = glob(options);
  return {
    name: 'kb:worker-rendered-glob',
    load: async (context: LoaderContext) => {
      const markdown = loaderEntryType(context, '.md');
      const renderer = rendererOptions(context.config);
      if (context.watcher || !markdown?.getRenderFunction || !isCloneable(renderer)) return inner.load(context);
      const data: MarkdownWorkerData = { inputs: readSiteMarkdownInputs(fileURLToPath(context.config.root)), renderer };
      const key = JSON.stringify(data);
      // glob() renders up to 10 entries at a time: a further worker starts once eight wait on every live one,
      // so a collection of a few entries renders on one worker instead of paying for starting idle ones.
      const pool = renderPools.acquire(
        key,
        () =>
          new WorkerPool(new URL('./markdown-render-worker.ts', import.meta.url), renderWorkerCount(), data, {
            startAt: 8,
            resourceLimits: RENDER_WORKER_LIMITS,
          }),
      );
      let rendered = 0;
      const render: EntryRenderFunction = (entry) => {
        rendered++;
        return pool.run({ body: entry.body ?? '', frontmatter: entry.data, filePath: entry.filePath });
      };
      try {
        await inner.load(withRenderFunction(context, '.md', render));
      } finally {
        await renderPools.release(key);
      }
      context.logger.info(`rendered ${rendered} Markdown entries on ${pool.started} worker thread${pool.started === 1 ? '' : 's'}`);
    },
  };
}

/**
 * The render pools in use, by their workers' data. Astro loads the collections
 * at the same time; collections rendered by the same processor share one pool,
 * so a build runs one worker per core in all, not one per core for each
 * collection (each worker holds a processor with the whole glossary: up to
 * about 0.2 GB of heap at 2,000 terms, freed when the pool closes).
 */
const renderPools = new SharedByKey<WorkerPool<MarkdownRenderTask, RenderedMarkdown>>((pool) => pool.close());

function isCloneable(value: unknown): boolean {
  try {
    structuredClone(value);
    return true;
  } catch {
    return false;
  }
}
