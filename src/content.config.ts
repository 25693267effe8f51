import { defineCollection } from 'astro:content';
import { workerRenderedGlob } from './content/loader/worker-rendered-glob.ts';
import { sourceSchema, termSchema } from './content/schema.ts';
import { config } from './config.ts';

const { contentDir } = config;

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
