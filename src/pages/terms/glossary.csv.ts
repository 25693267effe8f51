/** /terms/glossary.csv — RFC 4180, UTF-8 with BOM (Excel opens the Chinese correctly). */
import type { APIRoute } from 'astro';
import { glossaryExport } from '../../publish/glossary-document.ts';
import { glossaryCsv } from '../../publish/glossary-export.ts';

export const GET: APIRoute = async () =>
  new Response(glossaryCsv((await glossaryExport()).records), { headers: { 'content-type': 'text/csv; charset=utf-8; header=present' } });
