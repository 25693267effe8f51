/**
 * The /search/ page. Reads ?q= (and filters) from the URL, so a trainer can
 * link to a search; searches as the reader types; shows the entry the query
 * names with its definition, a block of links to the other matching entries,
 * and the results (one per source, with the matching paragraph of its
 * original text) with a highlighted excerpt that links to the matching
 * section; filters by type, province and year with live counts; works with the
 * keyboard alone and tells screen readers how many results there are.
 */
import { resultHref } from '../core/result-link.ts';
import { inputTiming, KEYSTROKE_DEBOUNCE_MS } from '../core/input-timing.ts';
import { FACETS, parseSearchState, serializeSearchState, type SearchState } from '../core/url-state.ts';
import { mergeTextResults, type ResultGroup } from '../core/result-layout.ts';
import { ENTRY_LINKS_SHOWN, FIRST_PAGE, SearchEngine, type EarlyView, type EntryLink, type ResultView, type SearchOutcome, type TextLink } from './engine.ts';
import { installOfflineTransport } from './offline-transport.ts';

declare const __KB_BASE__: string;
/** True on a large site, whose glossary entries' rows are in bucket files (engine.ts). */
declare const __KB_ENTRY_BUCKETS__: boolean;
/** True on a site whose original texts are in shards of their own, searched after the first screen (engine.ts). */
declare const __KB_TEXT_SHARDS__: boolean;

/** Results shown at first (their views are loaded with the search); each “显示更多” adds as many again. */
const PAGE_SIZE = FIRST_PAGE;

function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<HTMLElementTagNameMap[K]> = {}, ...children: Array<Node | string>) {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
}

export function startSearchPage(): void {
  const form = document.querySelector<HTMLFormElement>('#search-page-form')!;
  const input = document.querySelector<HTMLInputElement>('#search-input')!;
  const status = document.querySelector<HTMLElement>('#search-status')!;
  const list = document.querySelector<HTMLOListElement>('#search-results')!;
  const namedBox = document.querySelector<HTMLElement>('#search-entry')!;
  const entryBlock = document.querySelector<HTMLElement>('#search-terms')!;
  const more = document.querySelector<HTMLButtonElement>('#search-more')!;
  const nearestBox = document.querySelector<HTMLElement>('#search-nearest')!;
  const fieldset = document.querySelector<HTMLFieldSetElement>('#search-filters')!;
  const panel = document.querySelector<HTMLDetailsElement>('#search-filter-panel')!;
  const panelSummary = document.querySelector<HTMLElement>('#search-filter-summary')!;
  // Filters are open beside the results on wide screens, folded above them on phones.
  panel.open = matchMedia('(min-width: 48rem)').matches;

  const offline = location.protocol === 'file:';
  const siteRoot = new URL('../', location.href).href;
  const pagefindBase = new URL('../pagefind/', location.href).href;
  if (offline) installOfflineTransport(pagefindBase);
  const engine = new SearchEngine(pagefindBase);
  const link = (view: EarlyView, anchor?: string, text?: string) => resultHref(view.url, { base: __KB_BASE__, siteRoot, offline }, anchor, text);

  let state: SearchState = parseSearchState(location.search);
  input.value = state.query;
  let runId = 0;
  let outcome: SearchOutcome | undefined;
  let shown = 0;
  /** The result items on the page, by their result's id (completeWithTexts adds their 原文 lines). */
  const items = new Map<string, HTMLLIElement>();

  /** A result: with its excerpt, details and section once its view is loaded; its title link alone (an EarlyView) before. */
  function resultItem(view: EarlyView & Partial<ResultView>, text?: TextLink): HTMLLIElement {
    const kind = view.type === '术语' ? 'term' : view.type === '来源' ? 'source' : view.type === '原文' ? 'text' : 'page';
    const meta = el('p', { className: 'result-meta' }, el('span', { className: `badge badge--${kind}` }, view.type || '页面'));
    if (view.details && view.details.length > 0) meta.append(` ${view.details.join(' · ')}`);
    const excerpt = el('p', { className: 'result-excerpt' });
    for (const part of view.excerpt?.parts ?? []) excerpt.append(part.mark ? el('mark', {}, part.text) : part.text);
    const title = el('h3', {}, el('a', { href: link(view, view.section?.id, view.excerpt?.matchedText) }, view.title));
    const item = el('li', { className: 'result' }, meta, title, excerpt);
    if (view.section?.heading && view.section.heading !== view.title) {
      item.append(el('p', { className: 'result-section' }, '见于：', el('a', { href: link(view, view.section.id) }, view.section.heading)));
    }
    // The source's original text matches too: one result, with a link to the paragraph.
    if (text) item.append(originalLine(text));
    return item;
  }

  /** A result's 原文 line: a link to the paragraph of the source's original text where the query matched. */
  function originalLine(text: TextLink): HTMLParagraphElement {
    const line = /^l(\d+)$/.exec(text.anchor ?? '')?.[1];
    const href = resultHref(text.url, { base: __KB_BASE__, siteRoot, offline }, text.anchor);
    return el(
      'p',
      { className: 'result-original' },
      el('span', { className: 'badge badge--text' }, '原文'),
      ' ',
      el('a', { href }, line ? `原文第 ${line} 行` : '原文'),
    );
  }

  /**
   * Completes a result drawn early (its title link alone) with its loaded view: the same title
   * link element, so a reader who has already focused it keeps the focus, now with the address of
   * the matching section; then the details, the excerpt and the section and 原文 lines.
   */
  function completeItem(item: Element, full: HTMLLIElement): void {
    const title = item.querySelector(':scope > h3');
    const fullTitle = full.querySelector(':scope > h3')!;
    if (!title) item.replaceChildren(...full.childNodes);
    else {
      // The title stays in the document throughout: an element taken out, even for a moment, loses the focus.
      title.querySelector('a')!.href = fullTitle.querySelector('a')!.href;
      const nodes = [...full.childNodes];
      const at = nodes.indexOf(fullTitle);
      for (const node of [...item.childNodes]) if (node !== title) node.remove();
      title.before(...nodes.slice(0, at));
      title.after(...nodes.slice(at + 1));
    }
    item.removeAttribute('aria-busy');
  }

  /** A result's title link, drawn before its fragment is in; aria-busy until completeItem. */
  function earlyItem(view: EarlyView): HTMLLIElement {
    const item = resultItem(view);
    item.setAttribute('aria-busy', 'true');
    return item;
  }

  const entryItems = (entries: EntryLink[]) =>
    entries.map((entry) => el('li', {}, el('a', { href: resultHref(entry.url, { base: __KB_BASE__, siteRoot, offline }) }, entry.title)));
  const [entryList, moreEntryList] = entryBlock.querySelectorAll('ul');
  const moreEntryBox = entryBlock.querySelector<HTMLDetailsElement>('details')!;
  /** The outcome whose entries behind “另外 N 条术语” are in the list (or loading). */
  let moreEntriesOf: SearchOutcome | undefined;

  /**
   * A large site's entries behind “另外 N 条术语”, loaded when it is open (their bucket files are
   * fetched then: engine.ts); a small site's are all in the outcome. A failed load is tried again
   * when the block is opened again.
   */
  const renderMoreEntries = __KB_ENTRY_BUCKETS__
    ? (id: number) => {
        const current = outcome;
        if (!current?.moreEntries || !moreEntryBox.open || moreEntriesOf === current) return;
        moreEntriesOf = current;
        current.moreEntries().then(
          (entries) => id === runId && moreEntryList!.append(...entryItems(entries)),
          () => {
            if (moreEntriesOf === current) moreEntriesOf = undefined;
          },
        );
      }
    : undefined;
  if (__KB_ENTRY_BUCKETS__) moreEntryBox.addEventListener('toggle', () => renderMoreEntries!(runId));

  /** The entry the query names (first, with its definition) and the block of the other matching entries. */
  async function renderEntries(id: number): Promise<void> {
    if (!outcome) return;
    const { named, entries, entryCount } = outcome;
    entryList!.replaceChildren(...entryItems(entries.slice(0, ENTRY_LINKS_SHOWN)));
    moreEntryList!.replaceChildren(...entryItems(entries.slice(ENTRY_LINKS_SHOWN)));
    entryBlock.querySelector('#search-terms-more-count')!.textContent = String(Math.max(0, entryCount - ENTRY_LINKS_SHOWN));
    moreEntryBox.hidden = entryCount <= ENTRY_LINKS_SHOWN;
    entryBlock.hidden = entryCount === 0;
    // A block left open from the query before shows this query's other entries at once.
    if (__KB_ENTRY_BUCKETS__) renderMoreEntries!(id);
    if (!named) return;
    const loading = outcome.view(named);
    // Its title link at once when the page directory has it; its definition with its fragment.
    const early = outcome.early(named);
    if (early) {
      namedBox.replaceChildren(...earlyItem(early).childNodes);
      namedBox.setAttribute('aria-busy', 'true');
      namedBox.hidden = false;
    }
    const view = await loading;
    if (id !== runId) return;
    completeItem(namedBox, resultItem(view));
    namedBox.hidden = false;
  }

  /** Results on the first screen: it holds the named entry too, so one result fewer beside it. */
  const firstScreen = (current: SearchOutcome) => (current.named ? PAGE_SIZE - 1 : PAGE_SIZE);

  /** Shows the next page of results (or `size` more), each as soon as it and those above it are ready. */
  async function renderMore(id: number, size = shown === 0 && outcome ? firstScreen(outcome) : PAGE_SIZE): Promise<void> {
    if (!outcome) return;
    const next = outcome.results.slice(shown, shown + size);
    // Claimed before the first await, so a second click on “显示更多” takes the page after,
    // and the button shows at once whether any results are left to claim.
    shown += next.length;
    more.hidden = shown >= outcome.results.length;
    // A view and its original text's paragraph link load together (the link's bucket file beside the fragments).
    const views = next.map((group) => Promise.all([outcome!.view(group.id), group.text ? outcome!.textLink(group.text) : undefined]));
    // The results whose address and title the page directory holds are drawn at once, as links to their
    // pages, in order up to the first it does not hold; each is completed when its view is in.
    const drawn: HTMLLIElement[] = [];
    for (const group of next) {
      const early = outcome.early(group.id);
      if (!early) break;
      drawn.push(earlyItem(early));
    }
    list.append(...drawn);
    const from = outcome;
    const start = shown - next.length;
    for (const [i, view] of views.entries()) {
      const [ready, text] = await view;
      if (id !== runId) return;
      const item = resultItem(ready, text);
      if (drawn[i]) completeItem(drawn[i], item);
      else list.append(item);
      items.set(next[i]!.id, drawn[i] ?? item);
      // The original texts were merged (completeWithTexts) while this result's view loaded: it missed
      // that step, so its 原文 line is added here. mergeTextResults keeps every result at its place.
      const now = outcome;
      const merged = now && now !== from ? now.results[start + i] : undefined;
      if (!text && merged?.text) {
        const line = await now!.textLink(merged.text);
        if (id !== runId) return;
        (drawn[i] ?? item).append(originalLine(line));
      }
    }
  }

  function renderFacets(counts: Awaited<ReturnType<SearchOutcome['counts']>>): void {
    for (const facet of FACETS) {
      const box = fieldset.querySelector<HTMLElement>(`[data-facet="${facet}"]`)!;
      box.querySelectorAll('label').forEach((l) => l.remove());
      const values = Object.keys(counts[facet] ?? {}).sort((a, b) => (facet === 'year' ? b.localeCompare(a) : a.localeCompare(b, 'zh-Hans-CN')));
      for (const value of values) {
        const checked = state.filters[facet].includes(value);
        const count = counts[facet]![value]!;
        const checkbox = document.createElement('input');
        Object.assign(checkbox, { type: 'checkbox', name: facet, value, checked, disabled: count === 0 && !checked });
        box.append(el('label', {}, checkbox, ` ${value} `, el('span', { className: 'facet-count' }, `(${count})`)));
      }
      box.hidden = values.length === 0;
    }
    const chosen = FACETS.flatMap((f) => state.filters[f]);
    panelSummary.textContent = chosen.length > 0 ? `（已选：${chosen.join('、')}）` : '';
    panel.hidden = false;
  }

  /**
   * The suggestions script (its URL is the box's data-kb-suggest-typed), added once:
   * when the reader first presses a key in the box, and for a query without
   * results, whose nearest glossary entries it lists. Not on focus: a search
   * from a link costs no more bytes.
   */
  const loadSuggestions = () => {
    const src = input.dataset.kbSuggestTyped;
    if (!src) return;
    const url = new URL(src, location.href).href;
    if ([...document.scripts].some((s) => s.src === url)) return;
    document.head.append(Object.assign(document.createElement('script'), { src: url }));
  };
  input.addEventListener('keydown', loadSuggestions, { once: true });
  const showNearest = (query: string | undefined) => {
    if (query === undefined) {
      nearestBox.hidden = true;
      delete nearestBox.dataset.query;
      return;
    }
    nearestBox.dataset.query = query;
    loadSuggestions();
    document.dispatchEvent(new CustomEvent('kb:nearest'));
  };

  /** The status line of a search's results (without the original texts' part). */
  const foundText = (result: SearchOutcome) => {
    const terms = result.entryCount + (result.named ? 1 : 0);
    const total = result.results.length + terms;
    return total === 0
      ? `没有找到与“${state.query}”相关的结果。`
      : `找到 ${total} 条与“${state.query}”相关的结果（术语 ${terms} 条，来源和其他页面 ${result.results.length} 个）。`;
  };

  /**
   * On a site whose original texts are in shards of their own: once the first screen of results and
   * its filter counts are shown (`counted`), loads the texts' shards and searches again; then adds
   * the 原文 lines to the results shown, appends the sources found only in their original texts
   * after them (what the reader sees never moves), and updates the counts and the status. The
   * results list is aria-busy meanwhile. A later query drops this one's late results; texts that
   * fail to load leave the results as they are, and the status says so.
   */
  const completeWithTexts = __KB_TEXT_SHARDS__
    ? async (id: number, first: SearchOutcome, counted: Promise<void>): Promise<void> => {
        const found = foundText(first);
        list.setAttribute('aria-busy', 'true');
        status.textContent = `${found}正在检索原文……`;
        try {
          await counted.catch(() => undefined);
          await engine.loadTexts();
          if (id !== runId) return;
          const next = await engine.search(state.query, state.filters);
          if (id !== runId || outcome !== first) return;
          if (!next.complete) throw new Error('the original texts could not be searched');
          const results = mergeTextResults(first.results, next.results);
          const merged: SearchOutcome = { ...next, results, view: (view) => next.view(view).catch(() => first.view(view)) };
          outcome = merged;
          // The 原文 lines of the results shown whose original texts match too.
          const texts = first.results.slice(0, shown).flatMap((group, i): Array<[HTMLLIElement, ResultGroup]> => {
            const now = results[i]!;
            const item = items.get(group.id);
            return item && now.text && !group.text ? [[item, now]] : [];
          });
          const lines = await Promise.all(texts.map(([, group]) => merged.textLink(group.text!)));
          if (id !== runId) return;
          texts.forEach(([item], i) => item.append(originalLine(lines[i]!)));
          // The sources found only in their original texts follow, filling the first screen when it has room.
          const room = shown < first.results.length ? 0 : firstScreen(merged) - shown;
          fieldset.setAttribute('aria-busy', 'true');
          await Promise.all([room > 0 ? renderMore(id, room) : undefined, merged.counts().then((counts) => id === runId && renderFacets(counts))]);
          if (id !== runId) return;
          more.hidden = shown >= results.length;
          if (results.length + merged.entryCount + (merged.named ? 1 : 0) > 0) showNearest(undefined);
          status.textContent = foundText(merged);
        } catch {
          if (id === runId) status.textContent = `${found}原文暂时无法检索：以上结果不含只在原文中出现的来源。`;
        } finally {
          if (id === runId) {
            list.removeAttribute('aria-busy');
            fieldset.removeAttribute('aria-busy');
          }
        }
      }
    : undefined;

  let lastRun: string | undefined;
  async function run(): Promise<void> {
    const id = ++runId;
    lastRun = serializeSearchState(state);
    try {
      history.replaceState(null, '', `${location.pathname}${serializeSearchState(state)}`);
    } catch {
      // Some browsers refuse history changes on file: pages; the search still works.
    }
    document.title = state.query ? `“${state.query}”的搜索结果 | ${document.title.split(' | ').pop()}` : document.title;
    showNearest(undefined);
    if (!state.query) {
      fieldset.removeAttribute('aria-busy');
      list.removeAttribute('aria-busy');
      list.replaceChildren();
      namedBox.hidden = true;
      entryBlock.hidden = true;
      more.hidden = true;
      status.textContent = '请输入搜索词：术语、地名、人名、拼音或英文都可以。';
      return;
    }
    status.textContent = '正在搜索……';
    // The filter counts follow the results; until they are in, the filters say they are out of date.
    fieldset.setAttribute('aria-busy', 'true');
    const result = await engine.search(state.query, state.filters);
    if (id !== runId) return;
    outcome = result;
    shown = 0;
    items.clear();
    list.replaceChildren();
    list.removeAttribute('aria-busy');
    namedBox.hidden = true;
    namedBox.replaceChildren();
    await Promise.all([renderEntries(id), renderMore(id)]);
    if (id !== runId) return;
    const counted = result.counts().then((counts) => {
      if (id !== runId) return;
      renderFacets(counts);
      fieldset.removeAttribute('aria-busy');
    });
    if (result.results.length + result.entryCount + (result.named ? 1 : 0) === 0) showNearest(state.query);
    status.textContent = foundText(result);
    if (__KB_TEXT_SHARDS__ && !result.complete) void completeWithTexts!(id, result, counted);
  }

  let timer: ReturnType<typeof setTimeout> | undefined;
  const runFromInput = () => {
    clearTimeout(timer);
    const next = { ...state, query: input.value.trim() };
    // An input method may report its committed word twice (input, then compositionend).
    if (serializeSearchState(next) === lastRun) return;
    state = next;
    void run();
  };
  input.addEventListener('input', (event) => {
    const { isComposing, inputType, data } = event as InputEvent;
    const timing = inputTiming({ isComposing, inputType, data, value: input.value });
    if (timing === 'ignore') return;
    clearTimeout(timer);
    if (timing === 'now') runFromInput();
    else timer = setTimeout(runFromInput, KEYSTROKE_DEBOUNCE_MS);
  });
  input.addEventListener('compositionend', runFromInput);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    runFromInput();
  });
  fieldset.addEventListener('change', () => {
    const filters = Object.fromEntries(
      FACETS.map((f) => [f, [...fieldset.querySelectorAll<HTMLInputElement>(`input[name="${f}"]:checked`)].map((c) => c.value)]),
    ) as SearchState['filters'];
    state = { ...state, filters };
    void run();
  });
  more.addEventListener('click', () => void renderMore(runId));

  // Keyboard: ↓ from the box goes to the results; ↑/↓ move between them; ↑ from the first returns to the box.
  const resultLinks = () => [...document.querySelectorAll<HTMLAnchorElement>('#search-entry h3 a, #search-results .result h3 a')];
  input.addEventListener('keydown', (event) => {
    // While the suggestions are open, ↓ moves through them (src/search/browser/suggest-combobox.ts).
    if (input.getAttribute('aria-expanded') === 'true') return;
    if (event.key === 'ArrowDown' && resultLinks()[0]) {
      event.preventDefault();
      resultLinks()[0]!.focus();
    }
  });
  const moveInResults = (event: KeyboardEvent) => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const links = resultLinks();
    const index = links.indexOf(document.activeElement as HTMLAnchorElement);
    if (index < 0) return;
    event.preventDefault();
    const next = index + (event.key === 'ArrowDown' ? 1 : -1);
    if (next < 0) input.focus();
    else links[Math.min(next, links.length - 1)]!.focus();
  };
  list.addEventListener('keydown', moveInResults);
  namedBox.addEventListener('keydown', moveInResults);

  const loading = engine.init();
  void run();
  // Once Pagefind is loaded, what every query needs is loaded too, while the reader types: when the
  // page is idle, or after half a second (a page that is never idle, in a background tab, may never call back).
  const warm = () => void engine.warm().catch(() => undefined);
  loading.then(
    () => ('requestIdleCallback' in window ? requestIdleCallback(warm, { timeout: 500 }) : setTimeout(warm, 0)),
    () => undefined,
  );
  // Hosted copies: cache the whole site for reading and searching without a network.
  if (!offline && 'serviceWorker' in navigator) {
    void navigator.serviceWorker.register(new URL('sw.js', siteRoot).href, { scope: siteRoot }).catch(() => undefined);
  }
}

startSearchPage();
