import { defineCollection } from 'astro:content';
import { workerRenderedGlob } from './loaders/worker-rendered-glob.ts';
import { sourceSchema, termSchema } from './lib/content-schema.ts';

const contentDir = process.env.KB_CONTENT_DIR ?? './content';

export const collections = {
  sources: defineCollection({
    loader: workerRenderedGlob({ pattern: '*.{md,mdx}', base: `${contentDir}/sources` }),
    schema: sourceSchema,
  }),
  terms: defineCollection({
    loader: workerRenderedGlob({ pattern: '*.{md,mdx}', base: `${contentDir}/terms` }),
    schema: termSchema,
  }),
};
