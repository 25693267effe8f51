/** /terms/glossary-anki.tsv — Anki notes: front term + pinyin, back definition, English and an example sentence from a source. */
import type { APIRoute } from 'astro';
import { glossaryDocument } from '../../data/glossary.ts';
import { glossaryAnki } from '../../lib/glossary-export.ts';
import { SITE_TITLE } from '../../lib/site.ts';

export const GET: APIRoute = async () =>
  new Response(glossaryAnki((await glossaryDocument()).terms, SITE_TITLE), {
    headers: { 'content-type': 'text/tab-separated-values; charset=utf-8' },
  });
