import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { sourceSchema, termSchema } from './lib/content-schema.ts';

const contentDir = process.env.KB_CONTENT_DIR ?? './content';

export const collections = {
  sources: defineCollection({
    loader: glob({ pattern: '*.{md,mdx}', base: `${contentDir}/sources` }),
    schema: sourceSchema,
  }),
  terms: defineCollection({
    loader: glob({ pattern: '*.{md,mdx}', base: `${contentDir}/terms` }),
    schema: termSchema,
  }),
};
