/**
 * Term previews on source pages: what the page script (src/browser/term-preview-buttons.ts)
 * and the previews' own script (src/browser/term-previews.ts) agree on.
 */

/** The previews' script, with every glossary entry's name, pinyin and definition; loaded on a reader's first hover, focus or click of a term link. */
export const TERM_PREVIEWS_SCRIPT = '_kb/term-previews.js';

/** The popovers' stylesheet, beside the script (the script loads it from its own URL, with .css for .js). */
export const TERM_PREVIEWS_STYLES = '_kb/term-previews.css';

/** The attribute of the element (a source page's summary) whose term links get a preview. */
export const PREVIEWS_ATTRIBUTE = 'data-term-previews';

/**
 * The global through which the page script hands the previews' script the event that asked
 * for it (the link hovered or focused, the button clicked); the previews' script sets it to
 * `true` once it has answered, and the page script then stops listening.
 */
export const PREVIEW_REQUEST = '__kbTermPreview';

/** What the page script hands over: the element and the event's type. */
export interface PreviewRequest {
  el: Element;
  type: string;
}

/**
 * The id of a term's preview popover on a page. Not tp-<slug>: those ids stay in the HTML as
 * anchor aliases on the term list (content/redirects.yaml), and an id must be unique on a page.
 */
export const termPreviewId = (slug: string): string => `preview-${slug}`;

/** The accessible name of a preview and of the button that opens it. */
export const previewLabel = (term: string): string => `术语预览：${term}`;
