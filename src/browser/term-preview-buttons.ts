/**
 * Term previews, first part (in the page script): on a source page, a small
 * companion button after each term link of the summary (the element marked
 * PREVIEWS_ATTRIBUTE), and the loading of the previews' script
 * (src/browser/term-previews.ts) on the first hover, focus or click of a term
 * link or button, never before. The script is a classic <script src>, which
 * loads over file:// too. Until it is in, a button points at a preview that does
 * not exist yet (popovertarget), so a click does nothing but ask for the
 * script, which then opens the preview itself. Without JavaScript a term link
 * is a plain link to its glossary entry, and there is no button.
 */
import { PREVIEW_REQUEST, PREVIEWS_ATTRIBUTE, type PreviewRequest, previewLabel, termPreviewId } from '../site/term-preview-markup.ts';

import { loadScript } from './load-script.ts';

type Requests = { [PREVIEW_REQUEST]?: PreviewRequest | true };

/** Adds the buttons and waits for the first use; `scriptUrl` is the previews' script. */
export function setUpTermPreviews(doc: Document, scriptUrl: string): void {
  const box = doc.querySelector(`[${PREVIEWS_ATTRIBUTE}]`);
  if (!box) return;
  for (const link of box.querySelectorAll<HTMLAnchorElement>('a[data-term]')) {
    // No type: the summary is in no form, so the button submits nothing; it only opens its preview.
    const button = doc.createElement('button');
    button.className = 'term-preview-button';
    button.setAttribute('popovertarget', termPreviewId(link.dataset.term!));
    button.setAttribute('aria-label', previewLabel(link.textContent!));
    link.after(button);
  }
  const state = window as Requests;
  // The first use asks for the script; a later one before it is in only changes what it opens. Once the
  // script is in (it sets the request to true), it handles every use itself.
  const request = (event: Event) => {
    const el = (event.target as Element).closest?.('a.term-link, .term-preview-button');
    if (!el || state[PREVIEW_REQUEST] === true) return;
    if (!state[PREVIEW_REQUEST]) loadScript(scriptUrl);
    state[PREVIEW_REQUEST] = { el, type: event.type };
  };
  for (const type of ['pointerover', 'focusin', 'click']) box.addEventListener(type, request);
}
