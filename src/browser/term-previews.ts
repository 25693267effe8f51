/**
 * Term previews, second part: the script the page script loads on a reader's
 * first hover, focus or click of a term link (src/browser/term-preview-buttons.ts).
 * It holds every glossary entry's name, pinyin and definition (one file for the
 * whole site, cached once), makes one popover per term linked in the summary,
 * and makes each term link an interest invoker for it (`interestfor`: hover or
 * focus shows it, in browsers that have interest invokers) and each companion
 * button its popover target, so from then on the browser opens, places, closes
 * (Escape, a click elsewhere) and returns focus by itself. The popovers' stylesheet
 * is beside this script (same name, .css); links and buttons become invokers once it
 * is in. The event that loaded the script is then answered: the preview of the link
 * still hovered or focused, or of the button clicked, is shown beside it.
 */
import { PREVIEW_REQUEST, PREVIEWS_ATTRIBUTE, type PreviewRequest, previewLabel, termPreviewId } from '../site/term-preview-markup.ts';

/** slug → [term, pinyin, definition], written in by the build (src/emit/term-previews-step.ts). */
declare const __KB_TERM_PREVIEWS__: Record<string, [string, string, string]>;

type Requests = { [PREVIEW_REQUEST]?: PreviewRequest | true };

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  if (className) el.className = className;
  if (text !== undefined) el.textContent = text;
  return el;
}

/** The popover: name and pinyin, the definition, and a link to the entry (the term link's own href, relative in the offline copy). */
function previewElement(id: string, [term, pinyin, definition]: [string, string, string], href: string): HTMLElement {
  const preview = element('div', 'term-preview');
  preview.id = id;
  preview.popover = 'auto';
  preview.setAttribute('role', 'dialog');
  preview.setAttribute('aria-label', previewLabel(term));
  const head = element('p', 'term-preview__head');
  const spoken = element('span', '', pinyin);
  spoken.lang = 'zh-Latn-pinyin';
  head.append(element('strong', '', term), spoken);
  const more = element('a', 'term-preview__more', '查看词条');
  more.href = href;
  preview.append(head, element('p', 'term-preview__definition', definition), more);
  return preview;
}

/** Shows `preview` beside `source` (its anchor for CSS anchor positioning). */
function show(preview: HTMLElement, source: Element): void {
  if (preview.matches(':popover-open')) return;
  (preview.showPopover as (options?: { source?: Element }) => void)({ source });
}

/**
 * A preview shown for a hovered or focused link closes as an interest invoker's would:
 * when the pointer has left both link and preview (after a moment, so it can move onto
 * the preview), or at once when focus leaves both. Tab on the link closes it first, so
 * focus moves on to the link's button, not into a preview that was not asked for by key.
 */
function closeWhenLeft(preview: HTMLElement, link: Element): void {
  const listening = new AbortController();
  const { signal } = listening;
  const away = () => !link.matches(':hover, :focus') && !preview.matches(':hover, :focus-within');
  const pointerLeft = () =>
    setTimeout(() => {
      if (away()) preview.hidePopover();
    }, 400);
  link.addEventListener('pointerleave', pointerLeft, { signal });
  preview.addEventListener('pointerleave', pointerLeft, { signal });
  link.addEventListener('keydown', (event) => (event as KeyboardEvent).key === 'Tab' && preview.hidePopover(), { signal });
  link.addEventListener(
    'focusout',
    () => {
      queueMicrotask(() => {
        if (away()) preview.hidePopover();
      });
    },
    { signal },
  );
  preview.addEventListener('toggle', (event) => (event as ToggleEvent).newState === 'closed' && listening.abort(), { signal });
}

/** Answers a hover, focus or click. `live`: asked from the event itself, which proves the hover (Firefox matches :hover only after pointerover). */
function answer({ el, type }: PreviewRequest, live = false): void {
  const id = el.getAttribute('interestfor') ?? el.getAttribute('popovertarget');
  const preview = id ? document.getElementById(id) : null;
  if (!preview) return;
  if (el.matches('.term-preview-button')) {
    if (type === 'click') show(preview, el);
  } else if ((type === 'pointerover' && (live || el.matches(':hover'))) || (type === 'focusin' && document.activeElement === el)) {
    if (preview.matches(':popover-open')) return;
    show(preview, el);
    closeWhenLeft(preview, el);
  }
}

const state = window as Requests;
const here = (document.currentScript as HTMLScriptElement | null)?.src;
const box = document.querySelector(`[${PREVIEWS_ATTRIBUTE}]`);
if (box && here && !document.querySelector('.term-previews')) {
  const styles = element('link', '');
  styles.rel = 'stylesheet';
  styles.href = here.replace(/\.js$/, '.css');
  const holder = element('div', 'term-previews');
  const links: Array<[HTMLAnchorElement, string]> = [];
  for (const link of box.querySelectorAll<HTMLAnchorElement>('a.term-link[data-term]')) {
    const slug = link.dataset.term!;
    const entry = __KB_TERM_PREVIEWS__[slug];
    if (!entry) continue;
    const id = termPreviewId(slug);
    if (!holder.querySelector(`[id="${id}"]`)) holder.append(previewElement(id, entry, link.getAttribute('href') ?? ''));
    links.push([link, id]);
  }
  // Browsers without interest invokers (Firefox) ignore `interestfor`: there, each later
  // hover or focus of a link is answered here, as the page script answered the first.
  const native = 'interestForElement' in HTMLAnchorElement.prototype;
  const ready = () => {
    for (const [link, id] of links) {
      link.setAttribute('interestfor', id);
      if (native) continue;
      for (const type of ['pointerover', 'focusin'] as const) link.addEventListener(type, () => answer({ el: link, type }, true));
    }
    document.body.append(holder);
    // The page script stops asking once this is true; what it asked for last is answered now.
    const request = state[PREVIEW_REQUEST];
    state[PREVIEW_REQUEST] = true;
    if (request && request !== true) answer(request);
  };
  styles.addEventListener('load', ready, { once: true });
  // Without its stylesheet a preview is still readable (the browser's popover style, centred).
  styles.addEventListener('error', ready, { once: true });
  document.head.append(styles);
}
