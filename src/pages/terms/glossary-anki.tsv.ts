/** /terms/glossary-anki.tsv — Anki notes: front term + pinyin, back definition, English and an example sentence from a source. */
import type { APIRoute } from 'astro';
import { glossaryExport } from '../../publish/glossary-document.ts';
import { glossaryAnki } from '../../publish/glossary-export.ts';
import { SITE_TITLE } from '../../site/site-constants.ts';

export const GET: APIRoute = async () =>
  new Response(glossaryAnki((await glossaryExport()).records, SITE_TITLE), {
    headers: { 'content-type': 'text/tab-separated-values; charset=utf-8' },
  });
