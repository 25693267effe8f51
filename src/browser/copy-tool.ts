/**
 * The copy tool, loaded on use: the page's copy controls are links into its one
 * hidden iframe (see src/site/copy-controls.ts), and this script runs in that iframe,
 * same-origin with the page. For the fragment it was opened with, and for every
 * later click (same document, only the fragment changes), it:
 *   1. builds the text: the page's address + #id, or the text of the element #id;
 *   2. writes it with the page's navigator.clipboard (the page holds the click's
 *      user activation and the focus); if that is refused, execCommand('copy')
 *      on a temporary textarea in the page;
 *   3. says so in the page's role="status" region and marks the control
 *      (data-copied) for two seconds, once the page has the tool's stylesheet
 *      (src/styles/copy-tool.css: the marks and the note), which it adds on first use.
 * Opened on its own (no parent) or from another origin (file://), it does nothing.
 */
import { COPY_FRAME, COPY_TOOL_STYLES, copyMessage, linkTo, parseCopyFragment } from '../site/copy-controls.ts';

const SHOWN_MS = 2000;
let timer: ReturnType<typeof setTimeout> | undefined;
let styles: Promise<void> | undefined;

/** Adds the tool's stylesheet to the page once; resolves when it is in (or failed: the marks and the message then show unstyled). */
function stylesIn(doc: Document): Promise<void> {
  styles ??= new Promise((resolve) => {
    const link = doc.createElement('link');
    link.rel = 'stylesheet';
    // This page is <base>_kb/copy/, so the site's root is two folders up.
    link.href = new URL(`../../${COPY_TOOL_STYLES}`, location.href).href;
    link.addEventListener('load', () => resolve(), { once: true });
    link.addEventListener('error', () => resolve(), { once: true });
    doc.head.append(link);
  });
  return styles;
}

/** The page this tool serves, or null when there is none it may touch. */
function hostPage(): Window | null {
  if (window.parent === window) return null;
  try {
    return window.parent.document ? window.parent : null;
  } catch {
    return null; // another origin: file:// pages are each their own
  }
}

async function writeClipboard(page: Window, text: string): Promise<boolean> {
  try {
    await page.navigator.clipboard.writeText(text);
    return true;
  } catch {
    // No Clipboard API, or it refused: the older copy command, from a selection in the page.
  }
  const doc = page.document;
  const focused = doc.activeElement as HTMLElement | null;
  const buffer = doc.createElement('textarea');
  buffer.className = 'copy-buffer';
  buffer.value = text;
  buffer.readOnly = true;
  buffer.tabIndex = -1;
  buffer.setAttribute('aria-hidden', 'true');
  doc.body.append(buffer);
  buffer.focus({ preventScroll: true });
  buffer.select();
  let ok = false;
  try {
    ok = doc.execCommand('copy');
  } catch {
    ok = false;
  }
  buffer.remove();
  focused?.focus({ preventScroll: true });
  return ok;
}

async function copy(hash: string): Promise<void> {
  const request = parseCopyFragment(hash);
  const page = hostPage();
  if (!request || !page) return;
  const doc = page.document;
  const control = [...doc.querySelectorAll<HTMLAnchorElement>(`a[target="${COPY_FRAME}"]`)].find((a) => a.hash === hash);
  const element = doc.getElementById(request.id);
  if (!control || !element) return;
  const text = request.kind === 'link' ? linkTo(page.location.href, request.id) : element.innerText.trim();
  const styled = stylesIn(doc);
  const ok = await writeClipboard(page, text);
  await styled;

  for (const marked of doc.querySelectorAll('[data-copied]')) marked.removeAttribute('data-copied');
  control.dataset.copied = ok ? 'yes' : 'no';
  const status = doc.querySelector('.copy-status');
  if (status) {
    // Emptied first, so the same message twice is announced twice.
    status.textContent = '';
    setTimeout(() => (status.textContent = copyMessage(control.getAttribute('aria-label') ?? '', ok)), 50);
  }
  clearTimeout(timer);
  timer = setTimeout(() => {
    control.removeAttribute('data-copied');
    if (status) status.textContent = '';
  }, SHOWN_MS);
}

/** Forget the fragment, so a second click on the same control is a change again. */
const reset = () => history.replaceState(null, '', location.pathname);

void copy(location.hash);
reset();

interface NavigateEvent extends Event {
  navigationType: string;
  destination: { url: string };
  cancelable: boolean;
}
const navigation = (window as { navigation?: EventTarget }).navigation;
if (navigation) {
  // Take each click over before it becomes a navigation: no entry is added to the
  // session history, so the Back button still leaves the page in one step.
  navigation.addEventListener('navigate', (event) => {
    const e = event as NavigateEvent;
    const to = new URL(e.destination.url);
    if (e.navigationType === 'traverse' || to.pathname !== location.pathname || !parseCopyFragment(to.hash)) return;
    if (e.cancelable) e.preventDefault();
    void copy(to.hash);
  });
} else {
  // Without the Navigation API each click is a fragment navigation (and a history entry).
  addEventListener('hashchange', () => {
    void copy(location.hash);
    reset();
  });
}
