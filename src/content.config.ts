import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { workerRenderedGlob } from './content/loader/worker-rendered-glob.ts';
import { sourceSchema, termSchema } from './content/schema.ts';
import { config } from './config.ts';

const { contentDir } = config;
/** Markdown rendered on worker threads, unless turned off to measure what that buys (KB_WITHOUT=worker-markdown). */
const loader = config.without.has('worker-markdown') ? glob : workerRenderedGlob;

export const collections = {
  sources: defineCollection({
    loader: loader({ pattern: '*.{md,mdx}', base: `${contentDir}/sources` }),
    schema: sourceSchema,
  }),
  terms: defineCollection({
    loader: loader({ pattern: '*.{md,mdx}', base: `${contentDir}/terms` }),
    schema: termSchema,
  }),
};
