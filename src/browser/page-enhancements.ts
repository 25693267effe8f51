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
 *
 * Each form of the page script imports it: _kb/page.js (./page-script.ts) adds
 * the "copy link" controls beside the HTML's ¶/# links; source pages' form
 * (./source-page-script.ts) makes the ¶/# links themselves and the term
 * previews' buttons.
 */
import { COPY_FRAME, COPY_TOOL_PAGE } from '../site/copy-controls.ts';
import { loadScript } from './load-script.ts';

const KEY = 'kb-theme';
const root = document.documentElement;
/** This script's own URL (a classic script in <head>): the search page and the copy tool are found beside it (works over file:// too). */
export const scriptUrl = (document.currentScript as HTMLScriptElement | null)?.src ?? location.href;

/** light or dark on <html data-theme>; anything else (跟随系统, nothing saved) leaves the choice to the system. */
function apply(theme: string | null): void {
  if (theme === 'light' || theme === 'dark') root.dataset.theme = theme;
  else delete root.dataset.theme;
}

let initial: string | null = null;
try {
  initial = localStorage.getItem(KEY);
} catch {
  // storage unavailable (file:// in some browsers, private modes): nothing saved
}
apply(initial);

document.addEventListener('DOMContentLoaded', () => {
  const radio = initial && (document.getElementById(`theme-${initial}`) as HTMLInputElement | null);
  if (radio) radio.checked = true;
});

/** The copy tool's URL, on a page that has the copy tool's frame; null on the others (call once the document is parsed). */
export function copyToolPage(): string | null {
  // This script is <base>_kb/page.js (or page-source.js beside it), so the site's root is the folder above its own.
  return document.getElementsByName(COPY_FRAME)[0] ? new URL(`../${COPY_TOOL_PAGE}`, scriptUrl).href : null;
}

document.addEventListener('change', (event) => {
  // The 配色 radios are the only controls named theme.
  const input = event.target as HTMLInputElement;
  if (input.name !== 'theme') return;
  apply(input.value);
  try {
    if (root.dataset.theme) localStorage.setItem(KEY, input.value);
    else localStorage.removeItem(KEY);
  } catch {
    // storage unavailable: the choice holds for this page only
  }
});

document.addEventListener('keydown', (event) => {
  const target = event.target as HTMLElement;
  if (
    event.key !== '/' ||
    event.ctrlKey ||
    event.metaKey ||
    event.altKey ||
    event.defaultPrevented ||
    target.isContentEditable ||
    target.closest?.('input,textarea,select')
  )
    return;
  event.preventDefault();
  const box = document.getElementById('site-search') as HTMLInputElement | null;
  if (box) {
    box.focus();
    box.select();
  } else location.href = new URL(scriptUrl.startsWith('file:') ? '../search/index.html' : '../search/', scriptUrl).href;
});

const loaded = new Set<string>();
document.addEventListener('focusin', (event) => {
  // Only the search boxes carry the attribute; a focus event's target is always an element.
  const src = (event.target as Element).getAttribute('data-kb-suggest');
  if (!src || loaded.has(src)) return;
  loaded.add(src);
  loadScript(src);
});
