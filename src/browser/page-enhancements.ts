/**
 * The one script every page loads in <head>, before the first paint (classic,
 * blocking, a few hundred bytes). Pages render and work without it; it adds:
 *
 * - the theme choice kept across pages and visits: the header's 配色 radios work
 *   by CSS alone on one page; this script saves the choice in localStorage and
 *   restores it as <html data-theme> before anything is drawn (global.css), then
 *   checks the matching radio. localStorage may throw (file:// in some browsers,
 *   private modes, storage off): the choice then lasts for the page only.
 * - the `/` shortcut: focuses the header search box, or opens the search page on
 *   a page without one. Not while typing in a field, nor with a modifier key.
 * - search suggestions on demand: the first focus of an `input[data-kb-suggest]`
 *   loads the classic script named by that attribute, once.
 * - the "copy link" control beside every ¶/# link (./copy-links.ts), on pages
 *   that have the copy tool's frame.
 *
 * Source pages load it with the term previews' buttons added (./source-page-script.ts).
 */
import { COPY_FRAME, COPY_TOOL_PAGE } from '../site/copy-controls.ts';
import { PAGE_SCRIPT, SOURCE_PAGE_SCRIPT } from '../site/page-script-url.ts';
import { addCopyLinks } from './copy-links.ts';

const KEY = 'kb-theme';
const THEMES = ['light', 'dark'];
const root = document.documentElement;
/** This script's own URL: the search page is found beside it (works over file:// too). */
const scriptUrl = (document.currentScript as HTMLScriptElement | null)?.src ?? location.href;

function saved(): string | null {
  try {
    return localStorage.getItem(KEY);
  } catch {
    return null;
  }
}

function save(theme: string): void {
  try {
    if (THEMES.includes(theme)) localStorage.setItem(KEY, theme);
    else localStorage.removeItem(KEY);
  } catch {
    // storage unavailable: the choice holds for this page only
  }
}

function apply(theme: string | null): void {
  if (theme && THEMES.includes(theme)) root.dataset.theme = theme;
  else delete root.dataset.theme;
}

const initial = saved();
apply(initial);

document.addEventListener('DOMContentLoaded', () => {
  const radio = initial && document.getElementById(`theme-${initial}`);
  if (radio instanceof HTMLInputElement) radio.checked = true;
  // This script is <base>_kb/page.js (or page-source.js beside it), so the site's root is the folder above its own.
  const siteRoot = [PAGE_SCRIPT, SOURCE_PAGE_SCRIPT].some((s) => scriptUrl.endsWith(s)) ? new URL('../', scriptUrl).href : new URL('/', scriptUrl).href;
  if (document.getElementsByName(COPY_FRAME).length > 0) addCopyLinks(document, new URL(COPY_TOOL_PAGE, siteRoot).href);
});

document.addEventListener('change', (event) => {
  const input = event.target;
  if (input instanceof HTMLInputElement && input.name === 'theme') {
    save(input.value);
    apply(input.value);
  }
});

document.addEventListener('keydown', (event) => {
  if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented) return;
  const target = event.target;
  if (target instanceof HTMLElement && (target.isContentEditable || target.closest('input, textarea, select'))) return;
  event.preventDefault();
  const box = document.getElementById('site-search');
  if (box instanceof HTMLInputElement) {
    box.focus();
    box.select();
  } else {
    const search = new URL('../search/', scriptUrl);
    if (search.protocol === 'file:') search.pathname += 'index.html';
    location.href = search.href;
  }
});

const loaded = new Set<string>();
document.addEventListener('focusin', (event) => {
  const input = event.target;
  if (!(input instanceof HTMLInputElement)) return;
  const src = input.getAttribute('data-kb-suggest');
  if (!src || loaded.has(src)) return;
  loaded.add(src);
  const script = document.createElement('script');
  script.src = src;
  document.head.append(script);
});
