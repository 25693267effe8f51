/** /terms/glossary.json — the whole glossary, every field, with computed backlinks and URLs, written one record at a time. */
import type { APIRoute } from 'astro';
import { glossaryExport } from '../../publish/glossary-document.ts';
import { glossaryJsonParts } from '../../publish/glossary-export.ts';
import { textStream } from '../../util/text-stream.ts';

export const GET: APIRoute = async () => {
  const { header, records } = await glossaryExport();
  return new Response(textStream(glossaryJsonParts(header, records)), { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
