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
import { PREVIEW_REQUEST, PREVIEWS_ATTRIBUTE, type PreviewRequest, previewLabel, termPreviewId } from '../site/term-previews.ts';

type Requests = { [PREVIEW_REQUEST]?: PreviewRequest | true };

/** Adds the buttons and waits for the first use; `scriptUrl` is the previews' script. */
export function setUpTermPreviews(doc: Document, scriptUrl: string): void {
  const box = doc.querySelector(`[${PREVIEWS_ATTRIBUTE}]`);
  if (!box) return;
  for (const link of box.querySelectorAll<HTMLAnchorElement>('a.term-link[data-term]')) {
    const button = doc.createElement('button');
    button.type = 'button';
    button.className = 'term-preview-button';
    button.setAttribute('popovertarget', termPreviewId(link.dataset.term!));
    button.setAttribute('aria-label', previewLabel(link.textContent ?? ''));
    link.after(button);
  }
  const state = window as Requests;
  const types = ['pointerover', 'focusin', 'click'];
  const request = (event: Event) => {
    const done = state[PREVIEW_REQUEST] === true;
    if (done) {
      for (const type of types) box.removeEventListener(type, request);
      return;
    }
    const el = event.target instanceof Element ? event.target.closest('a.term-link, .term-preview-button') : null;
    if (!el) return;
    const first = state[PREVIEW_REQUEST] === undefined;
    state[PREVIEW_REQUEST] = { el, type: event.type };
    if (!first) return;
    const script = doc.createElement('script');
    script.src = scriptUrl;
    doc.head.append(script);
  };
  for (const type of types) box.addEventListener(type, request);
}
