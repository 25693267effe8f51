/**
 * Suggestions while typing in a search box: glossary entries whose Chinese,
 * Traditional, pinyin, English or alias name matches what the reader has
 * typed, in a WAI-ARIA combobox (an input with a listbox popup):
 *   - ↓/↑ move through the open list (aria-activedescendant; focus stays in
 *     the box); typing opens it;
 *   - Enter on a suggestion opens its entry; Enter with none chosen submits
 *     the search as before;
 *   - Escape closes the list (and, when it is already closed, clears the box);
 *   - a click on a suggestion opens it.
 * Every `input[data-kb-suggest]` on the page gets this. The script is loaded
 * only when a reader first focuses such a box (the value of data-kb-suggest is
 * this script's URL), so pages read without it. The search page's own box
 * (`data-kb-suggest-typed`) loads it with the first key pressed in it, so a
 * search that comes from a link does not fetch it. Its stylesheet
 * (src/styles/suggest.css) is added with it.
 *
 * On the search page it also fills `#search-nearest` with the entries nearest
 * to a query that found nothing (the page sets data-query on it and sends
 * `kb:nearest`).
 */
import entries from 'kb:suggest-names';
import { nearest, suggest, type NameKind, type SuggestEntry, type Suggestion } from '../core/entry-suggestions.ts';

declare global {
  interface Window {
    kbSuggestReady?: boolean;
  }
}

const LANG: Record<NameKind, string> = { term: 'zh-Hans', traditional: 'zh-Hant', alias: 'zh-Hans', pinyin: 'zh-Latn-pinyin', english: 'en' };
const LIMIT = 8;

/** The site root, from this script's own URL (…/_kb/suggest.js): right under a base path and over file://. */
const script = document.currentScript as HTMLScriptElement | null;
const siteRoot = new URL('../', script?.src ?? location.href).href;
const offline = location.protocol === 'file:';
const hrefOf = (s: Suggestion): string => new URL(offline ? `${s.path}index.html` : s.path, siteRoot).href;

function optionContent(s: Suggestion): Node[] {
  const term = document.createElement('span');
  term.className = 'suggest-term';
  term.lang = LANG.term;
  term.textContent = s.term;
  if (!s.matched) return [term];
  const alt = document.createElement('span');
  alt.className = 'suggest-alt';
  alt.lang = LANG[s.matched.kind];
  alt.textContent = s.matched.text;
  return [term, document.createTextNode(' '), alt];
}

let counter = 0;

function enhance(input: HTMLInputElement): void {
  if (input.dataset.kbSuggestReady) return;
  input.dataset.kbSuggestReady = 'true';
  const id = `kb-suggest-${++counter}`;
  const list = document.createElement('ul');
  list.id = id;
  list.className = 'suggest-list';
  list.setAttribute('role', 'listbox');
  list.setAttribute('aria-label', '术语建议');
  list.hidden = true;
  input.insertAdjacentElement('afterend', list);
  input.parentElement?.classList.add('suggest-host');
  input.setAttribute('role', 'combobox');
  input.setAttribute('aria-autocomplete', 'list');
  input.setAttribute('aria-expanded', 'false');
  input.setAttribute('aria-controls', [input.getAttribute('aria-controls'), id].filter(Boolean).join(' '));

  let items: Suggestion[] = [];
  let active = -1;

  const options = () => [...list.querySelectorAll<HTMLLIElement>('[role="option"]')];
  const setActive = (index: number) => {
    active = index;
    options().forEach((option, i) => option.setAttribute('aria-selected', String(i === index)));
    if (index >= 0) {
      const option = options()[index]!;
      input.setAttribute('aria-activedescendant', option.id);
      option.scrollIntoView({ block: 'nearest' });
    } else input.removeAttribute('aria-activedescendant');
  };
  const close = () => {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    setActive(-1);
  };
  const open = () => {
    if (items.length === 0) return close();
    list.hidden = false;
    input.setAttribute('aria-expanded', 'true');
  };
  const render = () => {
    items = suggest(entries as SuggestEntry[], input.value, LIMIT);
    list.replaceChildren(
      ...items.map((s, i) => {
        const option = document.createElement('li');
        option.id = `${id}-${i}`;
        option.setAttribute('role', 'option');
        option.setAttribute('aria-selected', 'false');
        option.append(...optionContent(s));
        return option;
      }),
    );
    setActive(-1);
    if (items.length > 0 && input.value.trim() !== '') open();
    else close();
  };
  const go = (s: Suggestion) => {
    close();
    location.href = hrefOf(s);
  };

  // While an input method is composing, its own candidates are showing: suggest once the word is committed.
  input.addEventListener('input', (event) => {
    if (!(event as InputEvent).isComposing) render();
  });
  input.addEventListener('compositionend', render);
  input.addEventListener(
    'keydown',
    (event) => {
      if (event.isComposing) return;
      const expanded = !list.hidden;
      if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
        // A closed list stays closed: on the search page ↓ then goes to the results.
        if (!expanded) return;
        event.preventDefault();
        event.stopImmediatePropagation();
        if (event.altKey) return;
        const last = items.length - 1;
        if (event.key === 'ArrowDown') setActive(active >= last ? 0 : active + 1);
        else setActive(active <= 0 ? last : active - 1);
      } else if (event.key === 'Enter' && expanded && active >= 0) {
        event.preventDefault();
        event.stopImmediatePropagation();
        go(items[active]!);
      } else if (event.key === 'Escape') {
        if (expanded) {
          event.preventDefault();
          event.stopImmediatePropagation();
          close();
        } else if (input.value !== '') {
          event.preventDefault();
          input.value = '';
        }
      }
    },
    { capture: true },
  );
  // A click on an option: mousedown would blur the box first, so the list must not close on that blur.
  list.addEventListener('mousedown', (event) => event.preventDefault());
  list.addEventListener('click', (event) => {
    const option = (event.target as Element).closest<HTMLLIElement>('[role="option"]');
    const index = option ? options().indexOf(option) : -1;
    if (index >= 0) go(items[index]!);
  });
  input.addEventListener('blur', close);
  // Typed before the script arrived: suggest at once.
  if (document.activeElement === input && input.value.trim() !== '') render();
}

/** The search page's block of nearest entries for a query without results. */
function fillNearest(box: HTMLElement): void {
  const query = box.dataset.query ?? '';
  const found = query ? nearest(entries as SuggestEntry[], query) : [];
  const list = box.querySelector('ul');
  if (!list) return;
  list.replaceChildren(
    ...found.map((s) => {
      const link = document.createElement('a');
      link.href = hrefOf(s);
      link.append(...optionContent(s));
      const item = document.createElement('li');
      item.append(link);
      return item;
    }),
  );
  box.hidden = found.length === 0;
}

if (!window.kbSuggestReady) {
  window.kbSuggestReady = true;
  // The list's stylesheet is beside this script, with its name (src/search/build/bundle-path.ts): it comes
  // with the script (pages load none of it before), and the list stays hidden until a key is typed.
  if (script) {
    const styles = document.createElement('link');
    styles.rel = 'stylesheet';
    styles.href = script.src.replace(/\.js$/, '.css');
    document.head.append(styles);
  }
  document.querySelectorAll<HTMLInputElement>('input[data-kb-suggest], input[data-kb-suggest-typed]').forEach(enhance);
  const box = document.querySelector<HTMLElement>('#search-nearest');
  if (box) {
    fillNearest(box);
    document.addEventListener('kb:nearest', () => fillNearest(box));
  }
}
