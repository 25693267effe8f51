/**
 * Worker thread: renders Markdown entries with the site's processor
 * (src/markdown/site-markdown.ts), for worker-rendered-glob.ts.
 */
import { workerData } from 'node:worker_threads';
import { pathToFileURL } from 'node:url';
import { siteMarkdownProcessor } from '../../markdown/site-markdown.ts';
import { serveTasks } from '../../util/worker-pool.ts';
import type { MarkdownRenderTask, MarkdownWorkerData, RenderedMarkdown } from './worker-rendered-glob.ts';

const { inputs, renderer } = workerData as MarkdownWorkerData;
/** The processor holds the whole glossary; dropped when the pool closes, so that its memory is freed with the rest of the heap. */
let processor: Awaited<ReturnType<ReturnType<typeof siteMarkdownProcessor>['createRenderer']>> | undefined =
  await siteMarkdownProcessor(inputs).createRenderer(renderer);

serveTasks(
  async ({ body, frontmatter, filePath }: MarkdownRenderTask): Promise<RenderedMarkdown> => {
    if (!processor) throw new Error('markdown-render-worker: a task after the pool closed');
    const result = await processor.render(body, { frontmatter, fileURL: filePath ? pathToFileURL(filePath) : undefined });
    // The shape of Astro's own Markdown render function (astro/dist/vite-plugin-markdown/content-entry-type.js).
    return {
      html: result.code,
      metadata: { ...result.metadata, imagePaths: result.metadata.localImagePaths.concat(result.metadata.remoteImagePaths) },
    };
  },
  {
    release: () => {
      processor = undefined;
    },
  },
);
