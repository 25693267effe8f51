/** /terms/glossary.json — the whole glossary, every field, with computed backlinks and URLs. */
import type { APIRoute } from 'astro';
import { glossaryDocument } from '../../publish/glossary-document.ts';
import { glossaryJson } from '../../publish/glossary-export.ts';

export const GET: APIRoute = async () =>
  new Response(glossaryJson(await glossaryDocument()), { headers: { 'content-type': 'application/json; charset=utf-8' } });
